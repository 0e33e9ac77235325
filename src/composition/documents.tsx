// The documents register's wiring: its service (files under DATA_DIR/documents, the attachment
// size cap), its routes, and on the first start of a demo, the demo's documents.
import type { Hono } from 'hono';
import {
  capDocumentUploads,
  createDocuments,
  type Documents,
  mountDocumentFiles,
  mountDocumentPages,
  mountDocumentsAdmin,
  mountDocumentsApi,
} from '../modules/documents/index.js';
import type { ApiDocs } from '../platform/http/api-docs.js';
import { vietnamDay } from '../platform/time/vietnam-time.js';
import { demoDocuments, minimalPdf } from '../demo/demo-documents.js';
import type { Basics, Content } from './content.js';
import type { People } from './people.js';

export type { Documents };

async function seedDemoDocuments(basics: Basics, documents: Documents) {
  const today = vietnamDay(basics.clock.now());
  for (const demo of demoDocuments(today)) {
    const { withPdf, ...input } = demo;
    const upload = withPdf
      ? {
          data: minimalPdf(`${demo.number}`, `${demo.title}. ${demo.summary}`),
          fileName: `${demo.number.replace(/\//g, '-')}.pdf`,
        }
      : undefined;
    await documents.service.create(input, upload, null);
  }
  basics.logger.info('demo documents created');
}

export async function buildDocuments(basics: Basics, content: Content, people: People) {
  const { config, db, clock, random } = basics;
  const documents = createDocuments({
    db,
    clock,
    random,
    dataDir: config.dataDir,
    maxFileBytes: config.attachmentMaxBytes,
    work: content.work,
    onContentChanged: content.onContentChanged,
    keepInMemory: content.sharedBlocks.read,
  });
  if (people.firstAccounts && config.demoContent) await seedDemoDocuments(basics, documents);
  return documents;
}

/** The file route: mounted before the site-wide security headers (it keeps its own sandbox policy). */
export function mountDocumentFileRoutes(app: Hono, documents: Documents) {
  mountDocumentFiles(app, { documents: documents.service });
}

/** The form that carries a file: its body cap, declared with the others before anything reads a body. */
export function capDocumentBodies(app: Hono, documents: Documents) {
  capDocumentUploads(app, documents.maxFileBytes);
}

export function mountDocuments(
  app: Hono,
  parts: { content: Content; people: People; documents: Documents },
  docs: ApiDocs,
) {
  const { content, people, documents } = parts;
  mountDocumentPages(app, {
    documents: documents.service,
    pageCache: content.pageCache,
    searchCache: content.searchCache,
    renderPage: content.renderPage,
  });
  mountDocumentsApi(app, { documents: documents.service, docs });
  const { guard, frame, audit } = people.accounts;
  mountDocumentsAdmin(app, {
    documents: documents.service,
    guard,
    frame,
    audit,
    maxFileBytes: documents.maxFileBytes,
  });
}
