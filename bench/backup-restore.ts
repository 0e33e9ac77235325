// npm run backup and npm run restore at 50,000 articles (ARTICLES), on SQLite and, with
// BENCH_DATABASE_URL=postgres://… (an admin URL: the script creates and drops its databases),
// on PostgreSQL too. Each is timed as an operator runs it (a child process, tsx start-up
// included), with its peak resident memory from /usr/bin/time. HEAP_MB=64 caps the scripts' V8
// heap, to show they stream: a script that held the export in memory would die at the cap.
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { storedArticleText } from '../src/modules/articles/index.js';
import { fmt, makeTempDir, ROOT } from './lib.js';

const ARTICLES = Number(process.env.ARTICLES ?? 50_000);
const ADMIN_URL = process.env.BENCH_DATABASE_URL;
const HEAP = process.env.HEAP_MB ? [`--max-old-space-size=${Number(process.env.HEAP_MB)}`] : [];

// A news article of the usual length (about 2.5 KB of HTML), numbered so every row differs.
const PARAGRAPH =
  'Ban Thường vụ Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai tổ chức hội nghị quán triệt, triển khai ' +
  'các nghị quyết, chỉ thị của Trung ương và của Tỉnh ủy tới cán bộ, đảng viên trong toàn Đảng bộ Khối.';
const body = (n: number) => Array.from({ length: 6 }, (_, i) => `<p>${PARAGRAPH} (${n}.${i})</p>`).join('\n');

/** Demo content through the app, then ARTICLES rows straight into the articles table. */
async function seed(env: Record<string, string>): Promise<void> {
  const congtin = await createApp(loadConfig({ ...env, DEMO_CONTENT: '1', LOG_LEVEL: 'warn' }));
  const categoryIds = (await congtin.articles.listCategories()).map((c) => c.id);
  const at = new Date().toISOString();
  for (let start = 0; start < ARTICLES; start += 2000) {
    await congtin.db.transaction().execute(async (trx) => {
      for (let i = start; i < Math.min(ARTICLES, start + 2000); i += 100) {
        const rows = Array.from({ length: Math.min(100, ARTICLES - i) }, (_, k) => {
          const n = i + k;
          return {
            slug: `tin-sao-luu-${n}`,
            category_id: categoryIds[n % categoryIds.length]!,
            ...storedArticleText({ title: `Tin số ${n} của Đảng bộ Khối`, lead: PARAGRAPH, bodyHtml: body(n) }),
            author: 'Ban Tuyên giáo',
            status: 'published' as const,
            featured: 0,
            published_at: at,
            created_at: at,
            updated_at: at,
            views: n % 5000,
          };
        });
        await trx.insertInto('articles').values(rows).execute();
      }
    });
  }
  await congtin.close();
}

/** Runs an npm script's entry point under /usr/bin/time: seconds and peak RSS (MiB). */
function timed(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ seconds: number; peakMiB: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(
      '/usr/bin/time',
      ['-f', 'peak-rss-kib %M', process.execPath, ...HEAP, '--import', 'tsx', script, ...args],
      {
        cwd: ROOT,
        env: { ...process.env, ...env },
        stdio: ['ignore', 'inherit', 'pipe'],
      },
    );
    let errors = '';
    child.stderr.on('data', (d) => (errors += d));
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${script} failed: ${errors}`));
      const kib = Number(/peak-rss-kib (\d+)/.exec(errors)?.[1] ?? 0);
      resolve({ seconds, peakMiB: kib / 1024 });
    });
  });
}

async function adminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  await client.query(text);
  await client.end();
}

async function databaseEnv(
  kind: 'sqlite' | 'postgres',
  dataDir: string,
  name: string,
): Promise<Record<string, string>> {
  if (kind === 'sqlite') return { DATA_DIR: dataDir, DATABASE_URL: '' };
  await adminQuery(`create database ${name}`);
  const url = new URL(ADMIN_URL!);
  url.pathname = `/${name}`;
  return { DATA_DIR: dataDir, DATABASE_URL: url.toString() };
}

async function run(kind: 'sqlite' | 'postgres'): Promise<void> {
  const temp = await makeTempDir(`backup-${kind}`);
  const names = [`bench_backup_${process.pid}`, `bench_restore_${process.pid}`];
  try {
    const source = await databaseEnv(kind, path.join(temp.dir, 'source'), names[0]!);
    const seedStarted = performance.now();
    await seed(source);
    console.log(`${kind}: ${fmt(ARTICLES)} articles seeded in ${fmt((performance.now() - seedStarted) / 1000, 1)} s`);
    const archive = path.join(temp.dir, 'congtin.tar.gz');
    const backup = await timed('scripts/backup.ts', ['--out', archive], source);
    const mib = statSync(archive).size / 2 ** 20;
    console.log(
      `${kind}: backup ${fmt(backup.seconds, 1)} s, peak RSS ${fmt(backup.peakMiB)} MiB, archive ${fmt(mib, 1)} MiB`,
    );
    const target = await databaseEnv(kind, path.join(temp.dir, 'target'), names[1]!);
    const restore = await timed('scripts/restore.ts', [archive], target);
    console.log(`${kind}: restore ${fmt(restore.seconds, 1)} s, peak RSS ${fmt(restore.peakMiB)} MiB`);
  } finally {
    if (kind === 'postgres') for (const name of names) await adminQuery(`drop database if exists ${name} with (force)`);
    await temp.remove();
  }
}

async function main() {
  await run('sqlite');
  if (ADMIN_URL) await run('postgres');
  else console.log('BENCH_DATABASE_URL is not set: PostgreSQL skipped.');
}

await main();
