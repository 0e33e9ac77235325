// The reader's tools under an article: sharing, copying the link, text size and printing; and the
// lines only the printed paper carries.
export const readerToolsText = {
  toolsLabel: 'Công cụ bài viết',
  shareLabel: 'Chia sẻ:',
  shareZalo: 'Zalo',
  shareZaloName: 'Chia sẻ qua Zalo (mở cửa sổ mới)',
  shareFacebook: 'Facebook',
  shareFacebookName: 'Chia sẻ lên Facebook (mở cửa sổ mới)',
  shareEmail: 'Email',
  shareEmailName: 'Gửi liên kết bài viết qua email',
  copyLink: 'Sao chép liên kết',
  copied: 'Đã sao chép liên kết bài viết.',
  copyFailed: 'Không sao chép được. Hãy chọn liên kết trong ô bên dưới rồi sao chép.',
  linkField: 'Liên kết bài viết',
  textSizeLabel: 'Cỡ chữ',
  smaller: 'A− (chữ nhỏ hơn)',
  normal: 'A (cỡ chữ mặc định)',
  larger: 'A+ (chữ to hơn)',
  /** Announced after a change, e.g. "Cỡ chữ: 115%". */
  textSizeNow: 'Cỡ chữ:',
  printSource: 'Nguồn:',
} as const;
