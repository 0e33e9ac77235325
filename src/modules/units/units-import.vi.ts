// The units sheet import's words: the page, the sheet's columns, why a file cannot be read and
// what is wrong with a row.
export const unitsImportText = {
  title: 'Nhập đơn vị',
  tooLarge: (maxSize: string) => `Tệp quá lớn: tối đa ${maxSize}. Hãy chỉ giữ danh sách đơn vị trong tệp.`,
  chooseFile: 'Hãy chọn một tệp Excel (.xlsx) để tải lên.',
  auditCount: (count: number) => `${count} đơn vị`,
  page: {
    heading: 'Nhập đơn vị từ tệp Excel',
    /** The error summary's heading: nothing was imported, and how many things to fix. */
    refused: (count: number) =>
      count === 1 ? 'Chưa nhập được: có 1 điều cần sửa' : `Chưa nhập được: có ${count} điều cần sửa`,
    rejected: (count: number) =>
      `Chưa nhập đơn vị nào: tệp có ${count} lỗi. Hãy sửa các dòng được nêu rồi tải tệp lên lại.`,
    problem: (row: number, message: string) => `Dòng ${row}: ${message}`,
    columnsIntro: 'Trang tính đầu tiên của tệp .xlsx cần một dòng tiêu đề với các cột:',
    /** What goes in each column (after its header, in bold). */
    columnHelp: {
      name: ': tên đầy đủ, ví dụ “Đảng bộ Sở Tài chính”;',
      parent:
        ': tên hoặc tên viết tắt của đơn vị cấp trên, đã có trong hệ thống hoặc ở một dòng khác của tệp (trước hay sau đều được); để trống nếu trực thuộc thẳng đơn vị cấp cao nhất;',
      foundedOn: ': ô ngày của Excel hoặc chữ dạng dd/mm/yyyy, ví dụ 05/03/1948; có thể để trống;',
      shortName: ' (không bắt buộc), ví dụ “CB Sở Tư pháp”.',
    },
    /** The rules paragraph, split at its link to the template. */
    rules: {
      before: (maxSize: string, maxRows: number) =>
        `Mọi dòng được kiểm tra trước; chỉ khi không có lỗi nào, tất cả đơn vị mới được thêm cùng một lúc. Tệp tối đa ${maxSize} và ${maxRows} dòng. `,
      link: 'Tải tệp mẫu',
      after: '.',
    },
    file: 'Tệp Excel (.xlsx)',
    submit: 'Nhập đơn vị',
    cancel: 'Hủy',
  },
  /** The sheet's header names (matched without diacritics or case) and the template's sheet name. */
  columns: {
    name: 'Tên đơn vị',
    parent: 'Trực thuộc',
    foundedOn: 'Ngày thành lập',
    shortName: 'Tên viết tắt',
  },
  templateSheet: 'Đơn vị',
  /** Why a file is no units sheet (unit-sheet.ts). */
  unreadable: {
    notXlsx:
      'Tệp tải lên không phải bảng tính Excel (.xlsx). Hãy lưu bảng tính dưới dạng “Excel Workbook (.xlsx)” rồi tải lên lại.',
    tooBigUnzipped: (maxMiB: number) =>
      `Bảng tính quá lớn khi giải nén (quá ${maxMiB} MB) hoặc có quá nhiều thành phần: hãy chỉ giữ danh sách đơn vị trong tệp.`,
    noWorksheet: 'Bảng tính không có trang tính nào.',
    tooManyRows: (maxRows: number) => `Mỗi lần nhập tối đa ${maxRows} đơn vị; hãy chia tệp thành nhiều phần.`,
    missingColumns: (row: number, missing: string) =>
      `Dòng ${row} (dòng tiêu đề) thiếu cột ${missing}. Dòng tiêu đề cần các cột “Tên đơn vị”, “Trực thuộc”, “Ngày thành lập” và có thể thêm “Tên viết tắt”.`,
    quotedColumn: (header: string) => `“${header}”`,
    empty: 'Bảng tính trống: hãy điền dòng tiêu đề và danh sách đơn vị.',
  },
  /** What is wrong with a row (unit-import.ts and the service). */
  problems: {
    noRows: 'Tệp không có đơn vị nào dưới dòng tiêu đề.',
    count: (count: number) => `${count} lỗi trong tệp`,
    racedDuplicate: 'Vừa có người thêm đơn vị trùng tên trong lúc nhập; không đơn vị nào được nhập, hãy thử lại.',
    dateCellInvalid: 'Ô “Ngày thành lập” không phải một ngày hợp lệ.',
    dateTextInvalid: (text: string) => `Ngày thành lập “${text}” không hợp lệ: hãy viết dd/mm/yyyy, ví dụ 05/03/1948.`,
    nameMissing: 'Thiếu tên đơn vị (cột “Tên đơn vị”).',
    nameTooLong: (max: number) => `Tên đơn vị dài quá ${max} ký tự.`,
    shortNameTooLong: (max: number) => `Tên viết tắt dài quá ${max} ký tự.`,
    foundedInFuture: (date: string) => `Ngày thành lập ${date} ở sau hôm nay.`,
    noRoot:
      'Ô “Trực thuộc” để trống nghĩa là trực thuộc đơn vị cấp cao nhất, nhưng hệ thống chưa có đơn vị đó: hãy tạo đơn vị cấp cao nhất (Đảng ủy Khối) trước.',
    parentIsSelf: 'Một đơn vị không thể trực thuộc chính nó.',
    parentNotFound: (parent: string) =>
      `Không tìm thấy đơn vị trực thuộc “${parent}”, trong hệ thống cũng như trong tệp.`,
    parentAmbiguous: (parent: string, count: number) =>
      `“${parent}” trùng tên với ${count} đơn vị: hãy ghi tên đầy đủ hoặc tên viết tắt riêng của đơn vị cấp trên.`,
    existsUnder: (name: string, parent: string) => `Đã có “${name}” trực thuộc “${parent}” trong hệ thống.`,
    sameAsRow: (row: number, name: string, parent: string) =>
      `Trùng với dòng ${row}: “${name}” trực thuộc “${parent}” đã có ở dòng đó.`,
    cycle: (name: string) => `“${name}” nằm trong một vòng trực thuộc (A trực thuộc B, B lại trực thuộc A).`,
  },
} as const;
