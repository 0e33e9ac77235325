// Beacon throughput and durability: POST /api/v1/hit at 50 connections, every request from a new
// address (so every hit is a new visit), then SIGTERM, restart on the same data, and check that the
// all-time total holds every acknowledged hit. A bare node:http server answering a fixed JSON to the
// same POSTs is the reference. Target (#14): ≥ 15,000 acknowledged hits/s on SQLite.
//   npx tsx bench/beacon.ts          (DURATION=10 CONNECTIONS=50 by default)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/beacon.ts   (on a fresh PostgreSQL database,
//                                    created there and dropped afterwards; an admin URL)
import path from 'node:path';
import autocannon, { type Result } from 'autocannon';
import pg from 'pg';
import {
  findArticleSlug,
  fmt,
  makeTempDir,
  readRssMiB,
  sleep,
  startBareServer,
  startCongtin,
  type Server,
} from './lib.js';
import { measureQuietly } from './machine-load.js';

const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const WARMUP = 2;
const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

// Distinct addresses that look random: n ↦ base + n·(odd constant) mod 2^24 is a bijection, so no
// address repeats within 16.7 M requests. 113.x.y.z is a VNPT block, as a reader in Lào Cai might have.
const ipBase = Math.floor(Math.random() * 2 ** 24);
let ipCount = 0;
function nextAddress(): string {
  const x = (ipBase + Math.imul(ipCount++, 0x9e3779b1)) & 0xffffff;
  return `113.${x >>> 16}.${(x >>> 8) & 255}.${x & 255}`;
}

function drive(url: string, body: string, seconds: number): Promise<Result> {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        path: '/api/v1/hit',
        headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT, 'accept-language': 'vi-VN,vi;q=0.9' },
        body,
        // Called for every request: a fresh X-Forwarded-For each time (congtin trusts 127.0.0.1).
        setupRequest: (req) => ({ ...req, headers: { ...req.headers, 'x-forwarded-for': nextAddress() } }),
      },
    ],
  });
}

async function readTotal(server: Server): Promise<number> {
  const res = await fetch(`${server.url}/api/v1/stats`);
  return ((await res.json()) as { total: number }).total;
}

const summary = (r: Result) =>
  `${fmt(r['2xx'])} × 2xx in ${r.duration} s = ${fmt(r['2xx'] / r.duration)} /s; sent ${fmt(r.requests.sent)}, ` +
  `non-2xx ${r.non2xx}, errors ${r.errors}, timeouts ${r.timeouts}; latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`;

const ADMIN_URL = process.env.BENCH_DATABASE_URL;

async function adminQuery(text: string) {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(text);
  await client.end();
}

/** A fresh PostgreSQL database when BENCH_DATABASE_URL is set (dropped by the returned function). */
async function benchDatabase(): Promise<{ url: string; drop: () => Promise<void> } | undefined> {
  if (!ADMIN_URL) return undefined;
  const name = `congtin_beacon_${process.pid}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}

async function main() {
  const tmp = await makeTempDir('beacon');
  const database = await benchDatabase();
  console.log(`database: ${database ? 'PostgreSQL' : 'SQLite'}`);
  const env = {
    ...(database ? { DATABASE_URL: database.url } : {}),
    DATA_DIR: path.join(tmp.dir, 'data'),
    TRUST_PROXY: '127.0.0.1',
    HIT_RATE_PER_MINUTE: '10000000', // the throttle must not be what we measure
    STATS_START_TOTAL: '0',
  };
  let congtin: Server | undefined;
  let bare: Server | undefined;
  try {
    congtin = await startCongtin({ dataDir: env.DATA_DIR, env });
    const body = JSON.stringify({ path: `/tin-tuc/${await findArticleSlug(congtin.url)}` });
    const before = await readTotal(congtin);

    // Every attempt (warm-up, and runs repeated because the machine was busy) counts toward the check.
    let acknowledged = 0;
    let sent = 0;
    const counted2xx = async (seconds: number) => {
      const r = await drive(congtin!.url, body, seconds);
      acknowledged += r['2xx'];
      sent += r.requests.sent;
      return r;
    };
    await counted2xx(WARMUP);
    const { result: run, othersPercent } = await measureQuietly('congtin', [congtin.pid], () => counted2xx(DURATION));
    console.log(`congtin          ${summary(run)}; other processes ${fmt(othersPercent, 1)}% CPU`);
    const rssMiB = readRssMiB(congtin.pid);
    await sleep(200); // in-flight requests cut off by autocannon settle before the restart

    // SIGTERM: the server flushes its hit buffer and closes the database (main.ts), then restart.
    const exitCode = await congtin.stop('SIGTERM');
    congtin = await startCongtin({ dataDir: env.DATA_DIR, env });
    const counted = (await readTotal(congtin)) - before;
    await congtin.stop('SIGTERM');
    congtin = undefined;

    bare = await startBareServer({ json: true });
    await drive(bare.url, body, WARMUP);
    const reference = await measureQuietly('bare', [bare.pid], () => drive(bare!.url, body, DURATION));
    const ref = reference.result;
    console.log(`bare node:http   ${summary(ref)}; other processes ${fmt(reference.othersPercent, 1)}% CPU`);
    await bare.stop('SIGTERM');
    bare = undefined;

    const hitsPerSecond = run['2xx'] / run.duration;
    const refPerSecond = ref['2xx'] / ref.duration;
    // Every acknowledged hit must be counted; requests cut off at the end may be counted too.
    const durable = counted >= acknowledged && counted <= sent;
    console.log(`\n| server | 2xx/s | 2xx | non-2xx + errors | latency p50 / p99 (ms) |`);
    console.log(`|---|---:|---:|---:|---:|`);
    console.log(
      `| congtin | ${fmt(hitsPerSecond)} | ${fmt(run['2xx'])} | ${run.non2xx + run.errors} | ${run.latency.p50} / ${run.latency.p99} |`,
    );
    console.log(
      `| bare node:http (fixed JSON) | ${fmt(refPerSecond)} | ${fmt(ref['2xx'])} | ${ref.non2xx + ref.errors} | ${ref.latency.p50} / ${ref.latency.p99} |`,
    );
    console.log(`\ncongtin/bare = ${fmt(hitsPerSecond / refPerSecond, 2)}`);
    console.log(`congtin RSS after the load: ${fmt(rssMiB, 1)} MiB`);
    console.log(
      `durability: acknowledged ${fmt(acknowledged)} (warm-up + run), sent ${fmt(sent)}, total after SIGTERM (exit ${exitCode}) ` +
        `and restart ${fmt(counted)} → ${durable ? 'every acknowledged hit counted' : 'MISMATCH'}`,
    );
    console.log(
      `target ≥ 15,000 hits/s: ${hitsPerSecond >= 15000 ? 'MET' : 'NOT MET'}; durability check: ${durable ? 'PASSED' : 'FAILED'}`,
    );
    if (!durable) process.exitCode = 1;
  } finally {
    await congtin?.stop('SIGTERM');
    await bare?.stop('SIGTERM');
    await database?.drop();
    await tmp.remove();
  }
}

await main();
