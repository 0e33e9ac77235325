// Two congtin nodes on one PostgreSQL behind real nginx, run from the site file the repository
// ships (deploy/nginx/congtin.conf, TLS left out): what an operator with several nodes relies on.
// The nodes share DATABASE_URL and DATA_DIR (uploads on shared storage), as docs/OPERATIONS.md says.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { createTestDatabase, dialectsUnderTest, type TestDatabase } from '../support/databases.js';
import { SHIPPED_SITE, siteForTest, startNginx, type RunningNginx } from '../support/nginx.js';
import { freePort, startServer, tempDirs, type RunningServer } from '../support/server-process.js';
import { BROWSER_UA } from '../support/test-app.js';
import { DEMO_ACCOUNT, DEMO_PASSWORD } from '../support/newsroom.js';

const PAGE_CACHE_SECONDS = 2;
// The publish job's tick (articles/publish-scheduler.ts): after this long past an article's time,
// both nodes have run the job at least once.
const PUBLISH_TICK_MS = 15_000;
const onPostgres = dialectsUnderTest().includes('postgres');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Session {
  cookie: string;
  csrf: string;
}

interface Counters {
  total: number;
  today: number;
}

async function stats(base: string): Promise<Counters> {
  return (await (await fetch(`${base}/api/v1/stats`)).json()) as Counters;
}

/** Beacon hits through nginx, each from its own reader; how many were answered 200 (counted). */
async function sendHits(base: string, count: number, prefix: string): Promise<number> {
  const answers = await Promise.allSettled(
    Array.from({ length: count }, (_, i) =>
      fetch(`${base}/api/v1/hit`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'user-agent': BROWSER_UA,
          // nginx appends 127.0.0.1; the nodes trust it and take this address as the reader's.
          'x-forwarded-for': `${prefix}.${Math.floor(i / 250)}.${i % 250}`,
        },
        body: JSON.stringify({ path: '/' }),
      }).then(async (res) => {
        await res.arrayBuffer();
        return res.status;
      }),
    ),
  );
  return answers.filter((a) => a.status === 'fulfilled' && a.value === 200).length;
}

async function login(base: string, origin: string): Promise<Session> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin },
    body: JSON.stringify({ email: DEMO_ACCOUNT.editor, password: DEMO_PASSWORD }),
  });
  assert.equal(res.status, 200, await res.clone().text());
  const cookie = /congtin_phien=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  assert.ok(cookie, 'a session cookie');
  return { cookie, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

function asStaff(session: Session, origin: string, method: string, body?: unknown): RequestInit {
  return {
    method,
    headers: {
      cookie: session.cookie,
      'x-csrf-token': session.csrf,
      origin,
      'content-type': 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  };
}

describe('several nodes behind nginx', { skip: !onPostgres && 'needs TEST_DATABASE_URL' }, () => {
  const dirs = tempDirs('congtin-nodes-');
  let database: TestDatabase;
  let sql: pg.Client;
  let nodes: [RunningServer, RunningServer];
  let nginx: RunningNginx;
  let origin = '';
  let editor: Session;
  let scheduled: { id: number; dueAt: number };

  before(async () => {
    database = await createTestDatabase('postgres');
    const url = (database.target as { url: string }).url;
    sql = new pg.Client({ connectionString: url });
    // One DATA_DIR for both nodes (shared storage); nginx's workers read its uploads.
    const dataDir = dirs.make();
    const prefix = dirs.make();
    for (const dir of [dataDir, prefix]) fs.chmodSync(dir, 0o755);
    const [portA, portB, listenPort] = [await freePort(), await freePort(), await freePort()];
    origin = `http://127.0.0.1:${listenPort}`;
    const env = { DATABASE_URL: url, SITE_URL: origin, PAGE_CACHE_SECONDS: String(PAGE_CACHE_SECONDS) };
    // Started together, as after a reboot: the migrations and the first start's content must cope.
    nodes = await Promise.all([startServer({ dataDir, port: portA, env }), startServer({ dataDir, port: portB, env })]);
    await sql.connect();
    const site = siteForTest(fs.readFileSync(SHIPPED_SITE, 'utf8'), {
      listenPort,
      nodePorts: [portA, portB],
      dataDir,
      cacheDir: path.join(prefix, 'cache'),
    });
    nginx = await startNginx(prefix, site, listenPort);
    // Scheduled now so that both nodes' publish jobs pass its time while the other checks run.
    editor = await login(nginx.base, origin);
    const category = (await sql.query('select slug from categories order by id limit 1')).rows[0].slug as string;
    const dueAt = Date.now() + 1000;
    const res = await fetch(
      `${nginx.base}/api/v1/articles`,
      asStaff(editor, origin, 'POST', {
        title: 'Thông báo lịch tiếp công dân tháng sau',
        bodyHtml: '<p>Lịch tiếp công dân của Thường trực Đảng ủy Khối.</p>',
        categorySlug: category,
        status: 'published',
        publishAt: new Date(dueAt).toISOString(),
      }),
    );
    assert.equal(res.status, 201, await res.clone().text());
    const created = (await res.json()) as { id: number; status: string };
    assert.equal(created.status, 'scheduled');
    scheduled = { id: created.id, dueAt };
  });

  after(async () => {
    await nginx?.stop();
    await Promise.all((nodes ?? []).map((n) => n.stop()));
    await sql?.end();
    await database?.drop();
    dirs.removeAll();
  });

  it('serves pages, the hashed CSS and public images through nginx, images with congtin’s file headers', async () => {
    const home = await fetch(`${nginx.base}/`, { headers: { 'accept-encoding': 'gzip' } });
    assert.equal(home.status, 200);
    assert.equal(home.headers.get('content-encoding'), 'gzip', 'nginx compresses pages');
    assert.match(home.headers.get('content-security-policy') ?? '', /default-src 'self'/, 'congtin’s own CSP');
    const html = await home.text();
    const css = /href="(\/static\/site\.[0-9a-f]+\.css)"/.exec(html)?.[1];
    assert.ok(css, 'the page names its stylesheet');
    for (let i = 0; i < 2; i++) assert.equal((await fetch(`${nginx.base}${css}`)).status, 200);
    assert.ok(fs.readdirSync(path.join(nginx.prefix, 'cache')).length > 0, 'nginx keeps the stylesheet');

    const stored = (await sql.query('select path from media order by id limit 1')).rows[0]?.path as string;
    assert.ok(stored, 'the demo has uploaded images');
    const res = await fetch(`${nginx.base}/tep-tin/${stored}`);
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(res.headers.get('content-security-policy'), "default-src 'none'; sandbox");
    assert.match(res.headers.get('cache-control') ?? '', /immutable/);
    // congtin's ETag is the file name; nginx's, made from the file's time and size, says who served it.
    assert.notEqual(res.headers.get('etag'), `"${path.basename(stored)}"`, 'served by nginx from the disk');
    // A name that is not on the disk: congtin answers, with its own Vietnamese message.
    const missing = await fetch(`${nginx.base}/tep-tin/2026/01/${'0'.repeat(32)}.jpg`);
    assert.equal(missing.status, 404);
    assert.equal(await missing.text(), 'Không tìm thấy tệp.', 'congtin’s own 404, not nginx’s page');
  });

  it('keeps a login made on one node on the other', async () => {
    const session = await login(nodes[0].base, origin);
    for (const node of nodes) {
      const res = await fetch(`${node.base}/api/v1/auth/me`, { headers: { cookie: session.cookie } });
      assert.equal(res.status, 200, `node ${node.port}`);
      assert.equal(((await res.json()) as { user: { email: string } }).user.email, DEMO_ACCOUNT.editor);
    }
  });

  it('shows a change saved on one node on the other within PAGE_CACHE_SECONDS', async () => {
    const res = await fetch(
      `${nodes[0].base}/api/v1/articles`,
      asStaff(editor, origin, 'POST', {
        title: 'Hội nghị sơ kết công tác quý III',
        bodyHtml: '<p>Hội nghị đánh giá kết quả quý III.</p>',
        categorySlug: (await sql.query('select slug from categories order by id limit 1')).rows[0].slug,
        status: 'published',
      }),
    );
    assert.equal(res.status, 201, await res.clone().text());
    const article = (await res.json()) as { id: number; url: string; version: number };
    const page = (node: RunningServer) => fetch(`${node.base}${article.url}`).then((r) => r.text());
    // The other node has the page in its cache.
    assert.match(await page(nodes[1]), /sơ kết công tác quý III/);
    assert.match(await page(nodes[1]), /sơ kết công tác quý III/);

    const saved = await fetch(
      `${nodes[0].base}/api/v1/articles/${article.id}`,
      asStaff(editor, origin, 'PATCH', { title: 'Hội nghị tổng kết công tác quý III', version: article.version }),
    );
    assert.equal(saved.status, 200, await saved.clone().text());
    const savedAt = Date.now();
    assert.match(await page(nodes[0]), /tổng kết công tác quý III/, 'the node that saved shows it at once');
    let seenAfter = Number.POSITIVE_INFINITY;
    while (Date.now() - savedAt < PAGE_CACHE_SECONDS * 1000 + 3000) {
      if (/tổng kết công tác quý III/.test(await page(nodes[1]))) {
        seenAfter = Date.now() - savedAt;
        break;
      }
      await sleep(100);
    }
    // The page was cached before the save, so PAGE_CACHE_SECONDS is the bound; a second more for
    // the requests themselves on a busy test machine.
    assert.ok(
      seenAfter <= PAGE_CACHE_SECONDS * 1000 + 1000,
      `the other node showed the change after ${seenAfter} ms (PAGE_CACHE_SECONDS=${PAGE_CACHE_SECONDS})`,
    );
  });

  it('publishes a scheduled article once, with both nodes’ jobs running', async () => {
    const wait = scheduled.dueAt + PUBLISH_TICK_MS + 1500 - Date.now();
    if (wait > 0) await sleep(wait);
    const row = (await sql.query('select status, version from articles where id = $1', [scheduled.id])).rows[0];
    assert.equal(row.status, 'published');
    const audit = await sql.query('select actor from audit_log where action = $1 and target like $2', [
      'article.published',
      `#${scheduled.id} %`,
    ]);
    assert.equal(audit.rowCount, 1, 'one audit entry for the publish');
    const published = nodes
      .flatMap((n) => n.logs().split('\n'))
      .filter((line) => line.includes('scheduled articles published'));
    assert.equal(published.length, 1, `one node published it:\n${published.join('\n')}`);
    assert.equal(JSON.parse(published[0]!).published, 1);
  });

  it('keeps counters equal on both nodes and loses no acknowledged hit when a node is killed with -9', async () => {
    const start = await stats(nodes[0].base);
    let acknowledged = await sendHits(nginx.base, 200, '10.1');
    assert.equal(acknowledged, 200);
    await sleep(1100); // counters are at most a second old on each node
    const [a, b] = await Promise.all(nodes.map((n) => stats(n.base)));
    assert.deepEqual(a, b, 'both nodes show the same counters');
    assert.equal(a!.total, start.total + 200);

    let sent = 200;
    const traffic = (async () => {
      for (let round = 0; round < 30; round++) {
        acknowledged += await sendHits(nginx.base, 50, `10.${round + 2}`);
        sent += 50;
      }
    })();
    await sleep(300);
    nodes[1].child.kill('SIGKILL');
    await traffic;
    await nodes[1].exited;
    // With one node gone nginx sends everything to the other: new hits are all counted.
    const afterKill = await sendHits(nginx.base, 100, '10.99');
    assert.equal(afterKill, 100, 'every hit after the kill reaches the surviving node');
    acknowledged += afterKill;
    sent += 100;

    await sleep(1100);
    const total = (await stats(nodes[0].base)).total - start.total;
    assert.ok(total >= acknowledged, `total ${total} must include all ${acknowledged} acknowledged hits`);
    // A POST that reached the killed node is never sent again to the other: no hit counted twice.
    assert.ok(total <= sent, `total ${total} counts no more hits than the ${sent} sent`);
  });
});
