// Search latency on a portal-sized archive: demo content + generated Vietnamese articles, then
// every query of QUERIES timed over HTTP, sequentially, on /tim-kiem and on /api/v1/articles?q=.
// Targets (#14): p95 ≤ 10 ms on SQLite and ≤ 20 ms on PostgreSQL at 100,000 articles.
//   npx tsx bench/search.ts                                   (SQLite; ARTICLES=100000 PASSES=10)
//   BENCH_DATABASE_URL=postgres://…/empty_db npx tsx bench/search.ts   (PostgreSQL)
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildArchive } from './archive.js';
import { QUERIES, searchAgent, timeGet } from './search-client.js';
import { fmt, makeTempDir, median, percentile, readRssMiB, seededRandom, startCongtin } from './lib.js';
import { measureQuietly, postgresServerPid } from './machine-load.js';

const ARTICLES = Number(process.env.ARTICLES ?? 100_000);
const DATABASE_URL = process.env.BENCH_DATABASE_URL;
const PASSES = Number(process.env.PASSES ?? 10);
const TARGET_P95_MS = DATABASE_URL ? 20 : 10;

// A seeded order of the queries in each pass.
const { random } = seededRandom(20251128);

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
async function main() {
  // SEARCH_DATA_DIR=dir keeps the archive there and reuses it next time (to iterate on queries).
  const kept = process.env.SEARCH_DATA_DIR;
  const tmp = kept ? { dir: path.resolve(kept), remove: async () => {} } : await makeTempDir('search');
  const dataDir = path.join(tmp.dir, 'data');
  try {
    // On PostgreSQL a marker file in the kept folder says the database holds the archive already.
    const builtMarker = path.join(dataDir, DATABASE_URL ? 'postgres-archive-built' : 'congtin.db');
    if (kept && existsSync(builtMarker)) console.log(`archive: reusing ${dataDir}`);
    else {
      await buildArchive(dataDir, ARTICLES, DATABASE_URL);
      if (DATABASE_URL) writeFileSync(builtMarker, `${DATABASE_URL}\n`);
    }
    // PAGE_CACHE_SECONDS=0: the page cache never answers, so every request runs the search and
    // renders, as a reader's first query does (readers' queries rarely repeat within seconds).
    const server = await startCongtin({
      dataDir,
      env: { PAGE_CACHE_SECONDS: '0', ...(DATABASE_URL ? { DATABASE_URL } : {}) },
    });
    try {
      const ours = [server.pid, ...(DATABASE_URL ? [await postgresServerPid(DATABASE_URL)] : [])];
      const q = (endpoint: string, query: string) => `${server.url}${endpoint}?q=${encodeURIComponent(query)}`;
      for (const w of ['hội nghị', 'ban thuong vu', 'cong doan', 'sa pa', 'thanh nien']) {
        await timeGet(q('/tim-kiem', w)); // JIT and SQLite page cache, with queries not measured
        await timeGet(q('/api/v1/articles', w));
      }
      const page = new Map<string, number[]>(QUERIES.map((x) => [x, []]));
      const api = new Map<string, number[]>(QUERIES.map((x) => [x, []]));
      const matches = new Map<string, number>();
      let failures = 0;
      for (let pass = 1; pass <= PASSES; pass++) {
        // One pass = every query once, in a new order; repeated if other processes were busy meanwhile.
        const { result } = await measureQuietly(`pass ${pass}`, ours, async () => {
          const timings: Array<{ query: string; page: number; api: number }> = [];
          for (const query of shuffle([...QUERIES])) {
            const p = await timeGet(q('/tim-kiem', query));
            const a = await timeGet(q('/api/v1/articles', query));
            if (p.status !== 200 || a.status !== 200) failures++;
            if (a.status === 200) matches.set(query, (JSON.parse(a.text) as { total: number }).total);
            timings.push({ query, page: p.ms, api: a.ms });
          }
          return timings;
        });
        for (const t of result) {
          page.get(t.query)!.push(t.page);
          api.get(t.query)!.push(t.api);
        }
      }
      const rssMiB = readRssMiB(server.pid);

      const all = (m: Map<string, number[]>, firstOnly = false) =>
        [...m.values()].flatMap((v) => (firstOnly ? v.slice(0, 1) : v));
      const row = (label: string, xs: number[]) =>
        `| ${label} | ${xs.length} | ${fmt(median(xs), 1)} | ${fmt(percentile(xs, 95), 1)} | ${fmt(Math.max(...xs), 1)} |`;
      console.log(`\n| endpoint | requests | p50 ms | p95 ms | max ms |\n|---|---:|---:|---:|---:|`);
      console.log(row('GET /tim-kiem?q= (HTML page)', all(page)));
      console.log(row('GET /api/v1/articles?q= (JSON)', all(api)));
      console.log(row('/tim-kiem, first pass only', all(page, true)));
      console.log(`non-200 answers: ${failures}; congtin RSS after: ${fmt(rssMiB, 1)} MiB`);

      console.log(
        `\n| query | matches | page p50 ms | page max ms | api p50 ms | api max ms |\n|---|---:|---:|---:|---:|---:|`,
      );
      const byCost = [...QUERIES].sort((x, y) => median(page.get(y)!) - median(page.get(x)!));
      for (const query of byCost) {
        const [pg, ap] = [page.get(query)!, api.get(query)!];
        const slow = median(pg) > TARGET_P95_MS ? ' ⚠' : '';
        console.log(
          `| ${query}${slow} | ${fmt(matches.get(query) ?? NaN)} | ${fmt(median(pg), 1)} | ${fmt(Math.max(...pg), 1)} | ${fmt(median(ap), 1)} | ${fmt(Math.max(...ap), 1)} |`,
        );
      }
      const p95 = percentile(all(page), 95);
      const verdict = p95 <= TARGET_P95_MS ? 'MET' : `NOT MET (${fmt(p95 / TARGET_P95_MS, 1)}× the target)`;
      console.log(
        `\ntarget (${DATABASE_URL ? 'PostgreSQL' : 'SQLite'}, ${fmt(ARTICLES)} articles) /tim-kiem p95 ≤ ${TARGET_P95_MS} ms: ${verdict}; JSON p95 ${fmt(percentile(all(api), 95), 1)} ms`,
      );
    } finally {
      searchAgent.destroy();
      await server.stop('SIGTERM');
    }
  } finally {
    await tmp.remove();
  }
}

await main();
