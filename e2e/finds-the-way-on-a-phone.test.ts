// A reader and a staff member on a 390 px phone: the menu folds behind one button instead of
// filling the first screen, the login link and the search box fit, nothing is wider than the
// screen; without scripts the whole menu is simply there. On the dark red header the focus ring
// keeps WCAG 2.2's 3:1.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Page } from 'playwright-core';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';

const PHONE = { width: 390, height: 844 };

async function pageWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  const channel = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe('finding the way on a phone', () => {
  const site = usePortalInBrowser();

  it('folds the public menu behind "Danh mục", with the login link and the search box fitting', async () => {
    const context = await newReaderContext(site.browser(), { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/`);
    const menu = page.getByRole('navigation', { name: 'Danh mục chính' });
    const toggle = menu.getByRole('button', { name: 'Danh mục' });
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await menu.getByRole('link', { name: 'Trang chủ' }).isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.equal(await menu.getByRole('link', { name: 'Trang chủ' }).isVisible(), true);
    assert.equal(await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).isVisible(), true);
    const button = await page.getByRole('search').getByRole('button', { name: 'Tìm kiếm' }).boundingBox();
    assert.ok(button && button.x + button.width <= PHONE.width, 'the search button stays on the screen');
    const placeholderFits = await page.locator('#site-search').evaluate((input: HTMLInputElement) => {
      const style = getComputedStyle(input);
      const ctx = document.createElement('canvas').getContext('2d')!;
      ctx.font = `${style.fontSize} ${style.fontFamily}`;
      const room = input.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      return ctx.measureText(input.placeholder).width <= room;
    });
    assert.ok(placeholderFits, 'the placeholder is not cut off');
    assert.equal(await pageWidth(page), PHONE.width);
    await context.close();
  });

  it('folds the staff menu too', async () => {
    const context = await newReaderContext(site.browser(), { viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/dang-nhap`);
    await page.getByLabel('Email').fill('quantri@congtin.demo');
    await page.getByLabel('Mật khẩu').fill('LaoCai-Demo-2026');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(/\/quan-tri$/);
    const menu = page.getByRole('navigation', { name: 'Menu quản trị' });
    assert.equal(await menu.getByRole('link', { name: 'Người dùng' }).isVisible(), false);
    await menu.getByRole('button', { name: 'Danh mục' }).click();
    await menu.getByRole('link', { name: 'Người dùng' }).click();
    await page.waitForURL(/\/quan-tri\/nguoi-dung$/);
    assert.equal(await pageWidth(page), PHONE.width);
    await context.close();
  });

  it('shows the whole menu, without a button, when scripts do not run', async () => {
    const context = await newReaderContext(site.browser(), { viewport: PHONE, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/`);
    const menu = page.getByRole('navigation', { name: 'Danh mục chính' });
    assert.equal(await menu.getByRole('button', { name: 'Danh mục' }).count(), 0);
    assert.equal(await menu.getByRole('link', { name: 'Trang chủ' }).isVisible(), true);
    await context.close();
  });

  it('draws the focus ring on the red header at 3:1 or more against both of its reds', async () => {
    const context = await newReaderContext(site.browser(), { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${site.served().baseUrl}/`);
    const home = page.getByRole('navigation', { name: 'Danh mục chính' }).getByRole('link', { name: 'Trang chủ' });
    await home.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const ring = await home.evaluate((a) => getComputedStyle(a).outlineColor);
    for (const red of ['rgb(163, 22, 26)', 'rgb(122, 15, 18)']) {
      assert.ok(contrast(ring, red) >= 3, `focus ring ${ring} on ${red}: ${contrast(ring, red).toFixed(2)}:1`);
    }
    await context.close();
  });
});
