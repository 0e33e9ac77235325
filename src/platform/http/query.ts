// Query-string reading that refuses malformed percent-encoding (invalid UTF-8) with a 400
// instead of silently passing mojibake on, and parses page numbers strictly.
import type { Context } from 'hono';
import { BadRequestError, NotFoundError, type CodedMessage } from './errors.js';
import { vi } from '../i18n/vi.js';

function decodeStrict(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw new BadRequestError('INVALID_ENCODING');
  }
}

/** The first value of `name` in the raw query string, NFC-normalised, or undefined. */
export function readQueryParam(c: Context, name: string): string | undefined {
  const url = c.req.url;
  const start = url.indexOf('?');
  if (start === -1) return undefined;
  for (const pair of url.slice(start + 1).split('&')) {
    const eq = pair.indexOf('=');
    const key = decodeStrict(eq === -1 ? pair : pair.slice(0, eq));
    if (key === name) return decodeStrict(eq === -1 ? '' : pair.slice(eq + 1)).normalize('NFC');
  }
  return undefined;
}

/** `?trang=N` as a page number ≥ 1; anything else is a 400 with a Vietnamese message. */
export function readPageNumber(c: Context, name = 'trang'): number {
  const raw = readQueryParam(c, name);
  if (raw === undefined || raw === '') return 1;
  if (!/^[1-9][0-9]{0,5}$/.test(raw)) throw new BadRequestError('INVALID_PAGE', { [name]: vi.ui.invalidPageField });
  return Number(raw);
}

const ID = /^[1-9][0-9]{0,9}$/;

/** A record id as typed in a URL or a form ("42"), or undefined for anything else. */
export function parseId(raw: string | undefined): number | undefined {
  return raw !== undefined && ID.test(raw) ? Number(raw) : undefined;
}

/** The route's `:name` as a record id; a malformed one names no record: 404. */
export function readIdParam(c: Context, name = 'id', notFound: 'NOT_FOUND' | CodedMessage = 'NOT_FOUND'): number {
  const id = parseId(c.req.param(name));
  if (id === undefined) throw new NotFoundError(notFound);
  return id;
}
