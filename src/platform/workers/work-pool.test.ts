import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { storedArticleText } from '../../modules/articles/articles.service.js';
import { ServiceUnavailableError } from '../http/errors.js';
import { createWorkPool, DEFAULT_WORK_POOL, inlineWork, workerTask, WorkTooHeavyError } from './work-pool.js';

// A real task of the app: a module's own function, by its URL and export name (.ts through tsx,
// .js in the compiled test tree).
const articleText = workerTask(
  new URL(`../../modules/articles/articles.service${import.meta.url.slice(-3)}`, import.meta.url).href,
  'storedArticleText',
  storedArticleText,
);
const longBody = {
  title: 'Bài dài',
  lead: '',
  bodyHtml: '<p>Nội dung <strong>đậm</strong> và <em>nghiêng</em>.</p>'.repeat(4_700),
};

describe('work pool', () => {
  it('runs a task on a worker thread and gives back the same as on this thread', async () => {
    const work = createWorkPool({ ...DEFAULT_WORK_POOL, maxThreads: 1 });
    try {
      const input = { title: 'Tiêu đề', lead: 'Sapo', bodyHtml: '<p onclick="x()">Đảng ủy<script>x</script></p>' };
      assert.deepEqual(await work.run(articleText, input), storedArticleText(input));
      assert.deepEqual(await inlineWork.run(articleText, input), storedArticleText(input));
    } finally {
      await work.close();
    }
  });

  it('refuses tasks once closed with 503, also when it never ran one (its threads start on the first)', async () => {
    const work = createWorkPool({ ...DEFAULT_WORK_POOL, maxThreads: 1 });
    await work.close();
    await assert.rejects(
      work.run(articleText, { title: 'a', lead: '', bodyHtml: '<p>b</p>' }),
      ServiceUnavailableError,
    );
  });

  it('refuses work beyond its threads and queue with 503 and a Retry-After, and takes more once they are done', async () => {
    const work = createWorkPool({ ...DEFAULT_WORK_POOL, maxThreads: 1, maxQueue: 1 });
    try {
      const results = await Promise.allSettled([1, 2, 3, 4].map(() => work.run(articleText, longBody)));
      assert.deepEqual(
        results.map((r) => r.status),
        ['fulfilled', 'fulfilled', 'rejected', 'rejected'],
      );
      const refused = (results[2] as PromiseRejectedResult).reason;
      assert.ok(
        refused instanceof ServiceUnavailableError && refused.status === 503 && refused.retryAfterSeconds === 5,
      );
      assert.equal((await work.run(articleText, longBody)).title, 'Bài dài');
    } finally {
      await work.close();
    }
  });

  it('stops a task that runs past its time by ending its worker, with 413', async () => {
    const work = createWorkPool({ ...DEFAULT_WORK_POOL, maxThreads: 1, taskTimeoutMs: 1 });
    try {
      await assert.rejects(
        work.run(articleText, longBody),
        (error: unknown) => error instanceof WorkTooHeavyError && error.status === 413,
      );
    } finally {
      await work.close();
    }
  });

  it("imports task modules only from the app's own tree", async () => {
    const work = createWorkPool({ ...DEFAULT_WORK_POOL, maxThreads: 1 });
    try {
      const outside = workerTask('file:///etc/passwd', 'x', () => 0);
      await assert.rejects(work.run(outside, null), /not a module of this app/);
      const dependency = workerTask(
        new URL('../../../node_modules/sanitize-html/index.js', import.meta.url).href,
        'default',
        () => 0,
      );
      await assert.rejects(work.run(dependency, null), /not a module of this app/);
    } finally {
      await work.close();
    }
  });
});
