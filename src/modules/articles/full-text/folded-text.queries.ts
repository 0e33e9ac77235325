import { sql } from 'kysely';
import type { Db } from '../../../database.js';
import type { FoldedText } from './closeness.js';

/**
 * The folded title, lead and the body's first `bodyChars` characters of these articles: what
 * closeness is judged on (a reader judges a result by its opening too, and a whole long body
 * would cost more to read than the search itself).
 */
export async function loadFoldedTexts(db: Db, ids: number[], bodyChars: number): Promise<Map<number, FoldedText>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('articles')
    .select(['id', 'title_f', 'lead_f', sql<string>`substr(body_f, 1, ${bodyChars})`.as('body_f')])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r]));
}
