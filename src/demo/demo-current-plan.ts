// Data file: demo content (Vietnamese words by nature), exempt from the text rule of check-shape.
// The plan of the year the demo is first started, so the tracker is alive on that day: every date
// is counted from `today` (the app's clock), and the tasks land in each state a leader watches —
// done on time and late, overdue (with and without a report), due this week, in progress, not
// due yet — with daily and monthly tasks whose occurrences were partly reported and partly missed.
// The 2023 plan (demo-plans.ts) stays as the history; this one is the present.
import type { PlanFixture } from '../modules/plans/plan-import.js';
import type { DemoUnitLookup } from './demo-plans.js';

type TaskFixture = PlanFixture['tasks'][number];
type ReportFixture = NonNullable<TaskFixture['reports']>[number];

export interface CurrentPlanInput extends DemoUnitLookup {
  /** The Vietnam date of the first start, YYYY-MM-DD. */
  today: string;
  /** Published articles a few reports cite as evidence (may be empty). */
  evidence: number[];
  /** The demo unit reporter's account, author of their unit's reports. */
  reporterId: number | null;
}

/** The plan's number: the 2023 plan is 132/KH-ĐUK, this one is of the year it is started in. */
export const CURRENT_PLAN_NUMBER = '215/KH-ĐUK';

const DAY_MS = 86_400_000;
const dayNumber = (date: string) => Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10));
/** The date `n` days from `date`. */
export const addDays = (date: string, n: number) => new Date(dayNumber(date) + n * DAY_MS).toISOString().slice(0, 10);
const earliest = (a: string, b: string) => [a, b].sort()[0]!;
const latest = (a: string, b: string) => [a, b].sort()[1]!;
/** That time on that day in Vietnam, as an instant. */
const at = (date: string, time = '09:00') => new Date(`${date}T${time}:00+07:00`).toISOString();

const STUDY = 'Học tập, bồi dưỡng lý luận chính trị';
const PROPAGANDA = 'Tuyên truyền';
const OPINION = 'Nắm bắt dư luận xã hội';
const EMULATION = 'Thi đua, khen thưởng';
const INSPECTION = 'Kiểm tra, giám sát';
const DESK = 'Ban Tuyên giáo Đảng ủy Khối';

/** The day the plan was issued: 9 January, or six weeks back when the year has barely begun. */
export function issuedOnFor(today: string): string {
  const year = today.slice(0, 4);
  return today >= `${year}-02-20` ? `${year}-01-09` : addDays(today, -45);
}

/** The programme the plan carries out: 17-ĐA/TU until 2025, then the next five-year one. */
function programmeFor(year: number): NonNullable<PlanFixture['programme']> {
  if (year <= 2025)
    return {
      number: '17-ĐA/TU',
      title:
        'Nâng cao chất lượng công tác tuyên giáo, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021–2025',
      issuer: 'Tỉnh ủy Lào Cai',
      issuedOn: '2021-06-15',
      startYear: 2021,
      endYear: 2025,
    };
  const start = 2026 + 5 * Math.floor((year - 2026) / 5);
  return {
    number: '05-ĐA/TU',
    title: `Nâng cao chất lượng công tác tuyên giáo, xây dựng Đảng về tư tưởng, đạo đức giai đoạn ${start}–${start + 4}`,
    issuer: 'Tỉnh ủy Lào Cai',
    issuedOn: `${start}-01-05`,
    startYear: start,
    endYear: start + 4,
  };
}

export function demoCurrentPlan(input: CurrentPlanInput): PlanFixture {
  const year = Number(input.today.slice(0, 4));
  const issuedOn = issuedOnFor(input.today);
  const programme = programmeFor(year);
  return {
    programme,
    plan: {
      number: CURRENT_PLAN_NUMBER,
      title: `Thực hiện Đề án ${programme.number} của Tỉnh ủy trong Đảng bộ Khối năm ${year}`,
      issuer: 'Ban Thường vụ Đảng ủy Khối',
      issuedOn,
      year,
    },
    tasks: [...finishedTasks(input, issuedOn), ...openTasks(input), ...recurringTasks(input, issuedOn)],
  };
}

/** A report of the Bloc's desk, filed on `filed` (the work's day unless said otherwise). */
const deskReport = (unitId: number, day: string, body: string, more: Partial<ReportFixture> = {}): ReportFixture => ({
  unitId,
  activityDate: day,
  body,
  completed: true,
  filedAt: at(day, '16:30'),
  authorName: DESK,
  ...more,
});

/** Tasks whose deadline has passed: done on time, done late, overdue with and without a report. */
function finishedTasks(u: CurrentPlanInput, issuedOn: string): TaskFixture[] {
  const d = (n: number) => addDays(u.today, n);
  const electricity = u.unit('Điện lực');
  const telecom = u.unit('Viễn thông');
  const broadcast = u.unit('Phát thanh');
  const reporter = { authorName: 'Phạm Thị Đơn', authorId: u.reporterId };
  const kickoff = earliest(addDays(issuedOn, 10), d(-30));
  return [
    {
      title: 'Hội nghị quán triệt, triển khai Kế hoạch thực hiện Đề án năm nay',
      groupName: STUDY,
      leadUnitId: u.root,
      coordinatorIds: [electricity, telecom],
      recurrence: { kind: 'once', deadline: kickoff },
      reports: [
        deskReport(u.root, addDays(kickoff, -2), 'Hội nghị trực tuyến tới 46 điểm cầu, 2.080 đảng viên tham dự.', {
          articleIds: u.evidence.slice(0, 1),
        }),
      ],
    },
    {
      title: 'Xây dựng kế hoạch tuyên truyền các ngày lễ lớn, sự kiện chính trị trong năm',
      groupName: PROPAGANDA,
      leadUnitId: u.root,
      coordinatorIds: [broadcast],
      recurrence: { kind: 'once', deadline: d(-25) },
      reports: [deskReport(u.root, d(-27), 'Ban hành kế hoạch và đề cương tuyên truyền gửi các đảng bộ cơ sở.')],
    },
    {
      title: 'Sinh hoạt chuyên đề "Học tập và làm theo Bác" tại các chi bộ trực thuộc',
      groupName: STUDY,
      leadUnitId: electricity,
      recurrence: { kind: 'once', deadline: d(-18) },
      reports: [
        {
          unitId: electricity,
          activityDate: d(-15),
          body: '12/12 chi bộ đã sinh hoạt chuyên đề; báo cáo muộn 3 ngày do chờ biên bản của chi bộ Sa Pa.',
          completed: true,
          filedAt: at(d(-15), '10:20'),
          articleIds: u.evidence.slice(1, 2),
          ...reporter,
        },
      ],
    },
    {
      title: 'Học tập, quán triệt các nghị quyết mới của Trung ương và của Tỉnh ủy',
      groupName: STUDY,
      leadUnitId: u.root,
      coordinatorIds: [electricity, telecom],
      recurrence: { kind: 'once', deadline: d(-9) },
    },
    {
      title: 'Rà soát, báo cáo kết quả khắc phục sau kiểm tra của Đảng ủy Khối',
      groupName: INSPECTION,
      leadUnitId: electricity,
      recurrence: { kind: 'once', deadline: d(-3) },
      reports: [
        {
          unitId: electricity,
          activityDate: d(-5),
          body: 'Đã khắc phục 4/6 nội dung; còn 2 nội dung về hồ sơ đảng viên đang hoàn thiện.',
          filedAt: at(d(-5), '15:05'),
          ...reporter,
        },
      ],
    },
  ];
}

/** Tasks still open: due this week, in progress towards a target, not due yet. */
function openTasks(u: CurrentPlanInput): TaskFixture[] {
  const d = (n: number) => addDays(u.today, n);
  const year = u.today.slice(0, 4);
  const electricity = u.unit('Điện lực');
  const broadcast = u.unit('Phát thanh');
  const education = u.unit('Giáo dục');
  const yearEnd = latest(`${year}-12-20`, d(10));
  return [
    {
      title: 'Hoàn thiện hồ sơ đề nghị khen thưởng tập thể, cá nhân điển hình "Học tập và làm theo Bác"',
      groupName: EMULATION,
      leadUnitId: electricity,
      recurrence: { kind: 'once', deadline: d(1) },
      reports: [
        {
          unitId: electricity,
          activityDate: d(-2),
          body: 'Đã lập danh sách 2 tập thể, 5 cá nhân; đang lấy ý kiến chi bộ.',
          filedAt: at(d(-2), '11:00'),
          authorName: 'Phạm Thị Đơn',
          authorId: u.reporterId,
        },
      ],
    },
    {
      title: 'Chuẩn bị nội dung tọa đàm "Người tốt, việc tốt trong cơ quan, doanh nghiệp"',
      groupName: PROPAGANDA,
      leadUnitId: u.root,
      coordinatorIds: [broadcast],
      recurrence: { kind: 'once', deadline: d(2) },
    },
    {
      title: 'Gửi báo cáo viên tham dự Hội thi "Báo cáo viên giỏi" cấp Khối',
      groupName: EMULATION,
      leadUnitId: u.root,
      coordinatorIds: [electricity],
      recurrence: { kind: 'once', deadline: d(3) },
    },
    {
      title: 'Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới',
      groupName: STUDY,
      leadUnitId: u.root,
      coordinatorIds: [education],
      recurrence: { kind: 'once', deadline: d(60) },
      targetQuantity: 3,
      targetUnit: 'lớp',
      reports: [deskReport(u.root, d(-20), 'Khai giảng và bế giảng lớp thứ nhất, 58 học viên.', { quantity: 1 })],
    },
    {
      title: 'Đăng bài chuyên mục "Học tập và làm theo Bác" trên cổng thông tin',
      groupName: PROPAGANDA,
      leadUnitId: broadcast,
      recurrence: { kind: 'once', deadline: d(120) },
      targetQuantity: 24,
      targetUnit: 'bài',
      reports: [
        deskReport(broadcast, d(-40), '5 bài đầu năm.', { quantity: 5 }),
        deskReport(broadcast, d(-6), '4 bài, có bài về gương điển hình ngành điện.', {
          quantity: 4,
          articleIds: u.evidence.slice(0, 3),
        }),
      ],
    },
    {
      title: 'Hội thi "Bí thư chi bộ giỏi" cấp Khối',
      groupName: EMULATION,
      leadUnitId: u.root,
      recurrence: { kind: 'once', deadline: d(45) },
    },
    {
      title: `Tổng kết năm ${year} thực hiện Đề án`,
      groupName: STUDY,
      leadUnitId: u.root,
      recurrence: { kind: 'once', deadline: yearEnd },
    },
  ];
}

/** Every occurrence day of a daily task from `from` to yesterday, less the days missed. */
function dailyReports(from: string, today: string, missed: number[], report: (day: string) => ReportFixture) {
  const skip = new Set(missed.map((n) => addDays(today, n)));
  const reports: ReportFixture[] = [];
  for (let day = from; day < today; day = addDays(day, 1)) if (!skip.has(day)) reports.push(report(day));
  return reports;
}

/** The 20th (or `day`) of each month from `from` until today, oldest first. */
function monthlyKeys(from: string, today: string, day: number): string[] {
  const keys: string[] = [];
  // Months counted from year 0, so the next month is one more.
  for (let month = +from.slice(0, 4) * 12 + +from.slice(5, 7) - 1; ; month++) {
    const key = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (key >= today) return keys;
    if (key >= from) keys.push(key);
  }
}

/** Daily and monthly tasks, reported most days or months, with a few missed and one late. */
function recurringTasks(u: CurrentPlanInput, issuedOn: string): TaskFixture[] {
  const d = (n: number) => addDays(u.today, n);
  const yearEnd = `${u.today.slice(0, 4)}-12-31`;
  const electricity = u.unit('Điện lực');
  const broadcast = u.unit('Phát thanh');
  const reporter = { authorName: 'Phạm Thị Đơn', authorId: u.reporterId };
  const opinionMonths = monthlyKeys(issuedOn, u.today, 20);
  return [
    {
      title: 'Phát hành "Điểm tin sáng" hằng ngày',
      description: 'Tổng hợp tin chính trong tỉnh và của các đảng bộ cơ sở, đăng trước 8 giờ sáng.',
      groupName: PROPAGANDA,
      leadUnitId: broadcast,
      recurrence: { kind: 'daily', from: d(-28), to: yearEnd },
      // Its reports are filed by publishing the demo's morning briefs (demo-briefs.ts), which
      // skip 12 and 11 days ago: those two days show as missed.
    },
    {
      title: 'Cập nhật tình hình tư tưởng người lao động hằng ngày',
      groupName: OPINION,
      leadUnitId: electricity,
      recurrence: { kind: 'daily', from: d(-14), to: yearEnd },
      reports: dailyReports(d(-14), u.today, [-6, -1], (day) => ({
        unitId: electricity,
        activityDate: day,
        body: 'Tư tưởng người lao động ổn định; không có vụ việc phát sinh.',
        completed: true,
        filedAt: at(day, '17:10'),
        ...reporter,
      })),
    },
    {
      title: 'Báo cáo tình hình dư luận xã hội hằng tháng',
      groupName: OPINION,
      leadUnitId: electricity,
      coordinatorIds: [u.root],
      recurrence: { kind: 'monthly', day: 20, from: issuedOn, to: yearEnd },
      // The last month was missed, the one before came in two days late.
      reports: opinionMonths.slice(0, -1).map((key, i, kept) => ({
        unitId: electricity,
        activityDate: key,
        body: `Tình hình dư luận tháng ${Number(key.slice(5, 7))}: cán bộ, đảng viên, người lao động yên tâm công tác.`,
        completed: true,
        filedAt: i === kept.length - 1 ? at(addDays(key, 2), '10:00') : at(addDays(key, -1), '10:00'),
        ...reporter,
      })),
    },
    {
      title: 'Hội nghị báo cáo viên hằng tháng',
      groupName: PROPAGANDA,
      leadUnitId: u.root,
      recurrence: { kind: 'monthly', day: 25, from: issuedOn, to: yearEnd },
      reports: monthlyKeys(issuedOn, u.today, 25).map((key) =>
        deskReport(u.root, key, `Hội nghị báo cáo viên tháng ${Number(key.slice(5, 7))}, thông tin thời sự.`),
      ),
    },
  ];
}
