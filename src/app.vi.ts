// The composition root's own words: the defaults it stores on a first start and the health check's description.
export const appText = {
  aboutPending: '<p>Nội dung giới thiệu đang được cập nhật.</p>',
  firstAdminName: 'Quản trị hệ thống',
  demoAccountsLive:
    'demo accounts with a published password are enabled: disable them (Quản trị → Người dùng) on a real install',
  twoFactorKeyCreated:
    'TWO_FACTOR_KEYS is not set: a key for the two-factor secrets was made in DATA_DIR (keep it with the backups; with several nodes set TWO_FACTOR_KEYS instead)',
  /** The header menu's sections after the categories. */
  sectionNav: [
    { href: '/diem-tin', label: 'Điểm tin' },
    { href: '/su-kien', label: 'Sự kiện' },
    { href: '/van-ban', label: 'Văn bản' },
  ],
  health: {
    summary: 'Tình trạng máy chủ và cơ sở dữ liệu',
    ok: 'Hoạt động bình thường',
    failing:
      'Một phần không hoạt động: cơ sở dữ liệu không kết nối được hoặc chỉ đọc, hoặc thư mục dữ liệu đầy hay không ghi được (xem database.status và files.status)',
  },
} as const;
