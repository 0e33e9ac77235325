// The words of two-factor login: the code step of the login, the user's own page (turning it on,
// the recovery codes shown once, turning it off), the admin's setting and the reset on a user's page.
export const twoFactorText = {
  fields: {
    codeRequired: 'Hãy nhập mã 6 chữ số hoặc một mã dự phòng.',
    codeTooLong: 'Mã quá dài: mã xác thực có 6 chữ số, mã dự phòng có 16 ký tự.',
    codeWrong: 'Mã không đúng. Hãy nhập mã đang hiện trong ứng dụng xác thực (mã đổi sau mỗi 30 giây).',
    keyMissing:
      'Máy chủ không đọc được khóa mã hóa của xác thực hai yếu tố (TWO_FACTOR_KEYS) nên chưa kiểm tra được mã 6 chữ số. Hãy dùng một mã dự phòng, hoặc báo quản trị viên.',
    roleInvalid: 'Vai trò không hợp lệ.',
  },
  /** /dang-nhap/ma-xac-thuc: the second step of the login. */
  login: {
    title: 'Nhập mã xác thực',
    intro:
      'Mật khẩu đúng. Tài khoản này dùng xác thực hai yếu tố: hãy nhập mã 6 chữ số đang hiện trong ứng dụng xác thực trên điện thoại của bạn.',
    code: 'Mã xác thực hoặc mã dự phòng',
    codeHint:
      'Mất điện thoại? Nhập một trong các mã dự phòng đã lưu (dạng xxxx-xxxx-xxxx-xxxx); mỗi mã chỉ dùng được một lần.',
    submit: 'Xác nhận',
    wrong: 'Mã không đúng, đã hết hạn hoặc đã được dùng. Hãy nhập mã mới đang hiện trong ứng dụng.',
    expired: 'Phiên nhập mã đã hết hạn hoặc đã nhập sai quá nhiều lần. Hãy đăng nhập lại.',
    restart: 'Đăng nhập lại từ đầu',
  },
  /** /quan-tri/tai-khoan/xac-thuc-hai-yeu-to: the user's own page. */
  own: {
    title: 'Xác thực hai yếu tố',
    section: {
      label: 'Xác thực hai yếu tố',
      hint: 'Bảo vệ tài khoản bằng mã trên điện thoại ngoài mật khẩu.',
    },
    required: 'Vai trò của bạn bắt buộc dùng xác thực hai yếu tố. Hãy bật ngay bây giờ để tiếp tục làm việc.',
    exempt:
      'Đây là tài khoản dùng thử (mật khẩu công khai) nên không bị bắt buộc dùng xác thực hai yếu tố. Bạn vẫn có thể bật để thử.',
    offIntro:
      'Khi bật, mỗi lần đăng nhập bạn nhập mật khẩu rồi nhập mã 6 chữ số từ ứng dụng xác thực (Google Authenticator, Microsoft Authenticator, FreeOTP…).',
    step1: 'Bước 1: Mở ứng dụng xác thực, chọn thêm tài khoản và quét mã QR dưới đây.',
    qrAlt: (email: string) => `Mã QR để thêm tài khoản ${email} vào ứng dụng xác thực`,
    step2: 'Không quét được? Nhập khóa bí mật này vào ứng dụng (loại: theo thời gian):',
    step3: 'Bước 2: Nhập mã 6 chữ số ứng dụng đang hiện để xác nhận.',
    code: 'Mã 6 chữ số',
    turnOn: 'Bật xác thực hai yếu tố',
    onSince: (date: string) => `Xác thực hai yếu tố đang bật từ ${date}.`,
    recoveryLeft: (n: number) => `Còn ${n} mã dự phòng chưa dùng.`,
    recoveryLow: 'Sắp hết mã dự phòng: hãy tạo 10 mã mới bên dưới.',
    renewTitle: 'Tạo mã dự phòng mới',
    renewHint:
      'Nhập mã đang hiện trong ứng dụng. 10 mã mới thay cho mọi mã cũ: các mã cũ, kể cả mã chưa dùng, hết hiệu lực ngay.',
    renew: 'Tạo 10 mã dự phòng mới',
    offTitle: 'Tắt xác thực hai yếu tố',
    offHint: 'Nhập mã đang hiện trong ứng dụng để tắt.',
    offRequired:
      'Vai trò của bạn bắt buộc dùng xác thực hai yếu tố nên không tắt được. Mất điện thoại? Hãy nhờ quản trị viên đặt lại.',
    turnOff: 'Tắt xác thực hai yếu tố',
  },
  /** Shown once, in the answer to the code that turned it on. */
  recovery: {
    title: 'Đã bật xác thực hai yếu tố',
    intro:
      'Đây là 10 mã dự phòng, dùng khi không có điện thoại. Mỗi mã dùng được một lần. Trang này chỉ hiện một lần: hãy in hoặc chép vào nơi an toàn ngay.',
    listLabel: 'Mã dự phòng',
    done: 'Tôi đã lưu các mã, về bảng điều khiển',
    renewedTitle: 'Đã tạo 10 mã dự phòng mới',
    renewedIntro:
      'Các mã cũ đã hết hiệu lực. Mỗi mã mới dùng được một lần. Trang này chỉ hiện một lần: hãy in hoặc chép vào nơi an toàn ngay.',
  },
  /** /quan-tri/xac-thuc-hai-yeu-to: which roles must use it. */
  policy: {
    title: 'Bắt buộc xác thực hai yếu tố',
    section: {
      label: 'Xác thực hai yếu tố (bắt buộc)',
      hint: 'Chọn những vai trò phải dùng mã trên điện thoại khi đăng nhập.',
    },
    intro:
      'Người có một trong các vai trò được chọn phải bật xác thực hai yếu tố ngay sau khi đăng nhập, trước khi dùng chức năng khác. Các tài khoản dùng thử (@congtin.demo) được miễn.',
    legend: 'Vai trò bắt buộc',
    save: 'Lưu',
    saved: 'Đã lưu các vai trò bắt buộc xác thực hai yếu tố.',
  },
  /** The user's page in the admin's users section. */
  admin: {
    heading: 'Xác thực hai yếu tố',
    on: (date: string) => `Đang bật từ ${date}.`,
    off: 'Chưa bật.',
    reset: 'Đặt lại xác thực hai yếu tố',
    resetHint:
      'Dùng khi người này mất điện thoại: xác thực hai yếu tố và các mã dự phòng bị xóa, các phiên đăng nhập của họ kết thúc; họ bật lại ở lần đăng nhập sau.',
    resetDone: 'Đã đặt lại xác thực hai yếu tố; người này đã bị đăng xuất.',
  },
  flashes: {
    turnedOff: 'Đã tắt xác thực hai yếu tố.',
  },
  auditDetail: {
    rolesChanged: (before: string, after: string) => `${before || 'không'} → ${after || 'không'}`,
  },
} as const;
