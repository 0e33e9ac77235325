// Shared plumbing for the benchmarks: temp dirs, free ports, child servers started and stopped by
// PID, and small statistics. Servers always run as separate processes so that the load generator
// (wrk or autocannon) never shares an event loop with the server it measures.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));

export interface Server {
  name: string;
  pid: number;
  url: string;
  port: number;
  /** Sends `signal` and resolves with the exit code once the process is gone. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

// Every child we start, so a crash or Ctrl-C in the benchmark still stops them (by PID only).
const live = new Map<number, ChildProcess>();
function killAll() {
  for (const [pid] of live) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}
process.on('exit', killAll);
for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => process.exit(130));

export async function makeTempDir(label: string): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `congtin-bench-${label}-`));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A port the kernel just handed out on loopback; free again when this resolves. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Spawns a server process and waits until `readyPath` answers (any HTTP status). */
export async function startProcess(options: {
  name: string;
  command: string;
  args: string[];
  port: number;
  readyPath?: string;
  env?: Record<string, string>;
}): Promise<Server> {
  const child = spawn(options.command, options.args, {
    cwd: ROOT,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (child.pid === undefined) throw new Error(`${options.name}: could not start ${options.command}`);
  const pid = child.pid;
  live.set(pid, child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => {
      live.delete(pid);
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (!live.has(pid)) throw new Error(`${options.name} exited before it was ready`);
    try {
      await fetch(url + (options.readyPath ?? '/'), { signal: AbortSignal.timeout(2000) }).then((r) => r.arrayBuffer());
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`${options.name} not ready after 60 s`);
      await sleep(100);
    }
  }
  return {
    name: options.name,
    pid,
    url,
    port: options.port,
    async stop(signal = 'SIGTERM') {
      if (live.has(pid)) process.kill(pid, signal);
      return exited;
    },
  };
}

/** The node arguments of `npm start` (package.json: "node scripts/build-if-stale.mjs && exec node …"). */
export function startScriptNodeArgs(): string[] {
  const start: string = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).scripts.start;
  const [command, ...args] = (start.split('&&').pop() ?? '')
    .trim()
    .replace(/^exec\s+/, '')
    .split(/\s+/);
  if (command !== 'node') throw new Error(`npm start is "${start}": expected "… && node …"`);
  return args;
}

let built = false;

/** npm start's node arguments, so benchmarks run what production runs; builds dist/ once per benchmark process. */
function productionNodeArgs(): string[] {
  if (!built) {
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
    built = true;
  }
  return startScriptNodeArgs();
}

/**
 * congtin exactly as production starts it (`node --import tsx src/main.ts`), on loopback.
 * CONGTIN_NODE_ARGS adds node flags for investigation, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
 */
export async function startCongtin(options: { dataDir: string; env?: Record<string, string> }): Promise<Server> {
  const port = await freePort();
  return startProcess({
    name: 'congtin',
    command: process.execPath,
    args: [...(process.env.CONGTIN_NODE_ARGS?.split(' ').filter(Boolean) ?? []), ...productionNodeArgs()],
    port,
    readyPath: '/healthz',
    env: { HOST: '127.0.0.1', PORT: String(port), DATA_DIR: options.dataDir, LOG_LEVEL: 'warn', ...options.env },
  });
}

/** The reference: a bare node:http server (bench/bare-server.ts) with the same loader as congtin. */
export async function startBareServer(
  mode: { htmlFile: string; headersFile?: string } | { json: true },
): Promise<Server> {
  const port = await freePort();
  const modeArgs =
    'htmlFile' in mode
      ? ['--html', mode.htmlFile, ...(mode.headersFile ? ['--headers', mode.headersFile] : [])]
      : ['--json'];
  return startProcess({
    name: 'bare node:http',
    command: process.execPath,
    args: ['--import', 'tsx', 'bench/bare-server.ts', '--port', String(port), ...modeArgs],
    port,
  });
}

/** The first article link on the home page. */
export async function findArticleSlug(baseUrl: string): Promise<string> {
  const html = await (await fetch(`${baseUrl}/`)).text();
  const slug = /href="\/tin-tuc\/([a-z0-9-]+)"/.exec(html)?.[1];
  if (!slug) throw new Error('no article link on the home page');
  return slug;
}

/** Resident memory of a process in MiB, from /proc (Linux). */
export function readRssMiB(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : NaN;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest-rank: p95 of 300 = 285th value
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export const median = (values: number[]) => percentile(values, 50);
export const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });

/** A seeded generator (mulberry32), so every run builds the same data; `between` is inclusive. */
export function seededRandom(initial: number) {
  let seed = initial;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { random, between: (min: number, max: number) => min + Math.floor(random() * (max - min + 1)) };
}
