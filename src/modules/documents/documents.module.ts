// The register put together: its files, its service, the numbers in memory for the linker.
import type { Clock, RandomSource } from '../../platform/clock.js';
import type { KeepInMemory } from '../../platform/content/listed-content.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import type { Db } from '../../database.js';
import { createDocumentFiles } from './document-files.js';
import { createDocumentRegistry } from './document-registry.js';
import { createDocumentsService } from './documents.service.js';
import { documentsListed } from './documents.listed.js';

export function createDocuments(deps: {
  db: Db;
  clock: Clock;
  random: RandomSource;
  dataDir: string;
  maxFileBytes: number;
  work: WorkPool;
  /** The portal's pages show documents and link their numbers: told after every change. */
  onContentChanged: () => void;
  /** Search keeps the register in memory with this while the content stays. */
  keepInMemory: KeepInMemory;
}) {
  const files = createDocumentFiles({
    dataDir: deps.dataDir,
    random: deps.random,
    maxBytes: deps.maxFileBytes,
    work: deps.work,
  });
  let registry: ReturnType<typeof createDocumentRegistry> | undefined;
  const service = createDocumentsService({
    db: deps.db,
    clock: deps.clock,
    files,
    onChanged: () => {
      registry?.invalidate();
      deps.onContentChanged();
    },
  });
  registry = createDocumentRegistry({ source: service, clock: deps.clock });
  return {
    service,
    maxFileBytes: deps.maxFileBytes,
    /** For articles, briefs and events: registered numbers in their public HTML become links. */
    linkDocumentNumbers: registry.linkDocumentNumbers,
    /** Number as written → its page, for the numbers that are registered (the plan pages). */
    urlsOf: registry.urlsOf,
    /** For search and the sitemap. */
    listed: documentsListed(service, deps.keepInMemory),
  };
}

export type Documents = ReturnType<typeof createDocuments>;
