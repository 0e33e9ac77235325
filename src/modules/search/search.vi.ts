// The search module's words of its own: GET /api/v1/articles in the OpenAPI document (the page's
// words are the platform's, in platform/i18n/vi.ts).
export const searchText = {
  api: {
    summary: 'Bài viết đã xuất bản: tìm kiếm hoặc mới nhất',
    description:
      'Có q: tìm không dấu, bài có đủ các từ trong tiêu đề đứng trước (xếp theo độ liên quan), sau đó các bài khác, mới nhất trước. Không có q: mới nhất trước. 10 bài mỗi trang. ' +
      'Có status (cần đăng nhập hoặc mã API, quyền viết bài): danh sách trong tòa soạn ở trạng thái đó (all, draft, submitted, scheduled, published, trashed), mới sửa trước, 20 bài mỗi trang; cộng tác viên chỉ thấy bài của mình; lọc thêm bằng category (slug) và q (từ trong tiêu đề).',
    url: 'Đường dẫn trên cổng, ví dụ /tin-tuc/…',
    page: 'Một trang kết quả',
    invalid: 'Từ khóa quá dài, số trang hoặc mã hóa không hợp lệ',
  },
} as const;
