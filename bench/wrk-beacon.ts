// The beacon driven by wrk (C, one thread) rather than autocannon: on this 2-core machine
// autocannon's own JavaScript took most of a core at 8,000 requests/s, so the figure measured the
// load generator as much as the server (#14: 6,600–8,400 hits/s with autocannon, 9,700–11,200
// with wrk, same build, same run). A Lua script gives every request a new X-Forwarded-For, so
// every hit is a new visitor, as with autocannon before; each run starts at its own offset so no
// address repeats between the warm-up and the run.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export interface WrkResult {
  /** Answers with a 2xx status: the acknowledged hits. */
  ok: number;
  non2xx: number;
  errors: number;
  seconds: number;
  p50Ms: number;
  p99Ms: number;
}

const USER_AGENT =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

const STRIDE = 3_635_633;
const CYCLE = 2 ** 24;

// 113.x.y.z (a VNPT block, as a reader in Lào Cai might have): n ↦ n + odd constant mod 2^24
// runs through all 16.7 M addresses before it repeats. LuaJIT has no integer division operator.
const SCRIPT = `
wrk.method = "POST"
wrk.body = os.getenv("HIT_BODY")
local n = tonumber(os.getenv("IP_START"))
request = function()
  n = (n + ${STRIDE}) % ${CYCLE}
  return wrk.format(nil, "/api/v1/hit", {
    ["Host"] = "127.0.0.1",
    ["Content-Type"] = "application/json",
    ["User-Agent"] = "${USER_AGENT}",
    ["Accept-Language"] = "vi-VN,vi;q=0.9",
    ["X-Forwarded-For"] = string.format("113.%d.%d.%d", math.floor(n / 65536), math.floor(n / 256) % 256, n % 256),
  }, wrk.body)
end
`;

// Each run takes its own stretch of 2 M steps of the cycle, from a random place per process.
const firstStep = Math.floor(Math.random() * CYCLE);
let runs = 0;

/** Where the Lua script is written (once per temporary directory). */
export function writeHitScript(dir: string): string {
  const file = path.join(dir, 'hit.lua');
  writeFileSync(file, SCRIPT);
  return file;
}

const millis = (text: string | undefined): number => {
  const m = /^([\d.]+)(us|ms|s)$/.exec(text ?? '');
  if (!m) return Number.NaN;
  const value = Number(m[1]);
  return m[2] === 'us' ? value / 1000 : m[2] === 's' ? value * 1000 : value;
};

/** One wrk run of POST /api/v1/hit at `connections` for `seconds`. */
export function driveHits(options: {
  url: string;
  body: string;
  script: string;
  connections: number;
  seconds: number;
}): Promise<WrkResult> {
  // Step k of the cycle is address k × STRIDE: run r starts at step firstStep + r × 2 M.
  const step = (firstStep + runs++ * 2_000_000) % CYCLE;
  const start = Number((BigInt(step) * BigInt(STRIDE)) % BigInt(CYCLE));
  return new Promise((resolve, reject) => {
    const wrk = spawn(
      '/usr/bin/wrk',
      ['-t1', `-c${options.connections}`, `-d${options.seconds}s`, '--latency', '-s', options.script, options.url],
      { env: { ...process.env, HIT_BODY: options.body, IP_START: String(start) } },
    );
    let out = '';
    wrk.stdout.on('data', (d) => (out += d));
    wrk.stderr.on('data', (d) => (out += d));
    wrk.on('error', reject);
    wrk.on('exit', (code) => {
      const requests = /(\d+) requests in ([\d.]+)(m?s)/.exec(out);
      if (code !== 0 || !requests) return reject(new Error(`wrk failed (${code}):\n${out}`));
      const non2xx = Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0);
      const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      const errors = socket ? socket.slice(1).reduce((sum, x) => sum + Number(x), 0) : 0;
      const seconds = Number(requests[2]) / (requests[3] === 'ms' ? 1000 : 1);
      resolve({
        ok: Number(requests[1]) - non2xx,
        non2xx,
        errors,
        seconds,
        p50Ms: millis(/\s50%\s+(\S+)/.exec(out)?.[1]),
        p99Ms: millis(/\s99%\s+(\S+)/.exec(out)?.[1]),
      });
    });
  });
}
