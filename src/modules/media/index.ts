// Media library: images uploaded for articles, and their files. Rules: the type comes from the
// bytes (JPEG, PNG, GIF, WebP only; never SVG or HTML) and never from the name or Content-Type;
// files get server-made names under DATA_DIR/uploads/YYYY/MM/ and are served from /tep-tin with
// a sandbox CSP and nosniff, cached for ever; a row exists only for a complete file; uploads are
// capped by UPLOAD_MAX_MB before the body is read; contributors change only their own images;
// an image an article uses cannot be deleted; every upload, change and delete is audited.
// Files are public by address (128 random bits), like the articles they illustrate.
export { createMediaService, urlOf, MediaRejectedError } from './media.service.js';
export { formatFileSize } from '../../platform/files/file-size.js';
export type { Media, MediaService } from './media.service.js';
export type { PremadeVariants } from './media-variants.js';
export { plannedWidths } from './variant-plan.js';
export { mountMediaFiles } from './media.files.js';
export { capMediaUploads, mountMediaAdmin } from './media.admin.js';
export { FeaturedImagePicker } from './views/media-picker.js';
