// The reminders module's words: the notices a unit reads (in the bell and the e-mail), the daily
// e-mail, and the notifications page.
export const remindersText = {
  kinds: { overdue: 'Quá hạn', due_soon: 'Sắp đến hạn' },
  /** The task a notice is about: `task` or, when its plan has a number, `taskOfPlan`. */
  task: (title: string) => `Nhiệm vụ “${title}”`,
  taskOfPlan: (title: string, planNumber: string) => `Nhiệm vụ “${title}” (Kế hoạch số ${planNumber})`,
  /** A report a unit owes, named by its module: "Báo cáo “Tình hình dư luận xã hội tháng 11/2026”". */
  report: (title: string) => `Báo cáo “${title}”`,
  /** A notice, fixed when it is made: `task` is one of the three above, `due` a dd/mm/yyyy date. */
  notice: {
    overdue: (task: string, days: number, due: string) => `${task} đã quá hạn ${days} ngày (hạn ngày ${due}).`,
    dueToday: (task: string, due: string) => `${task} đến hạn hôm nay, ngày ${due}.`,
    dueIn: (task: string, due: string, days: number) => `${task} đến hạn ngày ${due}, còn ${days} ngày.`,
  },
  email: {
    subject: (count: number) => `[Đôn đốc] ${count} việc sắp đến hạn hoặc quá hạn`,
    greeting: (name: string) => `Kính gửi đồng chí ${name},`,
    intro: (siteName: string, date: string) =>
      `Hệ thống theo dõi kế hoạch của ${siteName} nhắc đơn vị của đồng chí các nhiệm vụ và báo cáo sau (ngày ${date}):`,
    /** A group's heading in the plain-text copy. */
    listHeading: (kind: string) => `${kind}:`,
    seeAll: 'Xem tất cả thông báo',
    seeAllAt: (address: string) => `Xem tất cả thông báo: ${address}`,
    footer: 'Thư này được gửi tự động mỗi ngày một lần; đồng chí không cần trả lời thư.',
  },
  page: {
    title: 'Thông báo',
    /** "…; tình hình các nhiệm vụ có ở trang <a>Kế hoạch</a>." */
    notReceivedBeforeLink:
      'Tài khoản của bạn không nhận thông báo đôn đốc: thông báo được gửi tới tài khoản vai trò Đơn vị của đơn vị chủ trì và các đơn vị phối hợp. Tình hình các nhiệm vụ có ở trang',
    notReceivedLink: 'Kế hoạch',
    notReceivedEnd: '.',
    /** "… Hiện có <strong>3</strong> thông báo chưa đọc." */
    introBeforeCount: 'Nhiệm vụ và báo cáo của đơn vị bạn sắp đến hạn hoặc đã quá hạn, mỗi ngày một lần. Hiện có',
    introAfterCount: 'thông báo chưa đọc.',
    markAllRead: 'Đánh dấu tất cả là đã đọc',
    none: 'Chưa có thông báo nào.',
    unread: 'Chưa đọc',
    createdOn: (date: string) => `Ngày ${date}`,
    markRead: 'Đã đọc',
    markReadLabel: (text: string) => `Đánh dấu đã đọc: ${text}`,
  },
  flashes: {
    allRead: 'Đã đánh dấu tất cả thông báo là đã đọc.',
    read: 'Đã đánh dấu thông báo là đã đọc.',
  },
} as const;
