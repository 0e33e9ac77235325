// The NukeViet reader's words: why a database is refused, why a news row is left out.
export const nukevietText = {
  badUrl: 'Địa chỉ cơ sở dữ liệu NukeViet phải có dạng mysql://người-dùng:mật-khẩu@máy:cổng/tên-cơ-sở-dữ-liệu.',
  badPrefix: (prefix: string) =>
    `Tiền tố bảng “${prefix}” không hợp lệ: chỉ gồm chữ cái không dấu, chữ số và dấu gạch dưới (mặc định nv4).`,
  badLang: (lang: string) => `Mã ngôn ngữ “${lang}” không hợp lệ: hai chữ cái thường, ví dụ vi hoặc en.`,
  cannotConnect: (where: string, why: string) => `Không kết nối được cơ sở dữ liệu NukeViet ở ${where}: ${why}.`,
  tablesMissing: (tables: string[]) =>
    `Cơ sở dữ liệu này không có bảng ${tables.join(', ')} của NukeViet 4: hãy kiểm tra tên cơ sở dữ liệu, tiền tố bảng (prefix) và ngôn ngữ (lang).`,
  uploadsMissing: (dir: string) => `Thư mục ảnh “${dir}” không có hoặc không phải thư mục.`,
  noTitle: 'Tin không có tiêu đề.',
  unknownCategory: (catid: number) =>
    `Tin thuộc chuyên mục số ${catid}, mà chuyên mục này không có trong cơ sở dữ liệu.`,
} as const;
