// Start-up and idle memory (#14, part 4): how long `npm start`'s node command takes from its spawn
// to the first 200 on `/`, with an existing database of 50,000 articles, and the resident memory
// then and after a few idle seconds. The build is timed separately (it is not part of a start).
// Targets: first 200 ≤ 1 s, idle resident memory ≤ 120 MB.
//   npx tsx bench/startup.ts         (ARTICLES=50000 STARTS=5; STARTUP_DATA_DIR=dir keeps the archive)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildArchive } from './archive.js';
import { fmt, freePort, makeTempDir, median, readRssMiB, ROOT, sleep, startScriptNodeArgs } from './lib.js';
import { measureQuietly } from './machine-load.js';

const ARTICLES = Number(process.env.ARTICLES ?? 50_000);
const STARTS = Number(process.env.STARTS ?? 5);
const IDLE_MS = 5000;
const TARGET_MS = 1000;
const TARGET_IDLE_MIB = 120 / 1.048576; // 120 MB in MiB

/** One start: ms from spawn to the first 200 on `/`, RSS then and after IDLE_MS. */
async function timeOneStart(dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, startScriptNodeArgs(), {
    cwd: ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const pid = child.pid!;
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`congtin exited with ${child.exitCode}`);
      const status = await fetch(`http://127.0.0.1:${port}/`).then(
        (r) => r.arrayBuffer().then(() => r.status),
        () => 0,
      );
      if (status === 200) break;
      await sleep(5);
    }
    const ms = performance.now() - started;
    const firstRss = readRssMiB(pid);
    await sleep(IDLE_MS);
    return { ms, firstRss, idleRss: readRssMiB(pid) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
  }
}

async function main() {
  const kept = process.env.STARTUP_DATA_DIR;
  const tmp = kept ? { dir: path.resolve(kept), remove: async () => {} } : await makeTempDir('startup');
  const dataDir = path.join(tmp.dir, 'data');
  try {
    if (kept && existsSync(path.join(dataDir, 'congtin.db'))) console.log(`archive: reusing ${dataDir}`);
    else await buildArchive(dataDir, ARTICLES);
    rmSync(path.join(ROOT, 'dist', '.built'), { force: true });
    const buildStarted = performance.now();
    execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'inherit' });
    console.log(`npm run build: ${fmt((performance.now() - buildStarted) / 1000, 1)} s (not part of a start)`);
    await timeOneStart(dataDir); // the first start after a build reads cold files; not counted
    const runs: Array<{ ms: number; firstRss: number; idleRss: number }> = [];
    for (let i = 1; i <= STARTS; i++) {
      const { result, othersPercent } = await measureQuietly(`start ${i}`, [], () => timeOneStart(dataDir));
      runs.push(result);
      console.log(
        `start ${i}: first 200 after ${fmt(result.ms)} ms; RSS ${fmt(result.firstRss, 1)} MiB then, ` +
          `${fmt(result.idleRss, 1)} MiB after ${IDLE_MS / 1000} s idle; other processes ${fmt(othersPercent, 1)}% CPU`,
      );
    }
    const ms = median(runs.map((r) => r.ms));
    const idle = median(runs.map((r) => r.idleRss));
    console.log(
      `\nmedian of ${STARTS}: first 200 after ${fmt(ms)} ms (target ≤ ${TARGET_MS}: ${ms <= TARGET_MS ? 'MET' : 'NOT MET'}), ` +
        `idle RSS ${fmt(idle, 1)} MiB = ${fmt(idle * 1.048576, 1)} MB (target ≤ 120 MB: ${idle <= TARGET_IDLE_MIB ? 'MET' : 'NOT MET'})`,
    );
  } finally {
    await tmp.remove();
  }
}

await main();
