// Search engine latency, in-process (server time, no network), on a seeded archive, on SQLite or
// PostgreSQL: the full-text engine alone and the JSON API (/api/v1/articles?q=, which also loads
// the rows). Written to compare ranking changes before and after on both databases.
//   npx tsx bench/search-ranking.ts                                  (SQLite in a temp dir)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/search-ranking.ts  (an empty PostgreSQL database)
//   ARTICLES=5000 REQUESTS=200 by default
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { storedArticleText } from '../src/modules/articles/index.js';
import { createSearchService, parseSearchQuery } from '../src/modules/search/index.js';
import { slugify } from '../src/platform/text/slug.js';
import { fmt, makeTempDir, median, percentile, seededRandom } from './lib.js';
import { AUTHORS, COMMON, RARE } from './vocabulary.js';

const ARTICLES = Number(process.env.ARTICLES ?? 5_000);
const REQUESTS = Number(process.env.REQUESTS ?? 200);
const QUERIES = [
  'dang uy lao cai',
  'Đảng ủy Khối',
  'đảng ủy khối tỉnh lào cai',
  'hoc tap lam theo',
  'Lào Cai',
  'nghị quyết trung ương',
  'hòa giải',
  'chi bo',
  'kiểm tra giám sát',
  'chuyen doi so',
  'dân vận khéo',
  'thi đua khen thưởng',
  'bảo vệ nền tảng tư tưởng',
  'tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'xây dựng chỉnh đốn Đảng',
  'nguoi lao dong',
  'Tả Van',
  'lao ca',
  'phát triển đảng v',
  'bitcoin',
];

const { random, between } = seededRandom(20261205);
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
// Squared uniform: the head of COMMON (most frequent first) is drawn far more often than the tail.
const common = () => COMMON[Math.floor(random() ** 2 * COMMON.length)]!;
const phrases = (min: number, max: number) => Array.from({ length: between(min, max) }, common).join(' ');
const sentence = () => `${capitalize(phrases(4, 7))}, ${phrases(3, 6)}.`;

function generateArticle(n: number, categoryId: number, now: number) {
  const rare = random() < 0.03 ? pick(RARE) : undefined;
  const title = capitalize(rare ? `${phrases(2, 4)} ${rare} ${phrases(1, 3)}` : phrases(4, 8));
  const paragraphs = Array.from({ length: between(4, 7) }, () =>
    Array.from({ length: between(2, 4) }, sentence).join(' '),
  );
  const at = new Date(now - random() * 5 * 365 * 86_400_000).toISOString();
  return {
    slug: `${slugify(title)}-r${n}`,
    category_id: categoryId,
    ...storedArticleText({
      title,
      lead: `${sentence()} ${sentence()}`,
      bodyHtml: paragraphs.map((p) => `<p>${p}</p>`).join('\n'),
    }),
    author: pick(AUTHORS),
    status: 'published' as const,
    featured: 0,
    published_at: at,
    created_at: at,
    updated_at: at,
    views: 0,
  };
}

// KEEP_DIR=dir leaves the SQLite archive there, to look at the queries afterwards.
const kept = process.env.KEEP_DIR;
const tmp = kept ? { dir: kept, remove: async () => {} } : await makeTempDir('search-ranking');
const url = process.env.BENCH_DATABASE_URL;
const app = await createApp(
  loadConfig({ DATA_DIR: tmp.dir, LOG_LEVEL: 'warn', DEMO_CONTENT: '0', ...(url ? { DATABASE_URL: url } : {}) }),
);
try {
  const categoryId = await app.articles.createCategory({ name: 'Tin hoạt động' });
  const now = Date.now();
  for (let i = 0; i < ARTICLES; i += 100) {
    const rows = Array.from({ length: Math.min(100, ARTICLES - i) }, (_, k) => generateArticle(i + k, categoryId, now));
    await app.db.insertInto('articles').values(rows).execute();
  }
  if (app.dialect === 'postgres') await app.db.executeQuery({ sql: 'analyze', parameters: [], query: {} } as never);
  await app.searchIndexer.drainAll();
  const search = createSearchService(app.db, app.searchIndexer);
  const nowIso = new Date().toISOString();
  const engine: number[] = [];
  const api: number[] = [];
  const totals = new Map<string, number>();
  const perQuery = new Map<string, number[]>();
  for (let i = 0; i < 40; i++)
    await search.search(parseSearchQuery(QUERIES[i % QUERIES.length]!), { limit: 10, offset: 0, nowIso });
  for (let i = 0; i < REQUESTS; i++) {
    const q = QUERIES[Math.floor(random() * QUERIES.length)]!;
    let t0 = performance.now();
    const found = await search.search(parseSearchQuery(q), { limit: 10, offset: 0, nowIso });
    engine.push(performance.now() - t0);
    perQuery.set(q, [...(perQuery.get(q) ?? []), performance.now() - t0]);
    totals.set(q, found.total);
    t0 = performance.now();
    const res = await app.app.request(`/api/v1/articles?q=${encodeURIComponent(q)}`);
    await res.text();
    api.push(performance.now() - t0);
  }
  const row = (label: string, xs: number[]) =>
    `| ${app.dialect} | ${label} | ${xs.length} | ${fmt(median(xs), 2)} | ${fmt(percentile(xs, 95), 2)} | ${fmt(Math.max(...xs), 2)} |`;
  console.log(`${ARTICLES} generated articles; matches: ${[...totals].map(([q, n]) => `${q}=${n}`).join(', ')}`);
  console.log('| database | timed | requests | p50 ms | p95 ms | max ms |\n|---|---|---:|---:|---:|---:|');
  console.log(row('engine search() page 1', engine));
  console.log(row('GET /api/v1/articles?q= in-process', api));
  if (process.env.PER_QUERY)
    for (const [q, xs] of perQuery)
      console.log(
        `${q}: ${totals.get(q)} matches, engine p50 ${fmt(median(xs), 2)} ms, max ${fmt(Math.max(...xs), 2)}`,
      );
} finally {
  await app.close();
  await tmp.remove();
}
