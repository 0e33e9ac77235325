// The staff form of a brief as typed, without JavaScript: its fields, its item rows, and the one
// button pressed (op). Row buttons (add, remove, move, pick an article) change the rows and show the
// form again; save, preview and publish send the rows to the service, which checks them.
import type { BriefItemInput } from './briefs.schema.js';
import { MAX_ITEMS } from './briefs.schema.js';

export interface FormItem {
  kind: 'article' | 'outside';
  articleId: string;
  title: string;
  source: string;
  url: string;
  summary: string;
}

export interface BriefForm {
  date: string;
  intro: string;
  version: string;
  reason: string;
  q: string;
  items: FormItem[];
}

export type FormOp =
  | { kind: 'save' | 'preview' | 'publish' | 'add-outside' | 'search' }
  | { kind: 'pick'; articleId: number }
  | { kind: 'up' | 'down' | 'remove'; index: number };

type Body = Record<string, string | File | (string | File)[]>;

const str = (body: Body, name: string): string => {
  const v = body[name];
  const first = Array.isArray(v) ? v[0] : v;
  return typeof first === 'string' ? first.normalize('NFC') : '';
};

export function readBriefForm(body: Body): BriefForm {
  const count = Math.min(Number.parseInt(str(body, 'itemCount'), 10) || 0, MAX_ITEMS + 1);
  const items: FormItem[] = [];
  for (let i = 0; i < count; i++) {
    const kind = str(body, `item-${i}-kind`);
    if (kind !== 'article' && kind !== 'outside') continue;
    items.push({
      kind,
      articleId: str(body, `item-${i}-articleId`),
      title: str(body, `item-${i}-title`),
      source: str(body, `item-${i}-source`),
      url: str(body, `item-${i}-url`),
      summary: str(body, `item-${i}-summary`),
    });
  }
  return {
    date: str(body, 'date').trim(),
    intro: str(body, 'intro'),
    version: str(body, 'version'),
    reason: str(body, 'reason'),
    q: str(body, 'q').slice(0, 200),
    items,
  };
}

export function readOp(body: Body): FormOp {
  const op = str(body, 'op');
  const row = /^(up|down|remove)-(\d{1,2})$/.exec(op);
  if (row) return { kind: row[1] as 'up' | 'down' | 'remove', index: Number(row[2]) };
  const pick = /^pick-([1-9]\d{0,9})$/.exec(op);
  if (pick) return { kind: 'pick', articleId: Number(pick[1]) };
  if (op === 'preview' || op === 'publish' || op === 'add-outside' || op === 'search') return { kind: op };
  return { kind: 'save' };
}

/** The rows after a row button; a pick adds the article found (undefined when it is not published). */
export function applyRowOp(items: FormItem[], op: FormOp, picked?: { id: number; title: string }): FormItem[] {
  const next = [...items];
  const empty = { articleId: '', title: '', source: '', url: '', summary: '' };
  if (op.kind === 'add-outside' && next.length < MAX_ITEMS) next.push({ kind: 'outside', ...empty });
  if (op.kind === 'pick' && picked && next.length < MAX_ITEMS)
    next.push({ kind: 'article', ...empty, articleId: String(picked.id), title: picked.title });
  if (op.kind === 'remove' && op.index < next.length) next.splice(op.index, 1);
  const swap = (a: number, b: number) => {
    if (a < 0 || b < 0 || a >= next.length || b >= next.length) return;
    [next[a], next[b]] = [next[b]!, next[a]!];
  };
  if (op.kind === 'up') swap(op.index, op.index - 1);
  if (op.kind === 'down') swap(op.index, op.index + 1);
  return next;
}

/** The form as the schema's input: the service parses and checks it (the API sends the same shape). */
export function briefInputOf(form: BriefForm) {
  const items = form.items.map((i): BriefItemInput | Record<string, unknown> =>
    i.kind === 'article'
      ? { kind: 'article', articleId: /^\d{1,10}$/.test(i.articleId) ? Number(i.articleId) : -1 }
      : { kind: 'outside', title: i.title, source: i.source, url: i.url, summary: i.summary },
  );
  const version = /^\d{1,10}$/.test(form.version) ? Number(form.version) : undefined;
  return { date: form.date, intro: form.intro, items, ...(version ? { version, reason: form.reason } : {}) };
}

/** A saved brief as the form shows it. */
export function formOf(brief: {
  date: string;
  intro: string;
  version: number;
  items: Array<{
    kind: 'article' | 'outside';
    articleId: number | null;
    title: string;
    source: string;
    url: string;
    summary: string;
  }>;
}): BriefForm {
  return {
    date: brief.date,
    intro: brief.intro,
    version: String(brief.version),
    reason: '',
    q: '',
    items: brief.items.map((i) => ({
      kind: i.kind,
      articleId: i.articleId === null ? '' : String(i.articleId),
      title: i.title,
      source: i.source,
      url: i.kind === 'outside' ? i.url : '',
      summary: i.kind === 'outside' ? i.summary : '',
    })),
  };
}
