// A reader writes to a department from /lien-he with the keyboard's labels, is refused once with
// the summary in focus and the typing kept, then sends and lands on the thank-you page; an editor
// finds the message in the inbox, marks it handled. axe-core finds no WCAG 2.1 AA violation on
// the form, the refused form, the thank-you page, the inbox and the message, at 1280 and 390 px.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { expectNoAxeViolations, logInAs } from './support/checks.js';

describe('a reader writes to the committee', () => {
  const site = usePortalInBrowser();

  for (const width of [1280, 390]) {
    it(`sends a message and an editor handles it (${width} px)`, async () => {
      const { app, baseUrl } = site.served();
      const context = await newReaderContext(site.browser(), { viewport: { width, height: 900 }, bypassCSP: true });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/lien-he`);
      await expectNoAxeViolations(page, `/lien-he at ${width}`);
      const trap = await page.locator('#website').boundingBox();
      assert.ok(trap && trap.x + trap.width <= 0, 'the trap is off screen');
      await page.getByLabel('Họ và tên').focus();
      const reached: string[] = [];
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press('Tab');
        reached.push(await page.evaluate(() => document.activeElement?.id || document.activeElement?.tagName || ''));
      }
      assert.deepEqual(
        reached.slice(0, 5),
        ['email', 'phone', 'departmentId', 'message', 'BUTTON'],
        'Tab skips the trap',
      );
      const name = `Bạn đọc ${width}`;
      await page.getByLabel('Họ và tên').fill(name);
      await page.getByLabel('Email').fill('bandoc@vidu');
      await page.getByLabel('Gửi đến').selectOption({ label: 'Ban Tuyên giáo Đảng ủy Khối' });
      await page.getByLabel('Nội dung').fill('Xin gửi ảnh lễ kết nạp đảng viên của chi bộ.');
      app.clock.advance(5000);
      await page.getByRole('button', { name: 'Gửi thư' }).click();
      const summary = page.getByRole('region', { name: /Chưa gửi được/ });
      await summary.waitFor();
      assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'the summary has the focus');
      assert.equal(await page.getByLabel('Họ và tên').inputValue(), name, 'the typing is kept');
      await expectNoAxeViolations(page, `refused /lien-he at ${width}`);
      await page.getByLabel('Email').fill('bandoc@vidu.vn');
      app.clock.advance(5000);
      await page.getByRole('button', { name: 'Gửi thư' }).click();
      await page.waitForURL(/\/lien-he\/da-gui$/);
      await page.getByRole('heading', { name: 'Cảm ơn bạn đã liên hệ' }).waitFor();
      await expectNoAxeViolations(page, `thank-you page at ${width}`);

      await logInAs(page, baseUrl, 'bientap@congtin.demo');
      await page.goto(`${baseUrl}/quan-tri/lien-he?trang-thai=new`);
      await expectNoAxeViolations(page, `inbox at ${width}`);
      await page.getByRole('link', { name }).click();
      await page.getByRole('heading', { name: new RegExp(name) }).waitFor();
      await expectNoAxeViolations(page, `message page at ${width}`);
      await page.getByLabel('Trạng thái').selectOption({ label: 'Đã trả lời' });
      await page.getByLabel('Ghi chú nội bộ').fill('Đã hướng dẫn gửi ảnh qua email.');
      await page.getByRole('button', { name: 'Lưu' }).click();
      await page.getByText('Đã lưu thư.').waitFor();
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      assert.ok(fits, `the message page fits ${width} px`);
      await context.close();
    });
  }
});
