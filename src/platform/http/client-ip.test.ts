import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createTrustedProxies, resolveClientIp } from './client-ip.js';

describe('client address behind proxies', () => {
  it('ignores X-Forwarded-For from a peer that is not trusted', () => {
    assert.equal(resolveClientIp('203.0.113.9', '1.2.3.4', createTrustedProxies([])), '203.0.113.9');
    assert.equal(resolveClientIp('203.0.113.9', '1.2.3.4', createTrustedProxies(['10.0.0.0/8'])), '203.0.113.9');
  });
  it('believes a trusted proxy and skips trusted hops from the right', () => {
    const trusted = createTrustedProxies(['127.0.0.1', '10.0.0.0/8']);
    assert.equal(resolveClientIp('127.0.0.1', '198.51.100.7', trusted), '198.51.100.7');
    assert.equal(resolveClientIp('::ffff:127.0.0.1', '6.6.6.6, 198.51.100.7, 10.1.2.3', trusted), '198.51.100.7');
  });
  it('answers the leftmost hop when every hop is a trusted proxy', () => {
    const trusted = createTrustedProxies(['127.0.0.1', '10.0.0.0/8']);
    assert.equal(resolveClientIp('127.0.0.1', '10.0.0.5, 10.0.0.6', trusted), '10.0.0.5');
  });
  it('stops at garbage in the chain', () => {
    const trusted = createTrustedProxies(['127.0.0.1']);
    assert.equal(resolveClientIp('127.0.0.1', 'not-an-ip', trusted), '127.0.0.1');
  });
  it('keeps each list’s own answer for an address, asked many times over', () => {
    const open = createTrustedProxies(['127.0.0.1']);
    const closed = createTrustedProxies(['10.0.0.0/8']);
    for (let i = 0; i < 3; i++) {
      assert.equal(resolveClientIp('127.0.0.1', '198.51.100.7', open), '198.51.100.7');
      assert.equal(resolveClientIp('127.0.0.1', '198.51.100.7', closed), '127.0.0.1');
    }
    for (let i = 0; i < 5000; i++) resolveClientIp(`10.0.${i >> 8}.${i & 255}`, '198.51.100.8', closed);
    assert.equal(resolveClientIp('10.0.0.1', '198.51.100.9', closed), '198.51.100.9');
    assert.equal(resolveClientIp('127.0.0.1', '198.51.100.7', closed), '127.0.0.1');
  });
  it('refuses a malformed TRUST_PROXY entry', () => {
    assert.throws(() => createTrustedProxies(['abc']), /TRUST_PROXY/);
  });
});
