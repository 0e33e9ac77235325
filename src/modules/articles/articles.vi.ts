// The articles module's shared words: its error sentences (codes in articles.errors.ts), an
// article's statuses and classifications, the notes the newsroom leaves in revisions and the
// audit log, and its entries in the staff menu with their flashes.
export const articlesText = {
  errors: {
    ARTICLE_NOT_FOUND: 'Không tìm thấy bài viết này. Có thể bài viết đã được gỡ hoặc đường dẫn bị sai.',
    CATEGORY_NOT_FOUND: 'Không tìm thấy chuyên mục này.',
    ARTICLE_EDIT_CONFLICT:
      'Bài viết đã được người khác lưu trong khi bạn đang sửa. Hãy tải lại bài viết, xem thay đổi rồi lưu lại.',
    ARTICLE_CLASSIFIED: 'Bài được đánh dấu Nội bộ hoặc Mật nên không bao giờ được xuất bản.',
    ARTICLE_WRONG_STATUS: 'Không thể làm thao tác này với bài viết ở trạng thái hiện tại.',
  },
  status: {
    draft: 'Bản nháp',
    submitted: 'Chờ duyệt',
    scheduled: 'Hẹn giờ xuất bản',
    published: 'Đã xuất bản',
    trashed: 'Đã xóa',
  },
  classification: {
    public: 'Công khai',
    internal: 'Nội bộ',
    secret: 'Mật',
  },
  /** The note each saved version carries (shown in the list of versions). */
  revisionNote: {
    created: 'Tạo bài',
    updated: 'Sửa bài',
    restored: (version: number) => `Khôi phục từ phiên bản ${version}`,
  },
  /** The audit log's words for what the newsroom did on its own. */
  audit: {
    systemActor: 'hệ thống',
    scheduledTimeCame: 'đến giờ hẹn',
    restoredVersion: (version: number) => `phiên bản ${version}`,
  },
  newsroomMenu: {
    label: 'Bài viết',
    hint: 'Viết, duyệt, xuất bản, hẹn giờ và gỡ bài; các phiên bản đã lưu.',
    editorSummary: (submitted: number, scheduled: number, drafts: number) =>
      `${submitted} bài chờ duyệt · ${scheduled} bài hẹn giờ · ${drafts} bản nháp`,
    contributorSummary: (drafts: number, submitted: number, published: number) =>
      `Của bạn: ${drafts} bản nháp · ${submitted} bài chờ duyệt · ${published} bài đã xuất bản`,
  },
  newsroomFlashes: {
    'da-tao-bai': 'Đã tạo bài viết (bản nháp).',
    'da-luu-bai': 'Đã lưu bài viết.',
    'da-gui-duyet': 'Đã gửi bài để biên tập viên duyệt.',
    'da-xuat-ban': 'Đã xuất bản (hoặc hẹn giờ xuất bản) bài viết.',
    'da-tra-lai': 'Đã trả lại bài viết cho người viết kèm lý do.',
    'da-go-xuat-ban': 'Đã gỡ bài xuống; bài trở thành bản nháp.',
    'da-xoa-bai': 'Đã chuyển bài vào thùng rác. Có thể khôi phục trong mục Thùng rác.',
    'da-khoi-phuc-bai': 'Đã khôi phục bài viết thành bản nháp.',
    'da-khoi-phuc-phien-ban': 'Đã khôi phục phiên bản cũ thành phiên bản mới nhất.',
  },
  categoriesMenu: {
    label: 'Chuyên mục',
    hint: 'Tên, mô tả và thứ tự các chuyên mục trên trình đơn.',
  },
  categoriesFlashes: {
    'da-tao-chuyen-muc': 'Đã tạo chuyên mục.',
    'da-luu-chuyen-muc': 'Đã lưu chuyên mục.',
    'da-xoa-chuyen-muc': 'Đã xóa chuyên mục.',
  },
} as const;
