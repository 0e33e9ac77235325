// The words of the plans' panels on the staff home page (home-panels.tsx).
export const homePanelsText = {
  unit: {
    title: 'Việc của đơn vị cần báo cáo',
    noUnit:
      'Tài khoản của bạn chưa gắn với đơn vị nào nên chưa có nhiệm vụ để báo cáo. Hãy nhờ quản trị viên chọn đơn vị cho tài khoản.',
    nothing: 'Đơn vị không có nhiệm vụ quá hạn hay đến hạn trong tuần này.',
    nothingTwoWeeks: 'Đơn vị không có nhiệm vụ quá hạn hay đến hạn trong tuần này và tuần sau.',
    overdueHeading: (n: number) => `Quá hạn (${n})`,
    dueHeading: (n: number) => `Đến hạn trong tuần này (${n})`,
    /** On a Saturday or a Sunday the list looks to the end of the next week. */
    dueTwoWeeksHeading: (n: number) => `Đến hạn trong tuần này và tuần sau (${n})`,
    plan: (number: string) => `Kế hoạch số ${number}`,
    due: (date: string) => `Hạn ${date}`,
    late: (days: number) => (days > 0 ? `quá ${days} ngày` : 'hết hạn hôm nay'),
    /** A recurring task with several occurrences in the list: the line shows the first. */
    duePeriods: (n: number) => `${n} kỳ trong tuần`,
    missedPeriods: (n: number) => `${n} kỳ quá hạn`,
    report: 'Báo cáo',
    reportLabel: (title: string, date: string) => `Báo cáo: ${title} (hạn ${date})`,
    more: (n: number) => `Còn ${n} việc nữa.`,
    all: 'Mọi nhiệm vụ của đơn vị',
  },
  overview: {
    title: 'Tiến độ các kế hoạch',
    plansHeading: 'Kế hoạch đang thực hiện',
    noPlans: 'Không có kế hoạch nào còn việc đang làm.',
    plan: (number: string, title: string) => `Số ${number}: ${title}`,
    done: (done: number, total: number, percent: number) => `Hoàn thành ${done}/${total} nhiệm vụ (${percent}%)`,
    counts: (overdue: number, inProgress: number, notDue: number) =>
      `quá hạn ${overdue} · đang thực hiện ${inProgress} · chưa đến hạn ${notDue}`,
    barLabel: (number: string, done: number, total: number, overdue: number) =>
      `Kế hoạch số ${number}: hoàn thành ${done} trên ${total} nhiệm vụ, ${overdue} quá hạn`,
    morePlans: (n: number) => `Còn ${n} kế hoạch nữa.`,
    unitsHeading: 'Đơn vị chậm tiến độ nhất',
    noUnitsBehind: 'Không đơn vị nào có nhiệm vụ quá hạn hay hoàn thành trễ.',
    unitCounts: (overdue: number, doneLate: number) => `${overdue} nhiệm vụ quá hạn · ${doneLate} hoàn thành quá hạn`,
    all: 'Mọi kế hoạch',
  },
};
