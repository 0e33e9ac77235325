// What the operator reads from `npm run backup` and `npm run restore`.
export const backupText = {
  backupUsage: 'Cách dùng: npm run backup -- --out /đường/dẫn/congtin-2026-12-05.tar.gz [--public]',
  restoreUsage: 'Cách dùng: npm run restore -- /đường/dẫn/congtin-2026-12-05.tar.gz [--force]',
  outExists: (file: string) => `Tệp ${file} đã có: hãy chọn một tên khác (bản sao lưu cũ không bị ghi đè).`,
  outFolderMissing: (dir: string) => `Thư mục ${dir} không có: hãy tạo nó trước khi sao lưu.`,
  backupDone: (file: string, rows: number, files: number, seconds: string) =>
    `Đã sao lưu vào ${file}: ${rows} dòng dữ liệu, ${files} tệp, trong ${seconds} giây.`,
  pgDumpSkipped: (reason: string) =>
    `Không kèm được bản pg_dump (${reason}); bản xuất dữ liệu của congtin vẫn đầy đủ để khôi phục.`,
  rowsChanged: (table: string) =>
    `Bảng ${table}: số dòng đã xuất khác số dòng trong ảnh chụp cơ sở dữ liệu; bản sao lưu bị hủy.`,
  backupFailed: (reason: string) => `Sao lưu không thành công: ${reason}`,
  noSchema: 'Sao lưu không thành công: cơ sở dữ liệu chưa có lược đồ của congtin (máy chủ chưa chạy lần nào?).',
  archiveMissing: (file: string) => `Không đọc được tệp ${file}.`,
  notOurs: 'Tệp này không phải bản sao lưu của congtin (không có manifest.json hợp lệ); không có gì được ghi.',
  damaged: (reason: string) => `Bản sao lưu bị hỏng (${reason}); không có gì được ghi.`,
  unexpectedMember: (name: string) =>
    `Bản sao lưu có mục lạ "${name}" không được ghi trong manifest; không có gì được ghi.`,
  missingMember: (name: string) => `Bản sao lưu thiếu mục "${name}" mà manifest ghi; không có gì được ghi.`,
  badChecksum: (name: string) =>
    `Mục "${name}" trong bản sao lưu không khớp mã kiểm tra SHA-256: tệp đã bị hỏng hoặc bị sửa; không có gì được ghi.`,
  badRowCount: (table: string) =>
    `Bảng ${table} trong bản sao lưu không có đúng số dòng manifest ghi; không có gì được ghi.`,
  newerSchema: (version: string) =>
    `Bản sao lưu có lược đồ cơ sở dữ liệu "${version}" mà phiên bản congtin này chưa biết (bản sao lưu mới hơn mã nguồn): ` +
    'hãy nâng cấp congtin trước khi khôi phục; không có gì được ghi.',
  notEmpty: (what: string) =>
    `Nơi khôi phục không trống (${what}): khôi phục sẽ xóa nội dung này. ` +
    'Nếu chắc chắn muốn thay thế, chạy lại với --force; chưa có gì được ghi.',
  databaseHasRows: 'cơ sở dữ liệu đã có dữ liệu',
  foreignDatabase: 'cơ sở dữ liệu có bảng không phải của congtin',
  folderHasFiles: (folder: string) => `DATA_DIR/${folder} đã có tệp`,
  restoreDone: (file: string, rows: number, files: number, seconds: string) =>
    `Đã khôi phục từ ${file}: ${rows} dòng dữ liệu, ${files} tệp, trong ${seconds} giây. Hãy khởi động lại congtin.`,
  restoreFailed: (reason: string) => `Khôi phục không thành công: ${reason}`,
} as const;
