// Every page a reader or a staff member can reach, at a laptop's 1280 px and a phone's 390 px:
// nothing wider than the screen (the page's scrollWidth against the viewport; a wide table may
// scroll inside its own frame) and axe-core's WCAG 2.1 A/AA rules with no violation. The pages are
// found by following links, as a person would, from the home page and from each role's /quan-tri,
// one page per kind of address (/quan-tri/bai-viet/12 and /13 are one kind), so a new page is
// checked the day it is linked.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { BrowserContext, Page } from 'playwright-core';
import { newReaderContext, usePortalInBrowser } from './support/browser.js';
import { axeViolations, logInAs } from './support/checks.js';

const VIEWPORTS = [
  { width: 1280, height: 900 },
  { width: 390, height: 844 },
];

// Files, feeds and actions are not pages to look at; /dang-xuat would end the crawl's session.
// A register's file (/van-ban/…/tai-ve) is a download, whatever its name.
const NOT_A_PAGE =
  /\.(docx|xlsx|csv|xml|ics|json|ico|png|jpe?g|webp|avif|svg|pdf|zip)$|\/tai-ve$|^\/(api|static|tep-tin|dang-xuat)\b/;

/** /quan-tri/ke-hoach/3/nhiem-vu/17 → /quan-tri/ke-hoach/:n/nhiem-vu/:n; an article's, event's or document's slug → :bai. */
function kindOf(path: string): string {
  return path
    .split('/')
    .map((segment, i, all) => {
      if (/^\d+$/.test(segment)) return ':n';
      // An article, an event or a document by its slug: one of each is enough.
      if (['tin-tuc', 'su-kien', 'van-ban'].includes(all[1]!) && i === 2 && all.length === 3) return ':bai';
      if (/^\d{4}-\d{2}-\d{2}$/.test(segment)) return ':ngay';
      return segment;
    })
    .join('/');
}

async function linksOn(page: Page, origin: string): Promise<string[]> {
  const hrefs = await page.$$eval('a[href]', (anchors) => anchors.map((a) => (a as HTMLAnchorElement).href));
  return hrefs
    .filter((href) => href.startsWith(origin))
    .map((href) => {
      const url = new URL(href);
      return url.pathname + url.search;
    })
    .filter((path) => !NOT_A_PAGE.test(new URL(path, origin).pathname));
}

/** Pages reached from `start` by links, one per kind of address (queries make no new kind). */
async function crawl(page: Page, origin: string, start: string, within: RegExp, limit: number): Promise<string[]> {
  const seenKinds = new Set<string>();
  const queue = [start];
  const found: string[] = [];
  while (queue.length > 0 && found.length < limit) {
    const path = queue.shift()!;
    const kind = kindOf(new URL(path, origin).pathname);
    if (seenKinds.has(kind)) continue;
    seenKinds.add(kind);
    const response = await page.goto(origin + path);
    if (!response?.headers()['content-type']?.startsWith('text/html')) continue;
    found.push(path);
    for (const link of await linksOn(page, origin)) {
      if (within.test(link)) queue.push(link);
    }
  }
  return found;
}

/** What is wrong with one page at one width: wider than the screen, or axe's violations. */
interface Finding {
  page: string;
  scrollWidth?: number;
  axe?: string[];
}

async function checkPages(context: BrowserContext, origin: string, paths: string[], width: number) {
  const page = await context.newPage();
  const findings: Finding[] = [];
  for (const path of paths) {
    await page.goto(origin + path);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    if (scrollWidth > width) findings.push({ page: `${path} at ${width}px`, scrollWidth });
    const violations = await axeViolations(page);
    if (violations.length > 0) {
      findings.push({ page: `${path} at ${width}px`, axe: violations.map((v) => `${v.id}: ${v.nodes.join(' | ')}`) });
    }
  }
  await page.close();
  return findings;
}

describe('every page fits the screen and is accessible', () => {
  const site = usePortalInBrowser();

  it('public pages: nothing wider than the screen, no axe violation, at 1280 and 390 px', async (t) => {
    const origin = site.served().baseUrl;
    const discovery = await newReaderContext(site.browser());
    const found = await crawl(await discovery.newPage(), origin, '/', /^\/(?!quan-tri)/, 40);
    await discovery.close();
    for (const extra of ['/tim-kiem?q=dang+uy', '/tim-kiem?q=', '/khong-co-trang-nay']) found.push(extra);
    assert.ok(found.length >= 8, `the crawl reached the portal's pages: ${found.join(', ')}`);
    t.diagnostic(`checked: ${found.join(' ')}`);
    const findings: Finding[] = [];
    for (const viewport of VIEWPORTS) {
      const context = await newReaderContext(site.browser(), { viewport, bypassCSP: true });
      findings.push(...(await checkPages(context, origin, found, viewport.width)));
      await context.close();
    }
    assert.deepEqual(findings, []);
  });

  for (const email of ['quantri@congtin.demo', 'donvi@congtin.demo', 'lanhdao@congtin.demo']) {
    it(`staff pages of ${email}: nothing wider than the screen, no axe violation, at 1280 and 390 px`, async (t) => {
      const origin = site.served().baseUrl;
      const findings: Finding[] = [];
      let found: string[] = [];
      for (const viewport of VIEWPORTS) {
        const context = await newReaderContext(site.browser(), { viewport, bypassCSP: true });
        const page = await context.newPage();
        await logInAs(page, origin, email);
        if (found.length === 0) found = await crawl(page, origin, '/quan-tri', /^\/quan-tri/, 60);
        await page.close();
        findings.push(...(await checkPages(context, origin, found, viewport.width)));
        await context.close();
      }
      assert.ok(found.length >= 3, `the crawl reached the staff pages: ${found.join(', ')}`);
      t.diagnostic(`checked: ${found.join(' ')}`);
      assert.deepEqual(findings, []);
    });
  }
});
