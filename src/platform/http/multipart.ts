// A multipart form read as it streams: text fields in memory (each capped), files straight to temp
// files on disk (each capped while it streams), never the whole body in one buffer. The form comes
// back as a FormData whose files are backed by those temp files (fs.openAsBlob), so handlers read
// them with the usual File API; the temp files go when the request is done.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { AppError, BadRequestError } from './errors.js';
import { asStorageUnavailable, isStorageUnavailable } from './unavailable.js';
import { requiredOnFirstUse } from '../required-on-first-use.js';

// Required on first use: only a form with a file needs it, and every start would pay for it.
const busboyModule = requiredOnFirstUse<typeof import('@fastify/busboy')>('@fastify/busboy');

export interface MultipartLimits {
  /** Largest single file; a larger one stops the upload at once. */
  maxFileBytes: number;
  maxFiles: number;
  /** Largest text field (an article body is the biggest). */
  maxFieldBytes: number;
  maxFields: number;
}

export interface StreamedForm {
  form: FormData;
  /** Deletes the temp files; call when the request is done. */
  cleanup(): Promise<void>;
}

class FileTooLargeError extends AppError {
  constructor(message: string | undefined) {
    super('PAYLOAD_TOO_LARGE', 413);
    if (message) this.message = message;
  }
}

/**
 * Reads `body` as multipart/form-data into `tmpRoot`. `checkFirstField` sees the first part before
 * anything else is read (the CSRF token must come first); when it throws, the upload stops there.
 */
export async function streamMultipartForm(
  body: ReadableStream<Uint8Array>,
  contentType: string,
  options: {
    tmpRoot: string;
    limits: MultipartLimits;
    tooLargeMessage?: string;
    checkFirstField?: (name: string, value: string | undefined) => void;
  },
): Promise<StreamedForm> {
  await fs.promises.mkdir(options.tmpRoot, { recursive: true });
  const dir = await fs.promises.mkdtemp(path.join(options.tmpRoot, 'form-'));
  const cleanup = () => fs.promises.rm(dir, { recursive: true, force: true });
  const { limits } = options;
  const entries: Array<[string, string] | [string, { file: string; name: string; type: string }]> = [];
  const writes: Promise<void>[] = [];
  let firstSeen = false;
  let failure: unknown;

  const busboy = new (busboyModule().Busboy)({
    headers: { 'content-type': contentType },
    limits: {
      fileSize: limits.maxFileBytes,
      files: limits.maxFiles,
      fieldSize: limits.maxFieldBytes,
      fields: limits.maxFields,
      parts: limits.maxFiles + limits.maxFields,
    },
  });
  const fail = (err: unknown) => {
    failure ??= err;
    busboy.emit('error', err);
  };
  const first = (name: string, value: string | undefined) => {
    if (firstSeen) return;
    firstSeen = true;
    options.checkFirstField?.(name, value);
  };

  busboy.on('field', (name, value, _nameTruncated, valueTruncated) => {
    try {
      first(name, value);
      if (valueTruncated) throw new FileTooLargeError(options.tooLargeMessage);
      entries.push([name, value.normalize('NFC')]);
    } catch (err) {
      fail(err);
    }
  });
  busboy.on('file', (name, stream, fileName, _encoding, mimeType) => {
    try {
      first(name, undefined);
    } catch (err) {
      stream.resume();
      fail(err);
      return;
    }
    const file = path.join(dir, randomBytes(12).toString('hex'));
    entries.push([name, { file, name: fileName ?? '', type: mimeType }]);
    stream.on('limit', () => fail(new FileTooLargeError(options.tooLargeMessage)));
    writes.push(pipeline(stream, fs.createWriteStream(file, { flags: 'wx' })).catch((err) => fail(err)));
  });
  for (const event of ['partsLimit', 'filesLimit', 'fieldsLimit'])
    busboy.on(event, () => fail(new BadRequestError('FORM_UNREADABLE')));

  try {
    await pipeline(
      Readable.fromWeb(body as import('node:stream/web').ReadableStream),
      new Transform({ transform: (chunk, _e, done) => done((failure as Error | undefined) ?? null, chunk) }),
      busboy,
    );
    await Promise.all(writes);
    if (failure) throw failure;
    return { form: await toFormData(entries), cleanup };
  } catch (err) {
    await cleanup();
    throw readFailure(failure ?? err);
  }
}

/** Why the form could not be read: a full or read-only temp folder is the server's trouble (503). */
function readFailure(cause: unknown): unknown {
  if (isStorageUnavailable(cause)) return asStorageUnavailable(cause);
  return cause instanceof AppError ? cause : new BadRequestError('FORM_UNREADABLE');
}

async function toFormData(
  entries: Array<[string, string] | [string, { file: string; name: string; type: string }]>,
): Promise<FormData> {
  const form = new FormData();
  for (const [name, value] of entries) {
    if (typeof value === 'string') form.append(name, value);
    else
      form.append(
        name,
        new File([await fs.openAsBlob(value.file, { type: value.type })], value.name, { type: value.type }),
      );
  }
  return form;
}
