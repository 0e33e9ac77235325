// One article of the old site into congtin: skipped when a run before brought it in; otherwise its
// images copied, its HTML made congtin's, then the article, its bookkeeping row and its old
// addresses written in one transaction (no half-written article).
import { AppError } from '../../platform/http/errors.js';
import { htmlToText } from '../../platform/text/html-text.js';
import { insertImportedArticle } from '../articles/index.js';
import { checkImportedBody, findImageSources, makeStoredText } from './import-body.js';
import { copyImage } from './import-images.js';
import type { ImportDeps } from './import-deps.js';
import type { ImportedArticle, ImportSource } from './import-source.js';
import type { ImportReport } from './import-report.js';
import { normalizeOldPaths } from './old-paths.js';
import { findImportedId, recordImportedItem, recordLegacyUrls } from './imports.queries.js';
import { importsText } from './imports.vi.js';

interface Context {
  deps: ImportDeps;
  source: ImportSource;
  report: ImportReport;
  categoryOf: (article: ImportedArticle) => Promise<number>;
}

/** Copies the body's images; returns each reference's new address (missing ones are reported). */
async function copyBodyImages(ctx: Context, article: ImportedArticle, owner: { sourceId: string; title: string }) {
  const urls: Record<string, string> = {};
  for (const ref of await findImageSources(article.bodyHtml, ctx.deps.work)) {
    const copied = await copyImage(ctx.deps, ctx.source, ctx.report, { ref, alt: '', owner });
    if (copied) urls[ref] = copied.url;
  }
  return urls;
}

async function prepare(ctx: Context, article: ImportedArticle, title: string) {
  const owner = { sourceId: article.sourceId, title };
  const imageUrls = await copyBodyImages(ctx, article, owner);
  const featured = article.featuredImage
    ? await copyImage(ctx.deps, ctx.source, ctx.report, { ...article.featuredImage, owner })
    : undefined;
  // A lead is plain text in congtin; an old site's excerpt may carry markup.
  const lead = htmlToText(article.lead);
  const text = await makeStoredText({ title, lead, bodyHtml: article.bodyHtml, imageUrls }, ctx.deps.work);
  return { text, featuredImageId: featured?.id ?? null };
}

async function write(ctx: Context, article: ImportedArticle, prepared: Awaited<ReturnType<typeof prepare>>) {
  const { deps, source } = ctx;
  const categoryId = await ctx.categoryOf(article);
  const oldPaths = normalizeOldPaths(article.oldPaths);
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const { id } = await insertImportedArticle(trx, {
      text: prepared.text,
      author: article.authorName,
      categoryId,
      status: article.status,
      publishedAt: article.publishedAt?.toISOString() ?? null,
      views: article.views ?? 0,
      featuredImageId: prepared.featuredImageId,
      now,
    });
    await recordImportedItem(trx, {
      source: source.name,
      kind: 'article',
      sourceId: article.sourceId,
      congtinId: id,
      now,
    });
    return recordLegacyUrls(trx, { paths: oldPaths, articleId: id, source: source.name, now });
  });
}

export async function importArticle(ctx: Context, article: ImportedArticle): Promise<void> {
  const { deps, source, report } = ctx;
  if (
    (await findImportedId(deps.db, { source: source.name, kind: 'article', sourceId: article.sourceId })) !== undefined
  ) {
    report.articles.unchanged++;
    return;
  }
  const title = article.title.normalize('NFC').trim();
  if (title === '') {
    report.skipped.push({ sourceId: article.sourceId, title: '', reason: importsText.skipped.noTitle });
    return;
  }
  let prepared: Awaited<ReturnType<typeof prepare>>;
  try {
    checkImportedBody(article.bodyHtml);
    prepared = await prepare(ctx, article, title);
  } catch (error) {
    // A body too deep or too big for the worker is the article's fault: reported, the rest goes on.
    if (!(error instanceof AppError) || error.status >= 500) throw error;
    report.skipped.push({ sourceId: article.sourceId, title, reason: importsText.skipped.bodyRefused(error.message) });
    return;
  }
  report.redirects.recorded += await write(ctx, article, prepared);
  report.articles.created++;
}
