// /diem-tin/rss.xml: RSS 2.0 of the latest published briefs. Each item's description is HTML
// (escaped once more for XML), so every text is made HTML-safe first: a title typed as
// "<img onerror=…>" must not run in someone's feed reader.
import type { Brief } from './brief-items.js';
import { briefsText } from './briefs.vi.js';

const escapeXml = (s: string) =>
  s
    .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!)
    // XML 1.0 forbids most control characters; drop them rather than emit an invalid feed.
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

function descriptionOf(brief: Brief, siteUrl: string): string {
  const items = brief.items
    .map((i) => {
      const href = i.kind === 'article' ? siteUrl + i.url : i.url;
      const summary = i.summary ? ` ${escapeHtml(i.summary)}` : '';
      return `<li><a href="${escapeHtml(href)}">${escapeHtml(i.title)}</a> (${escapeHtml(i.sourceName)})${summary}</li>`;
    })
    .join('');
  return `<p>${escapeHtml(brief.intro)}</p><ul>${items}</ul>`;
}

export function buildBriefsRss(site: { name: string; url: string }, briefs: readonly Brief[], now: Date): string {
  const t = briefsText.public;
  const entries = briefs
    .map((b) => {
      const link = escapeXml(site.url + b.url);
      return `    <item>
      <title>${escapeXml(t.dayTitle(b.date))}</title>
      <link>${link}</link>
      <guid isPermaLink="true">${link}</guid>
      <description>${escapeXml(descriptionOf(b, site.url))}</description>
      <pubDate>${new Date(b.publishedAt ?? b.updatedAt).toUTCString()}</pubDate>
    </item>`;
    })
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(`${t.title} · ${site.name}`)}</title>
    <link>${escapeXml(site.url)}/diem-tin</link>
    <description>${escapeXml(t.feedDescription(site.name))}</description>
    <language>vi</language>
    <lastBuildDate>${now.toUTCString()}</lastBuildDate>
    <atom:link href="${escapeXml(site.url)}/diem-tin/rss.xml" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`;
}
