import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations } from './support/checks.js';

describe('staff log in and out', () => {
  const site = usePortalInBrowser();

  it('an admin follows "Đăng nhập" from the portal, manages users, and logs out', async () => {
    const context = await newReaderContext(site.browser());
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'Đăng nhập' }).click();
    await page.getByLabel('Email').fill('quantri@congtin.demo');
    await page.getByLabel('Mật khẩu').fill('sai mật khẩu');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    assert.equal(await page.getByRole('alert').innerText(), 'Email hoặc mật khẩu không đúng.');
    await page.getByLabel('Mật khẩu').fill('LaoCai-Demo-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri$/);
    await page.getByRole('navigation', { name: 'Menu quản trị' }).getByRole('link', { name: 'Người dùng' }).click();
    await page.getByRole('link', { name: 'Thêm người dùng' }).click();
    await page.getByLabel('Họ và tên').fill('Vũ Thị Tuyên');
    await page.getByLabel('Email (tên đăng nhập)').fill('tuyen@congtin.demo');
    await page.getByLabel('Mật khẩu ban đầu').fill('Ban-Tuyen-giao-2026');
    await page.getByLabel('Biên tập viên').check();
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click();
    assert.equal(await page.getByRole('status').innerText(), 'Đã tạo tài khoản.');
    assert.equal((await page.getByRole('heading', { level: 1 }).textContent())?.trim(), 'Vũ Thị Tuyên');
    await page.getByRole('button', { name: 'Đăng xuất' }).first().click();
    await page.waitForURL(`${site.served().baseUrl}/`);
    await page.goto(`${site.served().baseUrl}/quan-tri`);
    await page.waitForURL(/\/dang-nhap\?tiep=/);
    await context.close();
  });

  it('has no WCAG 2.1 AA violation on the login page and the admin pages', async () => {
    const context = await newReaderContext(site.browser(), { bypassCSP: true });
    const page = await context.newPage();
    const check = (label: string) => expectNoAxeViolations(page, label);
    await page.goto(`${site.served().baseUrl}/dang-nhap`);
    await check('login');
    await page.getByLabel('Email').fill('quantri@congtin.demo');
    await page.getByLabel('Mật khẩu').fill('LaoCai-Demo-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri$/);
    for (const path of [
      '/quan-tri',
      '/quan-tri/nguoi-dung',
      '/quan-tri/nguoi-dung/moi',
      '/quan-tri/nguoi-dung/1',
      '/quan-tri/phien-dang-nhap',
      '/quan-tri/nhat-ky',
      '/quan-tri/chuyen-muc',
      '/quan-tri/chuyen-muc/1',
      '/quan-tri/cai-dat',
    ]) {
      await page.goto(site.served().baseUrl + path);
      await check(path);
    }
    await context.close();
  });
});
