// What an upload really is, decided from its bytes alone: the file name and the Content-Type the
// browser sent are the uploader's claims, and an HTML page renamed photo.jpg must not get through.
import { imageSize } from 'image-size';

export const IMAGE_TYPES = {
  jpg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
} as const;

export type ImageExtension = keyof typeof IMAGE_TYPES;

/** Decompression bombs: a few KB of PNG can claim a 100,000 × 100,000 canvas. */
export const MAX_SIDE_PX = 12_000;
export const MAX_PIXELS = 50_000_000;

export type ImageInspection =
  | { ok: true; extension: ImageExtension; mime: string; width: number; height: number }
  | { ok: false; reason: 'not-an-image' | 'too-many-pixels' };

export function isImageExtension(value: string): value is ImageExtension {
  return Object.hasOwn(IMAGE_TYPES, value);
}

export function inspectImage(data: Uint8Array): ImageInspection {
  let size: ReturnType<typeof imageSize>;
  try {
    size = imageSize(data);
  } catch {
    return { ok: false, reason: 'not-an-image' };
  }
  // image-size also knows SVG, ICO, TIFF, …: anything but the four web formats is refused.
  const type = size.type ?? '';
  if (!isImageExtension(type)) return { ok: false, reason: 'not-an-image' };
  if (!(size.width > 0 && size.height > 0)) return { ok: false, reason: 'not-an-image' };
  if (size.width > MAX_SIDE_PX || size.height > MAX_SIDE_PX || size.width * size.height > MAX_PIXELS)
    return { ok: false, reason: 'too-many-pixels' };
  return { ok: true, extension: type, mime: IMAGE_TYPES[type], width: size.width, height: size.height };
}
