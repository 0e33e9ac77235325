// Where the resized copies live: next to their original under DATA_DIR/uploads/YYYY/MM/, named by
// variant-plan.ts. Like the originals' store, every part of an address is checked before it
// comes near the file system.
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { StoredFileAddress } from '../../platform/files/file-store.js';
import { VARIANT_NAME, VARIANT_TYPES, type VariantFormat, variantPath } from './variant-plan.js';

const YEAR = /^20[0-9]{2}$/;
const MONTH = /^(0[1-9]|1[0-2])$/;

export function createVariantStore(deps: { dataDir: string }) {
  const root = path.join(deps.dataDir, 'uploads');
  const absolute = (relativePath: string) => path.join(root, ...relativePath.split('/'));
  return {
    /** The absolute path of the original at `originalPath` (already checked when it was stored). */
    originalFile: absolute,

    fileFor(originalPath: string, width: number, format: VariantFormat): string {
      return absolute(variantPath(originalPath, width, format));
    },

    /** The copy <year>/<month>/<name>, or undefined when a part is not one of ours. */
    locate(year: string, month: string, name: string): StoredFileAddress | undefined {
      if (!YEAR.test(year) || !MONTH.test(month) || !VARIANT_NAME.test(name)) return undefined;
      const format = name.slice(name.lastIndexOf('.') + 1) as VariantFormat;
      return { absolute: path.join(root, year, month, name), mime: VARIANT_TYPES[format], name };
    },

    /** Removes every copy an image may have; those never made are no error. */
    async removeAll(originalPath: string, widths: readonly number[]): Promise<void> {
      const formats = Object.keys(VARIANT_TYPES) as VariantFormat[];
      await Promise.all(
        widths.flatMap((w) => formats.map((f) => rm(absolute(variantPath(originalPath, w, f)), { force: true }))),
      );
    },
  };
}

export type VariantStore = ReturnType<typeof createVariantStore>;
