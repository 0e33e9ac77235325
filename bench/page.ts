// Article page throughput: congtin vs a bare node:http server vs nginx, all three serving the very
// same bytes for the same URL, the page's own response headers included (CSP, ETag, Referrer-Policy,
// nosniff…, copied byte for byte), measured in the same run with wrk (DESIGN.md: benchmarks always
// sit beside nginx serving the same HTML). Targets (#14): congtin ≥ 0.92× bare node, ≥ 0.6× nginx.
//   npx tsx bench/page.ts            (ROUNDS=3 DURATION=10s CONNECTIONS=50 by default)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  findArticleSlug,
  fmt,
  freePort,
  makeTempDir,
  median,
  readRssMiB,
  startBareServer,
  startCongtin,
  startProcess,
  type Server,
} from './lib.js';
import { measureQuietly } from './machine-load.js';
import {
  captureResponse,
  headerBytes,
  headerDifferences,
  type HeaderPair,
  nginxHeaderDirectives,
  pageHeaders,
} from './response-headers.js';

const ROUNDS = Number(process.env.ROUNDS ?? 3);
const DURATION = process.env.DURATION ?? '10s';
const CONNECTIONS = process.env.CONNECTIONS ?? '50';
const WARMUP = '3s';

interface WrkResult {
  rps: number;
  non2xx: number;
  socketErrors: string;
  latencyAvg: string;
}

/** One wrk run; wrk is single-threaded here (-t1) so it uses one core and the server the other. */
function runWrk(url: string, duration: string): Promise<WrkResult> {
  return new Promise((resolve, reject) => {
    const wrk = spawn('/usr/bin/wrk', ['-t1', `-c${CONNECTIONS}`, `-d${duration}`, url]);
    let out = '';
    wrk.stdout.on('data', (d) => (out += d));
    wrk.stderr.on('data', (d) => (out += d));
    wrk.on('error', reject);
    wrk.on('exit', (code) => {
      const rps = /Requests\/sec:\s+([\d.]+)/.exec(out)?.[1];
      if (code !== 0 || !rps) return reject(new Error(`wrk failed (${code}):\n${out}`));
      resolve({
        rps: Number(rps),
        non2xx: Number(/Non-2xx or 3xx responses: (\d+)/.exec(out)?.[1] ?? 0),
        socketErrors: /Socket errors: (.*)/.exec(out)?.[1] ?? 'none',
        latencyAvg: /Latency\s+(\S+)/.exec(out)?.[1] ?? '?',
      });
    });
  });
}

/** nginx as a foreground child (daemon off) with its own prefix, config, pid and temp paths. */
async function startNginx(dir: string, urlPath: string, file: string, headers: HeaderPair[]): Promise<Server> {
  const port = await freePort();
  const prefix = path.join(dir, 'nginx');
  mkdirSync(path.join(prefix, 'temp'), { recursive: true });
  const conf = `
daemon off;
worker_processes 1;
${process.getuid?.() === 0 ? 'user root;  # the temp dir is 0700 and owned by root' : ''}
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  # Node keeps a keep-alive connection for any number of requests; nginx's default closes it
  # after 1000. Lift that so all three servers face the same connection pattern.
  keepalive_requests 1000000;
  client_body_temp_path ${prefix}/temp/body;
  proxy_temp_path ${prefix}/temp/proxy;
  fastcgi_temp_path ${prefix}/temp/fastcgi;
  uwsgi_temp_path ${prefix}/temp/uwsgi;
  scgi_temp_path ${prefix}/temp/scgi;
  server {
    listen 127.0.0.1:${port};
    location = ${urlPath} {
      ${nginxHeaderDirectives(headers)}
      alias ${file};
    }
  }
}
`;
  writeFileSync(path.join(prefix, 'nginx.conf'), conf);
  return startProcess({
    name: 'nginx',
    command: '/usr/sbin/nginx',
    args: ['-p', prefix, '-c', path.join(prefix, 'nginx.conf'), '-e', path.join(prefix, 'error.log')],
    port,
    readyPath: urlPath,
  });
}

async function main() {
  const tmp = await makeTempDir('page');
  const servers: Server[] = [];
  try {
    const congtin = await startCongtin({ dataDir: path.join(tmp.dir, 'data') });
    servers.push(congtin);
    const urlPath = `/tin-tuc/${await findArticleSlug(congtin.url)}`;
    await captureResponse(congtin.url + urlPath); // the first answer fills the page cache
    const page = await captureResponse(congtin.url + urlPath);
    if (page.status !== 200) throw new Error(`${urlPath} answered ${page.status}`);
    const html = page.body;
    const headers = pageHeaders(page);
    const file = path.join(tmp.dir, 'page.html');
    writeFileSync(file, html);
    const headersFile = path.join(tmp.dir, 'headers.json');
    writeFileSync(headersFile, JSON.stringify(headers));

    const bare = await startBareServer({ htmlFile: file, headersFile });
    const nginx = await startNginx(tmp.dir, urlPath, file, headers);
    servers.push(bare, nginx);
    const order = [bare, congtin, nginx];

    // Every server answers the same bytes, the page's headers included; what a server cannot help
    // adding (nginx: Server, Last-Modified, Accept-Ranges) is printed with the results.
    console.log(
      `URL path ${urlPath}, body ${fmt(html.length)} bytes; wrk -t1 -c${CONNECTIONS} -d${DURATION}, ${ROUNDS} rounds`,
    );
    for (const s of order) {
      const answer = await captureResponse(s.url + urlPath);
      if (!answer.body.equals(html)) throw new Error(`${s.name} does not serve the same bytes`);
      const differences = headerDifferences(headers, answer);
      if (s === bare && differences.length > 0)
        throw new Error(`bare node:http headers differ:\n${differences.join('\n')}`);
      console.log(
        `${s.name.padEnd(15)} header block ${headerBytes(answer)} bytes; ` +
          (differences.length === 0
            ? "the page's headers exactly"
            : `besides the page's headers: ${differences.join('; ')}`),
      );
    }

    for (const s of order) await runWrk(s.url + urlPath, WARMUP); // JIT, page cache, sockets
    const results = new Map<Server, WrkResult[]>(order.map((s) => [s, []]));
    for (let round = 1; round <= ROUNDS; round++) {
      // Interleaved, so drift on the machine (thermal, noisy neighbours) hits all three alike.
      for (const s of order) {
        const pids = order.map((x) => x.pid);
        const { result: r, othersPercent } = await measureQuietly(`${s.name} round ${round}`, pids, () =>
          runWrk(s.url + urlPath, DURATION),
        );
        results.get(s)!.push(r);
        console.log(
          `round ${round} ${s.name.padEnd(15)} ${fmt(r.rps).padStart(7)} req/s  avg latency ${r.latencyAvg}  non-2xx ${r.non2xx}  ` +
            `socket errors ${r.socketErrors}  other processes ${fmt(othersPercent, 1)}% CPU`,
        );
      }
    }
    const rssMiB = readRssMiB(congtin.pid);

    const med = (s: Server) => median(results.get(s)!.map((r) => r.rps));
    const ratio = (s: Server) => med(congtin) / med(s);
    const errors = (s: Server) => results.get(s)!.reduce((n, r) => n + r.non2xx, 0);
    console.log(
      `\n| server | ${results
        .get(bare)!
        .map((_, i) => `round ${i + 1}`)
        .join(' | ')} | median req/s | congtin ÷ this | non-2xx |`,
    );
    console.log(
      `|---|${results
        .get(bare)!
        .map(() => '---:')
        .join('|')}|---:|---:|---:|`,
    );
    for (const s of order) {
      const rounds = results
        .get(s)!
        .map((r) => fmt(r.rps))
        .join(' | ');
      console.log(
        `| ${s.name} | ${rounds} | ${fmt(med(s))} | ${s === congtin ? '1.00' : fmt(ratio(s), 2)} | ${errors(s)} |`,
      );
    }
    console.log(`\ncongtin/bare = ${fmt(ratio(bare), 2)}, congtin/nginx = ${fmt(ratio(nginx), 2)}`);
    console.log(`congtin RSS after the load: ${fmt(rssMiB, 1)} MiB (VmRSS, pid ${congtin.pid})`);
    console.log(`target congtin ≥ 0.92× bare node: ${ratio(bare) >= 0.92 ? 'MET' : 'NOT MET'}`);
    console.log(`target congtin ≥ 0.6× nginx: ${ratio(nginx) >= 0.6 ? 'MET' : 'NOT MET'}`);
  } finally {
    for (const s of servers.reverse()) await s.stop('SIGTERM');
    await tmp.remove();
  }
}

await main();
