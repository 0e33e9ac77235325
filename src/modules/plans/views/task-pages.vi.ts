// The words of a task's page (its facts, occurrences, editors' confirmations, the report form and the
// reports filed) and of a report's page (the correction form and every saved version).
export const taskPagesText = {
  task: {
    breadcrumbPlans: 'Kế hoạch',
    breadcrumbTask: 'Nhiệm vụ',
    status: 'Tình trạng',
    closedOn: (date: string) => ` (đã đóng ngày ${date})`,
    group: 'Nhóm',
    leadUnit: 'Đơn vị chủ trì',
    coordinators: 'Đơn vị phối hợp',
    noCoordinators: 'Không có',
    deadline: 'Thời hạn',
    targetAndActual: 'Chỉ tiêu / kết quả',
    edit: 'Sửa nhiệm vụ',
    reopen: 'Mở lại nhiệm vụ',
    close: 'Đóng nhiệm vụ (khóa báo cáo)',
    closedNoReports: 'Nhiệm vụ đã đóng: không nhận thêm báo cáo.',
  },
  occurrences: {
    heading: 'Các kỳ thực hiện',
    caption: (filter: string, page: number, pages: number) =>
      `Tình trạng từng kỳ (${filter}), mới nhất trước, trang ${page}/${pages}`,
    due: 'Hạn',
    status: 'Tình trạng',
    actual: 'Kết quả',
    filterNav: 'Lọc các kỳ theo tình trạng',
    filters: { 'tat-ca': 'Tất cả', 'bo-lo': 'Bỏ lỡ', 'nop-muon': 'Nộp muộn', 'da-xong': 'Đã xong đúng hạn' },
    /** "356 kỳ đến nay: 5 bỏ lỡ, 0 nộp muộn, 351 đã xong đúng hạn, 0 đang thực hiện". */
    summary: (c: { all: string; missed: string; late: string; done: string; open: string }) =>
      `${c.all} kỳ đến nay: ${c.missed} bỏ lỡ, ${c.late} nộp muộn, ${c.done} đã xong đúng hạn, ${c.open} đang thực hiện hoặc chưa đến hạn.`,
    missedLink: (n: string) => `${n} kỳ bỏ lỡ: xem các kỳ này`,
    noneMissed: 'Không bỏ lỡ kỳ nào.',
    noneOfFilter: 'Không có kỳ nào ở tình trạng này.',
  },
  completion: {
    heading: 'Xác nhận hoàn thành',
    occurrence: 'Kỳ',
    dueOn: (date: string) => `Hạn ${date}`,
    reason: 'Lý do (ví dụ: đã có báo cáo bằng văn bản số …)',
    submit: 'Xác nhận hoàn thành',
    listHeading: 'Biên tập viên đã xác nhận hoàn thành',
    confirmed: (c: { due: string; by: string; at: string; reason: string }) =>
      `Kỳ ${c.due}: ${c.by} xác nhận lúc ${c.at} — ${c.reason}`,
  },
  filing: {
    heading: 'Báo cáo tiến độ',
    searchForm: 'Tìm bài viết làm minh chứng',
    searchLabel: 'Tìm bài viết đã đăng làm minh chứng',
    search: 'Tìm bài',
    submit: 'Gửi báo cáo',
  },
  /** The fields of a report, in the filing and the correction form alike. */
  fields: {
    unit: 'Đơn vị báo cáo',
    activityDate: 'Ngày thực hiện',
    body: 'Nội dung đã thực hiện',
    quantity: 'Số lượng đạt được',
    quantityIn: (unit: string) => `Số lượng đạt được (${unit})`,
    completed: 'Đã hoàn thành nhiệm vụ (kỳ này)',
    evidence: 'Bài viết làm minh chứng',
    files: 'Tệp đính kèm (biên bản, danh sách, ảnh)',
    filesHint: 'PDF, Word (.docx), Excel (.xlsx) hoặc ảnh JPEG/PNG; tối đa 10 tệp.',
  },
  reports: {
    heading: (n: string) => `Các báo cáo đã gửi (${n})`,
    pageNote: (from: string, to: string, total: string) => `Báo cáo thứ ${from}–${to} trong ${total}, mới nhất trước.`,
    none: 'Chưa có báo cáo nào.',
    /** A report's heading: its unit and the day of the work, and for a recurring task its occurrence. */
    title: (unit: string, activityDate: string) => `${unit} · ngày thực hiện ${activityDate}`,
    titleWithOccurrence: (unit: string, activityDate: string, due: string) =>
      `${unit} · ngày thực hiện ${activityDate} · kỳ hạn ${due}`,
    filedBy: (author: string, at: string) => `${author} gửi lúc ${at}`,
    filedAndCorrected: (author: string, at: string, times: number, lastAt: string) =>
      `${author} gửi lúc ${at} · đã sửa ${times} lần, lần cuối ${lastAt}`,
    /** The quantity already written ("02 lớp"). */
    quantity: (quantity: string) => `Số lượng: ${quantity}. `,
    completed: 'Đơn vị báo đã hoàn thành.',
    correct: 'Sửa báo cáo / xem các lần sửa',
    versions: 'Xem các lần sửa',
  },
  query: {
    badFilter: 'Bộ lọc kỳ không hợp lệ: hãy chọn Tất cả, Bỏ lỡ, Nộp muộn hoặc Đã xong đúng hạn.',
    badPage: 'Số trang không hợp lệ: hãy dùng một số nguyên từ 1 trở lên.',
  },
  /** The refused report form's reminder when the browser sent files that were not kept. */
  filesAgain: 'Các tệp đính kèm đã chọn chưa được lưu: hãy chọn lại tệp trước khi gửi.',
  report: {
    heading: (unitName: string) => `Báo cáo của ${unitName}`,
    conflict:
      'Báo cáo đã được sửa ở nơi khác trong khi bạn đang sửa; nội dung của bạn vẫn ở dưới đây. Hãy xem lại rồi lưu lần nữa.',
    authorOnly: 'Chỉ người gửi sửa được báo cáo, và chỉ khi nhiệm vụ chưa đóng.',
    save: 'Lưu bản sửa',
    files: 'Tệp đính kèm',
  },
  versions: {
    heading: 'Các phiên bản',
    caption: 'Mọi lần lưu của báo cáo, mới nhất trước',
    version: 'Phiên bản',
    savedAt: 'Lưu lúc',
    savedBy: 'Người lưu',
    activityDate: 'Ngày thực hiện',
    body: 'Nội dung',
    quantity: 'Số lượng',
  },
} as const;
