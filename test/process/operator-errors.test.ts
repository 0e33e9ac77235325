// What an operator sees when the storage fails under a running server, and that it recovers by
// itself once the cause is gone (no restart): a full disk (a small tmpfs as DATA_DIR, SQLite in it),
// a PostgreSQL that is stopped (a throw-away cluster of this test's own, never the shared one) and
// an uploads folder that cannot be written. These need root (mount); without it they are skipped.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import SQLite from 'better-sqlite3';
import { freePort, type RunningServer, startServer, tempDirs } from '../support/server-process.js';
import {
  hitsCounted,
  login,
  saveArticle,
  saveSettings,
  sendHit,
  type Session,
  uploadImage,
} from './operator-errors-support.js';

const isRoot = process.getuid?.() === 0;
const dirs = tempDirs('congtin-operr-');
const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { stdio: 'pipe' });

/** Mounts a tmpfs of `size` on a new folder, or says why it cannot. */
function mountTmpfs(size: string): string | { skip: string } {
  if (!isRoot) return { skip: 'needs root to mount a tmpfs (CI runs as root)' };
  const dir = dirs.make();
  try {
    run('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]);
  } catch (err) {
    return { skip: `mount -t tmpfs failed: ${(err as Error).message}` };
  }
  return dir;
}

// Each hit comes from a reader never seen before, so each acknowledged hit is one more visit.
let nextReader = 0;

const healthOf = async (base: string) => {
  const res = await fetch(`${base}/healthz`);
  return {
    status: res.status,
    body: (await res.json()) as { database: { status: string }; files: { status: string } },
  };
};

/**
 * Waits until /healthz reports the database as `status`. pg_reload_conf() only signals the
 * postmaster, which re-reads the file and signals its backends after the call has returned; a
 * request sent at once may still meet the old setting (it did in CI), which is PostgreSQL's
 * timing and not the server's.
 */
async function databaseBecomes(base: string, status: string) {
  const deadline = Date.now() + 5000;
  let seen = '';
  while (Date.now() < deadline) {
    seen = (await healthOf(base)).body.database.status;
    if (seen === status) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  assert.fail(`the database stayed ${seen} for 5 s after the reload, expected ${status}`);
}

/** The three checks every outage shares: beacon, article save and /healthz; then the recovery. */
async function expectOutage(
  server: RunningServer,
  session: Session,
  part: { database: string; files: string; articleFormDrawn: boolean },
) {
  const hit = await sendHit(server.base, 'outage');
  assert.equal(hit.status, 503, 'the beacon refuses rather than acknowledging a hit it did not store');
  assert.equal((await hit.json()).error.code, 'STORAGE_UNAVAILABLE');
  const save = await saveArticle(
    server.base,
    session,
    'Hội nghị trong lúc ổ đĩa đầy',
    'Nội dung đã gõ: không được mất.',
  );
  assert.equal(save.status, 503);
  const page = await save.text();
  assert.match(page, /Hội nghị trong lúc ổ đĩa đầy/, 'the typed title is still in the form');
  assert.match(page, /Nội dung đã gõ: không được mất\./, 'the typed body is still in the form');
  assert.match(page, /sự cố lưu trữ/);
  if (part.articleFormDrawn)
    assert.match(
      page,
      /<select[^>]*name="categoryId"/,
      'the database can still be read: the article form itself comes back',
    );
  else
    assert.match(page, /Gửi lại/, 'the database cannot be read: the error page keeps the typed fields in its own form');
  const settings = await saveSettings(server.base, session, '<p>Giới thiệu mới, gõ trong lúc có sự cố.</p>');
  assert.equal(settings.status, 503, 'the settings save is refused too');
  assert.match(await settings.text(), /Giới thiệu mới, gõ trong lúc có sự cố\./, 'with the typed text given back');
  const health = await healthOf(server.base);
  assert.equal(health.status, 503);
  assert.equal(health.body.database.status, part.database);
  assert.equal(health.body.files.status, part.files);
}

async function expectRecovered(server: RunningServer, session: Session, countedBefore: number, acknowledged: number) {
  assert.equal((await healthOf(server.base)).status, 200);
  for (let i = 0; i < 5; i++) {
    const res = await sendHit(server.base, `after-${nextReader++}`);
    assert.equal(res.status, 200);
    acknowledged++;
  }
  const save = await saveArticle(server.base, session, 'Hội nghị sau sự cố', 'Đã lưu lại được.');
  assert.equal(save.status, 303, 'the same save works again without a restart');
  assert.equal(await hitsCounted(server.base, countedBefore + acknowledged), countedBefore + acknowledged);
}

describe('a full disk under DATA_DIR (SQLite in it)', () => {
  let server: RunningServer | undefined;
  let dataDir = '';
  after(async () => {
    await server?.stop();
    if (dataDir) run('umount', ['-l', dataDir]);
  });

  it('answers 503 to hits and saves, keeps the typed text, names the part, and recovers when space is freed', async (t) => {
    const mounted = mountTmpfs('96m');
    if (typeof mounted !== 'string') return t.skip(mounted.skip);
    dataDir = mounted;
    server = await startServer({ dataDir, env: { DEMO_ACCOUNTS: '1' } });
    const session = await login(server.base);
    const countedBefore = await hitsCounted(server.base);
    let acknowledged = 0;
    for (let i = 0; i < 5; i++) if ((await sendHit(server.base, `before-${i}`)).status === 200) acknowledged++;
    assert.equal(acknowledged, 5);
    assert.equal(await hitsCounted(server.base, countedBefore + 5), countedBefore + 5);
    // Fold the WAL back into the database and truncate it, as an idle server's checkpoint would,
    // so the next write needs new blocks (a long WAL could take a few more writes in its old space).
    const db = new SQLite(path.join(dataDir, 'congtin.db'));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const filler = path.join(dataDir, 'filler');
    try {
      run('dd', ['if=/dev/zero', `of=${filler}`, 'bs=1M']);
    } catch {
      // dd stops with "No space left on device": the disk is full, as intended.
    }
    await expectOutage(server, session, { database: 'ok', files: 'disk-full', articleFormDrawn: true });
    assert.match(server.logs(), /"failure":"disk-full"/);
    assert.match(server.logs(), /storage unavailable/);
    fs.rmSync(filler);
    await expectRecovered(server, session, countedBefore, acknowledged);
  });
});

/** A PostgreSQL cluster of this test's own on a free port, as scripts/test.sh starts one. */
function ownPostgres() {
  const bin = fs.existsSync('/usr/lib/postgresql')
    ? fs
        .readdirSync('/usr/lib/postgresql')
        .map((v) => `/usr/lib/postgresql/${v}/bin`)
        .find((b) => fs.existsSync(`${b}/initdb`))
    : undefined;
  const dir = dirs.make();
  let port = 0;
  const asPostgres = (cmd: string, args: string[]) =>
    isRoot ? run('runuser', ['-u', 'postgres', '--', cmd, ...args]) : run(cmd, args);
  const ctl = (...args: string[]) => asPostgres(`${bin}/pg_ctl`, ['-D', `${dir}/data`, ...args]);
  return {
    available: () => bin !== undefined,
    url: () => `postgres://postgres@127.0.0.1:${port}/postgres`,
    async init() {
      port = await freePort();
      if (isRoot) run('chown', ['postgres', dir]);
      asPostgres(`${bin}/initdb`, [
        '-D',
        `${dir}/data`,
        '-U',
        'postgres',
        '-A',
        'trust',
        '-E',
        'UTF8',
        '--locale=C.UTF-8',
        '--no-sync',
      ]);
      this.start();
    },
    start: () =>
      ctl('-o', `-p ${port} -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off`, '-l', `${dir}/log`, '-w', 'start'),
    stop: () => ctl('-m', 'fast', '-w', 'stop'),
    running: () => fs.existsSync(`${dir}/data/postmaster.pid`),
    /** Runs SQL as the superuser (a reload takes effect for every open connection). */
    sql: (...statements: string[]) =>
      asPostgres(`${bin}/psql`, [
        '-h',
        '127.0.0.1',
        '-p',
        String(port),
        '-U',
        'postgres',
        '-v',
        'ON_ERROR_STOP=1',
        ...statements.flatMap((one) => ['-c', one]),
      ]),
  };
}

describe('PostgreSQL stopped under a running server', () => {
  const pg = ownPostgres();
  let server: RunningServer | undefined;
  after(async () => {
    await server?.stop();
    if (pg.running()) pg.stop();
  });

  it('answers 503 naming the database, keeps the typed text, and reconnects once it is back', async (t) => {
    if (!pg.available()) return t.skip('no PostgreSQL binaries (initdb) under /usr/lib/postgresql');
    await pg.init();
    server = await startServer({ dataDir: dirs.make(), env: { DATABASE_URL: pg.url(), DEMO_ACCOUNTS: '1' } });
    const session = await login(server.base);
    const countedBefore = await hitsCounted(server.base);
    let acknowledged = 0;
    for (let i = 0; i < 3; i++) if ((await sendHit(server.base, `before-${i}`)).status === 200) acknowledged++;
    pg.stop();
    await expectOutage(server, session, { database: 'unreachable', files: 'ok', articleFormDrawn: false });
    assert.match(server.logs(), /"failure":"database-unreachable"/);
    pg.start();
    await expectRecovered(server, session, countedBefore, acknowledged);
  });

  it('answers 503 naming a read-only database (a standby, default_transaction_read_only), and writes again once it is not', async (t) => {
    if (!server) return t.skip('the server of the previous check did not start');
    const session = await login(server.base);
    const countedBefore = await hitsCounted(server.base);
    pg.sql('alter system set default_transaction_read_only = on', 'select pg_reload_conf()');
    try {
      await databaseBecomes(server.base, 'read-only');
      await expectOutage(server, session, { database: 'read-only', files: 'ok', articleFormDrawn: true });
      assert.match(server.logs(), /"failure":"database-read-only"/);
    } finally {
      pg.sql('alter system reset default_transaction_read_only', 'select pg_reload_conf()');
    }
    await databaseBecomes(server.base, 'ok');
    await expectRecovered(server, session, countedBefore, 0);
  });
});

describe('an uploads folder that cannot be written', () => {
  const pg = ownPostgres();
  const servers: RunningServer[] = [];
  const mounts: string[] = [];
  after(async () => {
    for (const s of servers) await s.stop();
    for (const m of mounts) run('umount', ['-l', m]);
    if (pg.running()) pg.stop();
  });

  for (const dialect of ['sqlite', 'postgres'] as const)
    it(`refuses an upload with a Vietnamese 503, healthz says not-writable, and takes it once writable (${dialect})`, async (t) => {
      if (!isRoot) return t.skip('needs root for a read-only bind mount (CI runs as root)');
      if (dialect === 'postgres' && !pg.available()) return t.skip('no PostgreSQL binaries under /usr/lib/postgresql');
      if (dialect === 'postgres') await pg.init();
      const dataDir = dirs.make();
      const uploads = path.join(dataDir, 'uploads');
      const env: Record<string, string> = {
        DEMO_ACCOUNTS: '1',
        ...(dialect === 'postgres' ? { DATABASE_URL: pg.url() } : {}),
      };
      const server = await startServer({ dataDir, env });
      servers.push(server);
      const session = await login(server.base);
      fs.mkdirSync(uploads, { recursive: true });
      const filesBefore = fs.readdirSync(uploads, { recursive: true }).sort();
      // chmod 500 does not stop root, who runs the tests and the server here: a read-only bind
      // mount refuses every writer (EROFS), root included, like a folder mounted read-only would.
      run('mount', ['--bind', uploads, uploads]);
      mounts.push(uploads);
      run('mount', ['-o', 'remount,ro,bind', uploads]);
      const refused = await uploadImage(server.base, session);
      assert.equal(refused.status, 503);
      const problem = (await refused.json()).error;
      assert.equal(problem.code, 'STORAGE_UNAVAILABLE');
      assert.match(problem.message, /thư mục không ghi được/);
      const health = await healthOf(server.base);
      assert.deepEqual(
        [health.status, health.body.files.status, health.body.database.status],
        [503, 'not-writable', 'ok'],
      );
      assert.deepEqual(fs.readdirSync(uploads, { recursive: true }).sort(), filesBefore, 'no file half-written');
      run('umount', [uploads]);
      mounts.pop();
      const taken = await uploadImage(server.base, session);
      assert.equal(taken.status, 201, await taken.clone().text());
      assert.equal((await healthOf(server.base)).status, 200);
      await server.stop();
      if (dialect === 'postgres') pg.stop();
    });
});

before(() => {
  if (!isRoot) console.log('# operator-errors: not root, the mount-based checks are skipped');
});
after(() => dirs.removeAll());
