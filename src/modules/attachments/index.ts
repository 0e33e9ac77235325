// Attachments: files attached to the plan tracker (a yearly plan's signed document; a progress
// report's minutes, photos and lists). Rules: only PDF, Word .docx, Excel .xlsx, JPEG and PNG,
// decided from the bytes (a .docx/.xlsx is opened: the right main part, no macros); each file at
// most ATTACHMENT_MAX_MB; server-made names under DATA_DIR/attachments/YYYY/MM/, the uploader's
// name kept only as a label; a row exists only for a complete file. Files are never public:
// GET /quan-tri/tep-dinh-kem/:id/:name needs plans.read and the plans module's per-record rule
// (mayDownload), and answers as a sandboxed, uncached download.
export {
  createAttachments,
  AttachmentRejectedError,
  MAX_FILES_PER_FORM,
  downloadUrlOf,
} from './attachments.service.js';
export type { Attachment, AttachmentWithOwners, AttachmentsService, Upload } from './attachments.service.js';
export { ATTACHMENT_FIELD, attachmentFormBytes, capAttachmentUploads, readUploads } from './attachment-uploads.js';
export { keepAttachmentHeaders, mountAttachmentDownloads, type MayDownload } from './attachments.download.js';
export { AttachmentList, type AttachmentListItem } from './views/attachment-list.js';
// The documents register keeps its own public files, checked by the same rules.
export { ATTACHMENT_TYPES, detectAttachmentType, type AttachmentExtension } from './attachment-type.js';
export { contentDisposition } from './attachments.download.js';
