// `npm run import -- wordpress …` as an operator runs it, on both databases: the report on stdout
// and exit 0; the same command again adds nothing; a file that is no export, an unknown source or
// a wrong option exit non-zero with a Vietnamese line and write nothing.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import sharp from 'sharp';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../support/databases.js';
import { entryArgs } from '../support/server-process.js';

const FIXTURE = path.resolve('test/fixtures/import/wordpress.xml');

function runCommand(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [...entryArgs('scripts/import.ts'), ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

for (const dialect of dialectsUnderTest()) {
  describe(`npm run import [${dialect}]`, () => {
    let database: TestDatabase;
    let dir: string;
    let env: Record<string, string>;

    before(async () => {
      database = await createTestDatabase(dialect);
      dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-import-cli-'));
      fs.mkdirSync(path.join(dir, 'uploads/2023/05'), { recursive: true });
      const image = sharp({ create: { width: 40, height: 30, channels: 3, background: { r: 10, g: 120, b: 60 } } });
      await image.clone().jpeg().toFile(path.join(dir, 'uploads/2023/05/anh-dai-hoi.jpg'));
      await image.clone().png().toFile(path.join(dir, 'uploads/2023/05/hoi-nghi.png'));
      const target = database.target;
      env = {
        DATABASE_URL: target.kind === 'postgres' ? target.url : `sqlite:${target.file}`,
        DATA_DIR: path.join(dir, 'data'),
        DEMO_CONTENT: '0',
        ADMIN_EMAIL: 'quantri@example.vn',
        ADMIN_PASSWORD: 'Mat-khau-that-dai-2026',
        LOG_LEVEL: 'warn',
      };
    });
    after(async () => {
      await database.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    });

    it('imports, prints the report with every skipped item, and adds nothing the second time', async () => {
      const args = ['wordpress', FIXTURE, '--uploads', path.join(dir, 'uploads')];
      const first = await runCommand(args, env);
      assert.equal(first.code, 0, first.stderr);
      assert.match(first.stdout, /Bài viết: 4 chuyển mới, 0 đã có từ lần trước/);
      assert.match(first.stdout, /Ảnh: 2 chép vào thư viện ảnh/);
      assert.match(first.stdout, /Bỏ qua 2 mục:/);
      assert.match(first.stdout, /- 15: Bài nằm trong thùng rác của WordPress\./);
      assert.match(first.stdout, /khong-co\.jpg/);
      // Not a terminal: plain progress lines, not a bar.
      assert.match(first.stderr, /Đã xử lý 5\/5 bài…\n/);
      assert.ok(!first.stderr.includes('\r'));
      const again = await runCommand(args, env);
      assert.equal(again.code, 0, again.stderr);
      assert.match(again.stdout, /Bài viết: 0 chuyển mới, 4 đã có từ lần trước/);
      assert.match(again.stdout, /Địa chỉ cũ chuyển hướng \(301\): 0 ghi mới/);
    });

    it('refuses what it cannot read with a Vietnamese line and a non-zero exit', async () => {
      const notWxr = path.join(dir, 'trang.xml');
      fs.writeFileSync(notWxr, '<html><body>không phải</body></html>');
      const refused = await runCommand(['wordpress', notWxr], env);
      assert.equal(refused.code, 1);
      assert.match(refused.stderr, /Không chuyển được dữ liệu: Tệp “.*trang\.xml” không phải tệp xuất của WordPress/);
      const unknown = await runCommand(['joomla', notWxr], env);
      assert.equal(unknown.code, 2);
      assert.match(unknown.stderr, /Không biết nguồn “joomla”/);
      const option = await runCommand(['wordpress', FIXTURE, '--anh', 'x'], env);
      assert.equal(option.code, 2);
      assert.match(option.stderr, /Tùy chọn không hợp lệ: --anh/);
    });
  });
}
