// The editorial workflow through the admin pages, as the newsroom uses it: a contributor writes
// and submits, an editor rejects with a reason or publishes (now or at a time), unpublishes,
// deletes and restores; revisions, edit conflicts and "someone else is editing". Both databases.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { dialectsUnderTest } from '../support/databases.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { loginAs, postForm, type StaffSession } from '../support/staff.js';

const PASSWORD = 'LaoCai-Demo-2026';

function idFromLocation(res: Response): number {
  const m = /\/quan-tri\/bai-viet\/(\d+)/.exec(res.headers.get('location') ?? '');
  assert.ok(m, `expected a redirect to an article, got ${res.status} ${res.headers.get('location')}`);
  return Number(m[1]);
}

const versionIn = (html: string) => /name="version" value="(\d+)"/.exec(html)?.[1] ?? '';

for (const dialect of dialectsUnderTest()) {
  describe(`newsroom workflow [${dialect}]`, () => {
    let t: TestApp;
    let contributor: StaffSession;
    let editor: StaffSession;
    let admin: StaffSession;
    let categoryId: string;

    const page = async (path: string, session: StaffSession) => {
      const res = await t.request(path, { headers: { cookie: session.cookie } });
      return { status: res.status, html: await res.text() };
    };
    const write = (session: StaffSession, fields: Record<string, string>, path = '/quan-tri/bai-viet') =>
      postForm(t, path, session, {
        title: 'Bài thử',
        lead: 'Sapo thử',
        bodyHtml: '<p>Nội dung</p>',
        categoryId,
        action: 'save',
        ...fields,
      });

    before(async () => {
      t = await startTestApp(dialect);
      contributor = await loginAs(t, 'congtacvien@congtin.demo', PASSWORD);
      editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      categoryId = String((await t.articles.listCategories())[0]!.id);
    });
    after(() => t.dispose());

    it('a contributor writes, submits, is sent back with a reason, fixes it; the editor publishes and readers see it', async () => {
      const created = await write(contributor, {
        title: 'Hội nghị học tập Nghị quyết ở Bát Xát',
        bodyHtml: '<p>Sáng nay, <strong>Đảng ủy</strong> tổ chức hội nghị.</p>',
        action: 'submit',
      });
      assert.equal(created.status, 303);
      const id = idFromLocation(created);
      assert.match(
        (await page(`/quan-tri/bai-viet/${id}?tb=da-gui-duyet`, contributor)).html,
        /Đã gửi bài để biên tập viên duyệt/,
      );
      // Submitted: readers see nothing yet, and the contributor can no longer change it.
      assert.equal((await t.request('/tin-tuc/hoi-nghi-hoc-tap-nghi-quyet-o-bat-xat')).status, 404);
      assert.equal((await write(contributor, { title: 'Đổi tiêu đề' }, `/quan-tri/bai-viet/${id}`)).status, 403);

      const rejected = await postForm(t, `/quan-tri/bai-viet/${id}/tra-lai`, editor, {
        reason: 'Thiếu <b>ảnh</b> và tên người dự.',
      });
      assert.equal(rejected.status, 303);
      const seen = await page(`/quan-tri/bai-viet/${id}`, contributor);
      assert.match(seen.html, /Bài bị trả lại/);
      assert.match(
        seen.html,
        /Thiếu &lt;b&gt;ảnh&lt;\/b&gt; và tên người dự\./,
        'the reason is shown to the author, escaped',
      );
      assert.match((await page('/quan-tri/bai-viet?trang-thai=draft', contributor)).html, /Bị trả lại: Thiếu/);

      const fixed = await write(
        contributor,
        {
          title: 'Hội nghị học tập Nghị quyết ở Bát Xát',
          bodyHtml: '<p>Sáng nay, <strong>Đảng ủy</strong> tổ chức hội nghị với 120 đảng viên.</p>',
          action: 'submit',
          version: versionIn(seen.html),
        },
        `/quan-tri/bai-viet/${id}`,
      );
      assert.equal(fixed.status, 303);
      const editorView = await page(`/quan-tri/bai-viet/${id}`, editor);
      assert.doesNotMatch(editorView.html, /Bài bị trả lại/, 'resubmitting clears the reason');

      const published = await write(
        editor,
        {
          title: 'Hội nghị học tập Nghị quyết ở Bát Xát',
          bodyHtml: '<p>Sáng nay, <strong>Đảng ủy</strong> tổ chức hội nghị với 120 đảng viên.</p>',
          action: 'publish',
          version: versionIn(editorView.html),
        },
        `/quan-tri/bai-viet/${id}`,
      );
      assert.equal(published.status, 303);
      const article = await t.request('/tin-tuc/hoi-nghi-hoc-tap-nghi-quyet-o-bat-xat');
      assert.equal(article.status, 200);
      const html = await article.text();
      assert.match(html, /<strong>Đảng ủy<\/strong> tổ chức hội nghị với 120 đảng viên/);
      assert.match(html, /Lê Văn Cộng/, 'the byline is the contributor');
      assert.match(await (await t.request('/')).text(), /Hội nghị học tập Nghị quyết ở Bát Xát/);
      assert.match(
        await (await t.request('/tim-kiem?q=hoi+nghi+bat+xat')).text(),
        /href="\/tin-tuc\/hoi-nghi-hoc-tap-nghi-quyet-o-bat-xat"/,
      );

      const audit = await page('/quan-tri/nhat-ky', admin);
      for (const label of ['Tạo bài viết', 'Trả lại bài viết', 'Xuất bản bài viết'])
        assert.match(audit.html, new RegExp(label));
    });

    it("a contributor can never publish, and never sees or touches anyone else's article", async () => {
      const asPublish = await write(contributor, { title: 'Tự xuất bản', action: 'publish' });
      assert.equal(asPublish.status, 403);
      const editorsDraft = idFromLocation(await write(editor, { title: 'Bản nháp của biên tập viên' }));
      assert.equal((await page(`/quan-tri/bai-viet/${editorsDraft}`, contributor)).status, 403);
      assert.equal(
        (await write(contributor, { title: 'Chiếm bài' }, `/quan-tri/bai-viet/${editorsDraft}`)).status,
        403,
      );
      assert.equal((await postForm(t, `/quan-tri/bai-viet/${editorsDraft}/xoa`, contributor, {})).status, 403);
      assert.equal((await page(`/quan-tri/bai-viet/${editorsDraft}/phien-ban`, contributor)).status, 403);
      const list = await page('/quan-tri/bai-viet', contributor);
      assert.doesNotMatch(list.html, /Bản nháp của biên tập viên/);
      assert.doesNotMatch(
        list.html,
        /Đảng ủy Khối tổng kết công tác xây dựng Đảng năm 2025/,
        "demo articles (nobody's) are not in a contributor's list",
      );
      // A contributor cannot make someone else the owner, or change the byline: those fields are ignored.
      const mine = idFromLocation(
        await write(contributor, { title: 'Bài của tôi', byline: 'Ban Tuyên giáo', authorId: '1' }),
      );
      const article = await t.newsroom.get(
        { actor: { id: 0, name: 'x', email: 'x', roles: ['admin'] }, requestId: 'test' },
        mine,
      );
      assert.equal(article.byline, 'Lê Văn Cộng');
      assert.equal(article.ownerName, 'Lê Văn Cộng');
    });

    it('refuses a bad form with Vietnamese messages, keeps what was typed, and writes nothing', async () => {
      const before = await t.articles.countAll();
      const res = await write(contributor, { title: '   ', lead: 'Sapo vẫn còn', bodyHtml: '<p>Nội dung vẫn còn</p>' });
      assert.equal(res.status, 400);
      const html = await res.text();
      assert.match(html, /Hãy nhập tiêu đề\./);
      assert.match(html, /Sapo vẫn còn/);
      assert.match(html, /Nội dung vẫn còn/);
      assert.equal((await write(contributor, { categoryId: '999999' })).status, 400);
      assert.equal((await write(editor, { publishAt: '31/02/2026 08:00', action: 'publish' })).status, 400);
      const empty = await write(contributor, { bodyHtml: '<p>   </p><script>alert(1)</script>', action: 'submit' });
      assert.equal(empty.status, 400);
      assert.match(await empty.text(), /Bài viết chưa có nội dung\./);
      assert.equal(await t.articles.countAll(), before);
    });

    it('schedules an article: hidden until its time, then published by the job, also across a restart', async () => {
      const at = new Date(t.clock.now().getTime() + 2 * 3600_000);
      const local = new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
      const first = idFromLocation(
        await write(editor, { title: 'Bài hẹn giờ thứ nhất', action: 'publish', publishAt: local }),
      );
      const second = idFromLocation(
        await write(editor, { title: 'Bài hẹn giờ thứ hai', action: 'publish', publishAt: local }),
      );
      const view = await page(`/quan-tri/bai-viet/${first}`, editor);
      assert.match(view.html, /Hẹn xuất bản lúc/);
      assert.equal((await t.request('/tin-tuc/bai-hen-gio-thu-nhat')).status, 404);
      assert.doesNotMatch(await (await t.request('/tim-kiem?q=bai+hen+gio')).text(), /bai-hen-gio-thu-nhat/);

      t.clock.advance(2 * 3600_000 - 60_000);
      await t.scheduler.runOnce();
      assert.equal((await t.request('/tin-tuc/bai-hen-gio-thu-nhat')).status, 404, 'a minute early is still early');

      // The server is down when the time comes: the first run after the restart publishes both.
      t.clock.advance(120_000);
      t = await t.restart();
      editor = await loginAs(t, 'bientap@congtin.demo', PASSWORD);
      contributor = await loginAs(t, 'congtacvien@congtin.demo', PASSWORD);
      admin = await loginAs(t, 'quantri@congtin.demo', PASSWORD);
      assert.equal((await t.request('/tin-tuc/bai-hen-gio-thu-nhat')).status, 200);
      assert.equal((await t.request('/tin-tuc/bai-hen-gio-thu-hai')).status, 200);
      assert.match(await (await t.request('/tim-kiem?q=bai+hen+gio')).text(), /bai-hen-gio-thu-nhat/);
      assert.equal(await t.newsroom.publishDue(), 0, 'publishing twice is a no-op');
      for (const id of [first, second])
        assert.match((await page(`/quan-tri/bai-viet/${id}`, editor)).html, /badge-published/);
    });

    it('unpublishes, trashes and restores: readers lose the page at once, and a restored article comes back as a draft', async () => {
      const id = idFromLocation(await write(editor, { title: 'Bài sẽ bị gỡ', action: 'publish' }));
      assert.equal((await t.request('/tin-tuc/bai-se-bi-go')).status, 200);
      assert.equal((await postForm(t, `/quan-tri/bai-viet/${id}/go-xuat-ban`, editor, {})).status, 303);
      assert.equal((await t.request('/tin-tuc/bai-se-bi-go')).status, 404);
      assert.equal((await postForm(t, `/quan-tri/bai-viet/${id}/xuat-ban`, editor, {})).status, 303);
      assert.equal((await t.request('/tin-tuc/bai-se-bi-go')).status, 200, 'republished under the same address');
      assert.equal((await postForm(t, `/quan-tri/bai-viet/${id}/xoa`, editor, {})).status, 303);
      assert.equal((await t.request('/tin-tuc/bai-se-bi-go')).status, 404);
      assert.match((await page('/quan-tri/bai-viet?trang-thai=trashed', editor)).html, /Bài sẽ bị gỡ/);
      assert.doesNotMatch(
        (await page('/quan-tri/bai-viet', editor)).html,
        /Bài sẽ bị gỡ/,
        'the trash is not in the main list',
      );
      assert.equal((await postForm(t, `/quan-tri/bai-viet/${id}/xoa`, editor, {})).status, 409, 'already in the trash');
      assert.equal((await postForm(t, `/quan-tri/bai-viet/${id}/khoi-phuc`, editor, {})).status, 303);
      assert.match((await page(`/quan-tri/bai-viet/${id}`, editor)).html, /badge-draft/);
      assert.equal((await t.request('/tin-tuc/bai-se-bi-go')).status, 404);
    });

    it('never publishes an article marked Nội bộ or Mật: not by the form, the API, or a direct write to the row', async () => {
      const direct = await write(editor, {
        title: 'Báo cáo nội bộ về tình hình',
        classification: 'internal',
        action: 'publish',
      });
      assert.equal(direct.status, 409);
      assert.match(await direct.text(), /Nội bộ hoặc Mật nên không bao giờ được xuất bản/);
      const id = idFromLocation(
        await write(contributor, { title: 'Báo cáo mật về tình hình', classification: 'secret' }),
      );
      assert.match(
        (await page('/quan-tri/bai-viet', editor)).html,
        /Báo cáo mật về tình hình<\/a> <span class="badge badge-classified">Mật<\/span>/,
      );
      assert.equal((await postForm(t, `/quan-tri/bai-viet/${id}/xuat-ban`, editor, {})).status, 409);
      const api = await t.request(`/api/v1/articles/${id}/publish`, {
        method: 'POST',
        headers: { cookie: editor.cookie, 'x-csrf-token': editor.csrf, origin: 'https://congtin.test' },
      });
      assert.equal(api.status, 409);
      assert.equal((await api.json()).error.code, 'ARTICLE_CLASSIFIED');
      await assert.rejects(
        t.db
          .updateTable('articles')
          .set({ status: 'published', published_at: t.clock.now().toISOString() })
          .where('id', '=', id)
          .execute(),
        'the database refuses it too',
      );
      assert.equal((await t.request('/tin-tuc/bao-cao-mat-ve-tinh-hinh')).status, 404);
      // A published article cannot be quietly reclassified while readers see it.
      const out = idFromLocation(await write(editor, { title: 'Bài công khai đang đọc', action: 'publish' }));
      const form = await page(`/quan-tri/bai-viet/${out}`, editor);
      const reclassify = await write(
        editor,
        { title: 'Bài công khai đang đọc', classification: 'secret', version: versionIn(form.html) },
        `/quan-tri/bai-viet/${out}`,
      );
      assert.equal(reclassify.status, 400);
      assert.match(await reclassify.text(), /hãy gỡ xuống trước khi đánh dấu Nội bộ hoặc Mật/);
    });

    it('takes an article down by itself when its expiry comes', async () => {
      const inAnHour = new Date(t.clock.now().getTime() + 3600_000 + 7 * 3600_000).toISOString().slice(0, 16);
      const id = idFromLocation(
        await write(editor, { title: 'Thông báo lịch tiếp dân tuần này', action: 'publish', expiresAt: inAnHour }),
      );
      assert.equal((await t.request('/tin-tuc/thong-bao-lich-tiep-dan-tuan-nay')).status, 200);
      assert.match(
        (await page(`/quan-tri/bai-viet/${id}`, editor)).html,
        /Tự gỡ xuống lúc<\/dt><dd>\d\d\/\d\d\/\d{4} \d\d:\d\d/,
      );
      t.clock.advance(3600_000 + 60_000);
      assert.equal(
        (await t.request('/tin-tuc/thong-bao-lich-tiep-dan-tuan-nay')).status,
        404,
        'gone at once, before the job runs',
      );
      await t.scheduler.runOnce();
      assert.match((await page(`/quan-tri/bai-viet/${id}`, editor)).html, /badge-draft/);
      assert.match((await page('/quan-tri/nhat-ky', admin)).html, /Bài hết hạn, tự gỡ xuống/);
      const past = await write(editor, {
        title: 'Hết hạn từ hôm qua',
        action: 'publish',
        expiresAt: '2020-01-01T08:00',
      });
      assert.equal(past.status, 400);
      assert.match(await past.text(), /Thời điểm hết hạn phải ở tương lai/);
    });

    it('keeps every save as a revision that can be viewed and restored', async () => {
      const id = idFromLocation(
        await write(contributor, { title: 'Bài có nhiều phiên bản', bodyHtml: '<p>Phiên bản một</p>' }),
      );
      let view = await page(`/quan-tri/bai-viet/${id}`, contributor);
      await write(
        contributor,
        { title: 'Bài có nhiều phiên bản', bodyHtml: '<p>Phiên bản hai</p>', version: versionIn(view.html) },
        `/quan-tri/bai-viet/${id}`,
      );
      view = await page(`/quan-tri/bai-viet/${id}`, contributor);
      await write(
        contributor,
        { title: 'Bài có nhiều phiên bản', bodyHtml: '<p>Phiên bản ba</p>', version: versionIn(view.html) },
        `/quan-tri/bai-viet/${id}`,
      );
      const list = await page(`/quan-tri/bai-viet/${id}/phien-ban`, contributor);
      const revisionIds = [...list.html.matchAll(/\/phien-ban\/(\d+)"/g)].map((m) => m[1]);
      assert.equal(revisionIds.length, 3);
      const oldest = revisionIds.at(-1)!;
      const revision = await page(`/quan-tri/bai-viet/${id}/phien-ban/${oldest}`, contributor);
      assert.match(revision.html, /Phiên bản một/);
      const restored = await postForm(t, `/quan-tri/bai-viet/${id}/phien-ban/${oldest}/khoi-phuc`, contributor, {});
      assert.equal(restored.status, 303);
      view = await page(`/quan-tri/bai-viet/${id}`, contributor);
      assert.match(view.html, /Phiên bản một/);
      assert.match((await page(`/quan-tri/bai-viet/${id}/phien-ban`, contributor)).html, /Khôi phục từ phiên bản 1/);
    });

    it('warns when someone else has the article open, and never loses the text of the second person to save', async () => {
      const id = idFromLocation(await write(editor, { title: 'Bài hai người cùng sửa', bodyHtml: '<p>Bản gốc</p>' }));
      const editorForm = await page(`/quan-tri/bai-viet/${id}`, editor);
      const adminForm = await page(`/quan-tri/bai-viet/${id}`, admin);
      assert.match(adminForm.html, /Trần Thị Biên \(mở lúc \d\d\/\d\d\/\d{4} \d\d:\d\d\) cũng đang mở bài này/);
      assert.equal(versionIn(editorForm.html), versionIn(adminForm.html));

      const first = await write(
        editor,
        {
          title: 'Bài hai người cùng sửa',
          bodyHtml: '<p>Bản của biên tập viên</p>',
          version: versionIn(editorForm.html),
        },
        `/quan-tri/bai-viet/${id}`,
      );
      assert.equal(first.status, 303);
      const second = await write(
        admin,
        { title: 'Bài hai người cùng sửa', bodyHtml: '<p>Bản của quản trị</p>', version: versionIn(adminForm.html) },
        `/quan-tri/bai-viet/${id}`,
      );
      assert.equal(second.status, 409);
      const conflict = await second.text();
      assert.match(conflict, /đã được người khác lưu trong khi bạn đang sửa/);
      assert.match(conflict, /Bản của quản trị/, 'their text comes back in the form');
      assert.match(
        (await page(`/quan-tri/bai-viet/${id}`, editor)).html,
        /Bản của biên tập viên/,
        'the first save stands',
      );
      // Saving again from the conflict page is a deliberate overwrite, and the overwritten text stays in the revisions.
      const again = await write(
        admin,
        { title: 'Bài hai người cùng sửa', bodyHtml: '<p>Bản của quản trị</p>', version: versionIn(conflict) },
        `/quan-tri/bai-viet/${id}`,
      );
      assert.equal(again.status, 303);
      const revisions = await page(`/quan-tri/bai-viet/${id}/phien-ban`, editor);
      assert.equal([...revisions.html.matchAll(/\/phien-ban\/(\d+)"/g)].length, 3);
    });

    it('lists with filters by status, category, author and words of the title', async () => {
      const other = String((await t.articles.listCategories())[1]!.id);
      await write(editor, { title: 'Lọc theo chuyên mục Quốc phòng', categoryId: other });
      const byCategory = await page(`/quan-tri/bai-viet?chuyen-muc=${other}&q=quoc+phong`, editor);
      assert.match(byCategory.html, /Lọc theo chuyên mục Quốc phòng/);
      assert.match(
        (await page('/quan-tri/bai-viet?q=QUỐC%20PHÒNG', editor)).html,
        /Lọc theo chuyên mục Quốc phòng/,
        'accents and case do not matter',
      );
      assert.doesNotMatch(
        (await page(`/quan-tri/bai-viet?chuyen-muc=${categoryId}&q=quoc+phong`, editor)).html,
        /Lọc theo chuyên mục Quốc phòng/,
      );
      const contributorId = (await t.accounts.service.listUsers()).find(
        (u) => u.email === 'congtacvien@congtin.demo',
      )!.id;
      const byAuthor = await page(`/quan-tri/bai-viet?tac-gia=${contributorId}`, editor);
      assert.match(byAuthor.html, /Bài có nhiều phiên bản/);
      assert.doesNotMatch(byAuthor.html, /Lọc theo chuyên mục Quốc phòng/);
      const submittedOnly = (await page('/quan-tri/bai-viet?trang-thai=submitted', editor)).html;
      const badges = [...submittedOnly.matchAll(/<span class="badge badge-([a-z]+)">/g)].map((m) => m[1]);
      assert.ok(badges.length > 0, 'the demo has an article waiting for review');
      assert.ok(
        badges.every((b) => b === 'submitted'),
        `only submitted articles: ${badges.join(',')}`,
      );
      assert.equal(
        (await page('/quan-tri/bai-viet?q=%25_%5C', editor)).status,
        200,
        'LIKE wildcards are plain characters',
      );
    });

    it("says on the dashboard what waits: reviews for editors, one's own work for contributors", async () => {
      const submitted = (
        await t.newsroom.list(
          { actor: { id: 0, name: 'x', email: 'x', roles: ['editor'] }, requestId: 't' },
          { status: 'submitted', page: 1, perPage: 1 },
        )
      ).total;
      assert.match((await page('/quan-tri', editor)).html, new RegExp(`${submitted} bài chờ duyệt`));
      const mine = await page('/quan-tri/bai-viet?trang-thai=draft', contributor);
      const drafts = /(\d+) bài viết\./.exec(mine.html)?.[1];
      assert.match((await page('/quan-tri', contributor)).html, new RegExp(`Của bạn: ${drafts} bản nháp`));
    });

    it("sends staff pages with a nonce-based CSP: only script tags carrying this response's nonce run", async () => {
      const nonces: string[] = [];
      for (let i = 0; i < 2; i++) {
        const res = await t.request('/quan-tri/bai-viet/moi', { headers: { cookie: editor.cookie } });
        const csp = res.headers.get('content-security-policy') ?? '';
        const nonce = /script-src 'nonce-([A-Za-z0-9+/=]{24})' 'strict-dynamic'/.exec(csp)?.[1];
        assert.ok(nonce, csp);
        assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval/);
        assert.match(csp, /base-uri 'none'/);
        const html = await res.text();
        const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
        assert.equal(scripts.length, 2, 'site.js and the editor');
        for (const tag of scripts)
          assert.match(tag, new RegExp(`nonce="${nonce.replace(/[+/=]/g, (ch) => `\\${ch}`)}"`));
        nonces.push(nonce);
      }
      assert.notEqual(nonces[0], nonces[1], 'a fresh nonce per response');
      const login = await t.request('/dang-nhap');
      assert.match(login.headers.get('content-security-policy') ?? '', /'nonce-/);
      assert.doesNotMatch(
        (await t.request('/')).headers.get('content-security-policy') ?? '',
        /nonce/,
        'cached public pages keep the static policy',
      );
    });

    it('previews the saved article in the public frame without publishing it', async () => {
      const id = idFromLocation(
        await write(contributor, { title: 'Bài xem trước', bodyHtml: '<p>Chỉ người trong tòa soạn thấy.</p>' }),
      );
      const preview = await t.request(`/quan-tri/bai-viet/${id}/xem-truoc`, {
        headers: { cookie: contributor.cookie },
      });
      assert.equal(preview.status, 200);
      assert.equal(preview.headers.get('cache-control'), 'no-store');
      const html = await preview.text();
      assert.match(html, /Bản xem trước \(Bản nháp\)/);
      assert.match(html, /<meta name="robots" content="noindex"/);
      assert.match(html, /Chỉ người trong tòa soạn thấy\./);
      assert.equal((await t.request('/tin-tuc/bai-xem-truoc')).status, 404);
    });

    it('answers a broken or oversized form with a 4xx, never a 500', async () => {
      const broken = await t.request('/quan-tri/bai-viet', {
        method: 'POST',
        headers: {
          cookie: contributor.cookie,
          origin: 'https://congtin.test',
          'content-type': 'multipart/form-data; boundary=xyz',
        },
        body: `--xyz\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${contributor.csrf}\r\n--xyz\r\nContent-Disposition: form-data; name="title"\r\n\r\nkhông đóng`,
      });
      assert.equal(broken.status, 400);
      const huge = await t.request('/quan-tri/bai-viet', {
        method: 'POST',
        headers: {
          cookie: contributor.cookie,
          origin: 'https://congtin.test',
          'content-type': 'application/x-www-form-urlencoded',
          'content-length': String(64 * 1024 * 1024),
        },
        body: 'title=x',
      });
      assert.equal(huge.status, 413);
    });
  });
}
