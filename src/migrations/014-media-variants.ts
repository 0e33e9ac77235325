// Resized copies of each library image (WebP, AVIF and a JPEG or PNG fallback at a few widths),
// made once after upload. Their file names follow from the original's (see media/variant-plan.ts),
// so a row records only what was made: the widths, and the fallback format. NULL means "not made
// yet" (a new upload still in the queue, or an image from before this migration): the pages then
// show the original, and the media module makes the copies the first time the image is shown.
import type { Kysely, Migration } from 'kysely';

export function mediaVariantsMigration(): Migration {
  return {
    async up(db: Kysely<any>) {
      // Comma-separated widths in pixels, ascending, e.g. "320,640,960,1280"; '' when there are none
      // (an animated GIF is kept as it is, and an image sharp could not read is not retried).
      await db.schema.alterTable('media').addColumn('variant_widths', 'text').execute();
      // 'jpg', or 'png' for an image with transparency, which JPEG would paint black.
      await db.schema.alterTable('media').addColumn('variant_fallback', 'text').execute();
    },
  };
}
