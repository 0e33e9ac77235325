// An admin whose role requires two-factor login is sent to turn it on after the password, scans
// (here: reads) the secret, confirms with a code, keeps the recovery codes, and logs in again with
// the password and a code computed in the test at the app's clock. axe-core on every new page, at
// 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { codeAt } from '../test/support/two-factor.js';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectFitsAndAccessible } from './support/checks.js';

const ADMIN = { email: 'quantri@laocai.example', password: 'Mat-khau-quan-tri-2026' };
const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

describe('an admin turns on two-factor login', () => {
  const site = usePortalInBrowser({ ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, DEMO_ACCOUNTS: '1' });
  const clock = () => site.served().app.clock;

  async function password(page: Page) {
    await page.goto(`${site.served().baseUrl}/dang-nhap`);
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Mật khẩu').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
  }

  /** The page at both widths: nothing wider than the screen, no axe violation. */
  async function checkBothWidths(page: Page, label: string) {
    for (const viewport of VIEWPORTS) {
      await page.setViewportSize(viewport);
      await expectFitsAndAccessible(page, `${label} at ${viewport.width}px`);
    }
  }

  it('is sent to turn it on, turns it on, and logs in with a code', async () => {
    const context = await newReaderContext(site.browser(), { bypassCSP: true });
    const page = await context.newPage();
    await password(page);
    await page.waitForURL(/\/quan-tri\/tai-khoan\/xac-thuc-hai-yeu-to$/);
    assert.match(await page.getByRole('status').innerText(), /bắt buộc dùng xác thực hai yếu tố/);
    const qr = page.getByRole('img', { name: /Mã QR để thêm tài khoản/ });
    assert.ok((await qr.boundingBox())!.width > 100, 'the QR code is drawn');
    await checkBothWidths(page, 'enrolment');
    const secret = (await page.locator('code.secret').innerText()).replace(/\s/g, '');
    await page.getByLabel('Mã 6 chữ số').fill(codeAt(secret, clock().now().getTime()));
    await page.getByRole('button', { name: 'Bật xác thực hai yếu tố' }).click();
    await page.getByRole('heading', { name: 'Đã bật xác thực hai yếu tố' }).waitFor();
    assert.equal(await page.locator('.recovery-codes li').count(), 10);
    await checkBothWidths(page, 'recovery codes');
    await page.getByRole('link', { name: /Tôi đã lưu các mã/ }).click();
    await page.waitForURL(/\/quan-tri$/);
    await page.goto(`${site.served().baseUrl}/quan-tri/xac-thuc-hai-yeu-to`);
    await checkBothWidths(page, 'required roles');
    await page.getByRole('button', { name: 'Đăng xuất' }).first().click();

    await password(page);
    await page.waitForURL(/\/dang-nhap\/ma-xac-thuc/);
    await checkBothWidths(page, 'code step');
    clock().advance(30_000);
    await page.getByLabel('Mã xác thực hoặc mã dự phòng').fill('000000');
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    assert.match(await page.getByRole('alert').innerText(), /Mã không đúng/);
    await checkBothWidths(page, 'code step refused');
    await page.getByLabel('Mã xác thực hoặc mã dự phòng').fill(codeAt(secret, clock().now().getTime()));
    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await page.waitForURL(/\/quan-tri$/);
    await page.goto(`${site.served().baseUrl}/quan-tri/tai-khoan/xac-thuc-hai-yeu-to`);
    assert.match(await page.locator('main').innerText(), /Xác thực hai yếu tố đang bật từ/);
    await checkBothWidths(page, 'own page, turned on');
    await context.close();
  });
});
