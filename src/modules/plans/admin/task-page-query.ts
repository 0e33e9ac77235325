// What a task's page may be asked for in its address: which occurrences (?ky=), which page of them
// (?trang-ky=) and which page of the reports (?trang=). Anything else is a 400 that says why.
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../../../platform/http/errors.js';
import { readQueryParam } from '../../../platform/http/query.js';
import { OCCURRENCE_FILTERS } from '../views/occurrence-filter.js';
import { taskPagesText } from '../views/task-pages.vi.js';

const text = taskPagesText.query;
const pageNumber = z
  .string()
  .regex(/^[1-9][0-9]{0,5}$/, text.badPage)
  .transform(Number)
  .optional();

export const taskPageQuerySchema = z.object({
  ky: z.enum(OCCURRENCE_FILTERS, { message: text.badFilter }).optional(),
  'trang-ky': pageNumber,
  trang: pageNumber,
});

export interface TaskPageQuery {
  filter: (typeof OCCURRENCE_FILTERS)[number];
  occurrencePage: number;
  reportPage: number;
}

/** The page's query, or a 400 naming the first bad parameter. An empty value is no value. */
export function readTaskPageQuery(c: Context): TaskPageQuery {
  const raw = (name: string) => readQueryParam(c, name) || undefined;
  const parsed = taskPageQuerySchema.safeParse({ ky: raw('ky'), 'trang-ky': raw('trang-ky'), trang: raw('trang') });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0] ?? 'ky');
    throw new AppError({ code: 'INVALID_QUERY', message: issue.message }, 400, { [field]: issue.message });
  }
  return {
    filter: parsed.data.ky ?? 'tat-ca',
    occurrencePage: parsed.data['trang-ky'] ?? 1,
    reportPage: parsed.data.trang ?? 1,
  };
}
