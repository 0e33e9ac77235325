// Serving a stored upload: the headers every uploaded file carries, and opening it for a stream.
// A file is never a page: even one that slipped past the type checks cannot run script here.
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';

export const SANDBOXED_FILE_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': "default-src 'none'; sandbox",
};

export interface OpenedFile {
  size: number;
  /** The bytes; the stream owns the handle from here and closes it when done or aborted. */
  stream(): ReadableStream<Uint8Array>;
  /** For answers without a body (HEAD, 304): releases the handle. */
  close(): Promise<void>;
}

/** Opens a regular file for reading, or undefined when there is none at that path. */
export async function openStoredFile(absolute: string): Promise<OpenedFile | undefined> {
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(absolute, 'r');
  } catch {
    return undefined;
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      return undefined;
    }
    const opened = handle;
    return {
      size: stat.size,
      stream: () => Readable.toWeb(opened.createReadStream()) as ReadableStream<Uint8Array>,
      close: () => opened.close(),
    };
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
}
