// The real server process: starts from `src/main.ts`, keeps every acknowledged hit through
// SIGTERM (graceful: flushes) and through kill -9 (group commit answers only after commit).
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { once } from 'node:events';
import { entryArgs, projectRoot as root, startServer as startProcess } from '../support/server-process.js';
import { BROWSER_UA } from '../support/test-app.js';

const startServer = (dataDir: string) => startProcess({ dataDir });

async function sendHits(base: string, count: number, prefix: string): Promise<number> {
  const answers = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      fetch(`${base}/api/v1/hit`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': BROWSER_UA,
          'x-forwarded-for': `${prefix}.${Math.floor(i / 250)}.${i % 250}`,
        },
        body: JSON.stringify({ path: '/' }),
      }),
    ),
  );
  return answers.filter((a) => a.status === 'fulfilled' && a.value.status === 200).length;
}

async function totalAfterRestart(dataDir: string): Promise<number> {
  const server = await startServer(dataDir);
  try {
    return ((await (await fetch(`${server.base}/api/v1/stats`)).json()) as { total: number }).total;
  } finally {
    server.child.kill('SIGTERM');
    await server.exited;
  }
}

describe('server process', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-proc-'));
    dirs.push(dir);
    return dir;
  };
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('shuts down on SIGTERM with every acknowledged hit written, and logs as JSON without addresses', async () => {
    const dataDir = tempDir();
    const server = await startServer(dataDir);
    const acknowledged = await sendHits(server.base, 300, '10.1');
    server.child.kill('SIGTERM');
    const code = await server.exited;
    assert.equal(code, 0);
    // Less the one plain line that tells a person how to try the demo accounts (demo-login-line.test.ts).
    const lines = server
      .logs()
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('Dùng thử:'));
    assert.ok(
      lines.every((l) => JSON.parse(l).level !== undefined),
      'structured JSON logs',
    );
    assert.match(server.logs(), /hits flushed, database closed/);
    assert.doesNotMatch(server.logs(), /10\.1\.0\.\d/, 'no client address in the logs');
    assert.equal(acknowledged, 300);
    assert.equal(await totalAfterRestart(dataDir), 300);
  });

  it('keeps every acknowledged hit when killed with SIGKILL in the middle of traffic', async () => {
    const dataDir = tempDir();
    const server = await startServer(dataDir);
    let acknowledged = 0;
    const traffic = (async () => {
      for (let round = 0; round < 40; round++) acknowledged += await sendHits(server.base, 50, `10.${round + 2}`);
    })();
    await new Promise((r) => setTimeout(r, 400));
    server.child.kill('SIGKILL');
    await traffic;
    await server.exited;
    assert.ok(acknowledged > 0, 'some hits were acknowledged before the kill');
    const total = await totalAfterRestart(dataDir);
    assert.ok(total >= acknowledged, `total ${total} must include all ${acknowledged} acknowledged hits`);
  });

  it('refuses to start with a clear message when the configuration is wrong', async () => {
    const child = spawn(process.execPath, entryArgs('src/main.ts'), {
      cwd: root,
      env: { ...process.env, PORT: 'abc' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = once(child, 'exit');
    child.stderr!.on('data', (d) => (stderr += d));
    const [code] = await exited;
    assert.equal(code, 2);
    assert.match(stderr, /Cấu hình không hợp lệ/);
    assert.match(stderr, /PORT/);
  });
});
