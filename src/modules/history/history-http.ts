// What the history workspace's routes share: who asks, the form's fields, ids from the path.
import type { Context } from 'hono';
import { readIdParam } from '../../platform/http/query.js';
import { staffContextOf, type StaffEnv } from '../accounts/index.js';
import { historyError, type HistoryActor } from './history-access.js';

export const actorOf = (c: Context<StaffEnv>): HistoryActor => {
  const { actor, requestId } = staffContextOf(c);
  return { id: actor.id, email: actor.email, roles: actor.roles, requestId };
};

/** The posted form's text fields (a field sent twice: its first value). */
export async function readFields(c: Context): Promise<Record<string, string>> {
  const form = await c.req.parseBody({ all: true });
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(form)) {
    const first = Array.isArray(value) ? value[0] : value;
    if (typeof first === 'string') out[key] = first;
  }
  return out;
}

export const bookIdOf = (c: Context) => readIdParam(c, 'id', historyError('HISTORY_BOOK_NOT_FOUND'));
export const sectionIdOf = (c: Context) => readIdParam(c, 'id', historyError('HISTORY_SECTION_NOT_FOUND'));
