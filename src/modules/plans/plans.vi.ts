// The plan tracker's shared words: the statuses, deadlines as plans write them, the staff menu's
// section and its flashes, the pages' titles, the audit trail's details, and why a unit is in use.
export const plansText = {
  /** A task's computed status (task-status.ts), as pages, the API and the exports name it. */
  status: {
    not_due: 'Chưa đến hạn',
    in_progress: 'Đang thực hiện',
    done_on_time: 'Hoàn thành đúng hạn',
    done_late: 'Hoàn thành quá hạn',
    overdue: 'Quá hạn',
  },
  /** A recurring task's deadline as plans write it ("05/03/2023" for a one-off task is a date). */
  deadline: {
    daily: 'Hằng ngày',
    monthly: (day: number) => `Hằng tháng (ngày ${day})`,
    /** day and month with two digits: "Hằng năm (05/03)". */
    yearly: (day: string, month: string) => `Hằng năm (${day}/${month})`,
  },
  /** The group of a task that names none. */
  otherGroup: 'Nhiệm vụ khác',
  /** A task closed to further reports, in a list or an export. */
  closed: 'Đã đóng',
  section: {
    label: 'Kế hoạch',
    hint: 'Đề án, kế hoạch năm, nhiệm vụ và báo cáo tiến độ của các đơn vị.',
    summaryAll: (plans: number, overdue: number) => `${plans} kế hoạch · ${overdue} nhiệm vụ quá hạn`,
    summaryOwnUnit: (plans: number, overdue: number) =>
      `${plans} kế hoạch · ${overdue} nhiệm vụ quá hạn của đơn vị bạn`,
  },
  flashes: {
    programmeSaved: 'Đã lưu đề án.',
    planSaved: 'Đã lưu kế hoạch.',
    taskSaved: 'Đã lưu nhiệm vụ.',
    reportFiled: 'Đã gửi báo cáo tiến độ.',
    reportCorrected: 'Đã lưu bản sửa của báo cáo; bản cũ vẫn được giữ.',
    confirmed: 'Đã xác nhận hoàn thành.',
    closed: 'Đã đóng nhiệm vụ: không nhận thêm báo cáo.',
    reopened: 'Đã mở lại nhiệm vụ.',
  },
  /** Page titles (the browser tab) and the forms' headings. */
  titles: {
    plans: 'Kế hoạch',
    plan: (number: string) => `Kế hoạch ${number}`,
    addPlan: 'Thêm kế hoạch',
    editPlan: 'Sửa kế hoạch',
    editPlanNumber: (number: string) => `Sửa kế hoạch ${number}`,
    addProgramme: 'Thêm đề án',
    editProgramme: 'Sửa đề án',
    programme: (number: string) => `Đề án ${number}`,
    addTask: 'Thêm nhiệm vụ',
    editTask: 'Sửa nhiệm vụ',
    report: (unitName: string) => `Báo cáo của ${unitName}`,
    unitTasks: (unitName: string) => `Nhiệm vụ của ${unitName}`,
  },
  /** What the audit trail says of a report. */
  audit: {
    report: (reportId: number, taskId: number) => `#${reportId} nhiệm vụ #${taskId}`,
    version: (version: number) => `phiên bản ${version}`,
  },
  /** Why a unit cannot be deleted: "Đơn vị đang chủ trì 2 nhiệm vụ, có 5 báo cáo tiến độ". */
  unitUse: {
    leads: (n: number) => `chủ trì ${n} nhiệm vụ`,
    coordinates: (n: number) => `phối hợp ${n} nhiệm vụ`,
    reports: (n: number) => `có ${n} báo cáo tiến độ`,
    sentence: (uses: string[]) => `Đơn vị đang ${uses.join(', ')}`,
  },
} as const;
