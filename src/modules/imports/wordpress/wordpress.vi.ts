// The WordPress reader's words: why a file is refused, why an item is left out.
export const wordpressText = {
  fileMissing: (file: string) => `Không mở được tệp “${file}”: tệp không có hoặc không đọc được.`,
  notXml: (file: string, why: string) => `Tệp “${file}” không phải tệp XML hợp lệ (${why}).`,
  notWxr: (file: string) =>
    `Tệp “${file}” không phải tệp xuất của WordPress (WXR): hãy xuất từ Công cụ → Xuất (Tools → Export) của WordPress.`,
  uploadsMissing: (dir: string) => `Thư mục ảnh “${dir}” không có hoặc không phải thư mục.`,
  trashed: 'Bài nằm trong thùng rác của WordPress.',
  unknownStatus: (status: string) => `Trạng thái “${status}” của WordPress không chuyển được.`,
} as const;
