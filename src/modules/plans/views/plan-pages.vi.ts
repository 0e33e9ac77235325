// The words of the plan tracker's lists: the plans index, a plan's page with its dashboard blocks,
// the task table and the status counts they share, and a unit's tasks.
export const planPagesText = {
  index: {
    heading: 'Kế hoạch và nhiệm vụ',
    addPlan: 'Thêm kế hoạch',
    addProgramme: 'Thêm đề án',
    unitTasks: 'Nhiệm vụ của đơn vị',
    noPlans: 'Chưa có kế hoạch nào.',
    overviewHeading: 'Tổng hợp mọi kế hoạch',
    overviewBar: 'Tiến độ chung của mọi kế hoạch',
    overviewCaption: 'Số nhiệm vụ theo tình trạng của từng đơn vị chủ trì trong mọi kế hoạch, nhiều quá hạn trước',
    overviewShown: (shown: number, units: number) =>
      `${shown} đơn vị có nhiều nhiệm vụ quá hạn nhất trong ${units} đơn vị chủ trì; chọn một đơn vị để xem các nhiệm vụ của đơn vị đó.`,
    planMeta: (p: { issued: string; year: number; programmeNumber: string | null }) =>
      `Ban hành ngày ${p.issued} · năm ${p.year}${p.programmeNumber ? ` · thực hiện Đề án ${p.programmeNumber}` : ''}`,
    programmes: 'Đề án',
  },
  plan: {
    breadcrumb: 'Kế hoạch',
    heading: (number: string, title: string) => `Kế hoạch số ${number}: ${title}`,
    /** "Ban Thường vụ · ban hành ngày 10/01/2023 · năm 2023 · thực hiện Đề án 17-ĐA/TU …" */
    meta: (p: {
      issuer: string;
      issued: string;
      year: number;
      programmeNumber: string | null;
      programmeTitle: string | null;
    }) =>
      `${p.issuer ? `${p.issuer} · ` : ''}ban hành ngày ${p.issued} · năm ${p.year}` +
      (p.programmeNumber ? ` · thực hiện Đề án ${p.programmeNumber} ${p.programmeTitle ?? ''}` : ''),
    documents: 'Văn bản kế hoạch:',
    ownUnitOnly: 'Bạn thấy các nhiệm vụ đơn vị mình chủ trì hoặc phối hợp.',
    addTask: 'Thêm nhiệm vụ',
    editPlan: 'Sửa thông tin kế hoạch',
    downloadWord: 'Tải báo cáo (Word)',
    downloadExcel: 'Tải báo cáo (Excel)',
    overdueHeading: (n: number) => `Nhiệm vụ quá hạn (${n})`,
    allOverdue: (n: number) => `Xem cả ${n} nhiệm vụ quá hạn`,
    statusFilter: 'Lọc nhiệm vụ theo tình trạng',
    allStatuses: 'Tất cả',
    tableCaption: 'Nhiệm vụ của kế hoạch theo nhóm',
    progressBar: (number: string) => `Tiến độ kế hoạch ${number}`,
    /** The list's heading: every task, or those of one status (its label in lower case). */
    tasksHeading: (n: number) => `Các nhiệm vụ (${n})`,
    tasksOfStatusHeading: (status: string, n: number) => `Nhiệm vụ ${status} (${n})`,
  },
  dashboard: {
    byGroup: 'Tiến độ theo nhóm nhiệm vụ',
    groupBar: (group: string) => `Tiến độ nhóm ${group}`,
    byLeadUnit: 'Theo đơn vị chủ trì',
    byLeadUnitCaption: 'Số nhiệm vụ theo tình trạng của từng đơn vị chủ trì, nhiều quá hạn trước',
    otherUnits: (n: number) => `Và ${n} đơn vị khác không có nhiệm vụ quá hạn nhiều hơn.`,
    targets: 'Chỉ tiêu và kết quả',
    targetBar: (actual: string, target: string, percent: number) =>
      `Đạt ${actual} trên chỉ tiêu ${target}, bằng ${percent}% chỉ tiêu`,
    /** Beside a target's bar: "25/24 bài (104%)". */
    targetFigures: (actual: string, targetWithUnit: string, percent: number) =>
      `${actual}/${targetWithUnit} (${percent}%)`,
    /** Quantities already written ("03 lớp"). */
    targetsShown: (shown: number, all: number) =>
      `${shown} nhiệm vụ xa chỉ tiêu nhất trong ${all} nhiệm vụ có chỉ tiêu.`,
    /** The unit table's columns. */
    unit: 'Đơn vị',
    total: 'Tổng',
    onTime: 'Đúng hạn',
    lateDone: 'Quá hạn (đã xong)',
    overdue: 'Quá hạn',
    inProgress: 'Đang làm',
    notDue: 'Chưa đến hạn',
  },
  summary: {
    /** The count already written as a number is ("1.234"). */
    total: (n: string) => `Tổng số: ${n}`,
  },
  taskTable: {
    no: 'TT',
    task: 'Nhiệm vụ',
    leadUnit: 'Đơn vị chủ trì',
    coordinators: 'Đơn vị phối hợp',
    deadline: 'Thời hạn',
    target: 'Chỉ tiêu',
    actual: 'Kết quả',
    status: 'Tình trạng',
  },
  unitTasks: {
    heading: (unitName: string) => `Nhiệm vụ của ${unitName}`,
    unit: 'Đơn vị',
    show: 'Xem',
    order: 'Nhiệm vụ quá hạn đứng trước, rồi đến việc đang làm và chưa đến hạn.',
    progressBar: (unitName: string) => `Tiến độ nhiệm vụ của ${unitName}`,
    tableCaption: 'Nhiệm vụ của đơn vị, quá hạn trước',
  },
} as const;
