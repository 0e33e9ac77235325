// What the brief's commands share: the database and clock, the items as stored (portal articles
// resolved through the articles module's rule), a refused input's messages by field, the audit.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import { BadRequestError, NotFoundError } from '../../platform/http/errors.js';
import { normalizeText } from '../../platform/text/fold.js';
import type { AuditLog } from '../accounts/index.js';
import type { StoredItem } from './brief-items.js';
import { createBriefReads } from './brief-reads.js';
import * as q from './briefs.queries.js';
import type { BriefInput } from './briefs.schema.js';
import type { BriefContext, BriefsDeps, PickedArticle } from './briefs.service.js';
import { briefError, briefsText } from './briefs.vi.js';

const text = briefsText.input;
export type Executor = Db | Transaction<Database>;

/** A refused input, its messages by field id (date, intro, reason, item-0-url, …). */
export function refused(fields: Record<string, string>): never {
  throw new BadRequestError('VALIDATION_FAILED', fields);
}

/** Field id of a zod issue's path: ['items', 2, 'url'] → item-2-url. */
export function fieldIdOf(path: readonly PropertyKey[]): string {
  if (path[0] === 'items' && typeof path[1] === 'number') return `item-${path[1]}-${String(path[2] ?? 'kind')}`;
  return String(path[0] ?? '_form');
}

export function issuesByField(issues: ReadonlyArray<{ path: readonly PropertyKey[]; message: string }>) {
  const fields: Record<string, string> = {};
  for (const issue of issues) fields[fieldIdOf(issue.path)] ??= issue.message;
  return fields;
}

type Issues = { issues: Array<{ path: PropertyKey[]; message: string }> };

/** The input parsed by its schema, or refused with every field's message. */
export function parseInput<T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: Issues } },
  sent: unknown,
): T {
  const result = schema.safeParse(sent);
  if (!result.success) refused(issuesByField(result.error.issues));
  return result.data;
}

export function createBriefKit(deps: BriefsDeps) {
  const { db, clock, audit } = deps;
  return {
    deps,
    db,
    clock,
    nowIso: () => clock.now().toISOString(),
    reads: createBriefReads(deps),

    /** The items to store: outside ones as typed (NFC), portal articles as published now, or refused. */
    async storedItems(input: BriefInput, known?: Map<number, PickedArticle>): Promise<StoredItem[]> {
      const ids = input.items.flatMap((i) => (i.kind === 'article' ? [i.articleId] : []));
      const found = known ?? new Map((await deps.findArticles(ids)).map((a) => [a.id, a]));
      const fields: Record<string, string> = {};
      const items = input.items.map((item, n): StoredItem => {
        if (item.kind === 'outside')
          return {
            ...item,
            articleId: null,
            title: normalizeText(item.title),
            source: normalizeText(item.source),
            summary: normalizeText(item.summary),
          };
        const article = found.get(item.articleId);
        if (!article) fields[`item-${n}-articleId`] = text.articleGone;
        return {
          kind: 'article',
          articleId: item.articleId,
          title: article?.title ?? '',
          source: '',
          url: article?.url ?? '',
          summary: article?.lead ?? '',
        };
      });
      if (Object.keys(fields).length > 0) refused(fields);
      return items;
    },

    async loadRow(executor: Executor, id: number) {
      const row = Number.isSafeInteger(id) && id > 0 ? await q.findBriefById(executor, id) : undefined;
      if (!row) throw new NotFoundError(briefError('BRIEF_ID_NOT_FOUND'));
      return row;
    },

    record(
      ctx: BriefContext,
      trx: Executor,
      action: Parameters<AuditLog['record']>[0]['action'],
      target: string,
      detail?: string,
    ) {
      return audit.record(
        { action, userId: ctx.actor.id, actor: ctx.actor.email, target, detail, requestId: ctx.requestId },
        trx,
      );
    },
  };
}

export type BriefKit = ReturnType<typeof createBriefKit>;
