// The register as search and the sitemap see it (platform/content/listed-content.ts): every
// document kept in memory while the content stays, searched by its title's words or its number
// typed any way ("132 KH DUK" comes first for 132/KH-ĐUK), newest first (listed-search.ts).
import type { KeepInMemory, ListedContent } from '../../platform/content/listed-content.js';
import { findListed, type ListedEntry } from '../../platform/content/listed-search.js';
import type { DocumentsService } from './documents.service.js';

export function documentsListed(documents: DocumentsService, keepInMemory: KeepInMemory): ListedContent {
  const entries = () =>
    keepInMemory('listed:documents', async () =>
      (await documents.listForSearch()).map(
        ({ document: d, titleFolded, numberKey }): ListedEntry => ({
          words: `${titleFolded} ${numberKey}`,
          key: numberKey,
          hit: {
            kind: 'document',
            title: `${d.kindLabel} ${d.number}: ${d.title}`,
            url: d.url,
            date: d.issuedOn,
            summary: [d.issuer, d.summary].filter(Boolean).join('. '),
          },
        }),
      ),
    );
  return {
    kind: 'document',
    async search(words, limit) {
      return findListed(await entries(), words, Math.min(limit, 50));
    },
    async listPages() {
      return (await documents.listPageStamps()).map((r) => ({
        path: `/van-ban/${r.slug}`,
        lastModified: r.updated_at,
      }));
    },
  };
}
