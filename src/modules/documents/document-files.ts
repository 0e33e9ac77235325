// A document's file: PDF or Word .docx only, decided from the bytes by the attachments' rules (a
// .docx opened on the worker pool, macros refused), at most the attachment size cap, stored under
// DATA_DIR/documents with a server-made name. Unlike plan attachments these are public.
import path from 'node:path';
import type { RandomSource } from '../../platform/clock.js';
import { openStoredFile, type OpenedFile } from '../../platform/files/file-response.js';
import { formatMegabytes } from '../../platform/files/file-size.js';
import { createFileStore } from '../../platform/files/file-store.js';
import { cleanOriginalName, ORIGINAL_NAME_MAX } from '../../platform/files/original-name.js';
import { asciiName } from '../../platform/text/fold.js';
import { AppError } from '../../platform/http/errors.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import { ATTACHMENT_TYPES, detectAttachmentType } from '../attachments/index.js';
import { documentsText } from './documents.vi.js';

const m = documentsText.input;

export const DOCUMENT_FILE_TYPES = { pdf: ATTACHMENT_TYPES.pdf, docx: ATTACHMENT_TYPES.docx } as const;
export type DocumentFileType = keyof typeof DOCUMENT_FILE_TYPES;

/** The form field of the file input. */
export const DOCUMENT_FILE_FIELD = 'file';

export interface DocumentUpload {
  data: Uint8Array;
  fileName: string;
}

export interface StoredDocumentFile {
  path: string;
  name: string;
  mime: string;
  bytes: number;
}

/** A file refused for what it is: the sentence goes under the form's file field. */
export class DocumentFileRejectedError extends AppError {
  constructor(status: 400 | 413 | 415, sentence: string) {
    super('VALIDATION_FAILED', status, { file: sentence });
    this.message = sentence;
  }
}

/** The name a download is saved as: the uploader's name when it fits the type, else one made from the number. */
function downloadName(fileName: string, type: DocumentFileType, number: string): string {
  const fallback = `${asciiName(number) || 'van-ban'}.${type}`;
  const name = cleanOriginalName(fileName, fallback);
  if (name.toLowerCase().endsWith(`.${type}`)) return name;
  const suffix = `.${type}`;
  return `${Array.from(name)
    .slice(0, ORIGINAL_NAME_MAX - suffix.length)
    .join('')
    .trim()}${suffix}`;
}

export function createDocumentFiles(deps: { dataDir: string; random: RandomSource; maxBytes: number; work: WorkPool }) {
  const store = createFileStore<DocumentFileType>({
    root: path.join(deps.dataDir, 'documents'),
    random: deps.random,
    types: DOCUMENT_FILE_TYPES,
  });
  const size = formatMegabytes(deps.maxBytes);

  /** The file's type, or a DocumentFileRejectedError the editor can fix. */
  async function inspect(upload: DocumentUpload): Promise<DocumentFileType> {
    if (upload.data.byteLength === 0) throw new DocumentFileRejectedError(400, m.fileEmpty);
    if (upload.data.byteLength > deps.maxBytes) throw new DocumentFileRejectedError(413, m.fileTooLarge(size));
    let type: string | undefined;
    try {
      type = await detectAttachmentType(upload.data, deps.work);
    } catch (error) {
      // An archive that inflates past the caps: not a document we keep.
      if (error instanceof AppError && error.status < 500) throw new DocumentFileRejectedError(415, m.fileType);
      throw error;
    }
    if (type !== 'pdf' && type !== 'docx') throw new DocumentFileRejectedError(415, m.fileType);
    return type;
  }

  return {
    maxBytes: deps.maxBytes,
    inspect,

    /** Checks, then writes the file; the caller records it (and removes it if its row fails). */
    async save(upload: DocumentUpload, number: string, at: Date): Promise<StoredDocumentFile> {
      const type = await inspect(upload);
      const stored = await store.save(upload.data, type, at);
      return {
        path: stored,
        name: downloadName(upload.fileName, type, number),
        mime: DOCUMENT_FILE_TYPES[type],
        bytes: upload.data.byteLength,
      };
    },

    remove: (relativePath: string) => store.remove(relativePath),

    async open(relativePath: string): Promise<OpenedFile | undefined> {
      const address = store.locatePath(relativePath);
      return address && openStoredFile(address.absolute);
    },
  };
}

export type DocumentFiles = ReturnType<typeof createDocumentFiles>;
