// The cookie of a right password waiting for its second factor (two-factor-login.ts): HttpOnly,
// SameSite=Strict, five minutes, and sent to the code page only.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

export const PENDING_LOGIN_COOKIE = 'congtin_cho_ma';
const PENDING_LOGIN_PATH = '/dang-nhap/ma-xac-thuc';

export function createPendingLoginCookie(secure: boolean) {
  return {
    start(c: Context, token: string, maxAgeSeconds: number) {
      setCookie(c, PENDING_LOGIN_COOKIE, token, {
        path: PENDING_LOGIN_PATH,
        httpOnly: true,
        sameSite: 'Strict',
        secure,
        maxAge: maxAgeSeconds,
      });
    },

    read(c: Context): string {
      return getCookie(c, PENDING_LOGIN_COOKIE) ?? '';
    },

    end(c: Context) {
      deleteCookie(c, PENDING_LOGIN_COOKIE, { path: PENDING_LOGIN_PATH, secure });
    },
  };
}
