// Shared plumbing for the benchmarks: temp dirs, free ports, child servers started and stopped by
// PID, and small statistics. Servers always run as separate processes so that the load generator
// (wrk or autocannon) never shares an event loop with the server it measures.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
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
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => (live.delete(pid), resolve(code))));
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

/** congtin exactly as production starts it (`node --import tsx src/main.ts`), on loopback. */
export async function startCongtin(options: { dataDir: string; env?: Record<string, string> }): Promise<Server> {
  const port = await freePort();
  return startProcess({
    name: 'congtin',
    command: process.execPath,
    args: ['--import', 'tsx', 'src/main.ts'],
    port,
    readyPath: '/healthz',
    env: { HOST: '127.0.0.1', PORT: String(port), DATA_DIR: options.dataDir, LOG_LEVEL: 'warn', ...options.env },
  });
}

/** The reference: a bare node:http server (bench/bare-server.ts) with the same loader as congtin. */
export async function startBareServer(mode: { htmlFile: string } | { json: true }): Promise<Server> {
  const port = await freePort();
  const modeArgs = 'htmlFile' in mode ? ['--html', mode.htmlFile] : ['--json'];
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

// --- Other people's load. The machine is shared (tests may run beside us), so every measured run
// records how much CPU processes other than ours used, and is retried when that was not small.

/** Busy and total jiffies of the whole machine, from /proc/stat. */
function readMachineJiffies(): { busy: number; total: number } {
  const [, user, nice, system, idle, iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const busy = user! + nice! + system! + irq! + softirq! + steal!;
  return { busy, total: busy + idle! + iowait! };
}

/** CPU jiffies of a process; for 'self' also of its reaped children (wrk runs as one). */
function readProcessJiffies(pid: number | 'self'): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ').map(Number);
    return f[11]! + f[12]! + (pid === 'self' ? f[13]! + f[14]! : 0);
  } catch {
    return 0; // the process is gone
  }
}

/** `pids` and all their descendants (nginx's worker is a child of the master we started). */
function withDescendants(pids: number[]): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const all = new Set(pids);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of parentOf) if (all.has(ppid) && !all.has(pid)) (all.add(pid), (grew = true));
  }
  return [...all];
}

function snapshot(pids: number[]) {
  const own = readProcessJiffies('self') + withDescendants(pids).reduce((n, pid) => n + readProcessJiffies(pid), 0);
  return { ...readMachineJiffies(), own };
}

/** Share of the machine's CPU time (all cores) used by processes that are not ours, in %. */
function othersPercent(a: ReturnType<typeof snapshot>, b: ReturnType<typeof snapshot>): number {
  const total = b.total - a.total;
  return total > 0 ? (100 * Math.max(0, b.busy - a.busy - (b.own - a.own))) / total : 0;
}

const QUIET_PERCENT = Number(process.env.QUIET_PERCENT ?? 5);

/**
 * Runs `measure` when the machine is quiet, and again (up to 3 times) when other processes used
 * more than QUIET_PERCENT of the CPU meanwhile. `pids` are our servers. Returns the last attempt.
 */
export async function measureQuietly<T>(label: string, pids: number[], measure: () => Promise<T>): Promise<{ result: T; othersPercent: number }> {
  let last: { result: T; othersPercent: number } | undefined;
  for (let attempt = 1; attempt <= 3; attempt++) {
    for (let waited = 0; waited < 120; waited++) {
      const a = snapshot(pids);
      await sleep(1000);
      if (othersPercent(a, snapshot(pids)) <= QUIET_PERCENT) break;
      if (waited % 10 === 0) console.log(`  (${label}: machine busy with other processes, waiting)`);
    }
    const a = snapshot(pids);
    const result = await measure();
    last = { result, othersPercent: othersPercent(a, snapshot(pids)) };
    if (last.othersPercent <= QUIET_PERCENT) break;
    console.log(`  (${label}: other processes used ${fmt(last.othersPercent, 1)}% CPU during the run${attempt < 3 ? ', repeating' : ''})`);
  }
  return last!;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1; // nearest-rank: p95 of 300 = 285th value
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export const median = (values: number[]) => percentile(values, 50);
export const fmt = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
