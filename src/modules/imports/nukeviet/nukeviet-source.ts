// The NukeViet reader (ImportSource over a NukeViet 4.x MySQL/MariaDB database). It reads the
// categories (a site has a few hundred at most) and then the news rows in id order, a page at a
// time with keyset pagination (WHERE id > last ORDER BY id LIMIT n), so 20,000 rows never sit in
// memory together; posters' names are looked up per page. The statistics total comes once.
import fs from 'node:fs';
import type mysql from 'mysql2/promise';
import type { ImportRecord, ImportSource } from '../import-source.js';
import { connect, existingTables, type NukeVietTables, parseAddress } from './nukeviet-database.js';
import { NukeVietInputError } from './nukeviet-error.js';
import { type CategoryRow, categoryRecord, type NewsRow, newsRecord, type RowContext } from './nukeviet-row.js';
import { resolveNukeVietUpload } from './nukeviet-uploads.js';
import { nukevietText } from './nukeviet.vi.js';

export interface NukeVietOptions {
  /** A copy of the site's uploads folder (the one holding uploads/news). */
  uploadsDir?: string;
  /** The same, as the import command names it (--uploads). */
  uploads?: string;
  /** Table prefix, nv4 unless the site was installed with another. */
  prefix?: string;
  /** The language whose news module is read, vi by default. */
  lang?: string;
  /** News rows read per query. */
  pageSize?: number;
}

const DEFAULT_PAGE_SIZE = 200;

const NEWS_COLUMNS =
  'r.id, r.catid, r.listcatid, r.admin_id, r.author, r.publtime, r.status, r.title, r.alias, r.hometext, ' +
  'r.homeimgfile, r.homeimgalt, r.homeimgthumb, r.hitstotal, d.bodyhtml';

async function readCategories(db: mysql.Connection, t: NukeVietTables): Promise<Map<number, CategoryRow>> {
  const [rows] = await db.query<mysql.RowDataPacket[]>(
    `SELECT catid, parentid, title, alias FROM \`${t.categories}\` ORDER BY catid`,
  );
  return new Map(rows.map((r) => [Number(r.catid), r as CategoryRow]));
}

/** Parents before children (a parent missing or in a loop leaves the child at the top). */
function parentsFirst(categories: Map<number, CategoryRow>): CategoryRow[] {
  const ordered: CategoryRow[] = [];
  const placed = new Set<number>();
  const place = (c: CategoryRow, seen: Set<number>) => {
    if (placed.has(c.catid) || seen.has(c.catid)) return;
    seen.add(c.catid);
    const parent = categories.get(c.parentid);
    if (parent) place(parent, seen);
    placed.add(c.catid);
    ordered.push(c);
  };
  for (const c of categories.values()) place(c, new Set());
  return ordered;
}

async function readVisitTotal(db: mysql.Connection, t: NukeVietTables, has: Set<string>): Promise<number | undefined> {
  if (!has.has(t.counter)) return undefined;
  const [rows] = await db.query<mysql.RowDataPacket[]>(
    `SELECT c_count FROM \`${t.counter}\` WHERE c_type = 'total' AND c_val = 'hits'`,
  );
  return rows.length === 0 ? undefined : Number(rows[0]!.c_count);
}

/** Shown names of the posters of a page's rows that carry no author line, added to `names`. */
async function learnPosters(db: mysql.Connection, t: NukeVietTables, page: NewsRow[], names: Map<number, string>) {
  const wanted = [...new Set(page.filter((r) => !r.author?.trim() && !names.has(r.admin_id)).map((r) => r.admin_id))];
  if (wanted.length === 0) return;
  const [rows] = await db.query<mysql.RowDataPacket[]>(
    `SELECT userid, username, first_name, last_name FROM \`${t.users}\` WHERE userid IN (?)`,
    [wanted],
  );
  for (const u of rows) {
    // nv_show_name_user with NukeViet's default name_show = 0: family name first, as Vietnamese is written.
    const full = `${u.last_name ?? ''} ${u.first_name ?? ''}`.trim();
    names.set(Number(u.userid), full || String(u.username ?? ''));
  }
}

async function* newsPages(db: mysql.Connection, t: NukeVietTables, pageSize: number): AsyncGenerator<NewsRow[]> {
  let after = 0;
  for (;;) {
    const [rows] = await db.query<mysql.RowDataPacket[]>(
      `SELECT ${NEWS_COLUMNS} FROM \`${t.rows}\` r LEFT JOIN \`${t.detail}\` d ON d.id = r.id WHERE r.id > ? ORDER BY r.id LIMIT ?`,
      [after, pageSize],
    );
    if (rows.length === 0) return;
    yield rows as NewsRow[];
    after = Number(rows[rows.length - 1]!.id);
    if (rows.length < pageSize) return;
  }
}

function checkUploads(dir: string | undefined): void {
  if (dir !== undefined && !(fs.existsSync(dir) && fs.statSync(dir).isDirectory()))
    throw new NukeVietInputError(nukevietText.uploadsMissing(dir));
}

export async function openNukeVietSource(url: string, options: NukeVietOptions = {}): Promise<ImportSource> {
  const uploadsDir = options.uploadsDir ?? options.uploads;
  checkUploads(uploadsDir);
  const address = parseAddress(url, options);
  const t = address.tables;
  const db = await connect(address);
  let has: Set<string>;
  try {
    has = await existingTables(db, [t.rows, t.detail, t.categories, t.users, t.counter]);
    const missing = [t.rows, t.detail, t.categories].filter((name) => !has.has(name));
    if (missing.length > 0) throw new NukeVietInputError(nukevietText.tablesMissing(missing));
  } catch (error) {
    await db.end();
    throw error;
  }
  const pageSize = Math.max(1, Math.trunc(options.pageSize ?? DEFAULT_PAGE_SIZE));
  return {
    name: 'nukeviet',
    async expectedArticles() {
      const [rows] = await db.query<mysql.RowDataPacket[]>(`SELECT COUNT(*) AS n FROM \`${t.rows}\``);
      return Number(rows[0]!.n);
    },
    async *records(): AsyncIterable<ImportRecord> {
      const categories = await readCategories(db, t);
      const names = new Map<number, string>();
      const ctx: RowContext = { lang: t.lang, categories, posterName: (id) => names.get(id) || undefined };
      for (const c of parentsFirst(categories)) yield categoryRecord(c, ctx);
      const total = await readVisitTotal(db, t, has);
      if (total !== undefined) yield { type: 'visit-total', total };
      for await (const page of newsPages(db, t, pageSize)) {
        if (has.has(t.users)) await learnPosters(db, t, page, names);
        for (const row of page) yield newsRecord(row, ctx);
      }
    },
    resolveImage: (ref) => resolveNukeVietUpload(uploadsDir, ref),
    close: () => db.end(),
  };
}
