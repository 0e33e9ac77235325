// Reading the opinion forms and the period in a query string; the refusals a form shows again.
import type { Context } from 'hono';
import { AppError, BadRequestError } from '../../platform/http/errors.js';
import { readQueryParam } from '../../platform/http/query.js';
import { periodKeySchema } from './opinion.schema.js';

/** The named text fields of a posted form ('' for a missing one), ready for the form's schema. */
export async function readFields<K extends string>(c: Context, names: readonly K[]): Promise<Record<K, string>> {
  const form = await c.req.parseBody();
  return Object.fromEntries(names.map((k) => [k, typeof form[k] === 'string' ? (form[k] as string) : ''])) as Record<
    K,
    string
  >;
}

/** `?ky=2026-11`: the period asked, undefined when none, a 400 for anything else. */
export function readPeriodParam(c: Context): string | undefined {
  const raw = readQueryParam(c, 'ky');
  if (raw === undefined || raw === '') return undefined;
  if (!periodKeySchema.safeParse(raw).success) throw new BadRequestError('BAD_REQUEST', { ky: raw });
  return raw;
}

/** A service refusal the person can act on in the form (a field's message), else undefined. */
export function formRefusal(
  error: unknown,
  field: string,
): { errors: Record<string, string>; status: 400 | 409 } | undefined {
  if (!(error instanceof AppError)) return undefined;
  if (error.status === 409 || (error.status === 400 && error.code.startsWith('OPINION_')))
    return { errors: { [field]: error.message }, status: error.status };
  return undefined;
}
