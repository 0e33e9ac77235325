// The documents register's rules: a document's row and file written together (a row never points
// at a missing file), a number unique per issuer, kind and year, the folded copies search reads,
// and every change told to the page cache and the number linker.
import type { Clock } from '../../platform/clock.js';
import { isUniqueViolation } from '../../platform/db/dialect.js';
import { AppError, codedMessages } from '../../platform/http/errors.js';
import { fold, foldedWords } from '../../platform/text/fold.js';
import { slugify, uniqueSlug } from '../../platform/text/slug.js';
import type { Db } from '../../database.js';
import type { DocumentFiles, DocumentUpload, StoredDocumentFile } from './document-files.js';
import { numberKey } from './document-numbers.js';
import type { DocumentRow } from './documents.tables.js';
import { type DocumentInput, type DocumentQuery, kindLabel } from './documents.schema.js';
import * as q from './documents.queries.js';
import { documentsText } from './documents.vi.js';

export const documentError = codedMessages(documentsText.errors);

export const DOCUMENT_PAGE_SIZE = 20;

export interface DocumentFileInfo {
  name: string;
  mime: string;
  bytes: number;
  /** The public download. */
  url: string;
}

export interface RegisteredDocument {
  id: number;
  slug: string;
  /** /van-ban/<slug> */
  url: string;
  number: string;
  numberKey: string;
  kind: string;
  kindLabel: string;
  issuer: string;
  /** YYYY-MM-DD */
  issuedOn: string;
  year: number;
  title: string;
  summary: string;
  file: DocumentFileInfo | null;
  createdAt: string;
  updatedAt: string;
}

export const documentUrl = (slug: string) => `/van-ban/${slug}`;
export const documentFileUrl = (slug: string) => `/van-ban/${slug}/tai-ve`;

function toDocument(row: DocumentRow): RegisteredDocument {
  return {
    id: row.id,
    slug: row.slug,
    url: documentUrl(row.slug),
    number: row.number,
    numberKey: row.number_key,
    kind: row.kind,
    kindLabel: kindLabel(row.kind),
    issuer: row.issuer,
    issuedOn: row.issued_on,
    year: Number(row.year),
    title: row.title,
    summary: row.summary,
    file:
      row.file_path && row.file_name && row.file_mime
        ? {
            name: row.file_name,
            mime: row.file_mime,
            bytes: Number(row.file_bytes ?? 0),
            url: documentFileUrl(row.slug),
          }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A number already in the register for this issuer, kind and year: said under the number field. */
export class DuplicateDocumentError extends AppError {
  constructor(input: DocumentInput) {
    const sentence = documentsText.input.duplicate(input.number, input.issuer, Number(input.issuedOn.slice(0, 4)));
    super('VALIDATION_FAILED', 409, { number: sentence });
    this.message = sentence;
  }
}

/** Search words → folded tokens, letters and digits only, at most 12. */
export function searchTokens(text: string): string[] {
  return foldedWords(text).slice(0, 12);
}

function rowValues(input: DocumentInput, slug: string): q.DocumentValues {
  return {
    slug,
    number: input.number,
    number_key: numberKey(input.number),
    kind: input.kind,
    issuer: input.issuer,
    issued_on: input.issuedOn,
    year: Number(input.issuedOn.slice(0, 4)),
    title: input.title,
    // The issuer and the summary are searched with the title.
    title_f: fold(`${input.title} ${input.issuer} ${input.summary}`),
    summary: input.summary,
  };
}

const fileColumns = (file: StoredDocumentFile | null): q.DocumentFile => ({
  file_path: file?.path ?? null,
  file_name: file?.name ?? null,
  file_mime: file?.mime ?? null,
  file_bytes: file?.bytes ?? null,
});

export interface DocumentsDeps {
  db: Db;
  clock: Clock;
  files: DocumentFiles;
  /** Public pages show documents (and articles link to them): called after every change. */
  onChanged: () => void;
}

export function createDocumentsService(deps: DocumentsDeps) {
  const reads = createDocumentReads(deps);
  return { ...createDocumentWrites(deps), ...reads };
}

/** What the writes share: a page address, the duplicate check, a file stored before its row. */
function writeSteps({ db, clock, files }: DocumentsDeps) {
  return {
    async slugFor(input: DocumentInput, exceptId?: number): Promise<string> {
      const base = slugify(input.number) || 'van-ban';
      if (!(await q.isSlugTaken(db, base, exceptId))) return base;
      return uniqueSlug(`${base}-${input.issuedOn.slice(0, 4)}`, (s) => q.isSlugTaken(db, s, exceptId));
    },

    async refuseDuplicate(input: DocumentInput, exceptId?: number) {
      const values = { ...input, year: Number(input.issuedOn.slice(0, 4)), number_key: numberKey(input.number) };
      if (await q.findSameNumber(db, values, exceptId)) throw new DuplicateDocumentError(input);
    },

    /** Runs `write` with the new file stored first; removes it again if the write fails. */
    async withFile<T>(
      upload: DocumentUpload | undefined,
      number: string,
      write: (f: StoredDocumentFile | null) => Promise<T>,
    ) {
      const stored = upload ? await files.save(upload, number, clock.now()) : null;
      try {
        return await write(stored);
      } catch (error) {
        if (stored) await files.remove(stored.path);
        throw error;
      }
    },

    /** A unique index refusal from a concurrent save of the same number: the same Vietnamese message. */
    duplicateOr: (input: DocumentInput) => (error: unknown) => {
      throw isUniqueViolation(error) ? new DuplicateDocumentError(input) : error;
    },
  };
}

/** Adding, changing and removing documents (with their files). */
function createDocumentWrites(deps: DocumentsDeps) {
  const { db, clock, files } = deps;
  const { slugFor, refuseDuplicate, withFile, duplicateOr } = writeSteps(deps);

  return {
    async create(
      input: DocumentInput,
      upload: DocumentUpload | undefined,
      userId: number | null,
    ): Promise<RegisteredDocument> {
      await refuseDuplicate(input);
      if (upload) await files.inspect(upload);
      const slug = await slugFor(input);
      const id = await withFile(upload, input.number, (file) =>
        q
          .insertDocument(db, {
            ...rowValues(input, slug),
            ...fileColumns(file),
            created_by: userId,
            now: clock.now().toISOString(),
          })
          .catch(duplicateOr(input)),
      );
      deps.onChanged();
      return toDocument((await q.findDocumentById(db, id))!);
    },

    /** Saves the fields; a new file replaces the old one, `removeFile` drops it. */
    async update(
      id: number,
      input: DocumentInput,
      change: { upload?: DocumentUpload; removeFile?: boolean },
    ): Promise<RegisteredDocument | undefined> {
      const before = await q.findDocumentById(db, id);
      if (!before) return undefined;
      await refuseDuplicate(input, id);
      if (change.upload) await files.inspect(change.upload);
      const slug = before.number === input.number ? before.slug : await slugFor(input, id);
      const replacing = change.upload !== undefined || change.removeFile === true;
      await withFile(change.upload, input.number, (file) =>
        q
          .updateDocument(db, id, {
            ...rowValues(input, slug),
            ...(replacing ? fileColumns(file) : {}),
            now: clock.now().toISOString(),
          })
          .catch(duplicateOr(input)),
      );
      if (replacing && before.file_path) await files.remove(before.file_path);
      deps.onChanged();
      return toDocument((await q.findDocumentById(db, id))!);
    },

    async remove(id: number): Promise<RegisteredDocument | undefined> {
      const row = await q.findDocumentById(db, id);
      if (!row) return undefined;
      await q.deleteDocument(db, id);
      if (row.file_path) await files.remove(row.file_path);
      deps.onChanged();
      return toDocument(row);
    },
  };
}

/** The register's reads: one document, a page of the list, the filters' choices, a file. */
function createDocumentReads(deps: DocumentsDeps) {
  const { db, clock, files } = deps;
  const reads = {
    async findById(id: number): Promise<RegisteredDocument | undefined> {
      const row = await q.findDocumentById(db, id);
      return row && toDocument(row);
    },

    async findBySlug(slug: string): Promise<RegisteredDocument | undefined> {
      if (!/^[a-z0-9-]{1,140}$/.test(slug)) return undefined;
      const row = await q.findDocumentBySlug(db, slug);
      return row && toDocument(row);
    },

    /** One page of the register, newest first, with the filters and search of DocumentQuery. */
    async list(query: Partial<DocumentQuery>, page: number, pageSize = DOCUMENT_PAGE_SIZE) {
      const filter = { kind: query.kind, issuer: query.issuer, year: query.year, tokens: searchTokens(query.q ?? '') };
      const [rows, total] = await Promise.all([
        q.listDocuments(db, filter, { limit: pageSize, offset: (page - 1) * pageSize }),
        q.countDocuments(db, filter),
      ]);
      return { items: rows.map(toDocument), total, page, pages: Math.max(1, Math.ceil(total / pageSize)) };
    },

    /** Every document, as the list orders them, with the folded title and number search looks in
     * (documents.listed.ts keeps them in memory while the content stays). */
    async listForSearch() {
      return (await q.listAllDocuments(db)).map((row) => ({
        document: toDocument(row),
        titleFolded: row.title_f,
        numberKey: row.number_key,
      }));
    },

    /** The choices of the list's filters: the issuers and years in the register. */
    async filterChoices() {
      const [issuers, years] = await Promise.all([q.listIssuers(db), q.listYears(db)]);
      return { issuers, years };
    },

    /** The stored file of a document, ready to stream. */
    async openFile(slug: string) {
      const doc = await reads.findBySlug(slug);
      const row = doc?.file && (await q.findDocumentById(db, doc.id));
      const opened = row?.file_path ? await files.open(row.file_path) : undefined;
      return opened && doc?.file ? { document: doc, file: doc.file, opened } : undefined;
    },

    listRegistry: () => q.listRegistry(db),
    listPageStamps: () => q.listPageStamps(db),
    today: () => clock.now(),
  };
  return reads;
}

export type DocumentsService = ReturnType<typeof createDocumentsService>;
