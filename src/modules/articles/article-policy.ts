// Who may do what to which article: the per-record half of the permission table (the per-route
// half is accounts/permissions.ts). Pages and the JSON API both ask here, so they cannot differ.
import { can, type Role } from '../accounts/index.js';
import type { ArticleStatus } from './articles.tables.js';
import { articlesText } from './articles.vi.js';

export interface Actor {
  id: number;
  name: string;
  roles: readonly Role[];
}

export interface ArticleOwnership {
  authorId: number | null;
  status: ArticleStatus;
}

/** Editors (and admins) run the workflow; everyone else who writes is a contributor. */
export const isEditor = (actor: Actor) => can(actor.roles, 'articles.publish');
const owns = (actor: Actor, article: ArticleOwnership) => article.authorId === actor.id;

export type ArticleAction = 'view' | 'edit' | 'submit' | 'publish' | 'reject' | 'unpublish' | 'delete' | 'restore';

/** Which of the workflow's moves are possible from each status, whoever asks. */
const allowedFrom: Record<Exclude<ArticleAction, 'view'>, readonly ArticleStatus[]> = {
  edit: ['draft', 'submitted', 'scheduled', 'published'],
  submit: ['draft'],
  publish: ['draft', 'submitted', 'scheduled'],
  reject: ['submitted', 'scheduled'],
  unpublish: ['published', 'scheduled'],
  delete: ['draft', 'submitted', 'scheduled', 'published'],
  restore: ['trashed'],
};

/** Whether the actor may take this action on the article as it is now (status and ownership). */
export function mayAct(actor: Actor, action: ArticleAction, article: ArticleOwnership): boolean {
  if (!can(actor.roles, 'articles.write')) return false;
  const editor = isEditor(actor);
  if (action === 'view') return editor || owns(actor, article);
  if (!allowedFrom[action].includes(article.status)) return false;
  if (editor) return true;
  // A contributor works only on their own drafts: writes, submits, or throws them away.
  if (!owns(actor, article)) return false;
  return (action === 'edit' || action === 'submit' || action === 'delete') && article.status === 'draft';
}

/** Whether the action is wrong for the status (409) rather than forbidden to this person (403). */
export function isWrongStatus(actor: Actor, action: ArticleAction, article: ArticleOwnership): boolean {
  if (action === 'view') return false;
  const asEditor =
    isEditor(actor) || (owns(actor, article) && (action === 'edit' || action === 'submit' || action === 'delete'));
  return asEditor && !allowedFrom[action].includes(article.status);
}

export const statusLabels: Record<ArticleStatus, string> = articlesText.status;
