// What the operator is told about the environment (at start-up), and the defaults that are words.
export const configText = {
  invalid: (lines: string) => `Cấu hình không hợp lệ:\n${lines}`,
  port: 'PORT phải từ 0 đến 65535',
  databaseUrl: 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc sqlite:',
  siteUrl: 'SITE_URL phải là một địa chỉ đầy đủ, ví dụ https://dukcqdn.laocai.gov.vn',
  statsStartTotal: 'STATS_START_TOTAL không được âm',
  uploadMaxMb: 'UPLOAD_MAX_MB phải từ 0.1 đến 50',
  attachmentMaxMb: 'ATTACHMENT_MAX_MB phải từ 0.1 đến 50',
  reminderDaysAhead: 'REMINDER_DAYS_AHEAD phải là số ngày (0–60)',
  reminderOverdueDays: 'REMINDER_OVERDUE_DAYS phải là số ngày (0–3650)',
  reminderHour: 'REMINDER_HOUR phải là giờ trong ngày (0–23)',
  smtpUrl: 'SMTP_URL phải có dạng smtp://tên:mật-khẩu@máy-chủ:587 hoặc smtps://tên:mật-khẩu@máy-chủ:465',
  smtpFrom: 'SMTP_FROM phải là một địa chỉ e-mail, ví dụ "Cổng tin <congtin@example.vn>"',
  smtpFromMissing: '  SMTP_FROM: hãy ghi địa chỉ người gửi khi đã đặt SMTP_URL',
  metricsToken: 'METRICS_TOKEN phải dài ít nhất 16 ký tự, chỉ gồm chữ, số và ký hiệu không dấu, không có dấu cách',
  twoFactorKeys:
    'TWO_FACTOR_KEYS phải là một hay nhiều khóa 32 byte, cách nhau bằng dấu phẩy, mỗi khóa viết bằng base64 (44 ký tự) hoặc hex (64 ký tự); tạo khóa bằng: openssl rand -base64 32',
  running: (port: number) => `congtin đang chạy tại http://localhost:${port}`,
  demoLogin: (loginUrl: string, email: string, password: string) =>
    `Dùng thử: đăng nhập tại ${loginUrl} bằng ${email}, mật khẩu ${password} (mỗi vai trò một tài khoản @congtin.demo, xem README). ` +
    'Mật khẩu này đã công khai: trên máy chủ thật, hãy khóa các tài khoản @congtin.demo (Quản trị → Người dùng) ' +
    'hoặc chạy lần đầu với ADMIN_EMAIL và ADMIN_PASSWORD.',
  defaults: {
    siteName: 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai',
    reportParentIssuer: 'ĐẢNG BỘ TỈNH LÀO CAI',
    reportPlace: 'Lào Cai',
  },
} as const;
