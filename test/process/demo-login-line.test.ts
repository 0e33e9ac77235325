// The console of a first start: without ADMIN_EMAIL the demo accounts are made and one plain line
// (not a JSON log line) tells how to log in and that they must be locked on a real install; with
// ADMIN_EMAIL (and no DEMO_ACCOUNTS=1) there is no demo account, so no such line.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { entryArgs, projectRoot as root } from '../support/server-process.js';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** Starts the server on an empty data directory, waits until it answers, stops it; its output. */
async function firstStartOutput(dataDir: string, env: Record<string, string>): Promise<string> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, entryArgs('src/main.ts'), {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = once(child, 'exit');
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  try {
    for (let i = 0; i < 300; i++) {
      if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
      // The plain line is printed once the server listens, right after the "running" log line.
      if (output.includes('đang chạy tại') && (await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => null))?.ok)
        return output;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`server did not start: ${output}`);
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

const isJson = (line: string) => {
  try {
    return typeof JSON.parse(line) === 'object';
  } catch {
    return false;
  }
};

describe('the first start on the console', () => {
  const dirs: string[] = [];
  const tempDir = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-demo-line-'));
    dirs.push(dir);
    return dir;
  };
  after(() => {
    for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
  });

  it('without ADMIN_EMAIL says in one plain line where to log in, as whom, with which password, and to lock them', async () => {
    const output = await firstStartOutput(tempDir(), { ADMIN_EMAIL: '', ADMIN_PASSWORD: '', LOG_LEVEL: 'info' });
    const plain = output
      .trim()
      .split('\n')
      .filter((l) => !isJson(l));
    assert.equal(plain.length, 1, output);
    const line = plain[0]!;
    assert.ok(line.includes('/dang-nhap'), line);
    assert.ok(line.includes('quantri@congtin.demo'), line);
    assert.ok(line.includes('LaoCai-Demo-2026'), line);
    assert.match(line, /máy chủ thật, hãy khóa các tài khoản @congtin\.demo/);
  });

  it('with ADMIN_EMAIL creates no demo account, so prints no such line', async () => {
    const output = await firstStartOutput(tempDir(), {
      ADMIN_EMAIL: 'admin@laocai.example',
      ADMIN_PASSWORD: 'mật-khẩu-quản-trị',
      LOG_LEVEL: 'info',
    });
    assert.ok(!output.includes('LaoCai-Demo-2026'), output);
    assert.ok(!output.includes('@congtin.demo'), output);
    assert.ok(
      output
        .trim()
        .split('\n')
        .every((l) => isJson(l)),
      output,
    );
  });
});
