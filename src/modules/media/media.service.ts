// The media library's rules: what an upload may be, where its file goes, who may change it, and
// when it may be removed. Rows map to Media objects here; row types never reach the pages.
import type { Clock, RandomSource } from '../../platform/clock.js';
import { formatMegabytes } from '../../platform/files/file-size.js';
import type { JobRunRecorder } from '../../platform/metrics/job-runs.js';
import { cleanOriginalName } from '../../platform/files/original-name.js';
import { formatNumber } from '../../platform/i18n/format.js';
import { fold } from '../../platform/text/fold.js';
import type { Db } from '../../database.js';
import { inspectImage, MAX_PIXELS, MAX_SIDE_PX } from './image-type.js';
import { createMediaStore } from './media-store.js';
import { createMediaVariants, type PremadeVariants } from './media-variants.js';
import { decodes } from './variant-maker.js';
import { plannedWidths } from './variant-plan.js';
import { createVariantStore } from './variant-store.js';
import { countMedia, deleteMedia, findMediaById, insertMedia, listMedia, updateMediaAlt } from './media.queries.js';
import { mediaText } from './media.vi.js';
import { isImageUsedByArticles } from '../articles/index.js';

const refusal = mediaText.refusals;

export interface Media {
  id: number;
  /** Relative to the uploads folder, e.g. 2026/11/<32 hex>.png. */
  path: string;
  url: string;
  originalName: string;
  mime: string;
  bytes: number;
  width: number;
  height: number;
  alt: string;
  uploadedBy: { id: number; name: string };
  createdAt: string;
}

export type MediaRejection =
  | 'MEDIA_FILE_MISSING'
  | 'MEDIA_TOO_LARGE'
  | 'MEDIA_UNSUPPORTED_TYPE'
  | 'MEDIA_DAMAGED'
  | 'MEDIA_TOO_MANY_PIXELS';

const messages = {
  MEDIA_FILE_MISSING: () => refusal.fileMissing,
  MEDIA_TOO_LARGE: (maxBytes: number) => refusal.tooLarge(formatMegabytes(maxBytes)),
  MEDIA_UNSUPPORTED_TYPE: () => refusal.unsupportedType,
  MEDIA_DAMAGED: () => refusal.damaged,
  MEDIA_TOO_MANY_PIXELS: () => refusal.tooManyPixels(formatNumber(MAX_SIDE_PX), formatNumber(MAX_PIXELS / 1_000_000)),
} satisfies Record<MediaRejection, (maxBytes: number) => string>;

const STATUS: Record<MediaRejection, 400 | 413 | 415> = {
  MEDIA_FILE_MISSING: 400,
  MEDIA_TOO_LARGE: 413,
  MEDIA_UNSUPPORTED_TYPE: 415,
  MEDIA_DAMAGED: 400,
  MEDIA_TOO_MANY_PIXELS: 400,
};

/** An upload refused for what it is; the message is for the uploader, in Vietnamese. */
export class MediaRejectedError extends Error {
  readonly status: 400 | 413 | 415;
  constructor(
    readonly code: MediaRejection,
    maxBytes: number,
  ) {
    super(messages[code](maxBytes));
    this.name = 'MediaRejectedError';
    this.status = STATUS[code];
  }
}

export function urlOf(media: { path: string }): string {
  return `/tep-tin/${media.path}`;
}

type Row = NonNullable<Awaited<ReturnType<typeof findMediaById>>>;

function toMedia(row: Row): Media {
  return {
    id: row.id,
    path: row.path,
    url: urlOf(row),
    originalName: row.original_name,
    mime: row.mime,
    bytes: Number(row.bytes),
    width: Number(row.width),
    height: Number(row.height),
    alt: row.alt,
    uploadedBy: { id: row.uploaded_by, name: row.uploader_name },
    createdAt: row.created_at,
  };
}

const searchText = (originalName: string, alt: string) => fold(`${originalName} ${alt}`);

/** What the bytes are, when they are an image we keep; otherwise why not, for the uploader. */
async function acceptImage(data: Uint8Array, maxBytes: number) {
  if (data.byteLength === 0) throw new MediaRejectedError('MEDIA_FILE_MISSING', maxBytes);
  if (data.byteLength > maxBytes) throw new MediaRejectedError('MEDIA_TOO_LARGE', maxBytes);
  const image = inspectImage(data);
  if (!image.ok)
    throw new MediaRejectedError(
      image.reason === 'too-many-pixels' ? 'MEDIA_TOO_MANY_PIXELS' : 'MEDIA_UNSUPPORTED_TYPE',
      maxBytes,
    );
  // The header was fine; the pixels must be too, or every copy (and every reader) would fail later.
  if (!(await decodes(data))) throw new MediaRejectedError('MEDIA_DAMAGED', maxBytes);
  return image;
}

interface MediaDeps {
  db: Db;
  clock: Clock;
  random: RandomSource;
  dataDir: string;
  maxBytes: number;
  /** Told of each image's resized copies made or given up (the metrics, when they are on). */
  onVariantsRun?: JobRunRecorder;
}

type MediaStore = ReturnType<typeof createMediaStore>;

/**
 * Checks the bytes, writes the file, then the row; a row never points at a missing file and a
 * failed insert leaves no file behind. Throws MediaRejectedError for what the uploader can fix.
 */
async function storeUpload(
  deps: MediaDeps,
  files: MediaStore,
  input: { data: Uint8Array; fileName: string; alt: string; uploadedBy: number },
): Promise<number> {
  const image = await acceptImage(input.data, deps.maxBytes);
  const now = deps.clock.now();
  const path = await files.save(input.data, image.extension, now);
  const originalName = cleanOriginalName(input.fileName, `anh.${image.extension}`);
  try {
    return await insertMedia(deps.db, {
      path,
      originalName,
      mime: image.mime,
      bytes: input.data.byteLength,
      width: image.width,
      height: image.height,
      alt: input.alt,
      searchF: searchText(originalName, input.alt),
      uploadedBy: input.uploadedBy,
      now: now.toISOString(),
    });
  } catch (error) {
    await files.remove(path);
    throw error;
  }
}

function createMediaReads(db: Db) {
  return {
    async findById(id: number): Promise<Media | undefined> {
      if (!Number.isSafeInteger(id) || id <= 0) return undefined;
      const row = await findMediaById(db, id);
      return row ? toMedia(row) : undefined;
    },

    /** The newest images, optionally those whose name or alt text contains `q` (diacritics ignored). */
    async listRecent(options: { limit: number; q?: string }): Promise<Media[]> {
      const rows = await listMedia(db, { foldedQuery: foldQuery(options.q), limit: options.limit, offset: 0 });
      return rows.map(toMedia);
    },

    async listPage(options: { q?: string; page: number; perPage: number }): Promise<{ items: Media[]; total: number }> {
      const foldedQuery = foldQuery(options.q);
      const [rows, total] = await Promise.all([
        listMedia(db, { foldedQuery, limit: options.perPage, offset: (options.page - 1) * options.perPage }),
        countMedia(db, { foldedQuery }),
      ]);
      return { items: rows.map(toMedia), total };
    },
  };
}

export function createMediaService(deps: MediaDeps) {
  const { db } = deps;
  const files = createMediaStore({ dataDir: deps.dataDir, random: deps.random });
  const reads = createMediaReads(db);
  const variantFiles = createVariantStore({ dataDir: deps.dataDir });
  const variants = createMediaVariants({
    db,
    store: variantFiles,
    urlOf: (path) => urlOf({ path }),
    onRun: deps.onVariantsRun,
  });

  return {
    maxBytes: deps.maxBytes,
    files,
    variantFiles,
    urlOf,
    ...reads,

    /** Stores the image and queues its resized copies, which are made after the answer. */
    async upload(input: { data: Uint8Array; fileName: string; alt: string; uploadedBy: number }): Promise<Media> {
      const id = await storeUpload(deps, files, input);
      variants.enqueue(id);
      return (await reads.findById(id))!;
    },

    /** For the demo seed only: an upload whose resized copies were made ahead of time. */
    async uploadWithVariants(
      input: { data: Uint8Array; fileName: string; alt: string; uploadedBy: number },
      premade: PremadeVariants,
    ): Promise<Media> {
      const id = await storeUpload(deps, files, input);
      await variants.adopt(id, premade);
      return (await reads.findById(id))!;
    },

    /** The images with these ids, ready for <Picture>, in one query (for lists of articles). */
    findImages: variants.findImages,
    /** Resolves once every queued image has its copies. */
    variantsMade: variants.idle,

    async updateAlt(media: Media, alt: string): Promise<void> {
      await updateMediaAlt(db, media.id, { alt, searchF: searchText(media.originalName, alt) });
    },

    /**
     * Removes the row, then the file (a file left behind by a crash in between is harmless; a row
     * without its file would be a broken image). Refused while an article uses the image.
     */
    async remove(media: Media): Promise<'deleted' | 'in-use'> {
      const outcome = await db.transaction().execute(async (trx) => {
        if (await isImageUsedByArticles(trx, { id: media.id, url: media.url })) return 'in-use' as const;
        await deleteMedia(trx, media.id);
        return 'deleted' as const;
      });
      if (outcome === 'deleted') {
        await files.remove(media.path);
        await variantFiles.removeAll(media.path, plannedWidths(media.width));
      }
      return outcome;
    },
  };
}

function foldQuery(q: string | undefined): string | undefined {
  const folded = q === undefined ? '' : fold(q.normalize('NFC')).trim();
  return folded === '' ? undefined : folded;
}

export type MediaService = ReturnType<typeof createMediaService>;
