// What the operator-errors test does to a real server over HTTP: sign in as the demo admin, send
// beacon hits as distinct readers, save an article from the newsroom form, upload an image, and
// read the counters until they show what was acknowledged.
import assert from 'node:assert/strict';

export interface Session {
  cookie: string;
  csrf: string;
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

export async function login(base: string): Promise<Session> {
  const res = await fetch(`${base}/dang-nhap`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email: 'quantri@congtin.demo', password: 'LaoCai-Demo-2026', tiep: '/quan-tri' }),
  });
  assert.equal(res.status, 303, await res.text());
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  const form = await (await fetch(`${base}/quan-tri/bai-viet/moi`, { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(form)?.[1];
  assert.ok(csrf, 'the article form carries a CSRF token');
  return { cookie, csrf };
}

/** One hit from a reader of its own (its own address and browser), so each counts as one visit. */
export function sendHit(base: string, reader: string): Promise<Response> {
  const n = [...reader].reduce((h, ch) => (h * 31 + ch.charCodeAt(0)) >>> 0, 7);
  return fetch(`${base}/api/v1/hit`, {
    method: 'POST',
    headers: {
      'content-type': 'text/plain',
      'user-agent': `Mozilla/5.0 (X11; Linux x86_64) Firefox/${reader}`,
      'x-forwarded-for': `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`,
    },
    body: JSON.stringify({ path: '/' }),
  });
}

/** The all-time visits; with `expected`, waits (the counters are at most a second old) until it shows. */
export async function hitsCounted(base: string, expected?: number): Promise<number> {
  let total = -1;
  for (let i = 0; i < 30; i++) {
    total = ((await (await fetch(`${base}/api/v1/stats`)).json()) as { total: number }).total;
    if (expected === undefined || total === expected) return total;
    await new Promise((r) => setTimeout(r, 200));
  }
  return total;
}

export async function saveArticle(base: string, session: Session, title: string, body: string): Promise<Response> {
  const form = await (
    await fetch(`${base}/quan-tri/bai-viet/moi`, { headers: { cookie: session.cookie } }).catch(() => undefined)
  )?.text();
  const categoryId = /name="categoryId"[\s\S]*?<option value="(\d+)"/.exec(form ?? '')?.[1] ?? '1';
  return fetch(`${base}/quan-tri/bai-viet`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base, cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      _csrf: session.csrf,
      title,
      lead: 'Tóm tắt của bài.',
      bodyHtml: `<p>${body}</p>`,
      categoryId,
      classification: 'public',
      action: 'save',
    }),
  });
}

export function uploadImage(base: string, session: Session): Promise<Response> {
  const form = new FormData();
  form.append('alt', 'Ảnh hội nghị');
  form.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'hoi-nghi.png');
  return fetch(`${base}/quan-tri/thu-vien-anh/tai-len`, {
    method: 'POST',
    headers: { origin: base, cookie: session.cookie, accept: 'application/json', 'x-csrf-token': session.csrf },
    body: form,
  });
}

/** The site settings form (Quản trị → Cài đặt) with a typed "about" text. */
export function saveSettings(base: string, session: Session, aboutHtml: string): Promise<Response> {
  return fetch(`${base}/quan-tri/cai-dat`, {
    method: 'POST',
    redirect: 'manual',
    headers: { origin: base, cookie: session.cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      _csrf: session.csrf,
      name: 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai',
      address: 'Phường Bắc Lệnh, thành phố Lào Cai',
      phone: '0214 3840 000',
      email: '',
      aboutHtml,
    }),
  });
}
