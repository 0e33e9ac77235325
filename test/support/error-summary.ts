// Reading a refused form's error summary out of the page's HTML, and checking what a person relies
// on: there is one, it takes the focus, it comes before the form's fields, and every link in it
// lands on an element of the same page.
import assert from 'node:assert/strict';

export interface ErrorSummaryLink {
  /** The target id (the href without its "#"). */
  target: string;
  text: string;
}

export interface ReadErrorSummary {
  title: string;
  links: ErrorSummaryLink[];
  /** Every message listed, linked or not, in order. */
  items: string[];
}

const decode = (s: string) =>
  s
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();

/** The page's error summary, or undefined when it has none. */
export function readErrorSummary(html: string): ReadErrorSummary | undefined {
  const start = html.search(/<div[^>]*data-error-summary/);
  if (start < 0) return undefined;
  // The summary holds a heading and a list, no nested <div>: its first </div> closes it.
  const block = html.slice(start, html.indexOf('</div>', start));
  const title = decode(/<h2[^>]*>([\s\S]*?)<\/h2>/.exec(block)?.[1] ?? '');
  const items = [...block.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => decode(m[1]!));
  const links = [...block.matchAll(/<a href="#([^"]*)">([\s\S]*?)<\/a>/g)].map((m) => ({
    target: m[1]!,
    text: decode(m[2]!),
  }));
  return { title, links, items };
}

/**
 * Asserts the page has one error summary that takes the focus, sits in the main content before any
 * field a person fills in, and links only to ids present on the page (once each). `linksTo` lists
 * ids the summary must link to. Returns the summary for further checks.
 */
export function assertErrorSummary(html: string, linksTo: string[] = []): ReadErrorSummary {
  const summary = readErrorSummary(html);
  assert.ok(summary, 'the refused page has an error summary');
  assert.equal(html.match(/data-error-summary/g)?.length, 1, 'exactly one summary');
  const tag = /<div[^>]*data-error-summary[^>]*>/.exec(html)![0];
  assert.match(tag, /\bautofocus\b/, 'the summary takes the focus when the page loads');
  assert.match(tag, /tabindex="-1"/, 'the summary can take the focus');

  const main = html.search(/<main\b/);
  const at = html.search(/<div[^>]*data-error-summary/);
  assert.ok(main >= 0 && at > main, 'the summary is in the main content');
  const afterMain = html.slice(main);
  const firstField = afterMain.search(/<(textarea|select)\b|<input\b(?![^>]*type="hidden")/);
  if (firstField >= 0) assert.ok(at < main + firstField, 'the summary comes before the first field');

  for (const link of summary.links) {
    assert.ok(link.target, `a link with an empty target: ${link.text}`);
    const ids = html.match(new RegExp(`\\sid="${link.target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'g'));
    assert.equal(ids?.length ?? 0, 1, `the link “${link.text}” goes to #${link.target}, which is on the page once`);
  }
  const targets = summary.links.map((l) => l.target);
  for (const id of linksTo) assert.ok(targets.includes(id), `the summary links to #${id} (it links to ${targets})`);
  return summary;
}
