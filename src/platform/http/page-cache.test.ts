import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createManualClock } from '../clock.js';
import { createPageCache } from './page-cache.js';

describe('page cache', () => {
  const page =
    (text: string, status = 200) =>
    async () => ({ body: Buffer.from(text), status });

  it('renders once for many simultaneous misses, then serves the bytes until the TTL', async () => {
    const clock = createManualClock('2026-11-27T00:00:00Z');
    const cache = createPageCache({ ttlMs: 5000, maxBytes: 1e6, clock });
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 5));
      return { body: Buffer.from(`v${renders}`) };
    };
    const pages = await Promise.all(Array.from({ length: 20 }, () => cache.get('/', render)));
    assert.equal(renders, 1);
    assert.ok(pages.every((p) => p.body.toString() === 'v1'));
    clock.advance(4999);
    assert.equal((await cache.get('/', render)).body.toString(), 'v1');
    clock.advance(1);
    assert.equal((await cache.get('/', render)).body.toString(), 'v2', 'the counters in a page are at most TTL old');
  });

  it('drops everything when content changes', async () => {
    const cache = createPageCache({ ttlMs: 60_000, maxBytes: 1e6, clock: createManualClock('2026-11-27T00:00:00Z') });
    await cache.get('/', page('old'));
    cache.invalidateAll();
    assert.equal((await cache.get('/', page('new'))).body.toString(), 'new');
  });

  it('does not keep error pages, and stays within its byte budget', async () => {
    const cache = createPageCache({ ttlMs: 60_000, maxBytes: 25, clock: createManualClock('2026-11-27T00:00:00Z') });
    await cache.get('/missing', page('not found', 404));
    assert.equal(cache.size, 0);
    await cache.get('/a', page('a'.repeat(10)));
    await cache.get('/b', page('b'.repeat(10)));
    await cache.get('/c', page('c'.repeat(10)));
    assert.equal(cache.size, 2, 'the oldest page made room');
    assert.equal((await cache.get('/a', page('A'))).body.toString(), 'A');
  });

  it('lets pages past their TTL go at the next look, not only at the byte budget', async () => {
    const clock = createManualClock('2026-11-27T00:00:00Z');
    const cache = createPageCache({ ttlMs: 5000, maxBytes: 1e6, clock });
    for (let i = 0; i < 50; i++) await cache.get(`/tin-tuc/a${i}`, page(`article ${i}`));
    clock.advance(3000);
    await cache.get('/', page('home'));
    assert.equal(cache.size, 51);
    clock.advance(2000); // the 50 articles are 5 s old, the home page 2 s
    assert.equal(cache.peek('/tin-tuc/a1'), undefined);
    assert.equal(cache.size, 1, 'only the home page is left');
    assert.equal(cache.peek('/')?.body.toString(), 'home');
    clock.advance(3000);
    assert.equal(cache.peek('/'), undefined);
    assert.equal(cache.size, 0);
  });

  it('keeps nothing with a TTL of 0, while simultaneous misses still share one render', async () => {
    const cache = createPageCache({ ttlMs: 0, maxBytes: 1e6, clock: createManualClock('2026-11-27T00:00:00Z') });
    let renders = 0;
    const render = async () => {
      renders++;
      await new Promise((r) => setTimeout(r, 5));
      return { body: Buffer.from('page') };
    };
    await Promise.all(Array.from({ length: 10 }, () => cache.get('/', render)));
    assert.equal(renders, 1);
    assert.equal(cache.size, 0);
    await cache.get('/', render);
    assert.equal(renders, 2);
  });
});
