import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createWorkLimiter, WorkQueueFullError } from './work-limiter.js';

describe('work limiter', () => {
  it('runs at most maxActive jobs at once, queues maxQueued more and refuses the rest at once', async () => {
    const limiter = createWorkLimiter({ maxActive: 2, maxQueued: 3, retryAfterSeconds: 2 });
    let running = 0;
    let peak = 0;
    const job = async () => {
      running++;
      peak = Math.max(peak, running);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      return 'done';
    };
    const results = await Promise.allSettled(Array.from({ length: 10 }, () => limiter.run(job)));
    assert.equal(peak, 2);
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 5);
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(refused.length, 5);
    assert.ok(refused.every((r) => r.reason instanceof WorkQueueFullError && r.reason.retryAfterSeconds === 2));
    assert.deepEqual(limiter.load(), { active: 0, queued: 0 });
  });

  it('frees the slot when a job throws', async () => {
    const limiter = createWorkLimiter({ maxActive: 1, maxQueued: 0, retryAfterSeconds: 1 });
    await assert.rejects(
      limiter.run(async () => Promise.reject(new Error('boom'))),
      /boom/,
    );
    assert.equal(await limiter.run(async () => 42), 42);
  });
});
