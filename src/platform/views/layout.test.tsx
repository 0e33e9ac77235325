// The frame's header and footer are written once per distinct input and reused: every page must
// still come out exactly as if it had been written on its own. 300 pages drawn from every input
// the frame reads (language, site name and contact, day, menu, current entry, language twins, the
// search box) are written fresh, then again after all the others have filled the cache.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { frameFragments, Layout, type PageMeta, type SiteChrome } from './layout.js';
import { renderDocument } from './render.js';

describe('the page frame', () => {
  it('comes out the same whether its header and footer were written now or earlier', async () => {
    let seed = 5;
    const pick = <T,>(list: readonly T[]): T => {
      seed = (seed * 48271) % 2147483647;
      return list[seed % list.length] as T;
    };
    const navs = [
      [
        { href: '/chuyen-muc/tin-hoat-dong', label: 'Tin hoạt động' },
        { href: '/diem-tin', label: 'Điểm tin' },
      ],
      [
        { href: '/chuyen-muc/tin-hoat-dong', label: 'Tin Đảng bộ' },
        { href: '/diem-tin', label: 'Điểm tin' },
      ],
      [{ href: '/chuyen-muc/tin-hoat-dong', label: 'Tin hoạt động' }],
    ];
    const page = () => {
      const lang = pick(['vi', 'en'] as const);
      const chrome: SiteChrome = {
        siteName: pick(['Đảng ủy Khối', 'Đảng ủy Khối <Cơ quan> & "Doanh nghiệp"', 'Party Committee']),
        siteNameLang: pick([undefined, 'vi'] as const),
        contact: {
          address: pick(['', 'Số 1 Hoàng Liên, Lào Cai']),
          phone: pick(['', '0214 3840 000']),
          email: pick(['', 'dukhoi@laocai.gov.vn']),
        },
        siteUrl: 'https://congtin.test',
        stylesheetHref: '/static/site.css',
        scriptHref: '/static/site.js',
        nav: pick(navs),
        sidebar: <p>Đang truy cập: 3</p>,
        // Two moments of one Vietnam day, and the next day.
        now: new Date(pick(['2026-12-06T17:30:00Z', '2026-12-07T16:59:00Z', '2026-12-07T17:00:00Z'])),
      };
      const meta: PageMeta = {
        title: 'Tin tức',
        description: 'Mô tả',
        path: pick(
          lang === 'en' ? ['/en', '/en/about', '/en/contact'] : ['/', '/gioi-thieu', '/tin-tuc/a', '/lien-he'],
        ),
        lang,
        currentNav: pick([undefined, '/', '/en', '/chuyen-muc/tin-hoat-dong', '/diem-tin']),
        searchQuery: pick([undefined, undefined, 'đảng ủy <b>']),
        nav: pick([undefined, undefined, navs[2]]),
      };
      return { chrome, meta };
    };
    const write = async ({ chrome, meta }: ReturnType<typeof page>) =>
      (
        await renderDocument(
          <Layout chrome={chrome} meta={meta}>
            <p>Nội dung</p>
          </Layout>,
        )
      ).toString('utf8');

    const pages = Array.from({ length: 300 }, page);
    const fresh: string[] = [];
    for (const p of pages) {
      frameFragments.clear();
      fresh.push(await write(p));
    }
    frameFragments.clear();
    for (let i = 0; i < pages.length; i++) assert.equal(await write(pages[i]!), fresh[i], `page ${i}`);
    assert.ok(new Set(fresh).size > 150, 'the pages differ from each other');
    assert.match(fresh.find((h) => h.includes('đảng ủy &lt;b&gt;')) ?? '', /value="đảng ủy &lt;b&gt;"/);
  });
});
