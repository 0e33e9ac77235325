// The register as search and the sitemap see it (platform/content/listed-content.ts).
import type { ListedContent } from '../../platform/content/listed-content.js';
import type { DocumentsService } from './documents.service.js';

/** Documents matching the reader's words (a number written any way, or the title's words), newest first. */
export function documentsListed(documents: DocumentsService): ListedContent {
  return {
    kind: 'document',
    async search(words, limit) {
      if (words.trim() === '' || limit <= 0) return [];
      const found = await documents.search(words, Math.min(limit, 50));
      return found.map((d) => ({
        kind: 'document' as const,
        title: `${d.kindLabel} ${d.number}: ${d.title}`,
        url: d.url,
        date: d.issuedOn,
        summary: [d.issuer, d.summary].filter(Boolean).join('. '),
      }));
    },
    async listPages() {
      return (await documents.listPageStamps()).map((r) => ({
        path: `/van-ban/${r.slug}`,
        lastModified: r.updated_at,
      }));
    },
  };
}
