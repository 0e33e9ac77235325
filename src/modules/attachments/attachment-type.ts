// What an attached file really is, decided from its bytes: the name and the browser's
// Content-Type are the uploader's claims. Accepted: PDF, Word .docx, Excel .xlsx, JPEG, PNG. A
// .docx or .xlsx is a ZIP, so it is opened and its [Content_Types].xml must declare the Word or
// Excel main part, which must be there; any macro project (vbaProject.bin: a .docm renamed
// .docx) or ActiveX control refuses it, as does any other ZIP.
import { imageSize } from 'image-size';
import { BadRequestError } from '../../platform/http/errors.js';
import { checkZip } from '../../platform/files/zip-check.js';
import { workerTask, type WorkPool } from '../../platform/workers/work-pool.js';
import { attachmentsText } from './attachments.vi.js';

export const ATTACHMENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  jpg: 'image/jpeg',
  png: 'image/png',
} as const;

export type AttachmentExtension = keyof typeof ATTACHMENT_TYPES;

/** The names a file of each type may already carry; another name gets the right extension added. */
export const NAME_EXTENSIONS: Record<AttachmentExtension, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  jpg: ['jpg', 'jpeg'],
  png: ['png'],
};

const MAIN_PARTS = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
} as const;

// Real documents hold tens to a few hundred parts and a content-types list of a few KB. A 10 MB
// workbook of figures can unpack to ~100 MB of XML, so the cap on the whole is looser than the
// unit sheet's; it only bounds the inflating (the bytes are counted, not kept).
const ZIP_LIMITS = { maxEntries: 5_000, maxTotalBytes: 200 * 1024 * 1024 };
const CONTENT_TYPES = '[content_types].xml';
const MAX_CONTENT_TYPES_BYTES = 1024 * 1024;

const TOO_LARGE = attachmentsText.officeTooLarge(ZIP_LIMITS.maxTotalBytes / 1024 / 1024);

/** The archive inflates past the caps (a "zip bomb", or a document far larger than any report). */
export class OfficeArchiveTooLargeError extends BadRequestError {
  constructor() {
    // The attachment forms show VALIDATION_FAILED's field messages beside the file input.
    super('VALIDATION_FAILED', { files: TOO_LARGE });
    this.message = TOO_LARGE;
  }
}

const startsWith = (data: Uint8Array, bytes: readonly number[]) =>
  data.length >= bytes.length && bytes.every((b, i) => data[i] === b);
const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4

/**
 * The file's type from its bytes, or undefined when it is none we accept. A ZIP is inflated and
 * inspected on the worker pool; one that inflates past the caps throws OfficeArchiveTooLargeError.
 */
export async function detectAttachmentType(data: Uint8Array, work: WorkPool): Promise<AttachmentExtension | undefined> {
  if (startsWith(data, PDF)) return 'pdf';
  if (startsWith(data, ZIP)) {
    const verdict = await work.run(officeTypeTask, data);
    if (verdict === 'too-large') throw new OfficeArchiveTooLargeError();
    return verdict ?? undefined;
  }
  return detectImageType(data);
}

function detectImageType(data: Uint8Array): AttachmentExtension | undefined {
  try {
    const size = imageSize(data);
    if (!(size.width > 0 && size.height > 0)) return undefined;
    return size.type === 'jpg' || size.type === 'png' ? size.type : undefined;
  } catch {
    return undefined;
  }
}

/** Runs on a worker: the office type inside the ZIP, null for none, or 'too-large' past the caps. */
export async function detectOfficeType(data: Uint8Array): Promise<AttachmentExtension | 'too-large' | null> {
  const zip = await checkZip(data, ZIP_LIMITS, { names: [CONTENT_TYPES], maxBytes: MAX_CONTENT_TYPES_BYTES });
  if (!zip.ok) return zip.reason === 'too-large' || zip.reason === 'too-many-entries' ? 'too-large' : null;
  // Part names are case-insensitive in Office files.
  const entries = new Set(zip.names.filter((name) => !name.endsWith('/')).map((name) => name.toLowerCase()));
  if ([...entries].some((name) => /(^|\/)vbaproject[^/]*\.bin$|(^|\/)activex[^/]*\.bin$/.test(name))) return null;
  const xml = zip.kept.get(CONTENT_TYPES)?.toString('utf8');
  if (xml === undefined) return null;
  const overrides = [...xml.matchAll(/<Override\b[^>]*>/g)].map((m) => ({
    part: attribute(m[0], 'PartName'),
    type: attribute(m[0], 'ContentType'),
  }));
  const found = (Object.keys(MAIN_PARTS) as Array<keyof typeof MAIN_PARTS>).filter((kind) =>
    overrides.some(
      (o) =>
        o.type === MAIN_PARTS[kind] && o.part !== undefined && entries.has(o.part.replace(/^\//, '').toLowerCase()),
    ),
  );
  // Exactly one main document: a file claiming to be both is not one we can name.
  return found.length === 1 ? found[0]! : null;
}

const officeTypeTask = workerTask(import.meta.url, 'detectOfficeType', detectOfficeType);

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`)
    .exec(tag)
    ?.slice(1)
    .find((v) => v !== undefined);
}
