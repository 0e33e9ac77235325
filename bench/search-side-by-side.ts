// Two congtin servers already running (e.g. two builds, each on its own copy of the same archive),
// searched side by side: every query of QUERIES timed on both in turn, the order drawn per
// request, so a machine that slows for a minute slows both alike. For A/B comparisons of search
// on a noisy machine, where runs one after the other move more than a change does.
//   node dist/main.js twice (PAGE_CACHE_SECONDS=0, two ports), then
//   npx tsx bench/search-side-by-side.ts http://127.0.0.1:PORT_A http://127.0.0.1:PORT_B   (PASSES=8)
import { fmt, median, percentile, seededRandom } from './lib.js';
import { QUERIES, searchAgent, timeGet } from './search-client.js';

const PASSES = Number(process.env.PASSES ?? 8);
const [baseA, baseB] = process.argv.slice(2);
if (!baseA || !baseB) throw new Error('usage: search-side-by-side.ts URL_A URL_B');
const { random } = seededRandom(20261207);

const kinds = { page: '/tim-kiem', json: '/api/v1/articles' } as const;
const times = new Map<string, number[]>();
const record = (key: string, ms: number) => times.set(key, [...(times.get(key) ?? []), ms]);

async function main() {
  for (const warm of ['hội nghị', 'ban thuong vu', 'cong doan', 'sa pa', 'thanh nien'])
    for (const base of [baseA!, baseB!])
      for (const path of Object.values(kinds)) await timeGet(`${base}${path}?q=${encodeURIComponent(warm)}`);
  let failures = 0;
  for (let pass = 0; pass < PASSES; pass++) {
    const order = [...QUERIES].sort(() => random() - 0.5);
    for (const query of order)
      for (const [kind, path] of Object.entries(kinds)) {
        const sides: Array<[string, string]> = [
          ['A', baseA!],
          ['B', baseB!],
        ];
        if (random() < 0.5) sides.reverse();
        for (const [side, base] of sides) {
          const { ms, status } = await timeGet(`${base}${path}?q=${encodeURIComponent(query)}`);
          if (status !== 200) failures++;
          record(`${kind} ${side}`, ms);
        }
      }
  }
  console.log('| endpoint | side | requests | p50 ms | p95 ms | max ms |\n|---|---|---:|---:|---:|---:|');
  for (const kind of Object.keys(kinds))
    for (const side of ['A', 'B']) {
      const xs = times.get(`${kind} ${side}`)!;
      console.log(
        `| ${kinds[kind as keyof typeof kinds]} | ${side} | ${xs.length} | ${fmt(median(xs), 1)} | ${fmt(percentile(xs, 95), 1)} | ${fmt(Math.max(...xs), 1)} |`,
      );
    }
  console.log(`non-200 answers: ${failures}`);
  searchAgent.destroy();
}

await main();
