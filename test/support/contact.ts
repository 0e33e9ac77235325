// The contact form as a reader's browser uses it: open /lien-he (its stamp and departments), wait
// as a person would, post the form from an address of the test's choosing (the test app trusts
// 127.0.0.1 as a proxy when TRUST_PROXY says so).
import type { TestApp } from './test-app.js';

export interface OpenedForm {
  stamp: string;
  departments: Array<{ id: string; name: string }>;
}

export async function openContactForm(t: TestApp, ip = '203.0.113.1'): Promise<OpenedForm> {
  const res = await t.request('/lien-he', { headers: { 'x-forwarded-for': ip } });
  if (res.status !== 200) throw new Error(`GET /lien-he: ${res.status}`);
  const html = await res.text();
  const stamp = /name="stamp" value="([^"]+)"/.exec(html)?.[1];
  if (!stamp) throw new Error('no stamp on /lien-he');
  const select = /<select id="departmentId"[\s\S]*?<\/select>/.exec(html)?.[0] ?? '';
  const departments = [...select.matchAll(/<option value="([0-9]+)"[^>]*>([^<]*)<\/option>/g)].map((m) => ({
    id: m[1]!,
    name: m[2]!,
  }));
  return { stamp, departments };
}

export function postContact(t: TestApp, fields: Record<string, string>, ip = '203.0.113.1') {
  return t.request('/lien-he', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': ip },
    body: new URLSearchParams(fields).toString(),
  });
}

/** Opens the form, lets a person's few seconds pass, and sends `fields` over the defaults. */
export async function sendContact(t: TestApp, fields: Record<string, string> = {}, ip = '203.0.113.1') {
  const form = await openContactForm(t, ip);
  t.clock.advance(10_000);
  return postContact(
    t,
    {
      stamp: form.stamp,
      name: 'Lò Văn Minh',
      email: 'minh@vidu.vn',
      phone: '0912 345 678',
      departmentId: form.departments[0]!.id,
      message: 'Xin hỏi lịch tiếp công dân tháng này.',
      website: '',
      ...fields,
    },
    ip,
  );
}
