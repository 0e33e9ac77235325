// The operator's way back in: `npm run reset-password -- email` with the password on stdin.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { entryArgs, projectRoot as root } from '../support/server-process.js';

async function run(dataDir: string, email: string, password: string) {
  const child = spawn(process.execPath, [...entryArgs('scripts/reset-password.ts'), email], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  const exited = once(child, 'exit');
  child.stderr!.on('data', (d) => (stderr += d));
  child.stdin!.end(`${password}\n`);
  const [code] = await exited;
  return { code: code as number, stderr };
}

describe('reset-password command', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-reset-'));
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it('sets a new password that then logs in, and refuses a weak one', async () => {
    const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
    await (await createApp(config)).close();
    const weak = await run(dataDir, 'quantri@congtin.demo', 'password');
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /quá phổ biến/);
    const ok = await run(dataDir, 'QuanTri@congtin.demo', 'Mat-khau-khan-cap-2026');
    assert.equal(ok.code, 0, ok.stderr);
    const unknown = await run(dataDir, 'khong-co@congtin.demo', 'Mat-khau-khan-cap-2026');
    assert.equal(unknown.code, 1);
    const congtin = await createApp(config);
    try {
      const result = await congtin.accounts.service.login({
        email: 'quantri@congtin.demo',
        password: 'Mat-khau-khan-cap-2026',
        ip: '127.0.0.1',
        userAgent: 'test',
        requestId: 'test',
      });
      assert.equal(result.kind, 'ok');
    } finally {
      await congtin.close();
    }
  });
});
