// A refused form says so at its top: the error summary takes the focus, lists every problem with
// a link to its field, and what was typed is still there.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations } from './support/checks.js';

const PASSWORD = 'LaoCai-Demo-2026';

describe('form errors you cannot miss', () => {
  const site = usePortalInBrowser();

  async function signedIn(email: string): Promise<{ context: BrowserContext; page: Page; base: string }> {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    const base = site.served().baseUrl;
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Mật khẩu').fill(PASSWORD);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri$/);
    return { context, page, base };
  }

  /** The summary after a refused submit: it has the focus, and every link's target is on the page. */
  async function refusedSummary(page: Page, title: RegExp): Promise<{ summary: Locator; targets: string[] }> {
    const summary = page.getByRole('region', { name: title });
    await summary.waitFor();
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'the summary has the focus');
    const targets = await summary
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/^#/, '')));
    for (const id of targets)
      assert.equal(await page.locator(`[id="${id}"]`).count(), 1, `the link to #${id} lands on the page`);
    return { summary, targets };
  }

  it('focuses the summary of a refused new user, links each message to its field, keeps the typing', async () => {
    const { context, page, base } = await signedIn('quantri@congtin.demo');
    await page.goto(`${base}/quan-tri/nguoi-dung/moi`);
    await page.getByLabel('Email (tên đăng nhập)').fill('moi@congtin.demo');
    await page.getByLabel('Mật khẩu ban đầu').fill('password');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const { summary, targets } = await refusedSummary(page, /Chưa lưu được: có \d+ mục cần sửa/);
    assert.ok(targets.includes('name') && targets.includes('password') && targets.includes('roles'), targets.join(' '));
    await summary.getByRole('link', { name: /quá phổ biến/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'password');
    assert.equal(await page.getByLabel('Email (tên đăng nhập)').inputValue(), 'moi@congtin.demo');
    await context.close();
  });

  it('an article without a title: the summary has the focus, its link puts the cursor in the title, the lead is kept', async () => {
    const { context, page, base } = await signedIn('congtacvien@congtin.demo');
    await page.goto(`${base}/quan-tri/bai-viet/moi`);
    await page.getByLabel('Sapo').fill('Sapo vẫn còn sau khi bị từ chối');
    await page.getByRole('button', { name: 'Lưu nháp' }).click();
    const { summary, targets } = await refusedSummary(page, /Chưa lưu được: có 1 mục cần sửa/);
    assert.deepEqual(targets, ['title']);
    await expectNoAxeViolations(page, 'the refused article form');
    await summary.getByRole('link').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'title');
    assert.equal(await page.getByLabel('Sapo').inputValue(), 'Sapo vẫn còn sau khi bị từ chối');
    await context.close();
  });

  it('the site settings with a bad e-mail and no name: both linked, each link focuses its field, the typing kept', async () => {
    const { context, page, base } = await signedIn('quantri@congtin.demo');
    await page.goto(`${base}/quan-tri/cai-dat`);
    await page.locator('#name').fill('');
    await page.locator('#email').fill('vanphong-khong-co-a-cong');
    await page.locator('#address').fill('Số 1 đường Trần Hưng Đạo');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    const { summary, targets } = await refusedSummary(page, /Chưa lưu được: có 2 mục cần sửa/);
    assert.deepEqual(targets.sort(), ['email', 'name']);
    await expectNoAxeViolations(page, 'the refused settings form');
    await summary.locator('a[href="#email"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'email');
    assert.equal(await page.locator('#email').inputValue(), 'vanphong-khong-co-a-cong');
    assert.equal(await page.locator('#address').inputValue(), 'Số 1 đường Trần Hưng Đạo');
    await context.close();
  });

  it('an editor returns an article without a reason: the summary links to the reason beside the article', async () => {
    const writer = await signedIn('congtacvien@congtin.demo');
    await writer.page.goto(`${writer.base}/quan-tri/bai-viet/moi`);
    await writer.page.locator('#title').fill('Bài chờ biên tập viên trả lại');
    await writer.page.getByRole('textbox', { name: 'Nội dung' }).click();
    await writer.page.keyboard.type('Nội dung để gửi duyệt.');
    await writer.page.getByRole('button', { name: 'Gửi duyệt' }).click();
    await writer.page.waitForURL(/\/quan-tri\/bai-viet\/\d+\?tb=/);
    const path = new URL(writer.page.url()).pathname;
    await writer.context.close();

    const { context, page, base } = await signedIn('bientap@congtin.demo');
    await page.goto(`${base}${path}`);
    await page.getByLabel('Lý do trả lại').fill('   ');
    await page.getByRole('button', { name: 'Trả lại cho người viết' }).click();
    const { summary, targets } = await refusedSummary(page, /Chưa trả lại được: có 1 mục cần sửa/);
    assert.deepEqual(targets, ['reason']);
    await summary.getByRole('link').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'reason');
    await context.close();
  });

  it('the login form sent empty links both fields and keeps the e-mail', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/dang-nhap`);
    await page.getByLabel('Email').fill('bientap@congtin.demo');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    const { summary, targets } = await refusedSummary(page, /Chưa đăng nhập được/);
    assert.deepEqual(targets, ['password']);
    await expectNoAxeViolations(page, 'the refused login form');
    await summary.getByRole('link').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'password');
    assert.equal(await page.getByLabel('Email').inputValue(), 'bientap@congtin.demo');
    await context.close();
  });
});
