// Image files on disk: <DATA_DIR>/uploads/YYYY/MM/<32 hex>.<ext>. Names come from the server's
// random source and are never reused, which is what lets /tep-tin cache them forever.
import { link, mkdir, open, rm } from 'node:fs/promises';
import path from 'node:path';
import type { RandomSource } from '../../platform/clock.js';
import { vietnamParts } from '../../platform/time/vietnam-time.js';
import { IMAGE_TYPES, type ImageExtension } from './image-type.js';

// Each part of a file address is checked on its own before it comes near the file system, so
// no "..", separator, or encoded trick can name anything outside the uploads folder.
const YEAR = /^20[0-9]{2}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;
const FILE_NAME = /^[0-9a-f]{32}\.(jpg|png|gif|webp)$/;

export interface StoredFileAddress {
  absolute: string;
  mime: string;
  /** The file name, unique for ever: a perfect ETag. */
  name: string;
}

export function createMediaStore(deps: { dataDir: string; random: RandomSource }) {
  const root = path.join(deps.dataDir, 'uploads');

  return {
    /**
     * Writes the bytes under a new name and returns its path relative to the uploads folder. A
     * temporary file in the same folder is moved into place, so the file appears whole or not at
     * all, even if the process dies half-way. The move is link + unlink rather than rename: just
     * as atomic, but it fails instead of replacing an existing file (say, with a broken random source).
     */
    async save(data: Uint8Array, extension: ImageExtension, at: Date): Promise<string> {
      const { year, month } = vietnamParts(at);
      const folder = `${year}/${String(month).padStart(2, '0')}`;
      const name = `${deps.random(16).toString('hex')}.${extension}`;
      const dir = path.join(root, folder);
      await mkdir(dir, { recursive: true });
      const temporary = path.join(dir, `.${name}.tmp`);
      try {
        const handle = await open(temporary, 'wx');
        try {
          await handle.writeFile(data);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await link(temporary, path.join(dir, name));
      } finally {
        await rm(temporary, { force: true });
      }
      return `${folder}/${name}`;
    },

    /** Removes a stored file; one already gone is not an error. */
    async remove(relativePath: string): Promise<void> {
      const [year = '', month = '', name = ''] = relativePath.split('/');
      const address = this.locate(year, month, name);
      if (address) await rm(address.absolute, { force: true });
    },

    /** Where the file of /tep-tin/<year>/<month>/<name> would be, or undefined when a part is malformed. */
    locate(year: string, month: string, name: string): StoredFileAddress | undefined {
      if (!YEAR.test(year) || !MONTH.test(month) || !FILE_NAME.test(name)) return undefined;
      const extension = name.slice(name.lastIndexOf('.') + 1) as ImageExtension;
      return { absolute: path.join(root, year, month, name), mime: IMAGE_TYPES[extension], name };
    },
  };
}

export type MediaStore = ReturnType<typeof createMediaStore>;
