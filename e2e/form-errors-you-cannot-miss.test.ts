// A refused form says so at its top: the error summary takes the focus, lists every problem with
// a link to its field, and what was typed is still there.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';

describe('form errors you cannot miss', () => {
  const site = usePortalInBrowser();

  it('focuses the summary of a refused new user, links each message to its field, keeps the typing', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    const base = site.served().baseUrl;
    await page.goto(`${base}/dang-nhap`);
    await page.getByLabel('Email').fill('quantri@congtin.demo');
    await page.getByLabel('Mật khẩu').fill('LaoCai-Demo-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri$/);
    await page.goto(`${base}/quan-tri/nguoi-dung/moi`);
    await page.getByLabel('Email (tên đăng nhập)').fill('moi@congtin.demo');
    await page.getByLabel('Mật khẩu ban đầu').fill('password');
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const summary = page.getByRole('region', { name: /Chưa lưu được: có \d+ mục cần sửa/ });
    await summary.waitFor();
    assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'the summary has the focus');
    const links = await summary.getByRole('link').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.includes('#name') && links.includes('#password') && links.includes('#roles'), links.join(' '));
    await summary.getByRole('link', { name: /quá phổ biến/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'password');
    assert.equal(await page.getByLabel('Email (tên đăng nhập)').inputValue(), 'moi@congtin.demo');
    await context.close();
  });
});
