// `npm start` runs the built server (dist/main.js, bundled by scripts/build-server.mjs), not the
// TypeScript sources every other test runs through tsx. This builds it the way `npm start` does
// and starts it with npm start's own node command, then checks what a bundle could lose: the files
// a module finds next to itself (CSS, the demo's pictures), a worker thread importing its task
// module, the JSON API, and a clean exit on SIGTERM.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { projectRoot, startServer, tempDirs, type RunningServer } from '../support/server-process.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';

/** The node arguments of package.json's start script (after its build step and `exec node`). */
function startArguments(): string[] {
  const start: string = JSON.parse(fs.readFileSync(path.join(projectRoot, 'package.json'), 'utf8')).scripts.start;
  const [command, ...args] = (start.split('&&').pop() ?? '')
    .trim()
    .replace(/^exec\s+/, '')
    .split(/\s+/);
  assert.equal(command, 'node', `npm start is "${start}"`);
  return args;
}

const dist = path.join(projectRoot, 'dist');

describe('the built server that npm start runs', () => {
  const dirs = tempDirs('congtin-built-');
  let server: RunningServer;

  before(async () => {
    // npm start's own first step: builds only when a source is newer than the last build.
    execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: projectRoot, stdio: 'pipe' });
    server = await startServer({ dataDir: dirs.make(), entry: startArguments(), startTimeoutMs: 60_000 });
  });
  after(async () => {
    await server?.stop();
    dirs.removeAll();
  });

  it('is one bundle whose rewritten module addresses all name files of dist/', () => {
    const bundles = fs.readdirSync(dist).filter((f) => f === 'main.js' || /^chunk-.*\.js$/.test(f));
    const twins = new Set<string>();
    for (const file of bundles) {
      for (const m of fs
        .readFileSync(path.join(dist, file), 'utf8')
        .matchAll(/new URL\("(\.\/[^"]+)", import\.meta\.url\)/g))
        twins.add(m[1]!);
    }
    assert.ok(twins.has('./platform/views/assets.js'), 'the assets module finds its folder through its twin');
    assert.ok(twins.has('./platform/workers/work-pool.js'), 'the work pool finds its worker through its twin');
    for (const twin of twins) assert.ok(fs.existsSync(path.join(dist, twin)), `${twin} exists in dist/`);
  });

  it('is ASCII only, so V8 keeps its source in one byte a character', () => {
    for (const file of fs.readdirSync(dist).filter((f) => f === 'main.js' || /^chunk-.*\.js$/.test(f))) {
      const text = fs.readFileSync(path.join(dist, file), 'utf8');
      assert.equal(/[\u0080-\uffff]/.exec(text)?.[0], undefined, `${file} has only ASCII`);
    }
  });

  it('serves the home page with its stylesheet and the demo pictures', async () => {
    const home = await fetch(`${server.base}/`);
    assert.equal(home.status, 200);
    const html = await home.text();
    assert.match(html, /Đảng ủy/);
    const css = /href="(\/static\/[^"]+\.css)"/.exec(html)?.[1];
    assert.ok(css, 'a stylesheet link');
    const sheet = await fetch(server.base + css);
    assert.equal(sheet.status, 200);
    assert.match(sheet.headers.get('content-type') ?? '', /text\/css/);
    assert.ok((await sheet.text()).length > 1000, 'the stylesheet has its rules');
    const picture = /<img[^>]+src="(\/[^"]+)"/.exec(html)?.[1];
    assert.ok(picture, 'a picture on the home page');
    const image = await fetch(server.base + picture);
    assert.equal(image.status, 200, picture);
    assert.match(image.headers.get('content-type') ?? '', /^image\//);
  });

  it('saves an article long enough to be cleaned on a worker thread, and publishes it', async () => {
    const origin = server.base;
    const login = await fetch(`${server.base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin },
      body: JSON.stringify({ email: DEMO_ACCOUNT.editor, password: DEMO_PASSWORD }),
    });
    assert.equal(login.status, 200, await login.clone().text());
    const cookie = /congtin_phien=[^;]+/.exec(login.headers.get('set-cookie') ?? '')?.[0] ?? '';
    const csrf = ((await login.json()) as { csrfToken: string }).csrfToken;
    const paragraph = '<p>Đảng bộ Khối triển khai nghị quyết đến từng chi bộ, đảng viên.</p>';
    // Over 64 KiB (RICH_TEXT_INLINE_MAX_CHARS): prepareArticleText sends it to the work pool.
    const bodyHtml = `${paragraph.repeat(1200)}<p>Đoạn cuối<script>alert(1)</script></p>`;
    const home = await (await fetch(`${server.base}/`)).text();
    const categorySlug = /href="\/chuyen-muc\/([a-z0-9-]+)"/.exec(home)?.[1];
    assert.ok(categorySlug, 'a category link on the home page');
    const created = await fetch(`${server.base}/api/v1/articles`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrf, origin, 'content-type': 'application/json' },
      body: JSON.stringify({
        title: 'Bài dài được làm sạch trên luồng phụ',
        bodyHtml,
        categorySlug,
        status: 'published',
      }),
    });
    assert.equal(created.status, 201, await created.clone().text());
    const { url } = (await created.json()) as { url: string };
    const page = await (await fetch(server.base + url)).text();
    assert.match(page, /Bài dài được làm sạch trên luồng phụ/);
    assert.match(page, /Đoạn cuối/);
    assert.doesNotMatch(page, /alert\(1\)/, 'the script was removed by the worker');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    assert.equal(await server.stop(), 0);
  });
});

// Libraries that only some requests need are required on their first use (platform/
// required-on-first-use.ts), so a start neither reads nor keeps them: those of the seventh stop
// were ~15 % of a start's time and ~14 MiB of its idle memory (bench/RESULTS.md, "seventh stop").
const LOADED_ON_FIRST_USE = [
  '@fastify/busboy',
  '@node-rs/argon2',
  '@zxcvbn-ts/language-common',
  'htmlparser2',
  'ical-generator',
  'otpauth',
  'piscina',
  'qrcode-generator',
  'saxes',
  'sanitize-html',
  'sharp',
  'yauzl',
];

describe('a start of the built server', () => {
  const dirs = tempDirs('congtin-lazy-');
  const listFile = () => path.join(dirs.make(), 'loaded.txt');
  let server: RunningServer;
  let list: string;

  before(async () => {
    execFileSync(process.execPath, ['scripts/build-if-stale.mjs'], { cwd: projectRoot, stdio: 'pipe' });
    const dataDir = dirs.make();
    // The data directory's first start makes the demo content (pictures with sharp, passwords with
    // argon2): the start measured is the second one, as in production.
    const first = await startServer({ dataDir, entry: startArguments(), startTimeoutMs: 60_000 });
    await first.stop();
    list = listFile();
    server = await startServer({
      dataDir,
      entry: ['--import', './test/support/loaded-modules.mjs', ...startArguments()],
      env: { LOADED_MODULES_FILE: list },
      startTimeoutMs: 60_000,
    });
  });
  after(async () => {
    await server?.stop();
    dirs.removeAll();
  });

  /** The packages of node_modules the server has loaded so far. */
  async function loadedPackages(): Promise<Set<string>> {
    const before = fs.readFileSync(list, 'utf8').split('\nend\n').length;
    server.child.kill('SIGUSR2');
    for (let i = 0; i < 250 && fs.readFileSync(list, 'utf8').split('\nend\n').length === before; i++)
      await new Promise((r) => setTimeout(r, 20));
    // CommonJS modules are only in the dump: without it the list would pass for want of looking.
    assert.ok(fs.readFileSync(list, 'utf8').split('\nend\n').length > before, 'the server wrote what it loaded');
    const names = [...fs.readFileSync(list, 'utf8').matchAll(/node_modules\/((?:@[^/]+\/)?[^/]+)\//g)].map(
      (m) => m[1]!,
    );
    return new Set(names);
  }

  it('serves the home page without reading the libraries kept for first use', async () => {
    assert.equal((await fetch(`${server.base}/`)).status, 200);
    assert.equal((await fetch(`${server.base}/dang-nhap`)).status, 200);
    const loaded = await loadedPackages();
    assert.ok(loaded.has('better-sqlite3'), 'the list holds what a start needs');
    assert.deepEqual(
      LOADED_ON_FIRST_USE.filter((name) => loaded.has(name)),
      [],
    );
  });

  it('reads one when a request first needs it', async () => {
    const feed = await fetch(`${server.base}/su-kien/lich.ics`);
    assert.equal(feed.status, 200);
    assert.match(await feed.text(), /BEGIN:VCALENDAR/);
    assert.ok((await loadedPackages()).has('ical-generator'));
  });
});
