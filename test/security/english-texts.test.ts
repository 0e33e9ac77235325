// Stored script through the English pages' texts: an admin account taken over (or a pasted text)
// writes markup into the portal's English name, the intro, the About HTML, the contact note or a
// unit's English name. Each must come out as text (or, for the About, through the rich-text
// allowlist) in every place it is printed: the page body, <title>, the meta tags, the header and
// the footer of every English page. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, postForm } from '../support/staff.js';

const ATTACK = `"><script>alert(1)</script><img src=x onerror=alert(2)>'`;
// What must never reach a page: a live script, a live handler, an attribute broken out of.
const LIVE = /<script>alert|<img src=x|onerror=alert\(\d\)>|"><script/;

for (const dialect of dialectsUnderTest()) {
  describe(`script through the English texts [${dialect}]`, () => {
    let t: TestApp;

    before(async () => {
      t = await startTestApp(dialect);
    });
    after(() => t.dispose());

    it('prints every English text and English unit name inertly, in the body, the head and the frame', async () => {
      const admin = await loginAs(t, 'quantri@congtin.demo', 'LaoCai-Demo-2026');
      const s = t.settings.get();
      const saved = await postForm(t, '/quan-tri/cai-dat', admin, {
        name: s.name,
        address: s.address,
        phone: s.phone,
        email: s.email,
        aboutHtml: s.aboutHtml,
        nameEn: ATTACK,
        introEn: ATTACK,
        aboutHtmlEn: `<p>About</p>${ATTACK}<a href="javascript:alert(3)">x</a><iframe src="//evil.example"></iframe>`,
        contactNoteEn: ATTACK,
      });
      assert.equal(saved.status, 303);
      const unit = (await t.units.listTree()).find((u) => u.parentId !== null)!;
      const unitSaved = await postForm(t, `/quan-tri/don-vi/${unit.id}`, admin, {
        name: unit.name,
        shortName: unit.shortName,
        nameEn: ATTACK,
        parentId: String(unit.parentId),
        foundedOn: '',
        address: '',
        phone: '',
        email: '',
        position: String(unit.position),
      });
      assert.equal(unitSaved.status, 303);
      for (const path of ['/en', '/en/about', '/en/organisation', '/en/contact', '/en/no-such-page']) {
        const html = await (await t.request(path)).text();
        assert.doesNotMatch(html, LIVE, path);
        assert.doesNotMatch(html, /javascript:alert\(3\)|<iframe/, path);
        // The name is there, as text: in <title> and in the header.
        assert.match(html, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/, path);
      }
      const organisation = await (await t.request('/en/organisation')).text();
      assert.match(organisation, /<span class="unit-name">&quot;&gt;&lt;script&gt;alert\(1\)/);
    });
  });
}
