// A throw-away MariaDB for the NukeViet import's tests, started from the machine's own binaries
// (Debian's mariadb-server) in a temporary folder, listening on 127.0.0.1 only, with no password
// for root. Like the tests' PostgreSQL: a real server, gone with its data when the test ends.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import mysql from 'mysql2/promise';
import { freePort } from './server-process.js';

const SERVER_CANDIDATES = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld', '/usr/bin/mariadbd'];
const INSTALL_CANDIDATES = [
  '/usr/bin/mariadb-install-db',
  '/usr/bin/mysql_install_db',
  '/usr/scripts/mariadb-install-db',
];
const INSTALL_HINT = 'install it with `apt-get install mariadb-server` (as root)';

export interface RunningMariaDb {
  /** mysql://root@127.0.0.1:PORT/DATABASE */
  url: string;
  port: number;
  stop(): Promise<void>;
}

function findBinary(candidates: string[], what: string): string {
  const found = candidates.find((file) => fs.existsSync(file));
  if (!found) throw new Error(`MariaDB ${what} not found (looked at ${candidates.join(', ')}): ${INSTALL_HINT}`);
  return found;
}

/** Root may only run mariadbd as itself when told so; anyone else runs it as themselves. */
function userArgs(): string[] {
  return process.getuid?.() === 0 ? ['--user=root'] : [];
}

function initialise(install: string, dir: string, dataDir: string): void {
  const result = spawnSync(
    install,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      ...userArgs(),
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
    ],
    { encoding: 'utf8', cwd: dir },
  );
  if (result.status !== 0) throw new Error(`mariadb-install-db failed:\n${result.stdout}\n${result.stderr}`);
}

async function waitUntilAnswering(port: number, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`mariadbd stopped at start:\n${readLog(log)}`);
    try {
      const connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
      await connection.end();
      return;
    } catch (error) {
      if (Date.now() > deadline)
        throw new Error(`mariadbd did not answer on ${port} in 30 s: ${String(error)}\n${readLog(log)}`);
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
  }
}

function readLog(log: string): string {
  try {
    return fs.readFileSync(log, 'utf8').slice(-4000);
  } catch {
    return '(no log)';
  }
}

/**
 * Starts MariaDB in a new temporary folder and creates `database` (utf8mb4, as NukeViet does).
 * `port` is for running by hand beside the tests; a free one is taken otherwise.
 */
export async function startMariaDb(options: { database?: string; port?: number } = {}): Promise<RunningMariaDb> {
  const server = findBinary(SERVER_CANDIDATES, 'server (mariadbd)');
  const install = findBinary(INSTALL_CANDIDATES, 'installer (mariadb-install-db)');
  const database = options.database ?? 'nukeviet';
  const port = options.port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtin-mariadb-'));
  const dataDir = path.join(dir, 'data');
  const log = path.join(dir, 'error.log');
  initialise(install, dir, dataDir);
  const child = spawn(
    server,
    [
      '--no-defaults',
      `--datadir=${dataDir}`,
      ...userArgs(),
      '--bind-address=127.0.0.1',
      `--port=${port}`,
      `--socket=${path.join(dir, 'mariadb.sock')}`,
      `--pid-file=${path.join(dir, 'mariadb.pid')}`,
      `--log-error=${log}`,
      '--skip-name-resolve',
      '--innodb-buffer-pool-size=16M',
      '--innodb-log-file-size=8M',
      '--innodb-flush-log-at-trx-commit=0',
      '--character-set-server=utf8mb4',
      '--collation-server=utf8mb4_unicode_ci',
    ],
    { stdio: 'ignore' },
  );
  const stop = async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitUntilAnswering(port, child, log);
    const connection = await mysql.createConnection({ host: '127.0.0.1', port, user: 'root' });
    await connection.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
    await connection.end();
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: `mysql://root@127.0.0.1:${port}/${database}`, port, stop };
}

/** Runs a .sql file of several statements (a schema and its rows) against `url`. */
export async function loadSql(url: string, file: string): Promise<void> {
  const connection = await mysql.createConnection({ uri: url, multipleStatements: true, charset: 'utf8mb4' });
  try {
    await connection.query(fs.readFileSync(file, 'utf8'));
  } finally {
    await connection.end();
  }
}
