// `npm run import -- nukeviet mysql://…` as an operator runs it, beside a real congtin server, on
// both databases: the NukeViet test site in a real MariaDB moves in, the old addresses answer 301
// at once on the running server, the statistics' "Tất cả" starts from the old site's total once the
// server restarts, a second run adds nothing, and a wrong address is refused in Vietnamese.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createTestDatabase, type DialectName, dialectsUnderTest, type TestDatabase } from '../support/databases.js';
import { loadSql, type RunningMariaDb, startMariaDb } from '../support/mariadb.js';
import { entryArgs, projectRoot, type RunningServer, startServer, tempDirs } from '../support/server-process.js';

const FIXTURE = path.resolve('test/fixtures/import/nukeviet.sql');
const UPLOADS = path.resolve('test/fixtures/import/nukeviet-uploads');
const ORIGIN = 'https://congtin.test';
const OLD_ADDRESS = '/vi/news/thoi-su/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-1.html';
const NEW_ADDRESS = '/tin-tuc/hoi-nghi-ban-chap-hanh-dang-bo-tinh-lan-thu-12-mo-rong';

const dirs = tempDirs('congtin-nukeviet-cli-');
const databases: TestDatabase[] = [];

interface Install {
  dataDir: string;
  env: Record<string, string>;
}

async function makeInstall(dialect: DialectName): Promise<Install> {
  const dataDir = path.join(dirs.make(), 'data');
  if (dialect === 'sqlite') return { dataDir, env: { DATABASE_URL: '', SITE_URL: ORIGIN } };
  const database = await createTestDatabase('postgres');
  databases.push(database);
  return { dataDir, env: { DATABASE_URL: (database.target as { url: string }).url, SITE_URL: ORIGIN } };
}

/** `npm run import -- …` with the install's configuration: exit code, standard output, standard error. */
function runImport(args: string[], install: Install): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...entryArgs('scripts/import.ts'), ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: install.dataDir, LOG_LEVEL: 'warn', ...install.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** The "Tất cả" counter as the stats page shows it beside the articles. */
async function shownTotal(base: string): Promise<string | undefined> {
  const page = await (await fetch(`${base}/thong-ke`)).text();
  return /data-counter="total">([^<]*)</.exec(page)?.[1];
}

let maria: RunningMariaDb;
before(async () => {
  maria = await startMariaDb();
  await loadSql(maria.url, FIXTURE);
});
after(async () => {
  await maria?.stop();
  for (const d of databases) await d.drop();
  dirs.removeAll();
});

for (const dialect of dialectsUnderTest()) {
  describe(`npm run import -- nukeviet [${dialect}]`, () => {
    let install: Install;
    let server: RunningServer;

    before(async () => {
      install = await makeInstall(dialect);
      server = await startServer({ dataDir: install.dataDir, env: install.env });
    });
    after(async () => {
      await server?.stop();
    });

    it('moves the site in beside the running server, whose old addresses answer 301 at once', async () => {
      const run = await runImport(['nukeviet', maria.url, '--uploads', UPLOADS], install);
      assert.equal(run.code, 0, run.out + run.err);
      assert.match(run.out, /Kết quả chuyển dữ liệu từ nukeviet/);
      assert.match(run.out, /Bài viết: 3 chuyển mới, 0 đã có từ lần trước/);
      assert.match(run.out, /Tổng lượt truy cập của trang cũ: 1\.234\.567/);
      assert.match(run.out, /4: Tin không có tiêu đề\./);
      // The skipped row counts in the progress too: the last line reaches the total.
      assert.match(run.err, /Đã xử lý 5\/5 bài…\n/);
      assert.match(run.out, /khong-co\.jpg/);
      const moved = await fetch(`${server.base}${OLD_ADDRESS}`, { redirect: 'manual' });
      assert.equal(moved.status, 301);
      assert.equal(moved.headers.get('location'), NEW_ADDRESS);
      const page = await fetch(`${server.base}${NEW_ADDRESS}`);
      assert.equal(page.status, 200);
      assert.match(await page.text(), /Minh Hà/);
    });

    it('starts "Tất cả" from the old site’s statistics total once the server restarts', async () => {
      await server.stop();
      server = await startServer({ dataDir: install.dataDir, env: install.env });
      assert.equal(await shownTotal(server.base), '1.234.567');
    });

    it('adds nothing when run again', async () => {
      const run = await runImport(['nukeviet', maria.url, '--uploads', UPLOADS], install);
      assert.equal(run.code, 0, run.out + run.err);
      assert.match(run.out, /Bài viết: 0 chuyển mới, 3 đã có từ lần trước/);
      assert.match(run.out, /Ảnh: 0 chép vào thư viện ảnh/);
      assert.match(run.out, /Địa chỉ cũ chuyển hướng \(301\): 0 ghi mới/);
    });

    it('refuses a database it cannot read with a Vietnamese line and exit 1, writing nothing', async () => {
      const wrongDatabase = await runImport(['nukeviet', maria.url.replace(/\/nukeviet$/, '/mysql')], install);
      assert.equal(wrongDatabase.code, 1);
      assert.match(wrongDatabase.err, /Không chuyển được dữ liệu: Cơ sở dữ liệu này không có bảng nv4_vi_news_rows/);
      const unreachable = await runImport(['nukeviet', 'mysql://root@127.0.0.1:1/nukeviet'], install);
      assert.equal(unreachable.code, 1);
      assert.match(unreachable.err, /Không kết nối được cơ sở dữ liệu NukeViet ở 127\.0\.0\.1:1\/nukeviet/);
      assert.ok(!unreachable.err.includes('    at '), 'no stack trace for an operator');
    });
  });
}
