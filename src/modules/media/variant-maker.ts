// Makes the resized copies of one image with sharp (libvips). sharp decodes and encodes on libuv's
// thread pool, never on the event loop; the queue in media-variants.ts runs one image at a time,
// and libvips gets one thread per image, so a burst of uploads leaves the other core to readers.
import { rename, rm, writeFile } from 'node:fs/promises';
import type { Sharp, SharpOptions } from 'sharp';
import { MAX_PIXELS } from './image-type.js';
import { type FallbackFormat, plannedWidths, type VariantFormat } from './variant-plan.js';

type SharpFactory = (input: string | Uint8Array, options: SharpOptions) => Sharp;
let loading: Promise<SharpFactory> | undefined;

/** sharp (libvips) takes ~0.2 s and ~20 MB to load: only when an image is checked or resized. */
function loadSharp(): Promise<SharpFactory> {
  loading ??= import('sharp').then(({ default: sharp }) => {
    sharp.concurrency(1);
    // Each image is read once per start at most: libvips' operation cache would only hold memory.
    sharp.cache(false);
    return sharp;
  });
  return loading;
}

// Quality settings chosen by eye on photos and flat illustrations: AVIF and WebP at these levels
// are about a third and a half of the JPEG's bytes with no visible difference at 1×. AVIF's
// effort 2 (of 0–9) keeps a 1280 px encode well under a second on one core.
const ENCODERS: Record<VariantFormat, (image: Sharp) => Sharp> = {
  avif: (image) => image.avif({ quality: 50, effort: 2 }),
  webp: (image) => image.webp({ quality: 75 }),
  jpg: (image) => image.jpeg({ quality: 80, mozjpeg: true }),
  png: (image) => image.png({ compressionLevel: 9, palette: false }),
};

// Only the first frame of an animated image; the pixel cap repeats the upload check's. failOn
// 'none': a JPEG cut short still decodes (its missing rows grey, as browsers show it), and
// refusing it would refuse photos readers can see; a file libvips cannot decode at all fails.
const open = async (source: string | Uint8Array) =>
  (await loadSharp())(source, { limitInputPixels: MAX_PIXELS, animated: false, failOn: 'none' });

/**
 * Whether the bytes decode to an image. image-size reads only the header, so a damaged file
 * passes it; this decodes the pixels (a JPEG at 1/8 scale, which libvips makes cheap).
 */
export async function decodes(data: Uint8Array): Promise<boolean> {
  try {
    await (await open(data)).resize(64, 64, { fit: 'inside' }).raw().toBuffer();
    return true;
  } catch {
    return false;
  }
}

export interface MadeVariants {
  widths: number[];
  fallback: FallbackFormat;
  /** The picture as it is shown (EXIF orientation applied), which the copies follow. */
  width: number;
  height: number;
}

/** Writes a file whole or not at all: a reader never gets half an image for a whole year. */
async function writeWhole(absolute: string, data: Buffer) {
  const temporary = `${absolute}.tmp`;
  try {
    await writeFile(temporary, data);
    await rename(temporary, absolute);
  } finally {
    await rm(temporary, { force: true });
  }
}

/**
 * Makes every copy of the image at `source` and writes each where `target` says. An animated
 * image gets none (a still copy would lose the animation), and says so with no widths.
 */
export async function makeVariants(
  source: string,
  target: (width: number, format: VariantFormat) => string,
): Promise<MadeVariants> {
  const meta = await (await open(source)).metadata();
  const turned = (meta.orientation ?? 1) >= 5;
  const width = (turned ? meta.height : meta.width) ?? 0;
  const height = (turned ? meta.width : meta.height) ?? 0;
  // Transparency would turn black in a JPEG: such images keep PNG as their fallback.
  const fallback: FallbackFormat = meta.hasAlpha ? 'png' : 'jpg';
  if ((meta.pages ?? 1) > 1) return { widths: [], fallback, width, height };
  const widths = plannedWidths(width);
  // Copies carry no EXIF: sharp drops metadata unless asked, so a phone photo's GPS stays private.
  const base = (await open(source)).autoOrient();
  for (const w of widths) {
    for (const format of ['avif', 'webp', fallback] as const) {
      const data = await ENCODERS[format](base.clone().resize({ width: w, withoutEnlargement: true })).toBuffer();
      await writeWhole(target(w, format), data);
    }
  }
  return { widths, fallback, width, height };
}
