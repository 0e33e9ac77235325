// One image at the widths the screen needs: AVIF, then WebP, then a JPEG (or PNG) <img> for the
// rest, each with a srcset so the browser picks the smallest copy that fills the slot. width and
// height give the box its shape before the bytes arrive, so nothing below it moves.

export interface ImageSrcsets {
  avif: string;
  webp: string;
  /** JPEG, or PNG for an image with transparency. */
  fallback: string;
  /** The largest fallback copy: the <img>'s src. */
  fallbackSrc: string;
}

export interface ResponsiveImage {
  /** The original file. */
  url: string;
  width: number;
  height: number;
  /** '' only for an image that adds nothing to the text beside it (decorative). */
  alt: string;
  /** Absent until the resized copies are made: the original is shown meanwhile. */
  srcsets?: ImageSrcsets;
}

export function Picture(props: {
  image: ResponsiveImage;
  /** The slot's width at each breakpoint, e.g. "(min-width: 48rem) 12rem, 7rem". */
  sizes: string;
  /** The first large image of a page: fetched at once, ahead of the rest. */
  priority?: boolean;
  class?: string;
}) {
  const { image, sizes, priority } = props;
  const s = image.srcsets;
  return (
    <picture class={props.class}>
      {s ? <source type="image/avif" srcset={s.avif} sizes={sizes} /> : null}
      {s ? <source type="image/webp" srcset={s.webp} sizes={sizes} /> : null}
      <img
        src={s ? s.fallbackSrc : image.url}
        srcset={s?.fallback}
        sizes={s ? sizes : undefined}
        width={image.width}
        height={image.height}
        alt={image.alt}
        loading={priority ? 'eager' : 'lazy'}
        fetchpriority={priority ? 'high' : undefined}
        decoding="async"
      />
    </picture>
  );
}
