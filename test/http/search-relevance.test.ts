// Search relevance (#10 item 9), on both databases: words next to each other and in order rank
// above the same words apart, inside the title matches and inside the other matches; the same
// order with or without diacritics, on the page and in the JSON API.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Seed {
  title: string;
  lead: string;
  body: string;
  publishedAt: string;
}

const ARTICLES: Seed[] = [
  // Title holds every word; "Đảng ủy" and "Lào Cai" each together: the closest title match.
  {
    title: 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai tổng kết năm 2025',
    lead: 'Hội nghị tổng kết công tác xây dựng Đảng.',
    body: 'Các đại biểu thảo luận.',
    publishedAt: '2026-10-01T02:00:00Z',
  },
  // Title holds every word too, apart ("lao động … Si Ma Cai"), repeated, and newer.
  {
    title: 'Người lao động huyện Si Ma Cai được Đảng ủy chăm lo dịp Tết',
    lead: 'Người lao động, lao động trẻ ở Si Ma Cai: Đảng ủy đồng hành cùng người lao động.',
    body: 'Người lao động phấn khởi.',
    publishedAt: '2026-10-05T02:00:00Z',
  },
  // Not in the title: "Đảng ủy … Lào Cai" in the body.
  {
    title: 'Hội nghị báo cáo viên tháng 10',
    lead: 'Thông tin thời sự.',
    body: 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai chủ trì hội nghị báo cáo viên.',
    publishedAt: '2026-10-02T02:00:00Z',
  },
  // Not in the title: the words scattered ("đảng" "ủy" then "lao động", "Si Ma Cai"), newest.
  {
    title: 'Chăm lo đời sống người lao động',
    lead: 'Đảng ủy cơ sở chăm lo cho người lao động.',
    body: 'Người lao động ở Si Ma Cai được hỗ trợ. Lao động trẻ, lao động nữ được quan tâm. Đảng ủy đồng hành.',
    publishedAt: '2026-10-06T02:00:00Z',
  },
  // "học tập làm theo": the phrase in order (oldest), the words scattered, the words reversed (newest).
  {
    title: 'Chi bộ Sở Y tế sinh hoạt chuyên đề',
    lead: 'Tin chi bộ.',
    body: 'Chi bộ đẩy mạnh học tập làm theo gương Bác.',
    publishedAt: '2026-09-01T02:00:00Z',
  },
  {
    title: 'Chi bộ Sở Tư pháp sinh hoạt chuyên đề',
    lead: 'Tin chi bộ.',
    body: 'Theo kế hoạch, đảng viên làm bài thu hoạch; tập huấn; học nghị quyết.',
    publishedAt: '2026-09-03T02:00:00Z',
  },
  {
    title: 'Chi bộ Sở Tài chính sinh hoạt chuyên đề',
    lead: 'Tin chi bộ.',
    body: 'Theo làm, tập học: các đảng viên nói ngược để nhớ lâu.',
    publishedAt: '2026-09-05T02:00:00Z',
  },
];

/** Queries and the titles they must list first, in order: the same on both databases. */
const CASES: Array<{ queries: string[]; titles: string[]; why: string }> = [
  {
    queries: ['dang uy lao cai', 'Đảng ủy Lào Cai', 'ĐẢNG ỦY LÀO CAI'],
    titles: [
      'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai tổng kết năm 2025',
      'Người lao động huyện Si Ma Cai được Đảng ủy chăm lo dịp Tết',
      'Hội nghị báo cáo viên tháng 10',
      'Chăm lo đời sống người lao động',
    ],
    why: 'title matches first, each part closest first: "Đảng ủy … Lào Cai" above "người lao động", even newer',
  },
  {
    queries: ['hoc tap lam theo', 'Học tập làm theo'],
    titles: [
      'Chi bộ Sở Y tế sinh hoạt chuyên đề',
      'Chi bộ Sở Tài chính sinh hoạt chuyên đề',
      'Chi bộ Sở Tư pháp sinh hoạt chuyên đề',
    ],
    why: 'the phrase in order first, though oldest; then the others by relevance',
  },
];

/** 60 articles for "kết nạp đảng viên": even ones close ("kết nạp đảng viên"), odd ones apart; one an hour. */
const MANY = Array.from({ length: 60 }, (_, i) => ({
  title: `Tin số ${i}`,
  lead: 'Tin chi bộ.',
  body: i % 2 === 0 ? 'Chi bộ kết nạp đảng viên mới.' : 'Viên chức và đảng viên báo cáo kết quả; đã nạp hồ sơ.',
  publishedAt: new Date(Date.UTC(2026, 7, 1, i)).toISOString(),
}));

interface ApiAnswer {
  items: Array<{ title: string; url: string }>;
  total: number;
}

/** The article links of the search page's results, in order (a picture and a title may both link). */
function resultLinks(html: string): string[] {
  const results = html.slice(html.indexOf('search-results'));
  const links = [...results.matchAll(/href="(\/tin-tuc\/[^"#?]+)"/g)].map((m) => m[1]!);
  return links.filter((link, i) => links.indexOf(link) === i);
}

for (const dialect of dialectsUnderTest()) {
  describe(`search relevance [${dialect}]`, () => {
    let t: TestApp;
    const api = async (q: string, extra = '') => {
      const res = await t.request(`/api/v1/articles?q=${encodeURIComponent(q)}${extra}`);
      assert.equal(res.status, 200, q);
      return (await res.json()) as ApiAnswer;
    };

    before(async () => {
      t = await startTestApp(dialect, { env: { DEMO_CONTENT: '0' } });
      const categoryId = await t.articles.createCategory({ name: 'Tin hoạt động' });
      for (const a of [...ARTICLES, ...MANY])
        await t.articles.createArticle({
          title: a.title,
          lead: a.lead,
          bodyHtml: `<p>${a.body}</p>`,
          author: 'Phóng viên',
          categoryId,
          status: 'published',
          publishedAt: a.publishedAt,
        });
    });
    after(() => t.dispose());

    for (const c of CASES)
      it(`orders "${c.queries[0]}": ${c.why}`, async () => {
        for (const q of c.queries) {
          const answer = await api(q);
          assert.deepEqual(
            answer.items.map((i) => i.title),
            c.titles,
            `${q}: same results as a plain search, closest first`,
          );
          assert.equal(answer.total, c.titles.length, q);
        }
      });

    it('lists the results on the page in the order of the JSON API', async () => {
      for (const c of CASES) {
        const answer = await api(c.queries[0]!);
        const page = await t.request(`/tim-kiem?q=${encodeURIComponent(c.queries[0]!)}`);
        assert.equal(page.status, 200);
        assert.deepEqual(
          resultLinks(await page.text()),
          answer.items.map((i) => i.url),
        );
      }
    });

    it('orders the 50 most relevant by closeness, then goes on by relevance, each article once', async () => {
      const titles: string[] = [];
      for (let page = 1; page <= 6; page++) {
        const answer = await api('ket nap dang vien', `&page=${page}`);
        assert.equal(answer.total, 60);
        titles.push(...answer.items.map((i) => i.title));
      }
      const numbers = (from: number, to: number, step: number) =>
        Array.from({ length: Math.floor((from - to) / step) + 1 }, (_, k) => `Tin số ${from - k * step}`);
      // The ones apart say "viên" twice, so they are the more relevant: the 50 most relevant are the
      // 30 of them and the 20 newest close ones. Closeness puts those close ones first; past the
      // window relevance goes on (the remaining close ones). Equal relevance, newest first.
      assert.deepEqual(titles, [
        ...numbers(58, 20, 2), // inside the window: the close ones first,
        ...numbers(59, 1, 2), // then the ones apart,
        ...numbers(18, 0, 2), // then past the window, by relevance
      ]);
    });

    it('keeps the result set of a plain search: only the order changes', async () => {
      // Every article holding the four words, whether close or apart; none holding only some.
      assert.equal((await api('dang uy lao cai')).total, 4);
      assert.equal((await api('lao dong')).total, 2);
      assert.equal((await api('xyzzy dang uy')).total, 0);
    });
  });
}
