// Party history books are internal: a draft's words (and an approved but unpublished chapter's)
// appear in no public answer: pages, search (HTML and API), the sitemap, the feed, the site map.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { historyFixtures } from '../support/history.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SECRET = 'Khau Vai 90417 bí mật';

for (const dialect of dialectsUnderTest()) {
  describe(`party history stays internal [${dialect}]`, () => {
    let t: TestApp;
    before(async () => {
      t = await startTestApp(dialect);
    });
    after(() => t.dispose());

    it('shows a draft section’s unique words on no public answer', async () => {
      const { editor, chapter, section } = await historyFixtures(t);
      await t.history.saveText(editor, section, { title: `Mục ${SECRET}`, bodyHtml: `<p>${SECRET}</p>`, version: 1 });
      await t.history.saveText(editor, chapter, {
        title: `Chương ${SECRET}`,
        bodyHtml: `<p>${SECRET}</p>`,
        version: 1,
      });
      await t.history.step(editor, chapter, 'submit');
      await t.history.step(editor, chapter, 'approve');
      const q = encodeURIComponent('Khau Vai 90417');
      const paths = ['/', '/rss.xml', '/sitemap.xml', '/so-do-trang', `/tim-kiem?q=${q}`, `/api/v1/articles?q=${q}`];
      for (const category of await t.articles.listCategories()) paths.push(category.url);
      for (const path of paths) {
        const res = await t.request(path);
        assert.ok(res.status < 500, path);
        assert.ok(!(await res.text()).includes('bí mật'), path);
      }
      const anonymous = await t.request(`/quan-tri/lich-su-dang-bo/muc/${section}`);
      assert.equal(anonymous.status, 303);
      assert.match(anonymous.headers.get('location')!, /^\/dang-nhap/);
    });
  });
}
