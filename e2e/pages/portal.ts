// Page objects for the public portal: locate by role, then label, then text.
import type { Locator, Page } from 'playwright-core';

export class PortalPage {
  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {}

  async open(path = '/') {
    await this.page.goto(this.baseUrl + path);
  }

  counter(label: 'Đang online' | 'Hôm nay' | 'Trong tuần' | 'Tất cả'): Locator {
    return this.page.getByRole('complementary').locator('.counter', { hasText: label }).locator('dd');
  }

  async counterValue(label: 'Đang online' | 'Hôm nay' | 'Trong tuần' | 'Tất cả'): Promise<number> {
    return Number((await this.counter(label).innerText()).replace(/\./g, ''));
  }

  latestNews(): Locator {
    return this.page.getByRole('region', { name: 'Thông tin mới nhất' }).getByRole('link');
  }

  async search(words: string) {
    const box = this.page.getByRole('search').first().getByLabel('Từ khóa tìm kiếm');
    await box.fill(words);
    await box.press('Enter');
    await this.page.waitForURL(/\/tim-kiem\?q=/);
  }

  searchResults(): Locator {
    return this.page.getByRole('main').getByRole('listitem').getByRole('heading').getByRole('link');
  }
}
