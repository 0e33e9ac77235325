// Editors keep the category list: new ones appear in the menu at once, renames keep links,
// categories with articles cannot be deleted. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';

for (const dialect of dialectsUnderTest()) {
  describe(`categories admin [${dialect}]`, () => {
    let t: TestApp;
    let editor: StaffSession;
    const menu = async () =>
      [...(await (await t.request('/')).text()).matchAll(/<li><a href="\/chuyen-muc\/([a-z0-9-]+)"/g)].map((m) => m[1]);

    before(async () => {
      t = await startTestApp(dialect);
      editor = await loginAs(t, 'bientap@congtin.demo', 'LaoCai-Demo-2026');
    });
    after(() => t.dispose());

    it('creates a category that shows in the public menu at once, with a slug from its name', async () => {
      await t.request('/');
      const res = await postForm(t, '/quan-tri/chuyen-muc', editor, {
        name: 'Điểm tin sáng',
        description: 'Tin tóm tắt mỗi sáng.',
        position: '90',
      });
      assert.equal(res.status, 303);
      assert.deepEqual((await menu()).at(-1), 'diem-tin-sang');
      assert.equal((await t.request('/chuyen-muc/diem-tin-sang')).status, 200);
      const twin = await postForm(t, '/quan-tri/chuyen-muc', editor, {
        name: 'Điểm tin  sáng!',
        description: '',
        position: '95',
      });
      assert.equal(twin.status, 303);
      assert.ok((await menu()).includes('diem-tin-sang-2'), 'a second category with the same slug gets -2');
    });

    it('renames and reorders without changing the address', async () => {
      const category = (await t.articles.listCategories()).find((c) => c.slug === 'diem-tin-sang')!;
      const res = await postForm(t, `/quan-tri/chuyen-muc/${category.id}`, editor, {
        name: 'Điểm tin buổi sáng',
        description: '',
        position: '5',
      });
      assert.equal(res.status, 303);
      assert.equal((await menu())[0], 'diem-tin-sang', 'position 5 comes before the demo categories (10, 20, …)');
      assert.match(await (await t.request('/chuyen-muc/diem-tin-sang')).text(), /Điểm tin buổi sáng/);
    });

    it('refuses to delete a category that holds articles, and deletes an empty one', async () => {
      const full = (await t.articles.listCategories()).find((c) => c.slug === 'tin-hoat-dong')!;
      const refused = await postForm(t, `/quan-tri/chuyen-muc/${full.id}/xoa`, editor, {});
      assert.equal(refused.status, 400);
      assert.match(await refused.text(), /còn bài viết/);
      assert.equal((await t.request('/chuyen-muc/tin-hoat-dong')).status, 200);
      const empty = (await t.articles.listCategories()).find((c) => c.slug === 'diem-tin-sang-2')!;
      assert.equal((await postForm(t, `/quan-tri/chuyen-muc/${empty.id}/xoa`, editor, {})).status, 303);
      assert.equal((await t.request('/chuyen-muc/diem-tin-sang-2')).status, 404);
    });

    it('refuses bad input with Vietnamese messages', async () => {
      const res = await postForm(t, '/quan-tri/chuyen-muc', editor, {
        name: ' ',
        description: 'x'.repeat(301),
        position: '-1',
      });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /Hãy nhập tên chuyên mục/);
      assert.match(html, /Mô tả quá dài/);
      assert.match(html, /Thứ tự là một số/);
      const audit = await t.db.selectFrom('audit_log').select('action').where('action', 'like', 'category.%').execute();
      assert.deepEqual(audit.map((a) => a.action).sort(), [
        'category.created',
        'category.created',
        'category.deleted',
        'category.updated',
      ]);
    });
  });
}
