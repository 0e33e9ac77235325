// The attachments module's words: why a file is refused (beside the form's file input) and the
// audit log's detail of a refused download.
export const attachmentsText = {
  /** Why one file is refused, by reason (AttachmentRejectedError). */
  rejected: {
    ATTACHMENT_EMPTY: 'Tệp đính kèm trống (0 byte): hãy chọn lại tệp.',
    ATTACHMENT_TOO_LARGE: (maxSize: string) => `Tệp đính kèm quá lớn: mỗi tệp tối đa ${maxSize}.`,
    ATTACHMENT_UNSUPPORTED_TYPE: 'Tệp đính kèm phải là PDF, Word (.docx), Excel (.xlsx) hoặc ảnh JPEG/PNG.',
    ATTACHMENT_TOO_MANY: (maxFiles: number) => `Mỗi lần gửi đính kèm được tối đa ${maxFiles} tệp.`,
  },
  /** A refusal naming the file it is about. */
  aboutFile: (sentence: string, fileName: string) => `${sentence} (tệp “${fileName}”)`,
  officeTooLarge: (maxMegabytes: number) =>
    `Tệp Word/Excel này khi giải nén lớn quá ${maxMegabytes} MB hoặc có quá nhiều thành phần, nên không được nhận. Hãy mở tệp bằng Word/Excel, lưu lại rồi tải lên.`,
  formTooLarge: (maxFiles: number, maxSize: string) =>
    `Tệp đính kèm quá lớn: mỗi lần gửi tối đa ${maxFiles} tệp, mỗi tệp tối đa ${maxSize}.`,
  /** The audit log's detail when someone may not download a file. */
  downloadDenied: (id: number) => `tệp đính kèm #${id}`,
} as const;
