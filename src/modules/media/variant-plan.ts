// Which resized copies an image gets, and what they are called. The names follow from the
// original's, <32 hex>-<width>.<format> next to <32 hex>.<ext>, so the database records only which
// widths were made (media.variant_widths) and the pages can build every address without a lookup.
// The original's name is never reused, so its copies' names are not either: cached for ever too.
import type { ImageVariant } from '../../platform/views/picture.js';

/** Widths for phone, tablet, half a desktop column and a full one. Never wider than the original. */
export const VARIANT_WIDTHS = [320, 640, 960, 1280] as const;

export type VariantFormat = 'avif' | 'webp' | 'jpg' | 'png';
export type FallbackFormat = 'jpg' | 'png';

export const VARIANT_TYPES: Readonly<Record<VariantFormat, string>> = {
  avif: 'image/avif',
  webp: 'image/webp',
  jpg: 'image/jpeg',
  png: 'image/png',
};

/**
 * The widths to make for an image `width` pixels wide: each standard width below it, plus the
 * image's own width when that is at most the largest standard one (so a 800 px photo is offered at
 * 320, 640 and 800, and a 200 px icon at 200 only, re-encoded but not enlarged).
 */
export function plannedWidths(width: number): number[] {
  const below = VARIANT_WIDTHS.filter((w) => w < width);
  const largest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1]!;
  return width <= largest ? [...below, width] : below;
}

/** 2026/11/<hex>.png, 640, webp → 2026/11/<hex>-640.webp */
export function variantPath(originalPath: string, width: number, format: VariantFormat): string {
  return originalPath.replace(/\.[a-z0-9]+$/, `-${width}.${format}`);
}

/** A copy's file name as it may appear in a URL; anything else is not one of ours. */
export const VARIANT_NAME = /^[0-9a-f]{32}-[1-9][0-9]{0,4}\.(avif|webp|jpg|png)$/;

export function formatWidths(widths: readonly number[]): string {
  return widths.join(',');
}

export function parseWidths(stored: string | null): number[] | undefined {
  if (stored === null) return undefined;
  if (stored === '') return [];
  return stored.split(',').map(Number);
}

/** The copies of an image whose copies exist, narrowest first; undefined when there are none (yet). */
export function variantsOf(
  image: { path: string; widths: number[] | undefined; fallback: string | null },
  urlOf: (path: string) => string,
): ImageVariant[] | undefined {
  const { widths } = image;
  if (!widths || widths.length === 0) return undefined;
  const fallback: FallbackFormat = image.fallback === 'png' ? 'png' : 'jpg';
  const at = (width: number, format: VariantFormat) => urlOf(variantPath(image.path, width, format));
  return widths.map((width) => ({
    width,
    avif: at(width, 'avif'),
    webp: at(width, 'webp'),
    fallback: at(width, fallback),
  }));
}
