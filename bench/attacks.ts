// The hardening figures (issue "Hardening"): what a login burst and a flood of unwanted bodies do
// to a production congtin, measured from outside. The server runs as its own process (npm start's
// build and flags); this process plays the attackers and probes /healthz every 20 ms meanwhile.
//   npx tsx bench/attacks.ts
import { spawn } from 'node:child_process';
import { sendBody as sendBodyTo } from '../test/security/support/send-bodies.js';
import { fmt, makeTempDir, percentile, readRssMiB, sleep, startCongtin, type Server } from './lib.js';

const MB = 1024 * 1024;
const PASSWORD = 'LaoCai-Demo-2026';

/**
 * Probes /healthz every 20 ms from a process of its own (so the attackers' event loop cannot
 * delay a probe) until stopped; the latencies in ms, and the server's peak resident memory.
 */
function probeHealth(server: Server) {
  const prober = spawn(
    process.execPath,
    [
      '-e',
      `
    let stop = false; process.on('SIGTERM', () => (stop = true));
    (async () => { const waits = [];
      while (!stop) { const t0 = performance.now();
        const ok = await fetch(${JSON.stringify(server.url)} + '/healthz').then((r) => r.arrayBuffer().then(() => r.ok), () => false);
        waits.push(ok ? performance.now() - t0 : -1); await new Promise((r) => setTimeout(r, 20)); }
      process.stdout.write(JSON.stringify(waits)); })();`,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  prober.stdout.on('data', (d) => (out += d));
  const exited = new Promise((r) => prober.once('exit', r));
  let peakRss = 0;
  const rssTimer = setInterval(() => (peakRss = Math.max(peakRss, readRssMiB(server.pid))), 20);
  return {
    async stop() {
      clearInterval(rssTimer);
      prober.kill('SIGTERM');
      await exited;
      return { waits: JSON.parse(out) as number[], peakRss };
    },
  };
}

function describeWaits(all: number[]) {
  const waits = all.filter((w) => w >= 0);
  const failed = all.length - waits.length;
  return `/healthz p50 ${fmt(percentile(waits, 50), 1)} ms, p99 ${fmt(percentile(waits, 99), 1)} ms, max ${fmt(Math.max(...waits), 1)} ms (${all.length} probes${failed ? `, ${failed} failed` : ''})`;
}

/** The attackers' sender of test/security (declared length, written as fast as taken); 0 when cut. */
const sendBody = (server: Server, target: string, headers: Record<string, string>, length: number) =>
  sendBodyTo(server.port, target, { origin: server.url, ...headers }, length).catch(() => ({
    status: 0,
    ms: NaN,
    sent: 0,
  }));

const login = (server: Server, email: string, password: string, ip: string) =>
  fetch(`${server.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': ip },
    body: JSON.stringify({ email, password }),
  });

async function loginBurst(server: Server) {
  const probe = probeHealth(server);
  await sleep(300);
  const t0 = performance.now();
  const answers = await Promise.all(
    Array.from({ length: 200 }, (_, i) =>
      login(server, 'lanhdao@congtin.demo', i === 100 ? PASSWORD : `sai-mat-khau-${i}`, '198.51.100.7'),
    ),
  );
  const ms = performance.now() - t0;
  await sleep(100);
  const { waits } = await probe.stop();
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  console.log(
    `200 concurrent logins on one account (the right password 101st): ${[...counts].map(([s, n]) => `${n}× ${s}`).join(', ')} in ${fmt(ms)} ms`,
  );
  console.log(`  ${describeWaits(waits)}`);
}

async function contributorCookie(server: Server) {
  const res = await login(server, 'congtacvien@congtin.demo', PASSWORD, '203.0.113.5');
  return /congtin_phien=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0] ?? '';
}

/** Sends the bodies all at once; reports the answers, the server's memory and /healthz meanwhile. */
async function flood(server: Server, label: string, sends: Array<() => Promise<{ status: number; ms: number }>>) {
  const rssBefore = readRssMiB(server.pid);
  const probe = probeHealth(server);
  await sleep(300);
  const answers = await Promise.all(sends.map((send) => send()));
  await sleep(600);
  const { waits, peakRss } = await probe.stop();
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  console.log(`${label}: ${[...counts].map(([s, n]) => `${n}× ${s}`).join(', ')}`);
  console.log(
    `  slowest refusal ${fmt(Math.max(...answers.map((a) => a.ms)))} ms; server RSS ${fmt(rssBefore)} → peak ${fmt(peakRss)} MiB`,
  );
  console.log(`  ${describeWaits(waits)}`);
}

const multipart = { 'content-type': 'multipart/form-data; boundary=xyz' };

const data = await makeTempDir('attacks');
const server = await startCongtin({ dataDir: data.dir, env: { TRUST_PROXY: '127.0.0.1' } });
try {
  console.log(`congtin pid ${server.pid}, RSS at start ${fmt(readRssMiB(server.pid))} MiB`);
  await loginBurst(server);
  const cookie = await contributorCookie(server);
  await flood(
    server,
    "20 contributor's 95 MB plan forms at once (a route they may not use)",
    Array.from({ length: 20 }, () => () => sendBody(server, '/quan-tri/ke-hoach', { ...multipart, cookie }, 95 * MB)),
  );
  await flood(
    server,
    '20 anonymous 200 MB login forms at once',
    Array.from(
      { length: 20 },
      () => () => sendBody(server, '/dang-nhap', { 'content-type': 'application/x-www-form-urlencoded' }, 200 * MB),
    ),
  );
  await flood(
    server,
    '120 anonymous 5 MB uploads at once',
    Array.from({ length: 120 }, () => () => sendBody(server, '/quan-tri/thu-vien-anh/tai-len', multipart, 5 * MB)),
  );
} finally {
  await server.stop();
  await data.remove();
}
