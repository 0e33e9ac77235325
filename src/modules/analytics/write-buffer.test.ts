import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createWriteBuffer } from './write-buffer.js';

describe('write buffer (group commit)', () => {
  it('writes many concurrent items in few batches and settles each after its batch', async () => {
    const batches: number[][] = [];
    const buffer = createWriteBuffer<number, string>({
      intervalMs: 5,
      maxBatch: 100,
      flush: async (items) => {
        batches.push(items);
        await new Promise((r) => setTimeout(r, 2));
        return items.map((i) => `ok ${i}`);
      },
    });
    const results = await Promise.all(Array.from({ length: 250 }, (_, i) => buffer.add(i)));
    assert.equal(results[249], 'ok 249');
    assert.equal(batches.flat().length, 250);
    assert.ok(batches.length <= 4, `expected ≤ 4 batches, got ${batches.length}`);
    assert.ok(batches.every((b) => b.length <= 100));
  });

  it('rejects every item of a failed batch, and keeps working afterwards', async () => {
    let fail = true;
    const buffer = createWriteBuffer<number, number>({
      intervalMs: 1,
      maxBatch: 10,
      flush: async (items) => {
        if (fail) throw new Error('disk full');
        return items;
      },
    });
    await assert.rejects(Promise.all([buffer.add(1), buffer.add(2)]), /disk full/);
    fail = false;
    assert.equal(await buffer.add(3), 3);
  });

  it('refuses new items at once while maxPending wait, and takes them again once the store answers', async () => {
    let release: () => void = () => {};
    const stalled = new Promise<void>((r) => (release = r));
    const buffer = createWriteBuffer<number, number>({
      intervalMs: 1,
      maxBatch: 2,
      maxPending: 2,
      whenFull: () => new Error('full'),
      flush: async (items) => {
        await stalled;
        return items;
      },
    });
    const first = buffer.add(1);
    while (buffer.pending > 0) await new Promise((r) => setTimeout(r, 1)); // its flush has begun, and stalls
    const waiting = [buffer.add(2), buffer.add(3)];
    await assert.rejects(buffer.add(4), /full/);
    assert.equal(buffer.pending, 2);
    release();
    assert.deepEqual(await Promise.all([first, ...waiting]), [1, 2, 3]);
    assert.equal(await buffer.add(5), 5);
  });

  it('drains queued items on shutdown', async () => {
    const written: number[] = [];
    const buffer = createWriteBuffer<number, void>({
      intervalMs: 10_000,
      maxBatch: 1000,
      flush: async (items) => {
        written.push(...items);
        return items.map(() => undefined);
      },
    });
    const pending = [buffer.add(1), buffer.add(2)];
    await buffer.drain();
    await Promise.all(pending);
    assert.deepEqual(written, [1, 2]);
  });

  describe('flushWhenQuiet (SQLite)', () => {
    const quietBuffer = (batches: number[][]) =>
      createWriteBuffer<number, number>({
        intervalMs: 10_000,
        maxBatch: 1000,
        flushWhenQuiet: true,
        flush: async (items) => {
          batches.push(items);
          return items;
        },
      });

    it('writes a lone item in the next turn of the event loop, without waiting out the interval', async () => {
      const buffer = quietBuffer([]);
      const late = new Promise<string>((r) => setTimeout(() => r('interval'), 200));
      assert.equal(await Promise.race([buffer.add(1).then(() => 'next turn'), late]), 'next turn');
    });

    it('keeps the batch open while each turn brings new items, and writes them together', async () => {
      const batches: number[][] = [];
      const buffer = quietBuffer(batches);
      const added: Promise<number>[] = [];
      // One item per turn, queued before the buffer's own check of that turn (as I/O callbacks are).
      await new Promise<void>((done) => {
        const arrive = () => {
          if (added.length === 5) return done();
          setImmediate(arrive);
          added.push(buffer.add(added.length));
        };
        setImmediate(arrive);
      });
      assert.deepEqual(await Promise.all(added), [0, 1, 2, 3, 4]);
      assert.deepEqual(batches, [[0, 1, 2, 3, 4]]);
    });

    it('without it, a lone item waits for the interval', async () => {
      const buffer = createWriteBuffer<number, number>({ intervalMs: 10_000, maxBatch: 1000, flush: async (x) => x });
      const late = new Promise<string>((r) => setTimeout(() => r('interval'), 50));
      assert.equal(await Promise.race([buffer.add(1).then(() => 'next turn'), late]), 'interval');
      await buffer.drain();
    });
  });
});
