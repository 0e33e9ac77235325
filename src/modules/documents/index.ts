// Văn bản: the documents register. A document is a number and symbol ("132/KH-ĐUK", "17-ĐA/TU",
// "42/2022/NĐ-CP"), a kind, an issuer, a date, a summary line and at most one file (PDF or .docx,
// checked from the bytes by the attachments' rules, public at /van-ban/:slug/tai-ve). A number is
// unique per issuer, kind and year. Readers list, filter and search it at /van-ban (numbers written
// any way: "132 KH DUK" finds 132/KH-ĐUK) and through GET /api/v1/documents; staff with
// documents.manage keep it at /quan-tri/van-ban. Registered numbers in other modules' public HTML
// become links at render time (linkDocumentNumbers; document-numbers.ts finds them).
export { createDocuments, type Documents } from './documents.module.js';
export type { DocumentsService, RegisteredDocument } from './documents.service.js';
export { capDocumentUploads, mountDocumentsAdmin } from './documents.admin.js';
export { mountDocumentFiles, mountDocumentPages } from './documents.public.js';
export { mountDocumentsApi } from './documents.api.js';
export { documentsListed } from './documents.listed.js';
export { findDocumentNumbers, numberKey, type FoundNumber } from './document-numbers.js';
export { linkNumbersInHtml } from './document-linker.js';
export { DOCUMENT_FILE_FIELD } from './document-files.js';
