// The media library's words: why an upload or a change is refused, its entry in the staff menu
// with its flashes, the library page (/quan-tri/thu-vien-anh) and the article form's image picker.
export const mediaText = {
  refusals: {
    fileMissing: 'Hãy chọn một tệp ảnh để tải lên.',
    tooLarge: (maxSize: string) => `Ảnh quá lớn: mỗi ảnh tối đa ${maxSize}.`,
    unsupportedType: 'Tệp không phải ảnh JPEG, PNG, GIF hoặc WebP.',
    damaged: 'Tệp ảnh bị hỏng hoặc không đọc được hết: hãy mở ảnh, lưu lại rồi tải lên lần nữa.',
    tooManyPixels: (maxSide: string, maxMegapixels: string) =>
      `Ảnh có kích thước quá lớn: tối đa ${maxSide} điểm ảnh mỗi chiều và ${maxMegapixels} triệu điểm ảnh.`,
    altTooLong: (max: number) => `Mô tả ảnh quá dài (tối đa ${max} ký tự).`,
    queryTooLong: 'Từ khóa tìm kiếm quá dài: hãy dùng tối đa 200 ký tự.',
    inUse: (name: string) =>
      `Ảnh “${name}” đang được dùng trong bài viết (trong nội dung hoặc làm ảnh đại diện) nên không xóa được; hãy gỡ ảnh khỏi bài viết trước.`,
  },
  fileNotFound: 'Không tìm thấy tệp.',
  menu: {
    label: 'Thư viện ảnh',
    hint: 'Tải ảnh lên, sao chép địa chỉ ảnh, sửa mô tả, xóa ảnh không dùng nữa.',
  },
  flashes: {
    'da-tai-anh': 'Đã tải ảnh lên.',
    'da-luu-anh': 'Đã lưu mô tả ảnh.',
    'da-xoa-anh': 'Đã xóa ảnh.',
  },
  library: {
    title: 'Thư viện ảnh',
    uploaded: 'Ảnh đã tải lên',
    search: 'Tìm theo tên tệp hoặc mô tả',
    filter: 'Lọc',
    clearFilter: 'Bỏ lọc',
    matching: (count: string, query: string) => `${count} ảnh khớp với “${query}”.`,
    total: (count: string) => `Thư viện có ${count} ảnh.`,
    noMatch: 'Không có ảnh nào khớp với từ khóa này.',
    empty: 'Thư viện chưa có ảnh nào.',
    file: 'Tệp ảnh',
    fileHint: (maxSize: string) => `JPEG, PNG, GIF hoặc WebP, tối đa ${maxSize}.`,
    alt: 'Mô tả ảnh',
    altHint: 'Một câu nói ảnh có gì, cho người đọc bằng trình đọc màn hình và khi ảnh không tải được.',
    upload: 'Tải ảnh lên',
    noAlt: 'Chưa có mô tả',
    address: 'Địa chỉ ảnh',
    saveAlt: 'Lưu mô tả',
    deleteNamed: (name: string) => `Xóa ảnh ${name}`,
    delete: 'Xóa ảnh',
  },
  picker: {
    legend: 'Ảnh đại diện',
    none: 'Không dùng ảnh đại diện',
  },
} as const;
