// A portal-sized archive for the benchmarks that need one (search, start-up): the demo content
// made by the app itself, then generated Vietnamese articles written straight into its database.
import { statSync } from 'node:fs';
import path from 'node:path';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { storedArticleText } from '../src/modules/articles/index.js';
import { slugify } from '../src/platform/text/slug.js';
import { fmt, seededRandom } from './lib.js';
import { AUTHORS, COMMON, RARE } from './vocabulary.js';

// A seeded generator, so every run builds the same archive.
const { random, between } = seededRandom(20251127);
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;

// Zipf weights (s = 1.1) over COMMON: cumulative, searched by bisection.
const cumulative: number[] = [];
COMMON.reduce((sum, _, rank) => {
  cumulative.push(sum + 1 / (rank + 1) ** 1.1);
  return cumulative.at(-1)!;
}, 0);
function pickCommon(): string {
  const x = random() * cumulative.at(-1)!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return COMMON[lo]!;
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const phrases = (min: number, max: number) => Array.from({ length: between(min, max) }, pickCommon).join(' ');
const sentence = () => `${capitalize(phrases(4, 7))}, ${phrases(3, 6)}.`;

/** One article row with the folded columns createArticle would store (title_f, lead_f, body_f). */
function generateArticle(n: number, categoryIds: number[], now: number) {
  // About 3% of articles mention one rare place or programme: a few dozen articles per rare term.
  const rare = random() < 0.03 ? pick(RARE) : undefined;
  const title = capitalize(rare && random() < 0.5 ? `${phrases(3, 5)} ${rare} ${phrases(1, 3)}` : phrases(5, 9));
  const lead = `${sentence()} ${sentence()}`;
  const paragraphs = Array.from({ length: between(4, 7) }, () =>
    Array.from({ length: between(2, 4) }, sentence).join(' '),
  );
  if (rare) paragraphs[between(0, paragraphs.length - 1)] += ` Tại ${rare}, ${phrases(4, 8)}.`;
  const bodyHtml = paragraphs.map((p) => `<p>${p}</p>`).join('\n');
  const at = new Date(now - random() * 5 * 365 * 86_400_000).toISOString(); // the last five years
  return {
    slug: `${slugify(title)}-b${n}`,
    category_id: pick(categoryIds),
    // The app's own function, so the stored and folded columns match createArticle's.
    ...storedArticleText({ title, lead, bodyHtml }),
    author: pick(AUTHORS),
    status: 'published' as const,
    featured: 0,
    published_at: at,
    created_at: at,
    updated_at: at,
    views: between(0, 5000),
  };
}

/** Demo content through the app, then ARTICLES rows through Kysely: 100 a statement, 2,000 a transaction. */
export async function buildArchive(dataDir: string, count: number, databaseUrl?: string) {
  const started = performance.now();
  const congtin = await createApp(
    loadConfig({
      DATA_DIR: dataDir,
      DEMO_CONTENT: '1',
      LOG_LEVEL: 'warn',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    }),
  );
  const categoryIds = (await congtin.articles.listCategories()).map((c) => c.id);
  const now = Date.now();
  for (let start = 0; start < count; start += 2000) {
    await congtin.db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(count, start + 2000); i += 100) {
        const rows = Array.from({ length: Math.min(100, count - i) }, (_, k) =>
          generateArticle(i + k, categoryIds, now),
        );
        await trx.insertInto('articles').values(rows).execute(); // a trigger queues each row for search
      }
    });
  }
  const indexing = performance.now();
  await congtin.searchIndexer.drainAll();
  console.log(`archive: search index built in ${fmt((performance.now() - indexing) / 1000, 1)} s`);
  const total = await congtin.articles.countPublished();
  await congtin.close();
  if (databaseUrl) {
    console.log(
      `archive: ${fmt(total)} published articles in PostgreSQL, built in ${fmt((performance.now() - started) / 1000, 1)} s`,
    );
    return;
  }
  const file = path.join(dataDir, 'congtin.db');
  const size = (f: string) => statSync(f, { throwIfNoEntry: false })?.size ?? 0;
  const mib = (size(file) + size(`${file}-wal`)) / 2 ** 20;
  console.log(
    `archive: ${fmt(total)} published articles, ${fmt(mib)} MiB, built in ${fmt((performance.now() - started) / 1000, 1)} s`,
  );
}
