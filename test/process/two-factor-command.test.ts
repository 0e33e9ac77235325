// The operator's way back in when an admin lost the phone: `npm run two-factor -- reset email`, and
// `npm run two-factor -- re-encrypt` after a key rotation. Without TWO_FACTOR_KEYS the key is made
// once in DATA_DIR, readable by its owner only.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { codeAt } from '../support/two-factor.js';
import { entryArgs, projectRoot as root } from '../support/server-process.js';

const ADMIN = { ADMIN_EMAIL: 'quantri@example.vn', ADMIN_PASSWORD: 'Mat-khau-that-dai-2026', DEMO_CONTENT: '0' };

async function run(dataDir: string, args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, [...entryArgs('scripts/two-factor.ts'), ...args], {
    cwd: root,
    env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent', ...ADMIN, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  const exited = once(child, 'exit');
  child.stderr!.on('data', (d) => (stderr += d));
  const [code] = await exited;
  return { code: code as number, stderr };
}

const login = (congtin: Awaited<ReturnType<typeof createApp>>) =>
  congtin.accounts.service.login({
    email: ADMIN.ADMIN_EMAIL,
    password: ADMIN.ADMIN_PASSWORD,
    ip: '127.0.0.1',
    userAgent: 'test',
    requestId: 'test',
  });

describe('two-factor command', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-2fa-'));
  after(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({ DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...ADMIN });

  it('keeps its key in DATA_DIR (mode 0600), re-encrypts after a rotation, and resets a lost phone', async () => {
    let congtin = await createApp(config);
    try {
      const user = (await congtin.accounts.service.listUsers())[0]!;
      const enrolment = await congtin.accounts.twoFactor.enrolment(user);
      const secret = enrolment!.secret.replace(/ /g, '');
      assert.ok(await congtin.accounts.twoFactor.confirm(user, codeAt(secret, Date.now())));
      assert.equal((await login(congtin)).kind, 'second-factor');
    } finally {
      await congtin.close();
    }
    const keyFile = path.join(dataDir, 'two-factor.key');
    assert.equal(fs.statSync(keyFile).mode & 0o777, 0o600);
    const oldKey = fs.readFileSync(keyFile, 'utf8').trim();

    const rotated = await run(dataDir, ['re-encrypt'], {
      TWO_FACTOR_KEYS: `${randomBytes(32).toString('base64')},${oldKey}`,
    });
    assert.equal(rotated.code, 0, rotated.stderr);
    assert.match(rotated.stderr, /Đã mã hóa lại 1 khóa bí mật/);

    assert.equal((await run(dataDir, [])).code, 2);
    const unknown = await run(dataDir, ['reset', 'khong-co@example.vn']);
    assert.deepEqual([unknown.code, /Không có tài khoản/.test(unknown.stderr)], [1, true]);
    const reset = await run(dataDir, ['reset', 'QuanTri@Example.vn']);
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stderr, /Đã tắt xác thực hai yếu tố của quantri@example\.vn/);
    congtin = await createApp(config);
    try {
      assert.equal((await login(congtin)).kind, 'ok', 'the password alone logs in again');
      const audit = await congtin.accounts.audit.page({ action: 'user.two_factor_reset', limit: 5, offset: 0 });
      assert.equal(audit.records[0]!.actor, 'dòng lệnh');
    } finally {
      await congtin.close();
    }
  });

  it('refuses a malformed TWO_FACTOR_KEYS with a Vietnamese line', () => {
    assert.throws(() => loadConfig({ DATA_DIR: dataDir, TWO_FACTOR_KEYS: 'ngan-qua' }), /TWO_FACTOR_KEYS phải là/);
  });
});
