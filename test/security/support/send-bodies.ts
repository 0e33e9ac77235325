// The attackers' side of oversized-bodies.test.ts: sends bodies as fast as the server takes them
// and reports when each answer came. Run as a process of its own (PORT, COOKIE, ORIGIN) so that
// the server's process measures only the server.
import http from 'node:http';

const MB = 1024 * 1024;

export interface Sent {
  status: number;
  ms: number;
  /** Bytes the client managed to send before the answer came. */
  sent: number;
}

/**
 * POSTs a body of `length` bytes (declared, or chunked when `declare` is false), writing it as
 * fast as the server takes it, and resolves at the answer's status line. The socket is then cut.
 */
export function sendBody(
  port: number,
  target: string,
  headers: Record<string, string>,
  length: number,
  declare = true,
  prefix = Buffer.alloc(0),
): Promise<Sent> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    let sent = 0;
    let answered = false;
    const req = http.request({
      host: '127.0.0.1',
      port,
      path: target,
      method: 'POST',
      headers: { ...(declare ? { 'content-length': String(length) } : {}), ...headers },
    });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    req.on('response', (res) => {
      answered = true;
      resolve({ status: res.statusCode ?? 0, ms: performance.now() - t0, sent });
      res.resume();
      req.destroy();
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    if (prefix.length > 0) {
      req.write(prefix);
      sent += prefix.length;
    }
    const pump = () => {
      while (!answered && sent < length) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end();
    };
    pump();
  });
}

if (process.env.PORT && /send-bodies\.[jt]s$/.test(process.argv[1] ?? '')) {
  const port = Number(process.env.PORT);
  const origin = process.env.ORIGIN ?? '';
  const multipart = { 'content-type': 'multipart/form-data; boundary=xyz', origin };
  const tagged = (kind: string) => (sent: Sent) => ({ kind, ...sent });
  const answers = await Promise.all([
    ...Array.from({ length: 20 }, () =>
      sendBody(port, '/quan-tri/thu-vien-anh/tai-len', multipart, 5 * MB).then(tagged('anonymous')),
    ),
    ...Array.from({ length: 20 }, () =>
      sendBody(port, '/quan-tri/ke-hoach', { ...multipart, cookie: process.env.COOKIE ?? '' }, 95 * MB).then(
        tagged('contributor'),
      ),
    ),
  ]);
  process.stdout.write(JSON.stringify(answers));
}
