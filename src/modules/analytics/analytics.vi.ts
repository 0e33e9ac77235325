// The analytics module's words: the beacon's checks, the API's description and the /thong-ke page.
// The four counters' labels are the platform's (platform/i18n/vi.ts), shown on every public page.
export const analyticsText = {
  /** The beacon's field checks (analytics.schema.ts). */
  hit: {
    pathMissing: 'Thiếu đường dẫn trang (path).',
    pathTooLong: 'Đường dẫn trang quá dài.',
    pathNotRooted: 'Đường dẫn trang phải bắt đầu bằng “/”.',
    referrerNotText: 'Trang dẫn đến (referrer) phải là chuỗi.',
    referrerTooLong: 'Trang dẫn đến quá dài.',
  },
  api: {
    online: 'Đang online: người đọc có lượt xem trong 5 phút gần nhất',
    today: 'Hôm nay: lượt truy cập từ 00:00 giờ Việt Nam',
    week: 'Trong tuần: từ 00:00 thứ Hai giờ Việt Nam',
    total: 'Tất cả, kể cả số khởi điểm của hệ thống cũ',
    views: 'Lượt xem của bài viết, khi trang là một bài viết',
    invalid: 'Dữ liệu không hợp lệ (JSON sai, path không bắt đầu bằng “/”…)',
    tooLarge: 'Dữ liệu gửi lên quá 8 KB',
    tooFast: 'Gửi quá nhanh; xem Retry-After',
    unavailable:
      'Lượt xem chưa được ghi (STORAGE_UNAVAILABLE: ổ đĩa đầy hoặc cơ sở dữ liệu không ghi được); không được tính, có thể gửi lại sau Retry-After',
    hitSummary: 'Đếm một lượt xem trang (beacon)',
    hitDescription:
      'Gửi từ mỗi trang công khai. Trả lời sau khi lượt xem đã được ghi (group commit). Chỉ đếm đường dẫn của trang công khai (bỏ qua chuỗi truy vấn, phần “#”, dấu “/” cuối và mã hóa phần trăm); bài viết chỉ được đếm khi đang xuất bản công khai. Không đếm nhưng vẫn trả số liệu: máy tìm kiếm, trang tải trước, cán bộ đã đăng nhập, yêu cầu gửi từ trang của website khác, và người đọc mới vượt quá giới hạn của một địa chỉ mạng. Body có thể gửi dạng application/json hoặc text/plain (sendBeacon).',
    hitAnswer: 'Bốn bộ đếm sau lượt xem này',
    pixelSummary: 'Đếm lượt xem khi trình duyệt không chạy JavaScript',
    pixel: 'Ảnh GIF 1×1 trong suốt',
    statsSummary: 'Bốn bộ đếm “Thống kê truy cập”',
    stats: 'Số liệu, cũ nhất 1 giây',
  },
  /** /thong-ke: how the counters count, each rule a bold name and its explanation, then the history. */
  statsPage: {
    description: 'Số liệu truy cập cổng thông tin và cách đếm minh bạch.',
    methodTitle: 'Cách đếm',
    visits: {
      term: 'Lượt truy cập',
      text: ' bắt đầu khi một người đọc mở trang lần đầu, hoặc mở lại sau hơn 30 phút không xem trang nào.',
    },
    online: { term: 'Đang online', text: ': số người đọc có xem trang trong 5 phút gần nhất.' },
    today: { term: 'Hôm nay', text: ': số lượt truy cập bắt đầu từ 00:00 giờ Việt Nam (UTC+7).' },
    week: { term: 'Trong tuần', text: ': số lượt truy cập bắt đầu từ 00:00 thứ Hai tuần này, giờ Việt Nam.' },
    total: {
      term: 'Tất cả',
      text: (startingTotal: string) =>
        `: mọi lượt truy cập từ khi cổng hoạt động, cộng ${startingTotal} lượt của hệ thống cũ.`,
    },
    notCounted:
      'Không đếm: máy tìm kiếm và các chương trình tự động, trang được trình duyệt tải trước, cán bộ đang đăng nhập. Một máy gửi yêu cầu dồn dập chỉ được đếm một lần và bị tạm chặn.',
    articleViews:
      'Lượt xem bài viết: mỗi lần mở bài trong một lượt truy cập; tải lại cùng bài không tính thêm, kể cả khi địa chỉ có thêm “?…”, “#…” hay dấu “/” ở cuối. Chỉ đếm bài đang xuất bản công khai.',
    publicOnly:
      'Chỉ đếm các trang công khai (trang chủ, chuyên mục, bài viết, tìm kiếm, giới thiệu, liên hệ, thống kê…); không đếm trang quản trị, tệp tải về, trang không tồn tại, và lượt gửi từ trang của website khác.',
    addressCap: (readers: number, minutes: number) =>
      `Một địa chỉ mạng (với IPv6: một dải /64) chỉ được tính tối đa ${readers} người đọc mới trong mỗi ${minutes} phút, đủ cho một cơ quan dùng chung đường truyền; người đọc vượt quá vẫn thấy số liệu nhưng không được đếm.`,
    privacy:
      'Quyền riêng tư: không lưu địa chỉ IP hay thông tin trình duyệt. Mỗi người đọc được nhận diện bằng một mã băm với khóa ngẫu nhiên đổi mỗi ngày, khóa bị xóa sau 48 giờ.',
    historyTitle: (days: number) => `Lịch sử ${days} ngày gần nhất`,
    noData: 'Chưa có số liệu.',
    tableCaption: 'Lượt truy cập và lượt xem trang theo ngày',
    day: 'Ngày',
    visitsColumn: 'Lượt truy cập',
    pageviewsColumn: 'Lượt xem trang',
  },
} as const;
