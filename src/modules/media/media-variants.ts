// The resized copies' lifecycle: made once per image by a queue that runs one image at a time in
// the background (an upload answers before its copies exist), for new uploads at once and for
// older images the first time a page shows them. Until then pages show the original.
import { writeFile } from 'node:fs/promises';
import type { Db } from '../../database.js';
import type { JobRunRecorder } from '../../platform/metrics/job-runs.js';
import type { ResponsiveImage } from '../../platform/views/picture.js';
import { makeVariants } from './variant-maker.js';
import { type FallbackFormat, formatWidths, parseWidths, variantsOf, type VariantFormat } from './variant-plan.js';
import type { VariantStore } from './variant-store.js';
import { findMediaFile, listMediaImages, setMediaVariants } from './media.queries.js';

export interface PremadeVariants {
  widths: number[];
  fallback: FallbackFormat;
  read(width: number, format: VariantFormat): Promise<Uint8Array>;
}

interface VariantsDeps {
  db: Db;
  store: VariantStore;
  urlOf: (path: string) => string;
  /** Told of each image's copies made (ok) or given up (failed): the metrics, when they are on. */
  onRun?: JobRunRecorder;
}

/** Makes one image's copies and records them on its row; a failure is recorded too, never thrown. */
async function makeCopies({ db, store, onRun }: VariantsDeps, id: number) {
  const row = await findMediaFile(db, id);
  if (!row || row.variant_widths !== null) return;
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  try {
    const made = await makeVariants(store.originalFile(row.path), (w, f) => store.fileFor(row.path, w, f));
    // A size sharp could not tell (0) leaves the row's as it was.
    const size = made.width > 0 && made.height > 0 ? { width: made.width, height: made.height } : {};
    await setMediaVariants(db, id, { widths: formatWidths(made.widths), fallback: made.fallback, ...size });
    // Deleted while its copies were being made: the delete found none to remove, so remove them now.
    if (!(await findMediaFile(db, id))) await store.removeAll(row.path, made.widths);
    onRun?.('ok', seconds());
  } catch {
    onRun?.('failed', seconds());
    // A file sharp cannot read (or one gone from disk) gets no copies and is not tried again
    // at every page view; its original is still shown.
    await setMediaVariants(db, id, { widths: '', fallback: 'jpg' }).catch(() => {});
  }
}

export function createMediaVariants(deps: VariantsDeps) {
  const { db, store } = deps;
  const queued = new Set<number>();
  let tail: Promise<void> = Promise.resolve();
  const make = (id: number) => makeCopies(deps, id);

  /** Queues the image's copies, once; errors never escape (the original keeps being served). */
  function enqueue(id: number): void {
    if (queued.has(id)) return;
    queued.add(id);
    tail = tail
      .then(() => make(id))
      .catch(() => {})
      .finally(() => queued.delete(id));
  }

  return {
    enqueue,

    /**
     * Takes copies made ahead by the same maker (the demo's images, rendered once by
     * scripts/render-demo-images.ts) instead of queueing: a fresh demo install costs no encoding.
     */
    async adopt(id: number, premade: PremadeVariants): Promise<void> {
      const row = await findMediaFile(db, id);
      if (!row) return;
      for (const w of premade.widths)
        for (const format of ['avif', 'webp', premade.fallback] as const)
          await writeFile(store.fileFor(row.path, w, format), await premade.read(w, format));
      await setMediaVariants(db, id, { widths: formatWidths(premade.widths), fallback: premade.fallback });
    },

    /**
     * Resolves when the queue is empty (for tests and scripts). Shutting down without waiting is
     * safe: a copy is renamed into place whole, and an image left without copies is queued again
     * the next time a page shows it.
     */
    async idle(): Promise<void> {
      while (queued.size > 0) await tail;
    },

    /** The images with these ids, ready for <Picture>; those without copies yet are queued. */
    async findImages(ids: number[]): Promise<Map<number, ResponsiveImage>> {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const rows = await listMediaImages(db, unique);
      return new Map(
        rows.map((row) => {
          const widths = parseWidths(row.variant_widths);
          if (widths === undefined) enqueue(row.id);
          const variants = variantsOf({ path: row.path, widths, fallback: row.variant_fallback }, deps.urlOf);
          const image: ResponsiveImage = {
            url: deps.urlOf(row.path),
            width: Number(row.width),
            height: Number(row.height),
            alt: row.alt,
            ...(variants ? { variants } : {}),
          };
          return [row.id, image];
        }),
      );
    },
  };
}

export type MediaVariants = ReturnType<typeof createMediaVariants>;
