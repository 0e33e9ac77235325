// What a section's page is given, and which ids the fields of each of its forms have.
import type { HistorySource } from '../history-sources.js';
import type { SourceFormValues } from '../history.schema.js';

/** Which form a refusal came from: its fields' ids on this page. */
export type FormName = 'text' | 'source' | 'comment' | 'return' | 'publish';
export const FIELD_IDS: Record<FormName, Record<string, string>> = {
  text: {},
  source: {
    kind: 'source-kind',
    title: 'source-title',
    keptAt: 'source-keptAt',
    reference: 'source-reference',
    dated: 'source-dated',
    givenBy: 'source-givenBy',
  },
  comment: { body: 'comment-body' },
  return: { reason: 'return-reason' },
  publish: { categoryId: 'categoryId' },
};

export interface SectionPageProps {
  csrfToken: string;
  book: { id: number; title: string };
  section: {
    id: number;
    parentId: number | null;
    title: string;
    bodyHtml: string;
    previewHtml: string;
    status: 'draft' | 'review' | 'approved';
    statusLabel: string;
    version: number;
    articleUrl: string | null;
  };
  sources: HistorySource[];
  cited: HistorySource[];
  comments: Array<{ id: number; body: string; created_at: string; author: string | null }>;
  revisions: Array<{ id: number; version: number; saved_at: string; savedBy: string | null }>;
  manage: boolean;
  write: boolean;
  categories: Array<{ id: number; name: string }>;
  errors: Record<string, string>;
  form?: FormName;
  textValues?: { title: string; bodyHtml: string };
  sourceValues?: SourceFormValues;
}
