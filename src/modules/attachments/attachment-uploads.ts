// The attachment part of a staff form: the files of one multipart field, and the size cap that
// holds before such a form is read.
import type { Hono } from 'hono';
import { formatMegabytes } from '../../platform/files/file-size.js';
import { AttachmentRejectedError, MAX_FILES_PER_FORM, type Upload } from './attachments.service.js';
import { bodyCap } from '../../platform/http/body.js';
import { attachmentsText } from './attachments.vi.js';

/** The form field the plan and report forms use: `<input type="file" name="files" multiple>`. */
export const ATTACHMENT_FIELD = 'files';

// Room for the multipart framing, the CSRF token and the form's text fields (a report's body is
// at most 10,000 characters) on top of the files.
const FORM_OVERHEAD_BYTES = 256 * 1024;

/** The largest form body with attachments: every file at its largest. */
export function attachmentFormBytes(maxBytes: number): number {
  return MAX_FILES_PER_FORM * maxBytes + FORM_OVERHEAD_BYTES;
}

/**
 * Caps the body of the forms at `paths` that carry attachments, declared before anything else
 * runs: a declared Content-Length over the cap is refused before a byte is read, a chunked body
 * is cut off as soon as it passes it, and the files stream to temp files.
 */
export function capAttachmentUploads(app: Hono, deps: { maxBytes: number; paths: readonly string[] }) {
  const message = attachmentsText.formTooLarge(MAX_FILES_PER_FORM, formatMegabytes(deps.maxBytes));
  for (const path of deps.paths) app.use(path, bodyCap(attachmentFormBytes(deps.maxBytes), message));
}

// Duck-typed: the File class a multipart parser hands out need not be this realm's global one.
const isFile = (v: unknown): v is File =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as File).arrayBuffer === 'function' &&
  typeof (v as File).name === 'string';

/**
 * The files a parsed form carries in `field` (parseBody with `all: true` gives an array when
 * there are several). A file input left empty sends a nameless, empty part: that is no file.
 * More than MAX_FILES_PER_FORM is refused before any is read.
 */
export async function readUploads(form: Record<string, unknown>, field: string = ATTACHMENT_FIELD): Promise<Upload[]> {
  const value = form[field];
  const parts = (Array.isArray(value) ? value : value === undefined ? [] : [value])
    .filter(isFile)
    .filter((f) => !(f.name === '' && f.size === 0));
  if (parts.length > MAX_FILES_PER_FORM) throw new AttachmentRejectedError('ATTACHMENT_TOO_MANY', 0);
  return Promise.all(
    parts.map(async (file) => ({ data: new Uint8Array(await file.arrayBuffer()), fileName: file.name })),
  );
}
