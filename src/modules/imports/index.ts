// Moving in from another site (WordPress, NukeViet): the import and the old addresses. Rules: a
// reader only translates its source into ImportRecords (import-source.ts) and never touches the
// database; the import stores articles through the articles module (the editor's allowlist, NFC,
// congtin slugs) and images through the media module; each article is written whole in one
// transaction; (source, kind, source id) is remembered, so a rerun adds nothing; every old address
// is kept normalised (legacy-path.ts) and answered with a 301 once congtin has no page of its own.
export type {
  ImportSource,
  ImportRecord,
  ImportedArticle,
  ImportedCategory,
  ImportedImage,
  ImportedVisitTotal,
  SkippedItem,
} from './import-source.js';
export type { ImportDeps } from './import-deps.js';
export { runImport, type ImportProgress } from './run-import.js';
export { formatReport, type ImportReport, type SkippedReport } from './import-report.js';
export { mountLegacyRedirects } from './legacy-redirects.js';
export { sumImportedVisitTotals } from './imports.queries.js';
export { normalizeLegacyPath } from './legacy-path.js';
export { openWordPressSource, WordPressInputError } from './wordpress/index.js';
export { importsText } from './imports.vi.js';
