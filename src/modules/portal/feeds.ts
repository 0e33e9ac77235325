// RSS 2.0, sitemap.xml and robots.txt, built from published content.
import { formatRfc822 } from './rfc822.js';

const escapeXml = (s: string) =>
  s
    .replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch]!)
    // XML 1.0 forbids most control characters; drop them rather than emit an invalid feed.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

// An RSS <description> is HTML (escaped once more for XML), and feed readers render it as such:
// the lead is plain text, so it is made HTML-safe first, or "<img onerror=…>" typed into a lead
// would run in someone's reader.
const escapeHtmlText = (s: string) =>
  s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

export interface FeedItem {
  title: string;
  url: string;
  lead: string;
  author: string;
  publishedAt: string;
  category: string;
}

export function buildRss(
  site: { name: string; url: string; description: string },
  items: FeedItem[],
  now: Date,
): string {
  const entries = items
    .map(
      (i) => `    <item>
      <title>${escapeXml(i.title)}</title>
      <link>${escapeXml(site.url + i.url)}</link>
      <guid isPermaLink="true">${escapeXml(site.url + i.url)}</guid>
      <description>${escapeXml(escapeHtmlText(i.lead))}</description>
      <dc:creator>${escapeXml(i.author)}</dc:creator>
      <category>${escapeXml(i.category)}</category>
      <pubDate>${formatRfc822(new Date(i.publishedAt))}</pubDate>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(site.name)}</title>
    <link>${escapeXml(site.url)}/</link>
    <description>${escapeXml(site.description)}</description>
    <language>vi</language>
    <lastBuildDate>${formatRfc822(now)}</lastBuildDate>
    <atom:link href="${escapeXml(site.url)}/rss.xml" rel="self" type="application/rss+xml"/>
${entries}
  </channel>
</rss>
`;
}

export function buildSitemap(siteUrl: string, entries: Array<{ path: string; lastModified?: string }>): string {
  const urls = entries
    .map(
      (e) =>
        `  <url><loc>${escapeXml(siteUrl + e.path)}</loc>${e.lastModified ? `<lastmod>${e.lastModified.slice(0, 10)}</lastmod>` : ''}</url>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${urls}
</urlset>
`;
}

export function buildRobots(siteUrl: string): string {
  return `User-agent: *
Disallow: /quan-tri/
Disallow: /api/
Disallow: /tim-kiem
Allow: /

Sitemap: ${siteUrl}/sitemap.xml
`;
}
