// Two-factor login as a person with an authenticator app does it: the secret read off the page,
// codes computed at the test clock's time, the code step of the login form.
import { Secret, TOTP } from 'otpauth';
import { loginRequest, ORIGIN, postForm, type StaffSession } from './staff.js';
import { BROWSER_UA, type TestApp } from './test-app.js';

/** The code an authenticator app shows at `at` (ms) for this secret. */
export function codeAt(secret: string, at: number): string {
  return new TOTP({ secret: Secret.fromBase32(secret), digits: 6, period: 30, algorithm: 'SHA1' }).generate({
    timestamp: at,
  });
}

/** The secret as the enrolment page shows it in text (groups of four), without the spaces. */
export function secretOnPage(html: string): string {
  const shown = /<code class="secret">([A-Z2-7 ]+)<\/code>/.exec(html)?.[1];
  if (!shown) throw new Error('no secret on the enrolment page');
  return shown.replace(/ /g, '');
}

export const ENROL_PATH = '/quan-tri/tai-khoan/xac-thuc-hai-yeu-to';

/** Turns it on for the signed-in person: returns the secret and the ten recovery codes. */
export async function enrol(t: TestApp, session: StaffSession) {
  const page = await (await t.request(ENROL_PATH, { headers: { cookie: session.cookie } })).text();
  const secret = secretOnPage(page);
  const res = await postForm(t, `${ENROL_PATH}/bat`, session, { code: codeAt(secret, t.clock.now().getTime()) });
  if (res.status !== 200) throw new Error(`enrolment refused: ${res.status}`);
  const recoveryCodes = [...(await res.text()).matchAll(/<li><code>([0-9a-z-]{19})<\/code><\/li>/g)].map((m) => m[1]!);
  return { secret, recoveryCodes };
}

/** The password step: the pending login's cookie (set for the code page only). */
export async function passwordStep(t: TestApp, email: string, password: string, headers: Record<string, string> = {}) {
  const res = await loginRequest(t, email, password, headers);
  const pending = /congtin_cho_ma=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[0];
  return { res, pending };
}

/** The code step with this pending cookie. */
export function codeStep(t: TestApp, pending: string, code: string, headers: Record<string, string> = {}) {
  return t.request('/dang-nhap/ma-xac-thuc', {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: ORIGIN,
      'user-agent': BROWSER_UA,
      cookie: pending,
      ...headers,
    },
    body: new URLSearchParams({ code, tiep: '/quan-tri' }).toString(),
  });
}

export const sessionCookieOf = (res: Response) =>
  /congtin_phien=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[0];
