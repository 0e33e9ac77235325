// The party history workspace's wiring: its service (the accounts' staff for appointing writers,
// the units' founding dates for the timeline, the articles for publishing a chapter), its staff
// routes and their body cap, and on the first start of a demo, the demo's book.
import { randomUUID } from 'node:crypto';
import { access } from 'node:fs/promises';
import type { Hono } from 'hono';
import { imageSizeFromFile } from 'image-size/fromFile';
import { articleUrl } from '../modules/articles/index.js';
import { plannedWidths } from '../modules/media/index.js';
import {
  createHistoryService,
  HISTORY_BODY_BYTES,
  HISTORY_TEXT_PATHS,
  type HistoryActor,
  type HistoryService,
  mountHistoryAdmin,
} from '../modules/history/index.js';
import { bodyCap } from '../platform/http/body.js';
import { type DemoHistorySection, demoHistoryBook, demoHistoryChapters } from '../demo/demo-history.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';

export type History = { service: HistoryService };

/** Word shows a picture at most the text's width (about 620 px): a copy this wide is plenty. */
const DOCX_IMAGE_MAX_WIDTH = 1200;

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

/**
 * A media library image's file for the .docx: its widest JPEG/PNG copy of at most 1200 px, or
 * the original when it is JPEG or PNG itself (no copies yet); never WebP/AVIF, which Word cannot
 * show. Undefined for any other address, or an image whose file is gone.
 */
async function docxImageFile(media: Content['media'], src: string): Promise<string | undefined> {
  const parts = /^\/tep-tin\/([^/]+)\/([^/]+)\/([^/?#]+)$/.exec(src);
  if (!parts) return undefined;
  const [, year, month, name] = parts as unknown as [string, string, string, string];
  const original = media.files.locate(year, month, name);
  if (!original || !(await exists(original.absolute))) return undefined;
  const width = (await imageSizeFromFile(original.absolute).catch(() => undefined))?.width ?? 0;
  const widths = plannedWidths(width)
    .filter((w) => w <= DOCX_IMAGE_MAX_WIDTH)
    .reverse();
  for (const w of widths)
    for (const format of ['jpg', 'png'] as const) {
      const file = media.variantFiles.fileFor(`${year}/${month}/${name}`, w, format);
      if (await exists(file)) return file;
    }
  return original.mime === 'image/jpeg' || original.mime === 'image/png' ? original.absolute : undefined;
}

type SeedActors = { editor: HistoryActor; writer: HistoryActor };

async function seedSection(
  history: HistoryService,
  actors: SeedActors,
  bookId: number,
  parentId: number | null,
  demo: DemoHistorySection,
) {
  const actor = demo.byWriter ? actors.writer : actors.editor;
  const id = await history.addSection(actor, bookId, { title: demo.title, parentId });
  // The text cites "[^n]": the n-th source of the section, known by its id once added.
  const ids: number[] = [];
  for (const source of demo.sources) ids.push(await history.addSource(actor, id, source));
  const bodyHtml = demo.bodyHtml.replace(/\[\^(\d+)\]/g, (_, n: string) => `[^${ids[Number(n) - 1]}]`);
  await history.saveText(actor, id, { title: demo.title, bodyHtml, version: 1 });
  if (demo.status !== 'draft') await history.step(actor, id, 'submit');
  if (demo.remark) await history.comment(actors.editor, id, demo.remark);
  if (demo.status === 'approved') await history.step(actors.editor, id, 'approve');
  for (const child of demo.children ?? []) await seedSection(history, actors, bookId, id, child);
}

async function seedDemoHistory(basics: Basics, people: People, history: HistoryService) {
  const users = await people.accounts.service.listUsers();
  const editor = users.find((u) => u.roles.includes('editor'));
  const writer = users.find((u) => u.roles.includes('contributor'));
  if (!editor || !writer) return;
  // The demo's first start is one operation: its audit rows share one request id, like a request's.
  const requestId = randomUUID();
  const actors = {
    editor: { id: editor.id, email: editor.email, roles: editor.roles, requestId },
    writer: { id: writer.id, email: writer.email, roles: writer.roles, requestId },
  };
  const bookId = await history.createBook(actors.editor, demoHistoryBook);
  await history.appointWriter(actors.editor, bookId, writer.id);
  for (const chapter of demoHistoryChapters) await seedSection(history, actors, bookId, null, chapter);
  basics.logger.info('demo history book created');
}

export async function buildHistory(basics: Basics, content: Content, people: People): Promise<History> {
  const { db, clock, config } = basics;
  const service = createHistoryService({
    db,
    clock,
    work: content.work,
    audit: people.accounts.audit,
    findImageFile: (src) => docxImageFile(content.media, src),
    listStaff: async () =>
      (await people.accounts.service.listUsers()).map((u) => ({ id: u.id, name: u.name, disabled: u.disabled })),
    listUnits: async () => (await people.units.listTree()).map((u) => ({ name: u.name, foundedOn: u.foundedOn })),
    listCategories: async () => (await content.articles.listCategories()).map((c) => ({ id: c.id, name: c.name })),
    publishArticle: async (input) => {
      const article = await content.articles.createArticle({ ...input, status: 'published' });
      return { id: article.id, url: articleUrl(article.slug) };
    },
  });
  if (people.firstAccounts && config.demoContent) await seedDemoHistory(basics, people, service);
  await service.loadWriters();
  return { service };
}

/** A section's text is a long form: its cap, declared with the others before anything reads a body. */
export function capHistoryBodies(app: Hono) {
  for (const path of HISTORY_TEXT_PATHS) app.use(path, bodyCap(HISTORY_BODY_BYTES));
}

export function mountHistory(app: Hono, parts: { people: People; history: History }) {
  const { guard, frame } = parts.people.accounts;
  mountHistoryAdmin(app, { history: parts.history.service, guard, frame });
}
