import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isBotUserAgent, isPrefetch } from './bots.js';

describe('bot and prefetch filter', () => {
  it('recognises crawlers, tools and empty user agents', () => {
    for (const ua of [
      'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)',
      'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)',
      'facebookexternalhit/1.1',
      'curl/8.5.0',
      'python-requests/2.31',
      'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0 Safari/537.36',
      '',
    ]) {
      assert.equal(isBotUserAgent(ua), true, ua);
    }
  });
  it('lets real browsers through', () => {
    for (const ua of [
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1',
      'Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0 Mobile Safari/537.36 Zalo',
    ]) {
      assert.equal(isBotUserAgent(ua), false, ua);
    }
  });
  it('gives the same answers when asked again, and after a flood of made-up agents', () => {
    const chrome =
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';
    const googlebot = 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)';
    for (let round = 0; round < 2; round++) {
      assert.equal(isBotUserAgent(chrome), false);
      assert.equal(isBotUserAgent(googlebot), true);
      for (let i = 0; i < 5000; i++) isBotUserAgent(`${chrome} Thu/${round}.${i}`);
    }
    assert.equal(isBotUserAgent(`${chrome} Thu/0.1`), false);
    assert.equal(isBotUserAgent(googlebot), true);
  });
  it('recognises prefetch and prerender requests', () => {
    const headers = (h: Record<string, string>) => (name: string) => h[name];
    assert.equal(isPrefetch(headers({ 'sec-purpose': 'prefetch;prerender' })), true);
    assert.equal(isPrefetch(headers({ purpose: 'prefetch' })), true);
    assert.equal(isPrefetch(headers({})), false);
  });
});
