// The words of the page a save gets when the server cannot store it (unavailable-page.tsx).
export const unavailableText = {
  title: 'Chưa lưu được do sự cố máy chủ',
  kept: 'Không có gì bị mất: những gì bạn đã nhập vẫn còn trong biểu mẫu dưới đây. Khi máy chủ ổn định lại (thường sau ít phút), bấm “Gửi lại”.',
  filesAgain: 'Tệp bạn đã chọn chưa được lưu: hãy chọn lại tệp trước khi gửi lại.',
  chooseAgain: (field: string) => `Chọn lại tệp (${field})`,
  resend: 'Gửi lại',
  nothingKept: 'Hãy quay lại trang trước: nội dung bạn đã nhập vẫn còn trong trình duyệt. Thử lưu lại sau ít phút.',
  back: 'Về bảng điều khiển',
  /** Names of the fields staff forms share; any other field is shown by its own name. */
  labels: {
    title: 'Tiêu đề',
    lead: 'Tóm tắt',
    bodyHtml: 'Nội dung',
    body: 'Nội dung',
    text: 'Nội dung',
    content: 'Nội dung',
    summary: 'Tóm tắt',
    name: 'Tên',
    alt: 'Mô tả ảnh',
    caption: 'Chú thích',
    note: 'Ghi chú',
    reason: 'Lý do',
    address: 'Địa chỉ',
    aboutHtml: 'Giới thiệu',
  } as Record<string, string>,
  fieldNamed: (name: string) => `Ô “${name}”`,
} as const;
