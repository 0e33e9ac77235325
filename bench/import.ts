// Moving in at portal size: a generated WordPress export of ITEMS posts (default 20,000; ~2.5 KB of
// Vietnamese HTML each, a script and on* attributes among it, 20 categories two levels deep, 200
// images in the uploads folder, each post showing one) imported by the real command line
// (`npm run import -- wordpress …`) into a fresh database; then run again (nothing to add).
// Reports articles/s and the command's peak resident memory (VmHWM) against a run of ITEMS/10:
// a streaming import's peak does not grow with the export.
//   npx tsx bench/import.ts            (ITEMS=20000; BENCH_DATABASE_URL=postgres://… for PostgreSQL)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { fmt, makeTempDir, ROOT, sleep } from './lib.js';
import { AUTHORS, COMMON } from './vocabulary.js';

const ITEMS = Number(process.env.ITEMS ?? 20_000);
const IMAGES = 200;

function sentence(n: number): string {
  const words: string[] = [];
  for (let i = 0; i < 14; i++) words.push(COMMON[(n * 7 + i * 13) % COMMON.length]!);
  return `${words.join(' ')}.`;
}

async function writeExport(file: string, items: number) {
  const out = createWriteStream(file);
  const write = (s: string) => (out.write(s) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', r)));
  await write(`<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_site_url>https://old.example.vn</wp:base_site_url>\n`);
  for (let a = 0; a < AUTHORS.length; a++)
    await write(
      `<wp:author><wp:author_login>u${a}</wp:author_login><wp:author_display_name><![CDATA[${AUTHORS[a]}]]></wp:author_display_name></wp:author>\n`,
    );
  for (let c = 1; c <= 20; c++)
    await write(
      `<wp:category><wp:term_id>${c}</wp:term_id><wp:category_nicename>chuyen-muc-${c}</wp:category_nicename><wp:category_parent>${c > 5 ? `chuyen-muc-${c % 5 || 5}` : ''}</wp:category_parent><wp:cat_name><![CDATA[Chuyên mục số ${c}]]></wp:cat_name></wp:category>\n`,
    );
  for (let i = 1; i <= items; i++) {
    const id = 1000 + i;
    const body = [0, 1, 2, 3, 4, 5].map((p) => `${sentence(i + p)} ${sentence(i * 3 + p)}`).join('\n\n');
    const image = `https://old.example.vn/wp-content/uploads/2023/05/anh-${i % IMAGES}.jpg`;
    await write(`<item><title><![CDATA[Bài số ${i}: ${sentence(i).slice(0, 60)}]]></title><link>https://old.example.vn/2023/05/bai-so-${i}/</link><dc:creator>u${i % AUTHORS.length}</dc:creator><guid isPermaLink="false">https://old.example.vn/?p=${id}</guid>
<content:encoded><![CDATA[${body}\n\n<p onclick="x()"><img src="${image}" alt="Ảnh ${i}"><script>alert(${i})</script></p>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date_gmt>2023-05-${String((i % 28) + 1).padStart(2, '0')} 02:00:00</wp:post_date_gmt><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="chuyen-muc-${(i % 20) + 1}"><![CDATA[x]]></category></item>\n`);
  }
  await write('</channel></rss>\n');
  await new Promise<void>((r) => out.end(r));
}

async function writeUploads(dir: string) {
  mkdirSync(path.join(dir, '2023/05'), { recursive: true });
  for (let i = 0; i < IMAGES; i++)
    await sharp({ create: { width: 200, height: 150, channels: 3, background: { r: i, g: 100, b: 200 - (i % 200) } } })
      .jpeg()
      .toFile(path.join(dir, `2023/05/anh-${i}.jpg`));
}

const peakMiB = (pid: number) => {
  const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return kb ? Number(kb) / 1024 : NaN;
};

/** Runs the command line; its peak memory read from /proc until it exits. */
async function runImport(env: Record<string, string>, file: string, uploads: string) {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'scripts/import.ts', 'wordpress', file, '--uploads', uploads],
    {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stdout = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.resume();
  let peak = 0;
  let exited = false;
  const done = new Promise<number>((resolve) =>
    child.on('exit', (code) => {
      exited = true;
      resolve(code ?? 1);
    }),
  );
  while (!exited) {
    try {
      const now = peakMiB(child.pid!);
      // An exiting process's status has no memory lines (NaN): the last reading stands.
      if (!Number.isNaN(now)) peak = Math.max(peak, now);
    } catch {
      // Gone between the check and the read.
    }
    await sleep(100);
  }
  const code = await done;
  if (code !== 0) throw new Error(`import exited with ${code}\n${stdout}`);
  return { seconds: (performance.now() - started) / 1000, peak, stdout };
}

async function measure(items: number) {
  const temp = await makeTempDir('import-bench');
  try {
    const file = path.join(temp.dir, 'export.xml');
    const uploads = path.join(temp.dir, 'uploads');
    await writeExport(file, items);
    await writeUploads(uploads);
    const env: Record<string, string> = {
      DATA_DIR: path.join(temp.dir, 'data'),
      DATABASE_URL: process.env.BENCH_DATABASE_URL ?? `sqlite:${path.join(temp.dir, 'congtin.db')}`,
      DEMO_CONTENT: '0',
      ADMIN_EMAIL: 'quantri@example.vn',
      ADMIN_PASSWORD: 'Mat-khau-dai-du-2026',
      LOG_LEVEL: 'warn',
    };
    const first = await runImport(env, file, uploads);
    const again = await runImport(env, file, uploads);
    const created = /Bài viết: (\d+) chuyển mới/.exec(first.stdout)?.[1];
    const unchanged = /(\d+) đã có từ lần trước \(không đổi\)/.exec(again.stdout)?.[1];
    return { items, mb: statSync(file).size / 1e6, first, again, created, unchanged };
  } finally {
    await temp.remove();
  }
}

const small = await measure(Math.round(ITEMS / 10));
const full = await measure(ITEMS);
for (const r of [small, full])
  console.log(
    `${fmt(r.items)} posts (${fmt(r.mb, 1)} MB WXR): first run ${fmt(r.first.seconds, 1)} s = ${fmt(r.items / r.first.seconds)} articles/s (created ${r.created}), peak RSS ${fmt(r.first.peak)} MiB; ` +
      `rerun ${fmt(r.again.seconds, 1)} s (unchanged ${r.unchanged}), peak RSS ${fmt(r.again.peak)} MiB`,
  );
