// The reference server: plain node:http doing the least a server can do, so the ratio against it
// shows what congtin's framework and logic cost. Started by lib.ts as a child process:
//   --port N --html FILE [--headers JSON]   answers every request with FILE's bytes (read once,
//                          kept as a Buffer) and, given a JSON file of [name, value] pairs, exactly
//                          those headers in that order and letter case (the page's own)
//   --port N --json        reads the request body, then answers a fixed small JSON (the beacon's shape)
import http from 'node:http';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    html: { type: 'string' },
    headers: { type: 'string' },
    json: { type: 'boolean' },
  },
});
const port = Number(values.port);

const body = values.html
  ? readFileSync(values.html)
  : Buffer.from(JSON.stringify({ online: 1, today: 1, week: 1, total: 1, views: 1 }));
// A flat [name, value, name, value…] list: node:http writes it as given, letter case and order kept.
const headers: string[] | Record<string, string> = values.headers
  ? (JSON.parse(readFileSync(values.headers, 'utf8')) as Array<[string, string]>).flat()
  : {
      'Content-Type': values.html ? 'text/html; charset=utf-8' : 'application/json',
      'Content-Length': String(body.length),
    };

const server = http.createServer((req, res) => {
  // Drain the body first, as congtin must, so POSTs cost the same socket work on both sides.
  req.resume();
  req.on('end', () => {
    res.writeHead(200, headers);
    res.end(body);
  });
});
server.listen(port, '127.0.0.1');
process.on('SIGTERM', () => process.exit(0));
