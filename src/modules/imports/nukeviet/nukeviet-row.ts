// One NukeViet news row (with its detail) → an ImportedArticle or a SkippedItem, and a category
// row → an ImportedCategory. The old addresses follow NukeViet's own rewrite (includes/functions.php
// nv_url_rewrite_callback, rewrite_exturl ".html"): with the language in the path (the default),
// without it (rewrite_optional), without the module (news set as rewrite_op_mod), and unrewritten.
import type { ImportedArticle, ImportedCategory, SkippedItem } from '../import-source.js';
import { nukevietText } from './nukeviet.vi.js';

export interface CategoryRow {
  catid: number;
  parentid: number;
  title: string;
  alias: string;
}

export interface NewsRow {
  id: number;
  catid: number;
  listcatid: string;
  admin_id: number;
  author: string | null;
  publtime: number;
  status: number;
  title: string;
  alias: string;
  hometext: string;
  homeimgfile: string | null;
  homeimgalt: string | null;
  homeimgthumb: number;
  hitstotal: number;
  bodyhtml: string | null;
}

/** What a row needs from elsewhere in the database. */
export interface RowContext {
  lang: string;
  categories: Map<number, CategoryRow>;
  /** A poster's shown name (NukeViet's nv_show_name_user), by admin_id. */
  posterName: (adminId: number) => string | undefined;
}

// NukeViet's news module is named "news" on a fresh install.
const MODULE = 'news';
// The status a news row has once published (0 suspended, 2 waiting for review, 4 draft, …).
const STATUS_PUBLISHED = 1;
// homeimgthumb: 1 and 2 keep the file in uploads/news (1 with a thumbnail beside it), 3 is a URL.
const IMAGE_IN_UPLOADS = new Set([1, 2]);
const IMAGE_URL = 3;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** NukeViet stores titles, aliases and leads through htmlspecialchars: "&quot;" is a quote here. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code =
        name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function plain(text: string | null | undefined): string {
  return decodeEntities(text ?? '').trim();
}

function modulePaths(lang: string, op: string): string[] {
  return [`/${lang}/${MODULE}/${op}`, `/${MODULE}/${op}`, `/${op}`];
}

export function categoryRecord(row: CategoryRow, ctx: RowContext): ImportedCategory {
  const alias = plain(row.alias);
  const parent = ctx.categories.get(row.parentid);
  return {
    type: 'category',
    sourceId: String(row.catid),
    name: plain(row.title) || alias,
    alias,
    ...(parent ? { parentSourceId: String(parent.catid) } : {}),
    oldPaths: [...modulePaths(ctx.lang, `${alias}/`), `/index.php?language=${ctx.lang}&nv=${MODULE}&op=${alias}`],
  };
}

function articlePaths(lang: string, catAlias: string, alias: string, id: number): string[] {
  const op = `${catAlias}/${alias}-${id}`;
  const query = `/index.php?language=${lang}&nv=${MODULE}&op=`;
  return [...modulePaths(lang, `${op}.html`), `${query}${op}.html`, `${query}${op}`];
}

function featuredImage(row: NewsRow): ImportedArticle['featuredImage'] {
  const file = (row.homeimgfile ?? '').trim();
  if (file === '') return undefined;
  const alt = plain(row.homeimgalt);
  // As a path under /uploads/news, so an image shown both as featured and in the body is one ref.
  if (IMAGE_IN_UPLOADS.has(row.homeimgthumb)) return { ref: `/uploads/news/${file.replace(/^\/+/, '')}`, alt };
  if (row.homeimgthumb === IMAGE_URL) return { ref: file, alt };
  return undefined;
}

/** The lead is text with NukeViet's nl2br line breaks. */
function leadText(hometext: string): string {
  return decodeEntities(hometext.replace(/<br\s*\/?>/gi, '\n').replace(/<[^>]*>/g, '')).trim();
}

function categoryIds(row: NewsRow, categories: Map<number, CategoryRow>): string[] {
  const ids = [row.catid, ...row.listcatid.split(',').map((s) => Number.parseInt(s.trim(), 10))];
  return [...new Set(ids.filter((id) => categories.has(id)).map(String))];
}

export function newsRecord(row: NewsRow, ctx: RowContext): ImportedArticle | SkippedItem {
  const sourceId = String(row.id);
  const title = plain(row.title);
  if (title === '') return { type: 'skipped', sourceId, reason: nukevietText.noTitle };
  const category = ctx.categories.get(row.catid);
  if (!category) return { type: 'skipped', sourceId, reason: nukevietText.unknownCategory(row.catid) };
  const published = row.status === STATUS_PUBLISHED && row.publtime > 0;
  const image = featuredImage(row);
  return {
    type: 'article',
    sourceId,
    kind: 'post',
    title,
    lead: leadText(row.hometext),
    bodyHtml: row.bodyhtml ?? '',
    // The row's own author line comes first, as on NukeViet's page; the poster's name otherwise.
    authorName: plain(row.author) || ctx.posterName(row.admin_id) || '',
    categorySourceIds: categoryIds(row, ctx.categories),
    // publtime is a Unix time (UTC seconds), as PHP's time() gives it.
    publishedAt: published ? new Date(row.publtime * 1000) : null,
    status: published ? 'published' : 'draft',
    ...(image ? { featuredImage: image } : {}),
    views: row.hitstotal,
    oldPaths: articlePaths(ctx.lang, plain(category.alias), plain(row.alias), row.id),
  };
}
