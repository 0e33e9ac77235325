// One WXR item → an import record: posts and pages become articles, other kinds are left out.
import { htmlToText } from '../../../platform/text/html-text.js';
import type { ImportedArticle, ImportRecord } from '../import-source.js';
import { addParagraphs } from './autop.js';
import type { WxrItem } from './wxr-stream.js';
import { wordpressText } from './wordpress.vi.js';

/** What pass one learnt of the whole file: needed by items that refer to things anywhere in it. */
export interface SiteFacts {
  /** The old site's host ("old.site"), for telling its own addresses from others. */
  host: string | undefined;
  authors: Map<string, string>;
  /** Category nicename → term id. */
  categoryIds: Map<string, string>;
  /** Attachment post id → its file's address (attachment_url, else uploads-relative path) and alt text. */
  attachments: Map<string, { ref: string; alt: string }>;
}

const LEAD_MAX_CHARS = 400;

const STATUSES: Record<string, ImportedArticle['status'] | undefined> = {
  publish: 'published',
  future: 'published',
  draft: 'draft',
  pending: 'draft',
  private: 'draft',
};

/** Whether a post or page with this WordPress status becomes an article (for the expected count). */
/** WordPress's own bookkeeping (unsaved drafts, revisions): not an article, not worth a line in the report. */
const isBookkeeping = (wpStatus: string) => wpStatus === 'auto-draft' || wpStatus === 'inherit';

/** Whether an item of this status becomes an article or a skipped line of the report (the progress counts both). */
export const handledAsArticle = (wpStatus: string | undefined) => !isBookkeeping((wpStatus ?? '').trim());

/** "2023-05-10 02:00:00" (UTC) → Date; WordPress writes zeros for a draft that never had a date. */
function gmtDate(value: string | undefined): Date | null {
  if (!value || value.startsWith('0000')) return null;
  const date = new Date(`${value.trim().replace(' ', 'T')}Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

function firstParagraphText(html: string): string {
  const text =
    htmlToText(html)
      .split('\n')
      .find((line) => line.trim() !== '') ?? '';
  if (text.length <= LEAD_MAX_CHARS) return text.trim();
  return `${text.slice(0, LEAD_MAX_CHARS).replace(/\s+\S*$/, '')}…`;
}

/** The item's same-site addresses (path and query), its "?p=ID" first. */
function oldPathsOf(item: WxrItem, facts: SiteFacts, id: string): string[] {
  const paths = [`/?p=${id}`];
  if (item.fields['wp:post_type'] === 'page') paths.push(`/?page_id=${id}`);
  for (const address of [item.fields.link, item.fields.guid]) {
    if (!address) continue;
    try {
      const url = new URL(address.trim());
      if (facts.host === undefined || url.host === facts.host) paths.push(`${url.pathname}${url.search}`);
    } catch {
      // Not an address: nothing to redirect.
    }
  }
  return paths;
}

export function toRecord(item: WxrItem, facts: SiteFacts): ImportRecord | undefined {
  const f = item.fields;
  const kind = f['wp:post_type'];
  if (kind !== 'post' && kind !== 'page') return undefined;
  const id = (f['wp:post_id'] ?? '').trim();
  const wpStatus = (f['wp:status'] ?? '').trim();
  const status = STATUSES[wpStatus];
  if (isBookkeeping(wpStatus)) return undefined;
  if (!status)
    return {
      type: 'skipped',
      sourceId: id,
      reason: wpStatus === 'trash' ? wordpressText.trashed : wordpressText.unknownStatus(wpStatus),
    };
  const bodyHtml = addParagraphs(f['content:encoded'] ?? '');
  const creator = (f['dc:creator'] ?? '').trim();
  const thumbnail = item.meta._thumbnail_id?.trim();
  const featured = thumbnail ? facts.attachments.get(thumbnail) : undefined;
  return {
    type: 'article',
    sourceId: id,
    kind,
    title: f.title ?? '',
    lead: (f['excerpt:encoded'] ?? '').trim() !== '' ? htmlToText(f['excerpt:encoded']!) : firstParagraphText(bodyHtml),
    bodyHtml,
    authorName: facts.authors.get(creator) || creator,
    categorySourceIds: item.categories.flatMap((nicename) => facts.categoryIds.get(nicename) ?? []),
    publishedAt: status === 'published' ? (gmtDate(f['wp:post_date_gmt']) ?? gmtDate(f['wp:post_date'])) : null,
    status,
    ...(featured ? { featuredImage: featured } : {}),
    oldPaths: oldPathsOf(item, facts, id),
  };
}
