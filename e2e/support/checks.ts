// What several browser tests do the same way: run axe-core's WCAG 2.1 A/AA rules on the page, and
// log in through the real form as one of the demo accounts.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/** axe-core's script: contexts made with `bypassCSP` load it into every page (browser.ts). */
export const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.1 A/AA violations on the page (its context needs `bypassCSP: true`). */
export async function axeViolations(page: Page): Promise<Array<{ id: string; help: string; nodes: string[] }>> {
  // Sent once per context as an init script, not 0.5 MB over the protocol for each page checked.
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      // Only the violations are read: axe then skips the details of what passed.
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({
      id: v.id,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
    }));
  });
}

/** The page must pass axe-core. Its context needs `bypassCSP: true`: the CSP rightly refuses injected scripts. */
export async function expectNoAxeViolations(page: Page, label: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], label);
}

/** Nothing wider than the screen (a wide table scrolls in its own frame), and axe-core passes. */
export async function expectFitsAndAccessible(page: Page, label: string): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${label} is ${overflow}px too wide`);
  await expectNoAxeViolations(page, label);
}

/** Logs in through /dang-nhap with the demo password and waits for the staff dashboard. */
export async function logInAs(page: Page, baseUrl: string, email: string): Promise<void> {
  await page.goto(`${baseUrl}/dang-nhap`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Mật khẩu').fill('LaoCai-Demo-2026');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL(/\/quan-tri$/);
}
