// Image files on disk: <DATA_DIR>/uploads/YYYY/MM/<32 hex>.<ext>. Names come from the server's
// random source and are never reused, which is what lets /tep-tin cache them forever.
import path from 'node:path';
import type { RandomSource } from '../../platform/clock.js';
import { createFileStore } from '../../platform/files/file-store.js';
import { IMAGE_TYPES, type ImageExtension } from './image-type.js';

export type { StoredFileAddress } from '../../platform/files/file-store.js';

export function createMediaStore(deps: { dataDir: string; random: RandomSource }) {
  return createFileStore<ImageExtension>({
    root: path.join(deps.dataDir, 'uploads'),
    random: deps.random,
    types: IMAGE_TYPES,
  });
}

export type MediaStore = ReturnType<typeof createMediaStore>;
