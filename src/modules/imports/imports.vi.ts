// The imports' words: skipped items' reasons, the report, the command line's messages.
export const importsText = {
  fallbackCategory: { post: 'Tin chuyển về', page: 'Trang giới thiệu' },
  skipped: {
    noTitle: 'Bài không có tiêu đề.',
    bodyRefused: (why: string) => `Nội dung không nhận được: ${why}`,
    imageMissing: (ref: string) =>
      `Ảnh “${ref}” không có trong thư mục ảnh của trang cũ; bài vẫn được chuyển, không có ảnh này.`,
    imageRefused: (ref: string, why: string) =>
      `Ảnh “${ref}” không nhận được: ${why} Bài vẫn được chuyển, không có ảnh này.`,
    imageGone: (ref: string) => `Ảnh “${ref}” đã được chuyển lần trước nhưng nay không còn trong thư viện ảnh.`,
  },
  report: {
    heading: (source: string) => `Kết quả chuyển dữ liệu từ ${source}:`,
    categories: (created: number, matched: number, unchanged: number) =>
      `Chuyên mục: ${created} tạo mới, ${matched} ghép với chuyên mục sẵn có, ${unchanged} đã có từ lần trước.`,
    articles: (created: number, unchanged: number) =>
      `Bài viết: ${created} chuyển mới, ${unchanged} đã có từ lần trước (không đổi).`,
    images: (copied: number, reused: number) => `Ảnh: ${copied} chép vào thư viện ảnh, ${reused} dùng lại.`,
    redirects: (recorded: number) => `Địa chỉ cũ chuyển hướng (301): ${recorded} ghi mới.`,
    visitTotal: (total: string) =>
      `Tổng lượt truy cập của trang cũ: ${total}; bộ đếm “Tất cả” tính tiếp từ số này sau khi khởi động lại máy chủ.`,
    skippedHeading: (count: number) => `Bỏ qua ${count} mục:`,
    skippedLine: (sourceId: string, title: string, reason: string) =>
      `  - ${sourceId}${title ? ` “${title}”` : ''}: ${reason}`,
    nothingSkipped: 'Không bỏ qua mục nào.',
  },
  progress: {
    line: (done: number, expected: string) => `Đã xử lý ${done}${expected} bài…`,
    of: (expected: number) => `/${expected}`,
  },
  cli: {
    usage: [
      'Cách dùng:',
      '  npm run import -- wordpress TỆP.xml [--uploads THƯ_MỤC] [--as EMAIL]',
      '  npm run import -- nukeviet mysql://người-dùng:mật-khẩu@máy/cơ-sở-dữ-liệu [--uploads THƯ_MỤC] [--as EMAIL]',
      'THƯ_MỤC: thư mục ảnh của trang cũ (wp-content/uploads của WordPress, uploads của NukeViet).',
      'EMAIL: tài khoản đứng tên ảnh được chép vào thư viện (mặc định: quản trị viên đầu tiên).',
    ].join('\n'),
    unknownSource: (name: string) => `Không biết nguồn “${name}”: chỉ nhận wordpress hoặc nukeviet.`,
    missingInput: 'Thiếu tệp hoặc địa chỉ cơ sở dữ liệu của trang cũ.',
    unknownOption: (option: string) => `Tùy chọn không hợp lệ: ${option}.`,
    nukevietUnavailable: 'Bản congtin này chưa có phần đọc cơ sở dữ liệu NukeViet.',
    noUploader:
      'Chưa có tài khoản quản trị nào để đứng tên ảnh; hãy tạo tài khoản trước (ADMIN_EMAIL và ADMIN_PASSWORD).',
    uploaderNotFound: (email: string) => `Không có tài khoản ${email}.`,
    failed: (message: string) => `Không chuyển được dữ liệu: ${message}`,
  },
} as const;
