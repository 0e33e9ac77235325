// Uploaded files on disk: <root>/YYYY/MM/<32 hex>.<ext>. Names come from the server's random
// source and are never reused; the uploader's name is only ever a label in the database.
import { link, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RandomSource } from '../clock.js';
import { rethrowTyped } from '../http/unavailable.js';
import { vietnamParts } from '../time/vietnam-time.js';

// Each part of a file address is checked on its own before it comes near the file system, so
// no "..", separator, or encoded trick can name anything outside the store's folder.
const YEAR = /^20[0-9]{2}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;

export interface StoredFileAddress {
  absolute: string;
  mime: string;
  /** The file name, unique for ever: a perfect ETag. */
  name: string;
}

/** Writes `data` to a new file and waits until it is on disk. */
async function writeWhole(file: string, data: Uint8Array): Promise<void> {
  const handle = await open(file, 'wx');
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A store for the file types in `types` (extension → MIME type), under `root`. */
export function createFileStore<E extends string>(deps: {
  root: string;
  random: RandomSource;
  types: Readonly<Record<E, string>>;
}) {
  const { root, types } = deps;
  const extensions = Object.keys(types).map((e) => e.replace(/[^a-z0-9]/g, ''));
  const fileName = new RegExp(`^[0-9a-f]{32}\\.(${extensions.join('|')})$`);

  return {
    /**
     * Writes the bytes under a new name and returns its path relative to the root. A temporary
     * file in the same folder is moved into place, so the file appears whole or not at all, even
     * if the process dies half-way. The move is link + unlink rather than rename: just as atomic,
     * but it fails instead of replacing an existing file (say, with a broken random source).
     * A full disk or a folder that cannot be written is a StorageUnavailableError (a 503).
     */
    async save(data: Uint8Array, extension: E, at: Date): Promise<string> {
      const { year, month } = vietnamParts(at);
      const folder = `${year}/${String(month).padStart(2, '0')}`;
      const name = `${deps.random(16).toString('hex')}.${extension}`;
      const dir = path.join(root, folder);
      const temporary = path.join(dir, `.${name}.tmp`);
      try {
        await mkdir(dir, { recursive: true });
        await writeWhole(temporary, data);
        await link(temporary, path.join(dir, name));
      } catch (err) {
        rethrowTyped(err);
      } finally {
        await rm(temporary, { force: true });
      }
      return `${folder}/${name}`;
    },

    /** Removes a stored file; one already gone is not an error. */
    async remove(relativePath: string): Promise<void> {
      const address = this.locatePath(relativePath);
      if (address) await rm(address.absolute, { force: true });
    },

    /** Where the file <year>/<month>/<name> would be, or undefined when a part is malformed. */
    locate(year: string, month: string, name: string): StoredFileAddress | undefined {
      if (!YEAR.test(year) || !MONTH.test(month) || !fileName.test(name)) return undefined;
      const extension = name.slice(name.lastIndexOf('.') + 1) as E;
      return { absolute: path.join(root, year, month, name), mime: types[extension], name };
    },

    /** The same, from a stored relative path such as 2026/11/<32 hex>.pdf. */
    locatePath(relativePath: string): StoredFileAddress | undefined {
      const parts = relativePath.split('/');
      if (parts.length !== 3) return undefined;
      return this.locate(parts[0]!, parts[1]!, parts[2]!);
    },
  };
}

export type FileStore<E extends string = string> = ReturnType<typeof createFileStore<E>>;
