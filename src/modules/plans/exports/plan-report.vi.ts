// The words of a plan's exported progress report (.docx and .xlsx alike): a Party document's own
// wording (Hướng dẫn 36-HD/VPTW), its table's columns, and the lines written from figures.
export const planReportText = {
  partyHeading: 'ĐẢNG CỘNG SẢN VIỆT NAM',
  title: 'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH',
  /** 'Kế hoạch số 132/KH-ĐUK ngày 10/01/2023 của Ban Thường vụ Đảng ủy Khối về …' (no issuer: no "của"). */
  subtitle: (plan: { number: string; issued: string; issuer: string; about: string }) =>
    `Kế hoạch số ${plan.number} ngày ${plan.issued}${plan.issuer ? ` của ${plan.issuer}` : ''} về ${plan.about}`,
  columns: {
    no: 'TT',
    task: 'Nhiệm vụ',
    leadUnit: 'Đơn vị chủ trì',
    coordinators: 'Đơn vị phối hợp',
    deadline: 'Thời hạn',
    target: 'Chỉ tiêu',
    actual: 'Kết quả',
    status: 'Tình trạng',
    note: 'Ghi chú',
  },
  /** 'Lào Cai, ngày 28 tháng 11 năm 2026': day and month already written as the decree wants them. */
  dateLine: (place: string, day: string, month: string, year: number) =>
    `${place}, ngày ${day} tháng ${month} năm ${year}`,
  /** The counts already written as numbers are (formatNumber). */
  summaryLine: (n: {
    total: string;
    doneOnTime: string;
    doneLate: string;
    overdue: string;
    inProgress: string;
    notDue: string;
  }) =>
    `Tổng số ${n.total} nhiệm vụ: ${n.doneOnTime} hoàn thành đúng hạn, ` +
    `${n.doneLate} hoàn thành quá hạn, ${n.overdue} quá hạn, ` +
    `${n.inProgress} đang thực hiện, ${n.notDue} chưa đến hạn.`,
  sheetName: 'Tiến độ',
  /** The spreadsheet's printed footer, in Excel's codes: "Trang 2/5" centred. */
  sheetFooter: '&CTrang &P/&N',
} as const;
