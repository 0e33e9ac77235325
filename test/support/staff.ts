// Logging in through the real form, as a browser on this site would.
import type { TestApp } from './test-app.js';
import { BROWSER_UA } from './test-app.js';

export const ORIGIN = 'https://congtin.test';

export interface StaffSession {
  cookie: string;
  csrf: string;
}

export function loginRequest(t: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  return t.request('/dang-nhap', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: ORIGIN,
      'user-agent': BROWSER_UA,
      ...headers,
    },
    body: new URLSearchParams({ email, password }).toString(),
  });
}

export async function loginAs(
  t: TestApp,
  email: string,
  password: string,
  headers: Record<string, string> = {},
): Promise<StaffSession> {
  const res = await loginRequest(t, email, password, headers);
  if (res.status !== 303) throw new Error(`login as ${email} failed: ${res.status}`);
  const cookie = /congtin_phien=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  if (!cookie) throw new Error('no session cookie');
  const page = await (await t.request('/dang-xuat', { headers: { cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  if (!csrf) throw new Error('no CSRF token on the logout page');
  return { cookie, csrf };
}

/** A same-origin form POST with the session and its CSRF token. */
export function postForm(
  t: TestApp,
  path: string,
  session: StaffSession | undefined,
  fields: Record<string, string | string[]>,
  headers: Record<string, string> = {},
) {
  const body = new URLSearchParams();
  if (session) body.append('_csrf', session.csrf);
  for (const [k, v] of Object.entries(fields)) for (const value of ([] as string[]).concat(v)) body.append(k, value);
  return t.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: ORIGIN,
      ...(session ? { cookie: session.cookie } : {}),
      ...headers,
    },
    body: body.toString(),
  });
}
