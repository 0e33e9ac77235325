import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countedPageOf } from './public-paths.js';
import { applyHits, type Hit, type VisitorState } from './visits.js';

const hit = (visitorId: string, at: string, path = '/', extra: Partial<Hit> = {}): Hit => ({
  visitorId,
  at: new Date(at),
  ...countedPageOf(path)!,
  ...extra,
});

describe('visit rules', () => {
  it('counts one visit for hits less than 30 minutes apart, and a new one after', () => {
    const out = applyHits(
      [
        hit('a', '2026-11-27T01:00:00Z'),
        hit('a', '2026-11-27T01:29:59Z'),
        hit('a', '2026-11-27T01:59:59Z'),
        hit('a', '2026-11-27T02:30:00Z'),
      ],
      new Map(),
    );
    // 01:59:59 comes exactly 30 minutes after 01:29:59: the visit has timed out, a new one starts.
    assert.equal(out.visitsByDay.get('2026-11-27'), 3);
    assert.equal(out.pageviewsByDay.get('2026-11-27'), 4);
  });

  it('continues a visit known from an earlier batch', () => {
    const known = new Map<string, VisitorState>([
      [
        'a',
        { visitorId: 'a', visitStartedAt: '2026-11-27T00:50:00Z', lastHitAt: '2026-11-27T00:55:00Z', lastPath: '/' },
      ],
    ]);
    const out = applyHits([hit('a', '2026-11-27T01:10:00Z')], known);
    assert.equal(out.visitsByDay.get('2026-11-27') ?? 0, 0);
    assert.equal(out.visitors.get('a')?.visitStartedAt, '2026-11-27T00:50:00Z');
  });

  it('files a visit under the Vietnam day it started in', () => {
    const out = applyHits([hit('a', '2026-11-26T16:59:00Z'), hit('b', '2026-11-26T17:00:00Z')], new Map());
    assert.equal(out.visitsByDay.get('2026-11-26'), 1);
    assert.equal(out.visitsByDay.get('2026-11-27'), 1);
  });

  it('continues a visit across midnight under the new day salt, retiring the old id', () => {
    const known = new Map<string, VisitorState>([
      [
        'old',
        { visitorId: 'old', visitStartedAt: '2026-11-26T16:40:00Z', lastHitAt: '2026-11-26T16:55:00Z', lastPath: '/' },
      ],
    ]);
    const out = applyHits([hit('new', '2026-11-26T17:05:00Z', '/', { previousVisitorId: 'old' })], known);
    assert.equal(out.visitsByDay.size, 0, 'no new visit');
    assert.deepEqual(out.retiredVisitorIds, ['old']);
    assert.equal(out.visitors.get('new')?.visitStartedAt, '2026-11-26T16:40:00Z');
  });

  it('does not count a reload of the same article as another view, but counts it in a new visit', () => {
    const path = '/tin-tuc/hoi-nghi';
    const out = applyHits(
      [
        hit('a', '2026-11-27T01:00:00Z', path),
        hit('a', '2026-11-27T01:01:00Z', path),
        hit('a', '2026-11-27T01:02:00Z', '/'),
        hit('a', '2026-11-27T01:03:00Z', path),
        hit('a', '2026-11-27T02:00:00Z', path),
      ],
      new Map(),
    );
    assert.deepEqual(out.articleViews, [{ slug: 'hoi-nghi', day: '2026-11-27', views: 3 }]);
  });
});

describe('counters after a batch', () => {
  it('adds the batch to the last reading: visits by day and week, newly online visitors', async () => {
    const { addBatch } = await import('./counters.js');
    const known = new Map<string, VisitorState>([
      [
        'seen-recently',
        {
          visitorId: 'seen-recently',
          visitStartedAt: '2026-11-27T02:50:00Z',
          lastHitAt: '2026-11-27T02:58:00Z',
          lastPath: '/',
        },
      ],
      [
        'seen-long-ago',
        {
          visitorId: 'seen-long-ago',
          visitStartedAt: '2026-11-27T02:00:00Z',
          lastHitAt: '2026-11-27T02:40:00Z',
          lastPath: '/',
        },
      ],
    ]);
    const out = applyHits(
      [
        hit('seen-recently', '2026-11-27T03:00:00Z'),
        hit('seen-long-ago', '2026-11-27T03:00:00Z'),
        hit('new', '2026-11-27T03:00:00Z'),
        hit('new', '2026-11-27T03:00:01Z'),
      ],
      known,
    );
    // Seen 20 minutes ago: still the same visit (< 30 min), but no longer online (> 5 min).
    assert.equal(out.becameOnline, 2, 'the one seen 20 minutes ago and the new one');
    const after = addBatch({ online: 5, today: 10, week: 40, total: 1000 }, out, '2026-11-27', '2026-11-23');
    assert.deepEqual(after, { online: 7, today: 11, week: 41, total: 1001 }, 'only the new reader starts a visit');
  });
});
