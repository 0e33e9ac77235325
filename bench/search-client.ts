// What bench/search.ts and bench/search-side-by-side.ts share: the readers' queries and a timed GET.
import http from 'node:http';

// What readers type: with and without diacritics, common and rare, phrases, an unfinished last word.
export const QUERIES = [
  'dang uy',
  'Đảng ủy Khối',
  'học tập làm theo',
  'hoc tap lam theo',
  'lao cai',
  'Lào Cai',
  'nghi quyet',
  'nghị quyết trung ương',
  'hoa giai',
  'hòa giải',
  'chi bo',
  'đảng viên',
  'kiểm tra giám sát',
  'chuyen doi so',
  'dân vận khéo',
  'quy che dan chu',
  'thi đua khen thưởng',
  'bảo vệ nền tảng tư tưởng',
  'tư tưởng, đạo đức, phong cách Hồ Chí Minh',
  'xây dựng chỉnh đốn Đảng',
  'y ty',
  'Tả Van',
  'fansipan',
  'gau tao',
  'lao ca',
  'nghi qu',
  'phát triển đảng v',
  '2025',
  'apatit',
  'bitcoin',
];

// node:http on one kept-alive connection, not fetch(): against a bare node:http server sending a
// 40 KB page on this machine, fetch() took 0.95-1.02 ms at p50 and 3.0-3.2 ms at p95 where
// node:http took 0.46-0.60 and 0.9-1.2 (2026-12-07): the client's own time was in the figure.
/** One kept-alive connection per server (a reader's browser keeps one too). */
const agents = new Map<string, http.Agent>();
export const searchAgent = {
  destroy(): void {
    for (const agent of agents.values()) agent.destroy();
  },
};

function agentFor(url: string): http.Agent {
  const origin = new URL(url).origin;
  const known = agents.get(origin);
  if (known) return known;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  agents.set(origin, agent);
  return agent;
}

export function timeGet(url: string): Promise<{ ms: number; status: number; text: string }> {
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(url, { agent: agentFor(url) }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          resolve({ ms: performance.now() - t0, status: res.statusCode ?? 0, text });
        });
      })
      .on('error', reject);
  });
}
