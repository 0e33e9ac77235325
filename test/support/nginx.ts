// Real nginx in front of congtin nodes, run from the site file the repository ships
// (deploy/nginx/congtin.conf): the same upstream, proxy, cache and file rules, with only the
// TLS parts left out and the ports and paths of the test put in. Every rewrite must find its
// target, so a change to the shipped file that the test no longer understands fails loudly.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from './server-process.js';

export const NGINX_BINARY = '/usr/sbin/nginx';
export const SHIPPED_SITE = path.join(projectRoot, 'deploy/nginx/congtin.conf');

export interface SiteRewrite {
  /** 127.0.0.1:<port> nginx listens on, in place of 443 with TLS. */
  listenPort: number;
  /** The nodes' ports, in place of 3001, 3002. */
  nodePorts: [number, number];
  /** In place of /var/lib/congtin. */
  dataDir: string;
  /** In place of /var/cache/nginx/congtin. */
  cacheDir: string;
}

function replaceOnce(text: string, find: string | RegExp, by: string, what: string): string {
  const found = typeof find === 'string' ? text.includes(find) : find.test(text);
  if (!found) throw new Error(`deploy/nginx/congtin.conf: ${what} not found; update test/support/nginx.ts`);
  return typeof find === 'string' ? text.split(find).join(by) : text.replace(find, by);
}

/** The shipped site file with the plain-http server and TLS removed and the test's ports and paths. */
export function siteForTest(shipped: string, r: SiteRewrite): string {
  let site = shipped;
  site = replaceOnce(site, /# BEGIN plain http[\s\S]*?# END plain http\n/, '', 'the plain http server');
  site = replaceOnce(site, /# BEGIN tls[\s\S]*?# END tls\n/, '', 'the tls block');
  site = replaceOnce(site, /^.*# tls\n/gm, '', 'the lines marked # tls');
  site = replaceOnce(site, 'listen 443 ssl http2;', `listen 127.0.0.1:${r.listenPort};`, 'listen 443');
  site = replaceOnce(site, /^\s*listen \[::\]:443 ssl http2;\n/m, '', 'listen [::]:443');
  site = replaceOnce(site, 'server 127.0.0.1:3001', `server 127.0.0.1:${r.nodePorts[0]}`, 'the first node');
  site = replaceOnce(site, 'server 127.0.0.1:3002', `server 127.0.0.1:${r.nodePorts[1]}`, 'the second node');
  site = replaceOnce(site, '/var/cache/nginx/congtin', r.cacheDir, 'the static cache path');
  site = replaceOnce(site, '/var/lib/congtin', r.dataDir, 'DATA_DIR');
  const directives = site.replace(/#.*$/gm, '');
  // :443 as a whole port: a random node port such as 44333 is not a leftover.
  if (/ssl|:443\b|\b300[12]\b/.test(directives))
    throw new Error(`TLS or a default port left in the test's site:\n${site}`);
  return site;
}

export interface RunningNginx {
  base: string;
  prefix: string;
  errorLog: () => string;
  stop: () => Promise<void>;
}

/** Starts nginx in the foreground with its prefix, pid, logs and temp files under `prefix`. */
export async function startNginx(prefix: string, site: string, port: number): Promise<RunningNginx> {
  if (!fs.existsSync(NGINX_BINARY))
    throw new Error(`${NGINX_BINARY} is missing: install it with \`apt-get install nginx-light\` (as root)`);
  for (const dir of ['logs', 'temp', 'cache']) fs.mkdirSync(path.join(prefix, dir), { recursive: true });
  const p = (name: string) => path.join(prefix, name);
  const main = [
    'daemon off;',
    'master_process on;',
    'worker_processes 1;',
    // As root nginx hands its workers to another user; www-data is Debian's, and must read the uploads.
    ...(process.getuid?.() === 0 ? ['user www-data;'] : []),
    `pid ${p('nginx.pid')};`,
    `error_log ${p('logs/error.log')} info;`,
    'events { worker_connections 1024; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    `  access_log ${p('logs/access.log')};`,
    `  client_body_temp_path ${p('temp/body')};`,
    `  proxy_temp_path ${p('temp/proxy')};`,
    `  fastcgi_temp_path ${p('temp/fastcgi')};`,
    `  uwsgi_temp_path ${p('temp/uwsgi')};`,
    `  scgi_temp_path ${p('temp/scgi')};`,
    site,
    '}',
  ].join('\n');
  fs.writeFileSync(p('nginx.conf'), main);
  const child: ChildProcess = spawn(NGINX_BINARY, ['-p', prefix, '-c', p('nginx.conf')], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = once(child, 'exit');
  const errorLog = () => (fs.existsSync(p('logs/error.log')) ? fs.readFileSync(p('logs/error.log'), 'utf8') : '');
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGQUIT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${output}\n${errorLog()}`);
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, prefix, errorLog, stop };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  await stop();
  throw new Error(`nginx did not answer: ${output}\n${errorLog()}`);
}
