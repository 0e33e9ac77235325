// Real congtin server processes for process tests: one place that spawns `src/main.ts` on a free
// loopback port, waits for /healthz and stops it, so the lifecycle, backup, multi-node and
// operator-error tests do not each carry a copy.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

// `npm test` runs the compiled test tree (scripts/compile-tests.mjs), a copy of the repository's
// modules elsewhere; by hand (`node --import tsx --test file.ts`) these files run as they are.
const compiled = !import.meta.url.endsWith('.ts');
const ownTree = path.resolve(import.meta.dirname, '../..');

/** The repository: its sources, package.json, dist/. The compiled tree says where it is. */
export const projectRoot = (compiled && process.env.CONGTIN_PROJECT_ROOT) || ownTree;

/**
 * Node's arguments that start one of the project's TypeScript files (`src/main.ts`,
 * `scripts/import.ts`…, relative to the repository) in a process of its own: its compiled twin in
 * the compiled tree, the file itself through tsx otherwise.
 */
export function entryArgs(file: string): string[] {
  return compiled
    ? [path.join(ownTree, file.replace(/\.tsx?$/, '.js'))]
    : ['--import', 'tsx', path.join(ownTree, file)];
}

export function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  base: string;
  port: number;
  logs: () => string;
  /** Settles with the exit code; made at spawn so an early exit is never missed. */
  exited: Promise<number | null>;
  /** SIGTERM, then waits for the exit (SIGKILL after 10 s). */
  stop: () => Promise<number | null>;
}

export interface ServerOptions {
  dataDir: string;
  /** Extra environment; DATABASE_URL defaults to '' (SQLite in dataDir). */
  env?: Record<string, string>;
  port?: number;
  /** Node options before the entry point; defaults to `src/main.ts` (entryArgs). */
  entry?: string[];
  /** How long to wait for /healthz to answer 200 (ms). */
  startTimeoutMs?: number;
}

/** Spawns a server and resolves once /healthz answers 200; throws with its output otherwise. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  let output = '';
  const child = spawn(process.execPath, options.entry ?? entryArgs('src/main.ts'), {
    cwd: projectRoot,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: options.dataDir,
      DATABASE_URL: '',
      TRUST_PROXY: '127.0.0.1',
      LOG_LEVEL: 'info',
      HIT_RATE_PER_MINUTE: '100000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    try {
      return await exited;
    } finally {
      clearTimeout(timer);
    }
  };
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { child, base, port, logs: () => output, exited, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`server did not start: ${output}`);
}

/** A temporary directory removed by the returned cleanup. */
export function tempDirs(prefix = 'congtin-proc-'): { make: () => string; removeAll: () => void } {
  const dirs: string[] = [];
  return {
    make: () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      dirs.push(dir);
      return dir;
    },
    removeAll: () => {
      for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
    },
  };
}
