// npm run backup / npm run restore against real server processes, on SQLite and PostgreSQL: an
// archive taken while articles are saved and hits arrive restores (into either database) to an
// install that serves everything committed before the backup began; a damaged or foreign
// archive, or a target with content, is refused with a Vietnamese line and nothing written.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { sql } from 'kysely';
import * as tar from 'tar';
import { after, describe, it } from 'node:test';
import { openDatabase, type DatabaseTarget } from '../../src/platform/db/client.js';
import { createTestDatabase, dialectsUnderTest, type DialectName, type TestDatabase } from '../support/databases.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';
import { entryArgs, projectRoot, startServer, tempDirs, type RunningServer } from '../support/server-process.js';
import { ORIGIN } from '../support/staff.js';
import { BROWSER_UA } from '../support/test-app.js';

interface Install {
  dataDir: string;
  target: DatabaseTarget;
  env: Record<string, string>;
}

const dirs = tempDirs('congtin-backup-');
const databases: TestDatabase[] = [];
after(async () => {
  dirs.removeAll();
  for (const d of databases) await d.drop();
});

async function makeInstall(dialect: DialectName): Promise<Install> {
  const dataDir = path.join(dirs.make(), 'data');
  if (dialect === 'sqlite') {
    return { dataDir, target: { kind: 'sqlite', file: path.join(dataDir, 'congtin.db') }, env: { DATABASE_URL: '' } };
  }
  const database = await createTestDatabase('postgres');
  databases.push(database);
  const url = (database.target as { url: string }).url;
  return { dataDir, target: database.target, env: { DATABASE_URL: url } };
}

/** Runs one of the npm scripts as an operator would; its exit code and what it printed. */
function runScript(
  script: 'backup' | 'restore',
  args: string[],
  install: Install,
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...entryArgs(`scripts/${script}.ts`), ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: install.dataDir, ...install.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('close', (code) => resolve({ code, output }));
  });
}

const serve = (install: Install) =>
  startServer({ dataDir: install.dataDir, env: { SITE_URL: ORIGIN, ...install.env } });

async function query<T>(target: DatabaseTarget, text: string): Promise<T[]> {
  const handle = openDatabase<any>(target);
  try {
    return (await sql.raw<T>(text).execute(handle.db)).rows;
  } finally {
    await handle.close();
  }
}

async function login(base: string, email: string): Promise<{ cookie: string; csrf: string }> {
  const answer = await fetch(`${base}/dang-nhap`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, 'user-agent': BROWSER_UA },
    body: new URLSearchParams({ email, password: DEMO_PASSWORD }).toString(),
  });
  const cookie = /congtin_phien=([^;]+)/.exec(answer.headers.get('set-cookie') ?? '')![0];
  const page = await (await fetch(`${base}/dang-xuat`, { headers: { cookie } })).text();
  return { cookie, csrf: /name="_csrf" value="([^"]+)"/.exec(page)![1]! };
}

async function apiToken(base: string): Promise<string> {
  const { cookie, csrf } = await login(base, DEMO_ACCOUNT.editor);
  const made = await fetch(`${base}/quan-tri/ma-api`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: ORIGIN, cookie },
    body: new URLSearchParams({ _csrf: csrf, name: 'sao lưu', expiry: '90' }).toString(),
  });
  return /ct_[A-Za-z0-9_-]{43}/.exec(await made.text())![0];
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n');

/** A unit's progress report with a PDF attached, filed through the report form; the attachment's download path. */
async function fileReportWithAttachment(base: string, unitId: number): Promise<string> {
  const reporter = await login(base, DEMO_ACCOUNT.unit_reporter);
  const get = async (p: string) => (await fetch(`${base}${p}`, { headers: { cookie: reporter.cookie } })).text();
  const planId = /href="\/quan-tri\/ke-hoach\/(\d+)"/.exec(await get('/quan-tri/ke-hoach'))![1];
  const taskId = /href="\/quan-tri\/nhiem-vu\/(\d+)"/.exec(await get(`/quan-tri/ke-hoach/${planId}`))![1];
  const form = new FormData();
  form.set('_csrf', reporter.csrf);
  form.set('unitId', String(unitId));
  form.set('activityDate', '2026-11-20');
  form.set('body', 'Báo cáo kèm biên bản, gửi trước khi sao lưu');
  form.append('files', new Blob([PDF], { type: 'application/pdf' }), 'bien-ban-sao-luu.pdf');
  const filed = await fetch(`${base}/quan-tri/nhiem-vu/${taskId}/bao-cao`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: reporter.cookie, origin: ORIGIN },
    body: form,
  });
  assert.equal(filed.status, 303, await filed.text());
  const link = /href="(\/quan-tri\/tep-dinh-kem\/\d+\/[^"]+)"/.exec(await get(`/quan-tri/nhiem-vu/${taskId}`));
  assert.ok(link, 'the report lists its attachment');
  return link[1]!;
}

interface Traffic {
  articles: { id: number; url: string }[];
  hits: number;
}

async function saveArticle(
  base: string,
  token: string,
  categorySlug: string,
  n: number,
): Promise<{ id: number; url: string } | undefined> {
  const res = await fetch(`${base}/api/v1/articles`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      title: `Tin sao lưu số ${n}`,
      bodyHtml: `<p>Nội dung bài ${n}</p>`,
      categorySlug,
      status: 'published',
    }),
  });
  return res.status === 201 ? ((await res.json()) as { id: number; url: string }) : undefined;
}

async function sendHit(base: string, n: number): Promise<boolean> {
  const res = await fetch(`${base}/api/v1/hit`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'user-agent': BROWSER_UA,
      'x-forwarded-for': `10.9.${n % 250}.${Math.floor(n / 250) % 250}`,
    },
    body: JSON.stringify({ path: '/' }),
  });
  return res.status === 200;
}

/** Saves articles and sends hits until stopped; `acknowledged` holds what the server confirmed. */
function keepWriting(base: string, token: string, categorySlug: string, acknowledged: Traffic) {
  let running = true;
  let n = 0;
  const loop = (async () => {
    while (running) {
      n++;
      const [article, hit] = await Promise.all([saveArticle(base, token, categorySlug, n), sendHit(base, n)]);
      if (article) acknowledged.articles.push(article);
      if (hit) acknowledged.hits++;
    }
  })();
  return async () => {
    running = false;
    await loop;
  };
}

const total = async (base: string) => ((await (await fetch(`${base}/api/v1/stats`)).json()) as { total: number }).total;
const COUNTED = ['articles', 'article_revisions', 'media', 'progress_reports', 'attachments', 'documents'];

async function counts(target: DatabaseTarget): Promise<Record<string, number>> {
  const result: Record<string, number> = {};
  for (const table of COUNTED)
    result[table] = Number((await query<{ n: number }>(target, `select count(*) as n from ${table}`))[0]!.n);
  return result;
}

interface Backup {
  archive: string;
  before: Traffic & { total: number; counts: Record<string, number>; media: string[]; attachment: string };
  source: Install;
}

/** A source install, busy, backed up in the middle of its traffic. */
async function backupUnderLoad(dialect: DialectName): Promise<Backup> {
  const source = await makeInstall(dialect);
  const server = await serve(source);
  try {
    const token = await apiToken(server.base);
    const unitId = (
      await query<{ unit_id: number }>(
        source.target,
        `select unit_id from users where email = '${DEMO_ACCOUNT.unit_reporter}'`,
      )
    )[0]!.unit_id;
    const attachment = await fileReportWithAttachment(server.base, unitId);
    const slug = (await query<{ slug: string }>(source.target, 'select slug from categories order by id limit 1'))[0]!
      .slug;
    const traffic: Traffic = { articles: [], hits: 0 };
    const stop = keepWriting(server.base, token, slug, traffic);
    while (traffic.articles.length < 5) await new Promise((r) => setTimeout(r, 20));
    // Everything confirmed up to here was committed before the backup began.
    const before = {
      articles: [...traffic.articles],
      hits: traffic.hits,
      total: await total(server.base),
      counts: await counts(source.target),
    };
    const media = (await query<{ path: string }>(source.target, 'select path from media order by id')).map(
      (m) => m.path,
    );
    const archive = path.join(dirs.make(), `${dialect}.tar.gz`);
    const backup = await runScript('backup', ['--out', archive], source);
    await stop();
    assert.equal(backup.code, 0, backup.output);
    assert.match(backup.output, /Đã sao lưu vào/);
    assert.ok(traffic.articles.length > before.articles.length, 'articles kept being saved during the backup');
    return { archive, before: { ...before, media, attachment }, source };
  } finally {
    await server.stop();
  }
}

async function checkRestoredServer(server: RunningServer, backup: Backup, restored: Install): Promise<void> {
  for (const article of backup.before.articles) {
    assert.equal((await fetch(`${server.base}${article.url}`)).status, 200, `article ${article.url} is served`);
  }
  const [year, month, name] = backup.before.media[0]!.split('/');
  const image = await fetch(`${server.base}/tep-tin/${year}/${month}/${name}`);
  assert.equal(image.status, 200);
  const original = fs.readFileSync(path.join(backup.source.dataDir, 'uploads', backup.before.media[0]!));
  assert.deepEqual(Buffer.from(await image.arrayBuffer()), original);
  const reporter = await login(server.base, DEMO_ACCOUNT.unit_reporter);
  const download = await fetch(`${server.base}${backup.before.attachment}`, { headers: { cookie: reporter.cookie } });
  assert.equal(download.status, 200, "the report's attachment downloads");
  assert.deepEqual(Buffer.from(await download.arrayBuffer()), PDF);
  assert.ok((await total(server.base)) >= backup.before.total, 'the counters keep their total');
  const after = await counts(restored.target);
  assert.ok(backup.before.counts.attachments! > 0 && backup.before.counts.media! > 0);
  for (const table of COUNTED)
    assert.ok(
      after[table]! >= backup.before.counts[table]!,
      `${table}: ${after[table]} >= ${backup.before.counts[table]}`,
    );
}

describe('backup and restore', { timeout: 600_000 }, () => {
  const dialects = dialectsUnderTest();
  const backups = new Map<DialectName, Backup>();

  for (const from of dialects) {
    it(`backs up a busy ${from} install without stopping it`, async () => {
      backups.set(from, await backupUnderLoad(from));
    });
    for (const to of dialects) {
      it(`restores the ${from} archive into ${to}, and the restored server serves what was committed before`, async () => {
        const backup = backups.get(from)!;
        const restored = await makeInstall(to);
        const result = await runScript('restore', [backup.archive], restored);
        assert.equal(result.code, 0, result.output);
        assert.match(result.output, /Đã khôi phục/);
        const server = await serve(restored);
        try {
          await checkRestoredServer(server, backup, restored);
        } finally {
          await server.stop();
        }
      });
    }
  }

  it('refuses a damaged, a foreign or a newer archive, and a target with content, writing nothing', async () => {
    const backup = backups.get(dialects[0]!)!;
    const refused = async (archive: string, message: RegExp, install?: Install) => {
      const target = install ?? (await makeInstall('sqlite'));
      const result = await runScript('restore', [archive], target);
      assert.equal(result.code, 1, result.output);
      assert.match(result.output, message);
      if (!install) assert.equal(fs.existsSync(target.dataDir), false, 'nothing written');
    };
    const plain = gunzipSync(fs.readFileSync(backup.archive));
    const at = plain.indexOf('Tin sao lưu số 1');
    const flipped = Buffer.from(plain);
    flipped[at] = flipped[at]! ^ 1;
    const damaged = path.join(dirs.make(), 'damaged.tar.gz');
    fs.writeFileSync(damaged, gzipSync(flipped));
    await refused(damaged, /không khớp mã kiểm tra SHA-256/);
    if (dialects.includes('postgres')) {
      const pgTarget = await makeInstall('postgres');
      await refused(damaged, /không khớp mã kiểm tra SHA-256/, pgTarget);
      assert.equal(fs.existsSync(pgTarget.dataDir), false, 'nothing written to DATA_DIR');
      const tables = await query<{ n: number }>(
        pgTarget.target,
        'select count(*) as n from pg_tables where schemaname = current_schema()',
      );
      assert.equal(Number(tables[0]!.n), 0, 'nothing written to the PostgreSQL database');
    }

    const corrupt = Buffer.from(fs.readFileSync(backup.archive));
    const middle = Math.floor(corrupt.length / 2);
    corrupt[middle] = corrupt[middle]! ^ 0xff;
    const corruptFile = path.join(dirs.make(), 'corrupt.tar.gz');
    fs.writeFileSync(corruptFile, corrupt);
    await refused(corruptFile, /bị hỏng|không phải bản sao lưu|không khớp/);

    const foreignDir = dirs.make();
    fs.writeFileSync(path.join(foreignDir, 'manifest.json'), '{"hello": "world"}');
    fs.writeFileSync(path.join(foreignDir, 'notes.txt'), 'không phải của congtin');
    const foreign = path.join(dirs.make(), 'foreign.tar.gz');
    await tar.c({ gzip: true, file: foreign, cwd: foreignDir }, ['manifest.json', 'notes.txt']);
    await refused(foreign, /không phải bản sao lưu của congtin/);

    const newerDir = dirs.make();
    await tar.x({ file: backup.archive, cwd: newerDir });
    const manifest = JSON.parse(fs.readFileSync(path.join(newerDir, 'manifest.json'), 'utf8'));
    fs.writeFileSync(
      path.join(newerDir, 'manifest.json'),
      JSON.stringify({ ...manifest, schemaVersion: '999-from-the-future' }),
    );
    const newer = path.join(dirs.make(), 'newer.tar.gz');
    await tar.c({ gzip: true, file: newer, cwd: newerDir }, [
      'manifest.json',
      ...manifest.members.map((m: { name: string }) => m.name),
    ]);
    await refused(newer, /lược đồ cơ sở dữ liệu "999-from-the-future".*nâng cấp congtin/s);

    const before = await counts(backup.source.target);
    await refused(backup.archive, /không trống.*--force/s, backup.source);
    assert.deepEqual(await counts(backup.source.target), before, 'the target is untouched');
    const forced = await runScript('restore', [backup.archive, '--force'], backup.source);
    assert.equal(forced.code, 0, forced.output);
    assert.match(forced.output, /Đã khôi phục/);
    assert.ok((await counts(backup.source.target)).articles! >= backup.before.counts.articles!);
  });
});
