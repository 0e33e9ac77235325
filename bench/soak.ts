// Soak (#14, part 5): MINUTES of mixed load on one congtin started as `npm start` starts it —
// readers' pages, beacon hits from always new addresses, searches, and an editor saving an article
// every few seconds — with the resident memory sampled every 10 s. Passes when no request failed,
// the memory shows no growth over the last 20 minutes (least-squares slope), and the all-time
// counter holds every acknowledged hit. Draws the memory curve to bench/soak.svg.
//   npx tsx bench/soak.ts            (MINUTES=30 by default; PAGE_RATE, HIT_RATE, SEARCH_RATE per second)
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import { findArticleSlug, fmt, makeTempDir, readRssMiB, ROOT, sleep, startCongtin } from './lib.js';
import { drawMemoryCurve, trendOf } from './soak-curve.js';

const MINUTES = Number(process.env.MINUTES ?? 30);
const PAGE_RATE = Number(process.env.PAGE_RATE ?? 300);
const HIT_RATE = Number(process.env.HIT_RATE ?? 300);
const SEARCH_RATE = Number(process.env.SEARCH_RATE ?? 20);
const SAVE_EVERY_MS = 3000;
const SAMPLE_EVERY_MS = 10_000;
const TREND_MINUTES = 20;
// "Flat": the fitted line rises less than this over the last 20 minutes.
const FLAT_MIB = 5;
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const SEARCHES = ['dang uy', 'Lào Cai', 'nghị quyết', 'chuyen doi so', 'học tập và làm theo', 'chi bo', 'hoa giai'];

// A new address for every hit (a new visit each time), never repeating within 16.7 M hits.
const ipBase = Math.floor(Math.random() * 2 ** 24);
let ipCount = 0;
const nextAddress = () => {
  const x = (ipBase + Math.imul(ipCount++, 0x9e3779b1)) & 0xffffff;
  return `113.${x >>> 16}.${(x >>> 8) & 255}.${x & 255}`;
};

const failures = (r: Result) => r.non2xx + r.errors + r.timeouts;

/** An editor's session through the JSON API, saving one article's title back and forth. */
async function startEditor(base: string, categorySlug: string, stopAt: number) {
  const origin = base;
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: 'bientap@congtin.demo', password: 'LaoCai-Demo-2026' }),
  });
  if (login.status !== 200) throw new Error(`editor login: ${login.status} ${await login.text()}`);
  const cookie = /congtin_phien=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const headers = { cookie, 'x-csrf-token': csrfToken, origin, 'content-type': 'application/json' };
  // The editor's own article, published at once, then re-titled back and forth.
  const created = await fetch(`${base}/api/v1/articles`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      title: 'Bài viết của biên tập viên trong bài thử tải dài',
      bodyHtml: '<p>Nội dung được lưu lại vài giây một lần.</p>',
      categorySlug,
      status: 'published',
    }),
  });
  if (created.status !== 201) throw new Error(`editor create: ${created.status} ${await created.text()}`);
  const TITLE = 'Bài viết của biên tập viên trong bài thử tải dài';
  let title = TITLE;
  let article = (await created.json()) as { id: number; version: number };
  let saves = 0;
  let failed = 0;
  const run = (async () => {
    while (Date.now() < stopAt) {
      title = title === TITLE ? `${TITLE} (cập nhật)` : TITLE;
      const res = await fetch(`${base}/api/v1/articles/${article.id}`, {
        method: 'PATCH',
        headers,
        body: JSON.stringify({ title, version: article.version }),
      });
      if (res.status === 200) {
        article = (await res.json()) as typeof article;
        saves++;
      } else {
        await res.arrayBuffer();
        failed++;
      }
      await sleep(SAVE_EVERY_MS);
    }
  })();
  return { done: run.then(() => ({ saves, failed })) };
}

async function main() {
  const tmp = await makeTempDir('soak');
  const env = {
    DATA_DIR: path.join(tmp.dir, 'data'),
    TRUST_PROXY: '127.0.0.1',
    HIT_RATE_PER_MINUTE: '10000000', // every hit is a new address; the throttle is not under test
    STATS_START_TOTAL: '0',
  };
  const congtin = await startCongtin({ dataDir: env.DATA_DIR, env });
  try {
    const slug = await findArticleSlug(congtin.url);
    const before = ((await (await fetch(`${congtin.url}/api/v1/stats`)).json()) as { total: number }).total;
    const seconds = MINUTES * 60;
    const stopAt = Date.now() + seconds * 1000;
    const samples: Array<{ minute: number; rssMiB: number }> = [];
    const started = Date.now();
    const sampler = setInterval(
      () => samples.push({ minute: (Date.now() - started) / 60_000, rssMiB: readRssMiB(congtin.pid) }),
      SAMPLE_EVERY_MS,
    );
    const pages = autocannon({
      url: congtin.url,
      connections: 8,
      duration: seconds,
      overallRate: PAGE_RATE,
      requests: [{ path: '/' }, { path: `/tin-tuc/${slug}` }, { path: '/so-do-trang' }, { path: '/thong-ke' }],
    });
    const hits = autocannon({
      url: congtin.url,
      connections: 8,
      duration: seconds,
      overallRate: HIT_RATE,
      requests: [
        {
          method: 'POST',
          path: '/api/v1/hit',
          headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
          body: JSON.stringify({ path: `/tin-tuc/${slug}` }),
          setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': nextAddress() } }),
        },
      ],
    });
    const searches = autocannon({
      url: congtin.url,
      connections: 2,
      duration: seconds,
      overallRate: SEARCH_RATE,
      requests: SEARCHES.flatMap((q) => [
        { path: `/tim-kiem?q=${encodeURIComponent(q)}` },
        { path: `/api/v1/articles?q=${encodeURIComponent(q)}` },
      ]),
    });
    const home = await (await fetch(`${congtin.url}/`)).text();
    const categorySlug = /href="\/chuyen-muc\/([a-z0-9-]+)"/.exec(home)?.[1] ?? 'tin-tuc';
    const editor = await startEditor(congtin.url, categorySlug, stopAt);
    const [p, h, s, e] = await Promise.all([pages, hits, searches, editor.done]);
    clearInterval(sampler);
    await sleep(500); // hits cut off by the end of the run settle
    const after = ((await (await fetch(`${congtin.url}/api/v1/stats`)).json()) as { total: number }).total;
    report({ p, h, s, e, samples, counted: after - before });
    await congtin.stop('SIGTERM');
  } finally {
    await tmp.remove();
  }
}

function report(r: {
  p: Result;
  h: Result;
  s: Result;
  e: { saves: number; failed: number };
  samples: Array<{ minute: number; rssMiB: number }>;
  counted: number;
}) {
  const line = (name: string, x: Result) =>
    `| ${name} | ${fmt(x['2xx'])} | ${fmt(x['2xx'] / x.duration)} | ${failures(x)} | ${x.latency.p50} / ${x.latency.p99} |`;
  console.log('\n| load | answered 2xx | per second | failed | latency p50 / p99 (ms) |\n|---|---:|---:|---:|---:|');
  console.log(line('pages', r.p));
  console.log(line('beacon hits', r.h));
  console.log(line('searches', r.s));
  console.log(`| article saves (every ${SAVE_EVERY_MS / 1000} s) | ${r.e.saves} | | ${r.e.failed} | |`);
  const last = r.samples.filter((x) => x.minute >= MINUTES - TREND_MINUTES);
  const trend = trendOf(last);
  const rss = r.samples.map((x) => x.rssMiB);
  const rise = trend.slopePerMinute * TREND_MINUTES;
  console.log(
    `\nresident memory: first sample ${fmt(rss[0] ?? 0)} MiB, min ${fmt(Math.min(...rss))}, max ${fmt(Math.max(...rss))}, ` +
      `last ${fmt(rss.at(-1) ?? 0)}; over the last ${TREND_MINUTES} min the fitted line moves ${rise >= 0 ? '+' : ''}${fmt(rise, 1)} MiB`,
  );
  const acknowledged = r.h['2xx'];
  const sent = r.h.requests.sent;
  const exact = r.counted >= acknowledged && r.counted <= sent;
  console.log(`counters: acknowledged ${fmt(acknowledged)}, sent ${fmt(sent)}, counted ${fmt(r.counted)}`);
  const errors = failures(r.p) + failures(r.h) + failures(r.s) + r.e.failed;
  const flat = MINUTES < TREND_MINUTES || rise < FLAT_MIB;
  console.log(
    `no errors: ${errors === 0 ? 'PASSED' : `FAILED (${errors})`}; memory flat: ${flat ? 'PASSED' : 'FAILED'}; ` +
      `every acknowledged hit counted: ${exact ? 'PASSED' : 'FAILED'}`,
  );
  const file = path.join(ROOT, 'bench', 'soak.svg');
  writeFileSync(file, drawMemoryCurve(r.samples, { trendFromMinute: MINUTES - TREND_MINUTES, trend }));
  console.log(`memory curve: ${path.relative(ROOT, file)}`);
}

await main();
