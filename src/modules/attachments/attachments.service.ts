// The attachments' rules: what a file may be, where it goes, what it is linked to. Rows map to
// Attachment objects here; row types never reach the pages.
import path from 'node:path';
import type { Clock, RandomSource } from '../../platform/clock.js';
import { openStoredFile, type OpenedFile } from '../../platform/files/file-response.js';
import { formatMegabytes } from '../../platform/files/file-size.js';
import { createFileStore } from '../../platform/files/file-store.js';
import { cleanOriginalName, ORIGINAL_NAME_MAX } from '../../platform/files/original-name.js';
import { AppError } from '../../platform/http/errors.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import type { Db } from '../../database.js';
import type { AttachmentRow } from './attachments.tables.js';
import {
  ATTACHMENT_TYPES,
  detectAttachmentType,
  NAME_EXTENSIONS,
  type AttachmentExtension,
} from './attachment-type.js';
import * as q from './attachments.queries.js';
import { attachmentsText } from './attachments.vi.js';

export interface Attachment {
  id: number;
  /** Relative to DATA_DIR/attachments, e.g. 2026/11/<32 hex>.pdf. */
  path: string;
  /** Where staff download it (behind the login and the per-record check). */
  url: string;
  /** The name the download is saved as. */
  originalName: string;
  mime: string;
  bytes: number;
  uploadedBy: number;
  createdAt: string;
}

/** An attachment with what holds it: the download check needs both. */
export interface AttachmentWithOwners extends Attachment {
  planIds: number[];
  reportIds: number[];
}

export interface Upload {
  data: Uint8Array;
  fileName: string;
}

/** At most this many files in one form (a report's minutes, a few photos, a list). */
export const MAX_FILES_PER_FORM = 10;

export type AttachmentRejection =
  | 'ATTACHMENT_EMPTY'
  | 'ATTACHMENT_TOO_LARGE'
  | 'ATTACHMENT_UNSUPPORTED_TYPE'
  | 'ATTACHMENT_TOO_MANY';

const STATUS: Record<AttachmentRejection, 400 | 413 | 415> = {
  ATTACHMENT_EMPTY: 400,
  ATTACHMENT_TOO_LARGE: 413,
  ATTACHMENT_UNSUPPORTED_TYPE: 415,
  ATTACHMENT_TOO_MANY: 400,
};

const rejected = attachmentsText.rejected;
export const messages = {
  ATTACHMENT_EMPTY: () => rejected.ATTACHMENT_EMPTY,
  ATTACHMENT_TOO_LARGE: (maxBytes: number) => rejected.ATTACHMENT_TOO_LARGE(formatMegabytes(maxBytes)),
  ATTACHMENT_UNSUPPORTED_TYPE: () => rejected.ATTACHMENT_UNSUPPORTED_TYPE,
  ATTACHMENT_TOO_MANY: () => rejected.ATTACHMENT_TOO_MANY(MAX_FILES_PER_FORM),
} satisfies Record<AttachmentRejection, (maxBytes: number) => string>;

/**
 * A file refused for what it is. A VALIDATION_FAILED AppError with the sentence under the form
 * field `files`, so a form handler that re-shows its form on validation errors shows this one
 * too, and one that does not still answers with this status and sentence, never a 500.
 */
export class AttachmentRejectedError extends AppError {
  constructor(
    readonly reason: AttachmentRejection,
    maxBytes: number,
    fileName?: string,
  ) {
    const sentence = messages[reason](maxBytes);
    super('VALIDATION_FAILED', STATUS[reason], {
      files: fileName ? attachmentsText.aboutFile(sentence, fileName) : sentence,
    });
    this.message = sentence;
  }
}

/** /quan-tri/tep-dinh-kem/<id>/<name>: the name is there for the browser's address bar and history. */
export function downloadUrlOf(attachment: { id: number; originalName: string }): string {
  return `/quan-tri/tep-dinh-kem/${attachment.id}/${encodeURIComponent(attachment.originalName)}`;
}

function toAttachment(row: AttachmentRow): Attachment {
  return {
    id: row.id,
    path: row.path,
    url: downloadUrlOf({ id: row.id, originalName: row.original_name }),
    originalName: row.original_name,
    mime: row.mime,
    bytes: Number(row.bytes),
    uploadedBy: row.uploaded_by,
    createdAt: row.created_at,
  };
}

/**
 * The uploader's name, cleaned, ending in the extension of what the file really is: a PDF
 * named "bao-cao.exe" downloads as "bao-cao.exe.pdf" and opens in a PDF reader.
 */
export function attachmentName(fileName: string, extension: AttachmentExtension): string {
  const fallback = `tep-dinh-kem.${extension}`;
  const name = cleanOriginalName(fileName, fallback);
  const dot = name.lastIndexOf('.');
  const given = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (NAME_EXTENSIONS[extension].includes(given)) return name;
  const suffix = `.${extension}`;
  return `${Array.from(name)
    .slice(0, ORIGINAL_NAME_MAX - suffix.length)
    .join('')
    .trim()}${suffix}`;
}

function groupByOwner(rows: Array<AttachmentRow & { owner_id: number }>): Map<number, Attachment[]> {
  const byOwner = new Map<number, Attachment[]>();
  for (const row of rows)
    (byOwner.get(row.owner_id) ?? byOwner.set(row.owner_id, []).get(row.owner_id)!).push(toAttachment(row));
  return byOwner;
}

const validId = (id: number) => Number.isSafeInteger(id) && id > 0;

export interface AttachmentsDeps {
  db: Db;
  clock: Clock;
  random: RandomSource;
  dataDir: string;
  maxBytes: number;
  /** Looking inside a .docx/.xlsx runs on the worker pool. */
  work: WorkPool;
}

/** What the writes and the reads share: the database, the file store, the size cap. */
interface AttachmentsKit {
  db: Db;
  clock: Clock;
  maxBytes: number;
  work: WorkPool;
  files: ReturnType<typeof createFileStore<AttachmentExtension>>;
}

export function createAttachments(deps: AttachmentsDeps) {
  const files = createFileStore<AttachmentExtension>({
    root: path.join(deps.dataDir, 'attachments'),
    random: deps.random,
    types: ATTACHMENT_TYPES,
  });
  const kit: AttachmentsKit = { db: deps.db, clock: deps.clock, maxBytes: deps.maxBytes, work: deps.work, files };
  return { maxBytes: deps.maxBytes, ...createAttachmentWrites(kit), ...createAttachmentReads(kit) };
}

/** Checking and storing files, and linking them to what they belong to. */
function createAttachmentWrites(kit: AttachmentsKit) {
  const { db, clock, maxBytes, files } = kit;

  /** The file's real type; throws AttachmentRejectedError for what the uploader can fix. */
  async function inspect(upload: Upload): Promise<AttachmentExtension> {
    if (upload.data.byteLength === 0) throw new AttachmentRejectedError('ATTACHMENT_EMPTY', maxBytes, upload.fileName);
    if (upload.data.byteLength > maxBytes)
      throw new AttachmentRejectedError('ATTACHMENT_TOO_LARGE', maxBytes, upload.fileName);
    const extension = await detectAttachmentType(upload.data, kit.work);
    if (!extension) throw new AttachmentRejectedError('ATTACHMENT_UNSUPPORTED_TYPE', maxBytes, upload.fileName);
    return extension;
  }

  async function store(input: Upload & { uploadedBy: number }): Promise<Attachment> {
    const extension = await inspect(input);
    const now = clock.now();
    const stored = await files.save(input.data, extension, now);
    const originalName = attachmentName(input.fileName, extension);
    let id: number;
    try {
      id = await q.insertAttachment(db, {
        path: stored,
        originalName,
        mime: ATTACHMENT_TYPES[extension],
        bytes: input.data.byteLength,
        uploadedBy: input.uploadedBy,
        now: now.toISOString(),
      });
    } catch (error) {
      await files.remove(stored);
      throw error;
    }
    return toAttachment((await q.findAttachmentById(db, id))!);
  }

  async function check(uploads: readonly Upload[]): Promise<void> {
    if (uploads.length > MAX_FILES_PER_FORM) throw new AttachmentRejectedError('ATTACHMENT_TOO_MANY', maxBytes);
    for (const upload of uploads) await inspect(upload);
  }

  /** Removes an attachment's row, then its file (a file left by a crash in between is only wasted space). */
  async function discard(attachment: Attachment): Promise<void> {
    await q.deleteAttachment(db, attachment.id);
    await files.remove(attachment.path);
  }

  return {
    /** Checks every file without storing any: call before saving the plan or report they belong to. */
    check,

    /**
     * Checks the bytes, writes the file, then the row: a row never points at a missing file and
     * a failed insert leaves no file behind. Throws AttachmentRejectedError (400/413/415).
     */
    store,

    /** Stores all the files or none: if one is refused or fails, those already stored are removed. */
    async storeAll(uploads: readonly Upload[], uploadedBy: number): Promise<Attachment[]> {
      await check(uploads);
      const stored: Attachment[] = [];
      try {
        for (const upload of uploads) stored.push(await store({ ...upload, uploadedBy }));
      } catch (error) {
        for (const attachment of stored) await discard(attachment);
        throw error;
      }
      return stored;
    },

    /** Links stored attachments to a plan that exists (the plans service just saved it). */
    async attachToPlan(planId: number, attachmentIds: readonly number[]): Promise<void> {
      await q.linkToPlan(db, planId, [...new Set(attachmentIds)]);
    },

    /** Links stored attachments to a progress report that exists. */
    async attachToReport(reportId: number, attachmentIds: readonly number[]): Promise<void> {
      await q.linkToReport(db, reportId, [...new Set(attachmentIds)]);
    },
  };
}

/** The attachments of plans and reports, one with what holds it, and its file. */
function createAttachmentReads({ db, files }: AttachmentsKit) {
  return {
    /** Plan id → its attachments (plans without any are absent). */
    async listForPlans(planIds: readonly number[]): Promise<Map<number, Attachment[]>> {
      return groupByOwner(await q.listPlanAttachments(db, [...new Set(planIds)]));
    },

    /** Report id → its attachments (reports without any are absent). */
    async listForReports(reportIds: readonly number[]): Promise<Map<number, Attachment[]>> {
      return groupByOwner(await q.listReportAttachments(db, [...new Set(reportIds)]));
    },

    async find(id: number): Promise<AttachmentWithOwners | undefined> {
      if (!validId(id)) return undefined;
      const row = await q.findAttachmentById(db, id);
      if (!row) return undefined;
      return { ...toAttachment(row), ...(await q.listOwnersOf(db, id)) };
    },

    /** The stored file, ready to stream; undefined when the id or its file is unknown. */
    async open(id: number): Promise<(OpenedFile & { attachment: Attachment }) | undefined> {
      const row = validId(id) ? await q.findAttachmentById(db, id) : undefined;
      const address = row && files.locatePath(row.path);
      const file = address && (await openStoredFile(address.absolute));
      return file && { ...file, attachment: toAttachment(row) };
    },
  };
}

export type AttachmentsService = ReturnType<typeof createAttachments>;
