// The article page's own response headers, copied onto the reference servers (#14): the ratio
// against bare node:http and nginx must compare the same bytes on the wire, headers included
// (CSP, ETag, Referrer-Policy, nosniff…), not only the same body.
import http from 'node:http';

export type HeaderPair = [name: string, value: string];

export interface CapturedResponse {
  status: number;
  /** In the order and the letter case the server wrote them. */
  headers: HeaderPair[];
  body: Buffer;
}

/** Headers each server writes for itself on every response (node:http and nginx alike). */
const PER_CONNECTION = new Set(['date', 'connection', 'keep-alive', 'transfer-encoding']);

/** One GET with the headers exactly as sent (fetch would lower-case and merge them). */
export function captureResponse(url: string): Promise<CapturedResponse> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const headers: HeaderPair[] = [];
          for (let i = 0; i < res.rawHeaders.length; i += 2) headers.push([res.rawHeaders[i]!, res.rawHeaders[i + 1]!]);
          resolve({ status: res.statusCode ?? 0, headers, body: Buffer.concat(chunks) });
        });
      })
      .on('error', reject);
  });
}

/** The headers a reference server must send as its own: all but the per-connection ones. */
export function pageHeaders(captured: CapturedResponse): HeaderPair[] {
  return captured.headers.filter(([name]) => !PER_CONNECTION.has(name.toLowerCase()));
}

/** nginx directives sending the same headers from a static file (its ETag off, the app's added). */
export function nginxHeaderDirectives(headers: HeaderPair[]): string {
  const lines = ['etag off;', 'server_tokens off;'];
  for (const [name, value] of headers) {
    const lower = name.toLowerCase();
    if (lower === 'content-length') continue; // nginx counts the file
    if (/[$"\\\n]/.test(value.replace(/"/g, ''))) throw new Error(`header ${name} cannot be written into nginx.conf`);
    const quoted = `"${value.replace(/"/g, '\\"')}"`;
    if (lower === 'content-type') lines.push(`types { } default_type ${quoted};`);
    else lines.push(`add_header ${name} ${quoted} always;`);
  }
  return lines.join('\n      ');
}

/**
 * How another server's headers differ from the page's (Date and the connection headers aside):
 * names it adds, names it lacks, values that differ. Empty when byte for byte the same.
 */
export function headerDifferences(expected: HeaderPair[], actual: CapturedResponse): string[] {
  const mine = pageHeaders(actual);
  const key = ([n, v]: HeaderPair) => `${n.toLowerCase()}: ${v}`;
  const want = new Set(expected.map(key));
  const got = new Set(mine.map(key));
  return [
    ...mine.filter((h) => !want.has(key(h))).map((h) => `+ ${h[0]}: ${h[1]}`),
    ...expected.filter((h) => !got.has(key(h))).map((h) => `- ${h[0]}: ${h[1]}`),
  ];
}

/** Bytes of the status line and header block as the server wrote them (Date included). */
export function headerBytes(captured: CapturedResponse): number {
  const lines = captured.headers.map(([n, v]) => `${n}: ${v}\r\n`).join('');
  return Buffer.byteLength(`HTTP/1.1 ${captured.status} OK\r\n${lines}\r\n`);
}
