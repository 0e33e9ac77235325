import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isFromAnotherSite } from './other-site.js';

const SITE = 'https://congtin.test';
const from = (headers: Record<string, string>) => isFromAnotherSite((name) => headers[name], SITE);

describe('hits from another site', () => {
  it('refuses what the browser marks as coming from elsewhere', () => {
    assert.equal(from({ 'sec-fetch-site': 'cross-site' }), true);
    assert.equal(from({ 'sec-fetch-site': 'same-site' }), true, 'a sibling subdomain is another site for counting');
    assert.equal(from({ referer: 'https://tin-gia.example/trang' }), true);
    assert.equal(from({ referer: 'https://congtin.test.tin-gia.example/' }), true);
    assert.equal(from({ referer: 'http://congtin.test/' }), true, 'another scheme is another origin');
    assert.equal(from({ referer: 'not a url' }), true);
    assert.equal(from({ origin: 'https://tin-gia.example' }), true);
    assert.equal(from({ 'sec-fetch-site': 'same-origin', referer: 'https://tin-gia.example/' }), true);
  });

  it('counts this site, typed addresses and requests without the headers', () => {
    assert.equal(from({}), false);
    assert.equal(
      from({
        'sec-fetch-site': 'same-origin',
        referer: 'https://congtin.test/tin-tuc/abc?x=1',
        origin: 'https://congtin.test',
      }),
      false,
    );
    assert.equal(from({ 'sec-fetch-site': 'none' }), false);
    assert.equal(from({ 'sec-fetch-site': 'same-origin', origin: 'null' }), false);
    assert.equal(from({ referer: 'https://congtin.test:443/' }), false, 'the default port is the same origin');
    assert.equal(
      from({ host: '127.0.0.1:3000', referer: 'http://127.0.0.1:3000/tin-tuc/abc', origin: 'http://127.0.0.1:3000' }),
      false,
      'a page read under the address the request went to',
    );
  });

  it('does not take the own host of the request for a page elsewhere', () => {
    assert.equal(from({ host: 'congtin.test', referer: 'https://tin-gia.example/' }), true);
    assert.equal(from({ host: '127.0.0.1:3000', referer: 'http://127.0.0.1:3001/' }), true);
  });
});
