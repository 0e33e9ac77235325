// Copies the old site's images into the media library, once each: an image used by many articles
// (or met again on a rerun) is found in imported_items and reused. The media module checks the
// bytes and queues the resized copies in the background, as for any upload.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { isUniqueViolation } from '../../platform/db/dialect.js';
import { MediaRejectedError } from '../media/index.js';
import type { ImportDeps } from './import-deps.js';
import type { ImportSource } from './import-source.js';
import type { ImportReport } from './import-report.js';
import { findImportedId, recordImportedItem } from './imports.queries.js';
import { importsText } from './imports.vi.js';

export interface CopiedImage {
  id: number;
  url: string;
}

type Outcome = { image: CopiedImage } | { reason: string };

async function copyOnce(deps: ImportDeps, file: string | null, ref: string, alt: string): Promise<Outcome> {
  const size =
    file === null
      ? undefined
      : await stat(file).then(
          (s) => (s.isFile() ? s.size : undefined),
          () => undefined,
        );
  if (file === null || size === undefined) return { reason: importsText.skipped.imageMissing(ref) };
  if (size > deps.media.maxBytes)
    return {
      reason: importsText.skipped.imageRefused(
        ref,
        new MediaRejectedError('MEDIA_TOO_LARGE', deps.media.maxBytes).message,
      ),
    };
  try {
    const data = await readFile(file);
    const media = await deps.media.upload({ data, fileName: path.basename(file), alt, uploadedBy: deps.uploadedBy });
    return { image: { id: media.id, url: media.url } };
  } catch (error) {
    if (error instanceof MediaRejectedError) return { reason: importsText.skipped.imageRefused(ref, error.message) };
    throw error;
  }
}

type ImageKey = { source: string; kind: 'image'; sourceId: string };

async function remember(deps: ImportDeps, key: ImageKey, mediaId: number) {
  try {
    await recordImportedItem(deps.db, { ...key, congtinId: mediaId, now: deps.clock.now().toISOString() });
  } catch (error) {
    // Another import run copied it at the same moment: both copies work, the first is the one remembered.
    if (!isUniqueViolation(error)) throw error;
  }
}

/**
 * The media library's copy of `ref`, made now or found from before; undefined when the source has
 * no such file or the media library refuses it (the reason goes to the report, the article imports).
 */
export async function copyImage(
  deps: ImportDeps,
  source: ImportSource,
  report: ImportReport,
  image: { ref: string; alt: string; owner: { sourceId: string; title: string } },
): Promise<CopiedImage | undefined> {
  const key = { source: source.name, kind: 'image' as const, sourceId: image.ref };
  const known = await findImportedId(deps.db, key);
  if (known !== undefined) {
    const media = await deps.media.findById(known);
    if (media) {
      report.images.reused++;
      return { id: media.id, url: media.url };
    }
    report.skipped.push({ ...image.owner, reason: importsText.skipped.imageGone(image.ref) });
    return undefined;
  }
  // One file may be referred to in several ways ("/uploads/news/a.jpg" in one article,
  // "https://old-site/uploads/news/a.jpg" in another): the file it resolves to is copied once.
  const file = source.resolveImage(image.ref);
  const fileKey = file === null ? undefined : { ...key, sourceId: `file:${file}` };
  const copied = fileKey && (await findImportedId(deps.db, fileKey));
  const earlier = copied === undefined ? undefined : await deps.media.findById(copied);
  if (earlier) {
    await remember(deps, key, earlier.id);
    report.images.reused++;
    return { id: earlier.id, url: earlier.url };
  }
  const outcome = await copyOnce(deps, file, image.ref, image.alt);
  if ('reason' in outcome) {
    report.skipped.push({ ...image.owner, reason: outcome.reason });
    return undefined;
  }
  await remember(deps, key, outcome.image.id);
  if (fileKey) await remember(deps, fileKey, outcome.image.id);
  report.images.copied++;
  return outcome.image;
}
