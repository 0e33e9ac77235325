// Beacon throughput and durability: POST /api/v1/hit at 50 connections, every request from a new
// address (so every hit is a new visit), then SIGTERM, restart on the same data, and check that the
// all-time total holds every acknowledged hit. A bare node:http server answering a fixed JSON to the
// same POSTs is the reference. Target (#14): ≥ 15,000 acknowledged hits/s on SQLite, RSS after the
// load ≤ 160 MB.
// Driven by wrk with a Lua script (wrk-beacon.ts).
//   npx tsx bench/beacon.ts          (DURATION=10 CONNECTIONS=50 by default)
//   BENCH_DATABASE_URL=postgres://… npx tsx bench/beacon.ts   (on a fresh PostgreSQL database,
//                                    created there and dropped afterwards; an admin URL)
import path from 'node:path';
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
import { driveHits, type WrkResult, writeHitScript } from './wrk-beacon.js';

const DURATION = Number(process.env.DURATION ?? 10);
const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const WARMUP = 2;

async function readTotal(server: Server): Promise<number> {
  const res = await fetch(`${server.url}/api/v1/stats`);
  return ((await res.json()) as { total: number }).total;
}

const summary = (r: WrkResult) =>
  `${fmt(r.ok)} × 2xx in ${fmt(r.seconds, 2)} s = ${fmt(r.ok / r.seconds)} /s; ` +
  `non-2xx ${r.non2xx}, socket errors ${r.errors}; latency p50 ${fmt(r.p50Ms, 2)} ms, p99 ${fmt(r.p99Ms, 2)} ms`;

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
    // The first start of a data directory makes the demo content (pictures resized by libvips,
    // ~25 MiB of resident memory that stays); a server runs on its data long after that, so the
    // flood, and the memory after it, are measured on a restarted server.
    await (await startCongtin({ dataDir: env.DATA_DIR, env })).stop('SIGTERM');
    congtin = await startCongtin({ dataDir: env.DATA_DIR, env });
    const idleRssMiB = readRssMiB(congtin.pid);
    const body = JSON.stringify({ path: `/tin-tuc/${await findArticleSlug(congtin.url)}` });
    const before = await readTotal(congtin);

    // Every attempt (warm-up, and runs repeated because the machine was busy) counts toward the check.
    const script = writeHitScript(tmp.dir);
    const drive = (url: string, seconds: number) => driveHits({ url, body, script, connections: CONNECTIONS, seconds });
    let acknowledged = 0;
    // Requests cut off at the end of a run (at most one per connection) may be counted or not.
    let cutOff = 0;
    const counted2xx = async (seconds: number) => {
      const r = await drive(congtin!.url, seconds);
      acknowledged += r.ok;
      cutOff += CONNECTIONS;
      return r;
    };
    await counted2xx(WARMUP);
    const { result: run, othersPercent } = await measureQuietly('congtin', [congtin.pid], () => counted2xx(DURATION));
    console.log(`congtin          ${summary(run)}; other processes ${fmt(othersPercent, 1)}% CPU`);
    const rssMiB = readRssMiB(congtin.pid);
    await sleep(200); // in-flight requests cut off by wrk settle before the restart

    // SIGTERM: the server flushes its hit buffer and closes the database (main.ts), then restart.
    const exitCode = await congtin.stop('SIGTERM');
    congtin = await startCongtin({ dataDir: env.DATA_DIR, env });
    const counted = (await readTotal(congtin)) - before;
    await congtin.stop('SIGTERM');
    congtin = undefined;

    bare = await startBareServer({ json: true });
    await drive(bare.url, WARMUP);
    const reference = await measureQuietly('bare', [bare.pid], () => drive(bare!.url, DURATION));
    const ref = reference.result;
    console.log(`bare node:http   ${summary(ref)}; other processes ${fmt(reference.othersPercent, 1)}% CPU`);
    await bare.stop('SIGTERM');
    bare = undefined;

    const hitsPerSecond = run.ok / run.seconds;
    const refPerSecond = ref.ok / ref.seconds;
    // Every acknowledged hit must be counted; requests cut off at the end may be counted too.
    const durable = counted >= acknowledged && counted <= acknowledged + cutOff;
    console.log(`\n| server | 2xx/s | 2xx | non-2xx + errors | latency p50 / p99 (ms) |`);
    console.log(`|---|---:|---:|---:|---:|`);
    console.log(
      `| congtin | ${fmt(hitsPerSecond)} | ${fmt(run.ok)} | ${run.non2xx + run.errors} | ${fmt(run.p50Ms, 2)} / ${fmt(run.p99Ms, 2)} |`,
    );
    console.log(
      `| bare node:http (fixed JSON) | ${fmt(refPerSecond)} | ${fmt(ref.ok)} | ${ref.non2xx + ref.errors} | ${fmt(ref.p50Ms, 2)} / ${fmt(ref.p99Ms, 2)} |`,
    );
    console.log(`\ncongtin/bare = ${fmt(hitsPerSecond / refPerSecond, 2)}`);
    console.log(`congtin RSS after the restart: ${fmt(idleRssMiB, 1)} MiB; after the load: ${fmt(rssMiB, 1)} MiB`);
    console.log(
      `durability: acknowledged ${fmt(acknowledged)} (warm-up + run, at most ${fmt(cutOff)} more cut off), total after SIGTERM (exit ${exitCode}) ` +
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
