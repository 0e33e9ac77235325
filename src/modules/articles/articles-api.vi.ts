// The newsroom's JSON API in the OpenAPI document (/api/v1/openapi.json, /api/docs): what each
// field means, what each route does, and what each answer says.
export const articlesApiText = {
  fields: {
    byline: 'Chỉ biên tập viên: tên ký cuối bài',
    authorId: 'Chỉ biên tập viên: người phụ trách bài',
    featured: 'Chỉ biên tập viên: tin nổi bật',
    featuredImageId: 'Ảnh đại diện trong thư viện ảnh',
    classification: 'internal (Nội bộ) và secret (Mật) không bao giờ được xuất bản',
    expiresAt: 'Chỉ biên tập viên: thời điểm bài tự gỡ xuống; null để bỏ',
    publishAt: 'Với status published: một thời điểm trong tương lai sẽ hẹn giờ xuất bản',
    version: 'Phiên bản bạn đã đọc; nếu bài đã được lưu sau đó, trả 409 và không ghi gì',
    url: 'Địa chỉ trên cổng thông tin (chỉ mở được khi đã xuất bản)',
    bodyHtml: 'HTML đã được lọc theo danh sách cho phép',
    articleId: 'Mã bài viết',
  },
  /** GET /api/v1/articles: the public list (the search module's) and, with status, the desk's. */
  list: {
    summary: 'Bài viết đã xuất bản: tìm kiếm hoặc mới nhất',
    description:
      'Có q: tìm không dấu, bài có đủ các từ trong tiêu đề đứng trước (xếp theo độ liên quan), sau đó các bài khác, mới nhất trước. Không có q: mới nhất trước. 10 bài mỗi trang. ' +
      'Có status (cần đăng nhập hoặc mã API, quyền viết bài): danh sách trong tòa soạn ở trạng thái đó (all, draft, submitted, scheduled, published, trashed), mới sửa trước, 20 bài mỗi trang; cộng tác viên chỉ thấy bài của mình; lọc thêm bằng category (slug) và q (từ trong tiêu đề).',
    url: 'Đường dẫn trên cổng, ví dụ /tin-tuc/…',
    page: 'Một trang kết quả',
    invalid: 'Từ khóa quá dài, số trang hoặc mã hóa không hợp lệ',
  },
  create: {
    summary: 'Tạo bài viết',
    description:
      'Cộng tác viên tạo bản nháp hoặc gửi duyệt; biên tập viên có thể xuất bản ngay hoặc hẹn giờ (publishAt). HTML được lọc trên máy chủ.',
    created: 'Đã tạo',
    invalid: 'Dữ liệu không hợp lệ: error.fields chỉ ra từng trường',
  },
  get: {
    summary: 'Một bài viết ở mọi trạng thái',
    ok: 'Bài viết',
  },
  update: {
    summary: 'Sửa bài viết',
    description:
      'Chỉ gửi các trường cần đổi. Gửi kèm version để không ghi đè thay đổi của người khác (409 nếu bài đã được lưu sau phiên bản đó). Mỗi lần lưu là một phiên bản mới.',
    saved: 'Đã lưu',
    conflict: 'Bài đã được người khác lưu, hoặc trạng thái không cho sửa',
  },
  delete: {
    summary: 'Chuyển bài viết vào thùng rác (khôi phục được)',
    trashed: 'Đã chuyển vào thùng rác',
  },
  steps: {
    submit: 'Gửi duyệt bản nháp',
    publish: 'Xuất bản ngay, hoặc hẹn giờ với publishAt (biên tập viên)',
    reject: 'Trả lại cho người viết kèm lý do (biên tập viên)',
    unpublish: 'Gỡ xuống hoặc hủy hẹn giờ; bài thành bản nháp (biên tập viên)',
    newState: 'Trạng thái mới',
    wrongStatus: 'Không làm được ở trạng thái hiện tại',
  },
  answers: {
    unauthenticated: 'Chưa đăng nhập hoặc mã API không hợp lệ',
    forbidden: 'Không có quyền với bài viết này (cộng tác viên chỉ sửa bản nháp của mình, không xuất bản)',
    invalid: 'Dữ liệu không hợp lệ',
    notFound: 'Không có bài viết này',
  },
} as const;
