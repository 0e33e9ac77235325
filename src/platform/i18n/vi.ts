// Vietnamese UI sentences: the source catalogue. Keys name whole sentences; never split them.
export const vi = {
  errors: {
    NOT_FOUND: 'Không tìm thấy trang bạn yêu cầu. Có thể bài viết đã được gỡ hoặc đường dẫn bị sai.',
    BAD_REQUEST: 'Yêu cầu không hợp lệ.',
    INVALID_ENCODING: 'Địa chỉ có ký tự không hợp lệ (không phải UTF-8).',
    INVALID_PAGE: 'Số trang không hợp lệ: hãy dùng một số nguyên từ 1 trở lên.',
    PAGE_OUT_OF_RANGE: 'Trang này không tồn tại: danh sách không có nhiều trang đến vậy.',
    QUERY_TOO_LONG: 'Từ khóa tìm kiếm quá dài: hãy dùng tối đa 200 ký tự.',
    INVALID_JSON: 'Dữ liệu gửi lên không phải JSON hợp lệ.',
    VALIDATION_FAILED: 'Dữ liệu gửi lên không hợp lệ.',
    PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
    FORM_UNREADABLE: 'Không đọc được dữ liệu gửi lên. Hãy chọn lại tệp và gửi lại.',
    TOO_MANY_REQUESTS: 'Bạn gửi yêu cầu quá nhanh. Vui lòng thử lại sau ít phút.',
    CSRF_REJECTED:
      'Yêu cầu bị từ chối vì không đến từ trang của cổng thông tin hoặc phiên làm việc đã hết hạn. Hãy tải lại trang và thử lại.',
    LOGIN_REQUIRED: 'Bạn cần đăng nhập để dùng chức năng này.',
    FORBIDDEN: 'Tài khoản của bạn không có quyền dùng chức năng này.',
    LOGIN_INVALID: 'Email hoặc mật khẩu không đúng.',
    LOGIN_THROTTLED: 'Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau ít phút.',
    LOGIN_BUSY: 'Máy chủ đang kiểm tra nhiều lượt đăng nhập cùng lúc. Vui lòng thử lại sau vài giây.',
    USER_NOT_FOUND: 'Không tìm thấy người dùng này.',
    CONFLICT: 'Thao tác không thực hiện được với trạng thái hiện tại của dữ liệu.',
    SERVICE_UNAVAILABLE: 'Hệ thống đang bận hoặc đang bảo trì. Vui lòng thử lại sau.',
    STORAGE_UNAVAILABLE:
      'Máy chủ đang gặp sự cố lưu trữ (ổ đĩa đầy, cơ sở dữ liệu không truy cập được hoặc thư mục không ghi được) nên chưa thực hiện được yêu cầu. Không có gì bị ghi dở; vui lòng thử lại sau ít phút.',
    INTERNAL: 'Đã có lỗi xảy ra phía máy chủ. Vui lòng thử lại sau.',
    RICH_TEXT_TOO_MANY_TAGS:
      'Nội dung có quá nhiều thẻ định dạng (tối đa 20.000 thẻ, một bài viết dài thường chỉ vài nghìn). Hãy bỏ bớt định dạng thừa hoặc chia thành nhiều bài.',
    RICH_TEXT_TOO_DEEP:
      'Nội dung lồng định dạng quá nhiều tầng (tối đa 64 tầng), thường do dán từ nơi khác. Hãy xóa định dạng của đoạn đó rồi định dạng lại.',
    WORK_TOO_HEAVY: 'Nội dung hoặc tệp này cần quá nhiều bộ nhớ hoặc thời gian để xử lý. Hãy chia nhỏ rồi thử lại.',
  },
  validation: {
    /** zod's own sentence for a body that is not an object is English ("expected object, received string"). */
    bodyNotAnObject: 'Dữ liệu gửi lên phải là một đối tượng JSON gồm các trường, ví dụ {"path": "/"}.',
  },
  ui: {
    skipToContent: 'Bỏ qua, đến nội dung chính',
    home: 'Trang chủ',
    latestNews: 'Thông tin mới nhất',
    featured: 'Tin nổi bật',
    viewAll: 'Xem tất cả',
    search: 'Tìm kiếm',
    searchPlaceholder: 'Nhập từ khóa',
    searchLabel: 'Từ khóa tìm kiếm',
    searchResultsFor: 'Kết quả tìm kiếm cho',
    searchCount: (n: string) => `Tìm thấy ${n} bài viết.`,
    searchEmptyQuery: 'Hãy nhập từ khóa để tìm bài viết, ví dụ “Đảng ủy Khối” hoặc “hoc tap lam theo Bac”.',
    searchNoResult: 'Không tìm thấy bài viết nào phù hợp. Hãy thử từ khóa khác hoặc ít từ hơn.',
    login: 'Đăng nhập',
    visitStats: 'Thống kê truy cập',
    online: 'Đang online',
    today: 'Hôm nay',
    thisWeek: 'Trong tuần',
    allTime: 'Tất cả',
    statsMethod: 'Cách đếm',
    views: 'Lượt xem',
    author: 'Tác giả',
    publishedOn: 'Đăng lúc',
    category: 'Chuyên mục',
    related: 'Tin liên quan',
    print: 'In bài viết',
    categories: 'Chuyên mục',
    previousPage: 'Trang trước',
    nextPage: 'Trang sau',
    pageOf: (page: number, pages: number) => `Trang ${page} / ${pages}`,
    pagination: 'Phân trang',
    noArticles: 'Chuyên mục này chưa có bài viết.',
    notFoundTitle: 'Không tìm thấy trang',
    errorTitle: 'Có lỗi xảy ra',
    backHome: 'Về trang chủ',
    requestId: 'Mã yêu cầu',
    footerResponsible: 'Chịu trách nhiệm nội dung: Ban Thường vụ Đảng ủy Khối',
    rssFeed: 'Tin mới (RSS)',
    mainMenu: 'Danh mục chính',
    menu: 'Danh mục',
    /** The menu button on a phone (the menu is folded behind it when scripts run). */
    menuButton: 'Danh mục',
    statsPageTitle: 'Thống kê truy cập và cách đếm',
    portalKicker: 'Cổng thông tin điện tử',
    addressLabel: 'Địa chỉ:',
    phone: (phone: string) => `Điện thoại: ${phone}`,
    email: (email: string) => `Email: ${email}`,
    about: 'Giới thiệu',
    contact: 'Liên hệ',
    siteMap: 'Sơ đồ trang',
    invalidPageField: 'Số trang không hợp lệ',
    errorSummaryTitle: (count: number) =>
      count === 1 ? 'Chưa lưu được: có 1 mục cần sửa' : `Chưa lưu được: có ${count} mục cần sửa`,
    /** The language switch in the header: each language named in itself (en.ts says the same). */
    languageSwitch: 'Ngôn ngữ',
    vietnamese: 'Tiếng Việt',
    english: 'English',
  },
  staff: {
    pageTitle: (title: string, siteName: string) => `${title} - Quản trị - ${siteName}`,
    kicker: 'Quản trị cổng thông tin',
    notificationsLabel: (unread: number) => `Thông báo: ${unread} chưa đọc`,
    notificationsButton: (unread: number) => `Thông báo (${unread})`,
    logout: 'Đăng xuất',
    menu: 'Menu quản trị',
    viewPortal: 'Xem cổng thông tin',
    backToDashboard: 'Về bảng điều khiển',
  },
  apiDocs: {
    title: 'Tài liệu API',
    documentTitle: (siteName: string) => `API cổng thông tin ${siteName}`,
    errorCode: 'Mã lỗi ổn định, ví dụ QUERY_TOO_LONG',
    errorMessage: 'Thông báo tiếng Việt',
    errorFields: 'Lỗi theo từng trường',
    bearerAuth: 'Mã API cá nhân, tạo tại Quản trị → Mã API (/quan-tri/ma-api).',
    description:
      'JSON; thông báo lỗi bằng tiếng Việt. Xác thực bằng một trong hai cách. (1) Cookie phiên: POST /api/v1/auth/login; ' +
      'mọi yêu cầu thay đổi dữ liệu gửi kèm header X-CSRF-Token. (2) Mã API cá nhân: đăng nhập trang quản trị, mở ' +
      'Quản trị → Mã API (/quan-tri/ma-api), tạo mã (chỉ hiện một lần, hãy sao chép ngay) rồi gửi trong header ' +
      '"Authorization: Bearer ct_…"; yêu cầu dùng mã API không cần X-CSRF-Token. Mã sai, hết hạn, đã thu hồi hoặc của ' +
      'tài khoản bị khóa nhận 401 INVALID_TOKEN với header WWW-Authenticate. Mã API chỉ dùng cho /api, không mở trang quản trị.',
    /** "Bản mô tả OpenAPI 3: <link>. Mọi lỗi trả về <code>…</code> với thông báo tiếng Việt." */
    introBeforeLink: 'Bản mô tả OpenAPI 3:',
    introBeforeCode: '. Mọi lỗi trả về',
    introAfterCode: 'với thông báo tiếng Việt.',
  },
  /** For the operator, at start-up (the console). */
  operator: {
    badTrustedProxy: (entry: string) => `TRUST_PROXY: "${entry}" không phải địa chỉ IP hoặc dải CIDR`,
    missingEditorBundle:
      'Thiếu tệp editor.js: hãy chạy "node scripts/build-client.mjs" (npm run build và npm test tự chạy bước này).',
  },
} as const;

export type ErrorCode = keyof typeof vi.errors;
