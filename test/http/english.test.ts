// The English pages (issue #11, item 5; Decree 42/2022/NĐ-CP): each /en page is English
// (lang="en"), names its Vietnamese twin and is named by it (hreflang), every kind of public page
// has the language switch, units show their English names or their Vietnamese ones marked so, and
// the admin's English texts and a unit's English name are saved by the forms, checked and
// sanitised, behind their permissions. Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';

const PASSWORD = 'LaoCai-Demo-2026';
const SITE = 'https://congtin.test';
const TWINS: Array<[vi: string, en: string]> = [
  ['/', '/en'],
  ['/gioi-thieu', '/en/about'],
  ['/lien-he', '/en/contact'],
];

/** The hreflang links of a page's head: language → absolute URL. */
function hreflangs(html: string): Record<string, string> {
  const head = html.slice(0, html.indexOf('</head>'));
  const links: Record<string, string> = {};
  for (const m of head.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)) links[m[1]!] = m[2]!;
  return links;
}

/** The header's language switch: the link it holds (to the other language), with its attributes. */
function languageSwitch(html: string): { href: string; lang: string; hreflang: string } | undefined {
  const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
  const nav = /<nav class="lang-switch"[^>]*>([\s\S]*?)<\/nav>/.exec(header)?.[1];
  const link = nav && /<a href="([^"]+)" lang="([^"]+)" hreflang="([^"]+)"/.exec(nav);
  return link ? { href: link[1]!, lang: link[2]!, hreflang: link[3]! } : undefined;
}

const langOf = (html: string) => /<html lang="([^"]+)"/.exec(html)?.[1];

for (const dialect of dialectsUnderTest()) {
  describe(`English pages [${dialect}]`, () => {
    let t: TestApp;
    let admin: StaffSession;
    const page = async (path: string) => {
      const res = await t.request(path);
      return { status: res.status, html: await res.text() };
    };
    const settingsForm = (fields: Record<string, string>) => {
      const s = t.settings.get();
      return {
        name: s.name,
        address: s.address,
        phone: s.phone,
        email: s.email,
        aboutHtml: s.aboutHtml,
        nameEn: s.nameEn,
        introEn: s.introEn,
        aboutHtmlEn: s.aboutHtmlEn,
        contactNoteEn: s.contactNoteEn,
        ...fields,
      };
    };

    before(async () => {
      t = await startTestApp(dialect);
      admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
    });
    after(() => t.dispose());

    it('serves each English page in English, with the demo texts, English menu and dates', async () => {
      for (const path of ['/en', '/en/about', '/en/organisation', '/en/contact']) {
        const { status, html } = await page(path);
        assert.equal(status, 200, path);
        assert.equal(langOf(html), 'en', path);
        assert.match(html, /<meta property="og:locale" content="en_GB"/, path);
        assert.match(html, /<a class="skip-link" href="#noi-dung">Skip to main content<\/a>/, path);
        assert.match(html, /<a href="\/en\/organisation"[^>]*>Organisation<\/a>/, path);
        assert.doesNotMatch(html, /Bỏ qua, đến nội dung chính|Danh mục chính/, path);
        // The header's date, Vietnam's day: 27/11/2026 10:00 there.
        assert.match(html, /Friday, 27 November 2026/, path);
      }
      const home = (await page('/en')).html;
      assert.match(home, /<span class="brand-name">Party Committee of the Provincial Agencies/);
      assert.match(home, /leads the grassroots Party organisations/);
      assert.match(home, /published in Vietnamese only/);
      // The headlines are the articles' own, in Vietnamese, and say so.
      const latest = (await t.articles.listLatest({ limit: 1 }))[0]!;
      assert.match(home, new RegExp(`<a href="${latest.url}" lang="vi" hreflang="vi">`));
      assert.match((await page('/en/about')).html, /<h2>Functions and tasks<\/h2>/);
      const contact = (await page('/en/contact')).html;
      assert.match(contact, /vanphong@congtin\.demo/);
      assert.match(contact, /<span lang="vi">Tầng 5, khối 7/);
      assert.match(contact, /You may write to us in English/);
      assert.match(contact, /<a href="\/lien-he" hreflang="vi">contact form \(in Vietnamese\)<\/a>/);
    });

    it('pairs each English page with its Vietnamese twin both ways; the organisation page has none', async () => {
      for (const [vi, en] of TWINS) {
        const expected = { vi: SITE + vi, en: SITE + en, 'x-default': SITE + vi };
        const viPage = (await page(vi)).html;
        const enPage = (await page(en)).html;
        assert.deepEqual(hreflangs(viPage), expected, vi);
        assert.deepEqual(hreflangs(enPage), expected, en);
        assert.deepEqual(languageSwitch(viPage), { href: en, lang: 'en', hreflang: 'en' }, vi);
        assert.deepEqual(languageSwitch(enPage), { href: vi, lang: 'vi', hreflang: 'vi' }, en);
      }
      const organisation = (await page('/en/organisation')).html;
      assert.deepEqual(hreflangs(organisation), {});
      assert.deepEqual(languageSwitch(organisation), { href: '/', lang: 'vi', hreflang: 'vi' });
    });

    it('puts the language switch on every kind of Vietnamese public page, to /en when it has no twin', async () => {
      const article = (await t.articles.listLatest({ limit: 1 }))[0]!;
      const category = (await t.articles.listCategories())[0]!;
      for (const path of [article.url, category.url, '/tim-kiem?q=dang', '/thong-ke', '/so-do-trang']) {
        const { status, html } = await page(path);
        assert.equal(status, 200, path);
        assert.equal(langOf(html), 'vi', path);
        assert.deepEqual(languageSwitch(html), { href: '/en', lang: 'en', hreflang: 'en' }, path);
        assert.match(html, /<span lang="vi" aria-current="true">Tiếng Việt<\/span>/, path);
        assert.deepEqual(hreflangs(html), {}, path);
      }
    });

    it('answers an unknown address under /en with a 404 in English that escapes the address', async () => {
      for (const path of ['/en/nothing-here', '/en/about/more', '/en/%3Cscript%3Ealert(1)%3C/script%3E']) {
        const { status, html } = await page(path);
        assert.equal(status, 404, path);
        assert.equal(langOf(html), 'en', path);
        assert.match(html, /<h1>Page not found<\/h1>/, path);
        assert.match(html, /<meta name="robots" content="noindex"/, path);
        assert.doesNotMatch(html, /<script>alert/, path);
      }
    });

    it('shows the units by their English names, or their Vietnamese names marked lang="vi"', async () => {
      const html = (await page('/en/organisation')).html;
      assert.match(html, /<span class="unit-name">Party Organisation of the Department of Finance<\/span>/);
      assert.match(html, /<span class="unit-name" lang="vi">Chi bộ Báo Lào Cai<\/span>/);
      assert.match(html, /founded 18 November 2008/);
      // Nested: the cell inside its Party organisation's list.
      assert.match(
        html,
        /Party Organisation of Lào Cai Power Company<\/span>[\s\S]*?<ul><li><span class="unit-name" lang="vi">Chi bộ Điện lực thành phố Lào Cai/,
      );
    });

    it('saves a unit\u2019s English name from the unit form, and the page shows it at once', async () => {
      const unit = (await t.units.listTree()).find((u) => u.name === 'Chi bộ Báo Lào Cai')!;
      assert.equal(unit.nameEn, '');
      await page('/en/organisation');
      const form = (await t.request(`/quan-tri/don-vi/${unit.id}`, { headers: { cookie: admin.cookie } })).text();
      assert.match(await form, /<input id="nameEn" name="nameEn" type="text" lang="en" value=""/);
      const fields = {
        name: unit.name,
        shortName: unit.shortName,
        nameEn: '  Party Cell of  Lào Cai Newspaper <b>x</b> ',
        parentId: String(unit.parentId),
        foundedOn: '21/06/1992',
        address: '',
        phone: '',
        email: '',
        position: String(unit.position),
      };
      const res = await postForm(t, `/quan-tri/don-vi/${unit.id}`, admin, fields);
      assert.equal(res.status, 303);
      assert.equal((await t.units.findById(unit.id))!.nameEn, 'Party Cell of Lào Cai Newspaper <b>x</b>');
      const html = (await page('/en/organisation')).html;
      assert.match(html, /<span class="unit-name">Party Cell of Lào Cai Newspaper &lt;b&gt;x&lt;\/b&gt;<\/span>/);
      assert.doesNotMatch(html, /<b>x<\/b>/);
      const tooLong = await postForm(t, `/quan-tri/don-vi/${unit.id}`, admin, { ...fields, nameEn: 'x'.repeat(201) });
      assert.equal(tooLong.status, 400);
      assert.match(await tooLong.text(), /Tên tiếng Anh dài tối đa 200 ký tự/);
      const api = await (await t.request('/api/v1/units', { headers: { cookie: admin.cookie } })).json();
      const listed = (api as { items: Array<{ id: number; nameEn: string }> }).items.find((u) => u.id === unit.id);
      assert.equal(listed?.nameEn, 'Party Cell of Lào Cai Newspaper <b>x</b>');
    });

    it('saves the English texts from the settings form, sanitised, and the cached pages follow', async () => {
      await page('/en');
      await page('/en/about');
      await page('/en/contact');
      const res = await postForm(
        t,
        '/quan-tri/cai-dat',
        admin,
        settingsForm({
          nameEn: 'Bloc Party Committee <script>alert(1)</script>',
          introEn: 'First paragraph "quoted" <img src=x onerror=alert(2)>.\n\nSecond paragraph.',
          aboutHtmlEn: '<h2>History</h2><p onclick="steal()">Founded in 2008.</p><script>alert(3)</script>',
          contactNoteEn: 'Open on weekdays <a href="javascript:alert(4)">here</a>.',
        }),
      );
      assert.equal(res.status, 303);
      const home = (await page('/en')).html;
      assert.match(home, /Bloc Party Committee &lt;script&gt;alert\(1\)&lt;\/script&gt;/);
      assert.match(
        home,
        /<p>First paragraph &quot;quoted&quot; &lt;img src=x onerror=alert\(2\)&gt;.<\/p><p>Second paragraph.<\/p>/,
      );
      const about = (await page('/en/about')).html;
      assert.match(about, /<h2>History<\/h2><p>Founded in 2008.<\/p>/);
      assert.doesNotMatch(about, /steal\(\)|alert\(3\)/);
      const contact = (await page('/en/contact')).html;
      assert.match(contact, /Open on weekdays &lt;a href=&quot;javascript:alert\(4\)&quot;&gt;here&lt;\/a&gt;./);
      for (const html of [home, about, contact])
        assert.doesNotMatch(html, /<script>alert|<img src=x|href="javascript:/);
      assert.equal(t.settings.get().aboutHtmlEn, '<h2>History</h2><p>Founded in 2008.</p>');
      const staffForm = await (await t.request('/quan-tri/cai-dat', { headers: { cookie: admin.cookie } })).text();
      assert.match(staffForm, /<textarea id="aboutHtmlEn" name="aboutHtmlEn" rows="14" lang="en"/);
    });

    it('says the English texts are being prepared when the admin left them empty, in the Vietnamese name', async () => {
      const res = await postForm(
        t,
        '/quan-tri/cai-dat',
        admin,
        settingsForm({ nameEn: '', introEn: '', aboutHtmlEn: '', contactNoteEn: '' }),
      );
      assert.equal(res.status, 303);
      const home = (await page('/en')).html;
      assert.match(home, /The English introduction of the committee is being prepared/);
      assert.match(home, new RegExp(`<span class="brand-name" lang="vi">${t.settings.get().name}</span>`));
      const about = (await page('/en/about')).html;
      assert.match(about, /The English version of this page is being prepared/);
      assert.match(about, /<a href="\/gioi-thieu" lang="vi" hreflang="vi">/);
    });

    it('refuses an English text over its limit in Vietnamese, keeping what was typed', async () => {
      const before = t.settings.get().introEn;
      const res = await postForm(t, '/quan-tri/cai-dat', admin, settingsForm({ introEn: 'word '.repeat(500) }));
      assert.equal(res.status, 400);
      assert.match(await res.text(), /Đoạn giới thiệu tiếng Anh quá dài \(tối đa 2000 ký tự\)/);
      assert.equal(t.settings.get().introEn, before);
    });

    it('lets only the admin save the English texts and English names', async () => {
      const editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      const denied = await postForm(t, '/quan-tri/cai-dat', editor, settingsForm({ nameEn: 'Hijacked' }));
      assert.equal(denied.status, 403);
      const unit = (await t.units.listTree())[1]!;
      const deniedUnit = await postForm(t, `/quan-tri/don-vi/${unit.id}`, editor, {
        name: unit.name,
        nameEn: 'Hijacked',
        parentId: String(unit.parentId),
      });
      assert.equal(deniedUnit.status, 403);
      const anonymous = await postForm(t, '/quan-tri/cai-dat', undefined, settingsForm({ nameEn: 'Hijacked' }));
      assert.equal(anonymous.status, 303);
      assert.notEqual(t.settings.get().nameEn, 'Hijacked');
      assert.notEqual((await t.units.findById(unit.id))!.nameEn, 'Hijacked');
    });
  });
}
