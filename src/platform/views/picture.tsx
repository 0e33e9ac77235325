// One image at the widths the screen needs: AVIF, then WebP, then a JPEG (or PNG) <img> for the
// rest, each with a srcset so the browser picks the smallest copy that fills the slot. width and
// height give the box its shape before the bytes arrive, so nothing below it moves.

/** One resized copy of an image, in each format. */
export interface ImageVariant {
  width: number;
  avif: string;
  webp: string;
  /** JPEG, or PNG for an image with transparency. */
  fallback: string;
}

export interface ResponsiveImage {
  /** The original file. */
  url: string;
  width: number;
  height: number;
  /** '' only for an image that adds nothing to the text beside it (decorative). */
  alt: string;
  /** The resized copies, narrowest first; absent until made (the original is shown meanwhile). */
  variants?: ImageVariant[];
}

const srcset = (variants: ImageVariant[], format: 'avif' | 'webp' | 'fallback') =>
  variants.map((v) => `${v[format]} ${v.width}w`).join(', ');

export function Picture(props: {
  image: ResponsiveImage;
  /** The slot's width at each breakpoint, e.g. "(min-width: 721px) 176px, 112px". */
  sizes: string;
  /** The widest copy worth offering: a 176 px thumbnail needs no 1280 px copy even on a 3× screen. */
  maxWidth?: number;
  /** The first large image of a page: fetched at once, ahead of the rest. */
  priority?: boolean;
  class?: string;
}) {
  const { image, sizes, priority } = props;
  const all = image.variants ?? [];
  const fitting = all.filter((v) => v.width <= (props.maxWidth ?? Number.POSITIVE_INFINITY));
  const offered = fitting.length > 0 ? fitting : all.slice(0, 1);
  const largest = offered[offered.length - 1];
  return (
    <picture class={props.class}>
      {largest ? <source type="image/avif" srcset={srcset(offered, 'avif')} sizes={sizes} /> : null}
      {largest ? <source type="image/webp" srcset={srcset(offered, 'webp')} sizes={sizes} /> : null}
      <img
        src={largest ? largest.fallback : image.url}
        srcset={largest ? srcset(offered, 'fallback') : undefined}
        sizes={largest ? sizes : undefined}
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
