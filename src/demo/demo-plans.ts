// Data file: long by nature (demo content), exempt from the size rules of scripts/check-shape.ts.
// The demo plan: Đề án 17-ĐA/TU (2021–2025) and its 2023 plan 132/KH-ĐUK of 10/01/2023, about
// twenty tasks written for congtin from that plan's content, with the units' reports as they
// came in: some tasks done on time, some late, some still overdue, and a missed month.
import type { PlanFixture } from '../modules/plans/plan-import.js';

/** 08:30 Vietnam time on that day, as an instant. */
const at = (date: string, time = '08:30') => new Date(`${date}T${time}:00+07:00`).toISOString();

export interface DemoUnitLookup {
  /** The unit whose name contains these words (the demo units), or the root. */
  unit(words: string): number;
  root: number;
  /** MM-DD of the Bloc committee's founding day. */
  blocFoundingDay: string;
}

const STUDY = 'Học tập, bồi dưỡng lý luận chính trị';
const PROPAGANDA = 'Tuyên truyền';
const HISTORY = 'Lịch sử Đảng';
const OPINION = 'Nắm bắt dư luận xã hội';
const EMULATION = 'Thi đua, khen thưởng';

export function demoPlan(u: DemoUnitLookup): PlanFixture {
  const electricity = u.unit('Điện lực');
  const telecom = u.unit('Viễn thông');
  const water = u.unit('Cấp nước');
  const education = u.unit('Giáo dục');
  const health = u.unit('Y tế');
  const hospital = u.unit('Bệnh viện');
  const finance = u.unit('Tài chính');
  const justice = u.unit('Tư pháp');
  const office = u.unit('Văn phòng');
  const broadcast = u.unit('Phát thanh');
  const bank = u.unit('Agribank');
  const reporter = 'Phạm Thị Đơn';
  const desk = 'Ban Tuyên giáo Đảng ủy Khối';

  // The daily morning brief: every working day from 10/01 to 31/12/2023, with a gap in August.
  const briefReports: NonNullable<PlanFixture['tasks'][number]['reports']> = [];
  for (
    let d = new Date(Date.UTC(2023, 0, 10));
    d <= new Date(Date.UTC(2023, 11, 31));
    d = new Date(d.getTime() + 86_400_000)
  ) {
    const date = d.toISOString().slice(0, 10);
    if (date >= '2023-08-07' && date <= '2023-08-11') continue;
    briefReports.push({
      unitId: broadcast,
      activityDate: date,
      body: 'Đã phát bản tin Điểm tin sáng trên cổng thông tin và nhóm Zalo của Khối.',
      completed: true,
      filedAt: at(date, '07:45'),
      authorName: desk,
    });
  }
  // The reporters' conference on the 25th: March was missed, November was reported two days late.
  const conferenceReports = ['01', '02', '04', '05', '06', '07', '08', '09', '10', '12'].map((m) => ({
    unitId: u.root,
    activityDate: `2023-${m}-25`,
    body: `Tổ chức hội nghị báo cáo viên tháng ${Number(m)}, thông tin thời sự và định hướng tuyên truyền.`,
    completed: true,
    filedAt: at(`2023-${m}-25`, '16:00'),
    authorName: desk,
  }));
  conferenceReports.push({
    unitId: u.root,
    activityDate: '2023-11-25',
    body: 'Tổ chức hội nghị báo cáo viên tháng 11 (báo cáo muộn).',
    completed: true,
    filedAt: at('2023-11-27', '09:10'),
    authorName: desk,
  });

  return {
    programme: {
      number: '17-ĐA/TU',
      title:
        'Nâng cao chất lượng công tác tuyên giáo, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh giai đoạn 2021–2025',
      issuer: 'Tỉnh ủy Lào Cai',
      issuedOn: '2021-06-15',
      startYear: 2021,
      endYear: 2025,
    },
    plan: {
      number: '132/KH-ĐUK',
      title: 'Thực hiện Đề án 17-ĐA/TU của Tỉnh ủy trong Đảng bộ Khối năm 2023',
      issuer: 'Ban Thường vụ Đảng ủy Khối',
      issuedOn: '2023-01-10',
      year: 2023,
    },
    tasks: [
      {
        title: 'Tọa đàm kỷ niệm ngày thành lập Đảng bộ tỉnh Lào Cai (05/3)',
        groupName: HISTORY,
        leadUnitId: u.root,
        coordinatorIds: [office, broadcast],
        recurrence: { kind: 'once', deadline: '2023-03-05' },
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-03-03',
            body: 'Tổ chức tọa đàm với 120 đại biểu; 6 tham luận về truyền thống Đảng bộ tỉnh.',
            completed: true,
            filedAt: at('2023-03-03', '17:20'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Hội thảo kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh (19/5)',
        groupName: STUDY,
        leadUnitId: u.root,
        coordinatorIds: [education],
        recurrence: { kind: 'once', deadline: '2023-05-19' },
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-05-18',
            body: 'Hội thảo "Làm theo lời Bác trong cơ quan, doanh nghiệp" với 9 tham luận.',
            completed: true,
            filedAt: at('2023-05-18', '16:45'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Tọa đàm kỷ niệm ngày thành lập Đảng bộ Khối',
        groupName: HISTORY,
        leadUnitId: u.root,
        recurrence: { kind: 'once', deadline: `2023-${u.blocFoundingDay}` },
        reports: [
          {
            unitId: u.root,
            activityDate: `2023-${u.blocFoundingDay}`,
            body: 'Tổ chức tọa đàm, gặp mặt các đồng chí nguyên lãnh đạo Đảng ủy Khối qua các thời kỳ.',
            completed: true,
            filedAt: at(`2023-${u.blocFoundingDay}`, '23:59'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Hội thi "Bí thư chi bộ giỏi" năm 2023',
        groupName: EMULATION,
        leadUnitId: u.root,
        coordinatorIds: [electricity, telecom, hospital],
        recurrence: { kind: 'once', deadline: '2023-09-30' },
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-10-06',
            body: 'Tổ chức vòng chung khảo với 24 thí sinh; trao 1 giải nhất, 2 giải nhì, 3 giải ba.',
            completed: true,
            filedAt: at('2023-10-06', '15:00'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Hội thi "Báo cáo viên giỏi" năm 2023',
        groupName: EMULATION,
        leadUnitId: u.root,
        coordinatorIds: [broadcast],
        recurrence: { kind: 'once', deadline: '2023-10-31' },
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-10-20',
            body: 'Hội thi với 18 báo cáo viên của 12 đảng bộ cơ sở.',
            completed: true,
            filedAt: at('2023-10-20', '18:05'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Mở lớp bồi dưỡng lý luận chính trị cho đảng viên mới',
        groupName: STUDY,
        leadUnitId: u.root,
        coordinatorIds: [education],
        recurrence: { kind: 'once', deadline: '2023-11-30' },
        targetQuantity: 3,
        targetUnit: 'lớp',
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-04-14',
            body: 'Khai giảng và bế giảng lớp thứ nhất, 62 học viên.',
            quantity: 1,
            filedAt: at('2023-04-14'),
            authorName: desk,
          },
          {
            unitId: u.root,
            activityDate: '2023-08-18',
            body: 'Lớp thứ hai, 58 học viên.',
            quantity: 1,
            filedAt: at('2023-08-18'),
            authorName: desk,
          },
          {
            unitId: u.root,
            activityDate: '2023-11-24',
            body: 'Lớp thứ ba, 65 học viên; hoàn thành chỉ tiêu 03 lớp.',
            quantity: 1,
            filedAt: at('2023-11-24'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Mở lớp bồi dưỡng nhận thức về Đảng cho quần chúng ưu tú',
        groupName: STUDY,
        leadUnitId: u.root,
        recurrence: { kind: 'once', deadline: '2023-12-15' },
        targetQuantity: 5,
        targetUnit: 'lớp',
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-03-10',
            body: 'Lớp thứ nhất, 74 học viên.',
            quantity: 1,
            filedAt: at('2023-03-10'),
            authorName: desk,
          },
          {
            unitId: u.root,
            activityDate: '2023-06-09',
            body: 'Lớp thứ hai và thứ ba, 140 học viên.',
            quantity: 2,
            filedAt: at('2023-06-09'),
            authorName: desk,
          },
          {
            unitId: u.root,
            activityDate: '2023-12-29',
            body: 'Lớp thứ tư; lớp thứ năm chuyển sang quý I năm 2024.',
            quantity: 1,
            filedAt: at('2023-12-29'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Phát hành "Điểm tin sáng" hằng ngày',
        description: 'Tổng hợp tin chính trong tỉnh và của các đảng bộ cơ sở, đăng trước 8 giờ sáng.',
        groupName: PROPAGANDA,
        leadUnitId: broadcast,
        recurrence: { kind: 'daily', from: '2023-01-10', to: '2023-12-31' },
        reports: briefReports,
      },
      {
        title: 'Hội nghị báo cáo viên hằng tháng',
        groupName: PROPAGANDA,
        leadUnitId: u.root,
        recurrence: { kind: 'monthly', day: 25, from: '2023-01-01', to: '2023-12-31' },
        reports: conferenceReports,
      },
      {
        title: 'Biên soạn lịch sử Đảng bộ Khối giai đoạn 2010–2020',
        groupName: HISTORY,
        leadUnitId: u.root,
        coordinatorIds: [office, finance],
        recurrence: { kind: 'once', deadline: '2023-12-31' },
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-12-20',
            body: 'Hoàn thành bản thảo lần 2, đang xin ý kiến các đồng chí nguyên lãnh đạo.',
            filedAt: at('2023-12-20'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Kỷ niệm 65 năm Ngày Bác Hồ về thăm Lào Cai (23/9/1958 – 23/9/2023)',
        groupName: HISTORY,
        leadUnitId: u.root,
        coordinatorIds: [broadcast, education],
        recurrence: { kind: 'once', deadline: '2023-09-23' },
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-09-22',
            body: 'Tổ chức dâng hương tại Khu tưởng niệm, tọa đàm và tuyên truyền trên cổng thông tin.',
            completed: true,
            filedAt: at('2023-09-22', '20:15'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Báo cáo tình hình dư luận xã hội hằng tháng',
        groupName: OPINION,
        leadUnitId: electricity,
        recurrence: { kind: 'monthly', day: 20, from: '2023-01-01', to: '2023-12-31' },
        reports: ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => ({
          unitId: electricity,
          activityDate: `2023-${m}-19`,
          body: `Tình hình tư tưởng cán bộ, đảng viên, người lao động tháng ${Number(m)} ổn định.`,
          completed: true,
          filedAt: at(`2023-${m}-19`, '10:00'),
          authorName: reporter,
        })),
      },
      {
        title: 'Học tập, quán triệt Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương khóa XIII',
        groupName: STUDY,
        leadUnitId: u.root,
        coordinatorIds: [electricity, telecom, water, bank],
        recurrence: { kind: 'once', deadline: '2023-03-31' },
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-03-28',
            body: 'Hội nghị trực tuyến tới 48 điểm cầu, 2.150 đảng viên tham dự.',
            completed: true,
            filedAt: at('2023-03-28', '17:00'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Cuộc thi viết về bảo vệ nền tảng tư tưởng của Đảng',
        groupName: PROPAGANDA,
        leadUnitId: u.root,
        recurrence: { kind: 'once', deadline: '2023-08-31' },
        targetQuantity: 50,
        targetUnit: 'bài',
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-06-30',
            body: 'Nhận 31 bài dự thi.',
            quantity: 31,
            filedAt: at('2023-06-30'),
            authorName: desk,
          },
          {
            unitId: u.root,
            activityDate: '2023-08-25',
            body: 'Nhận thêm 12 bài dự thi.',
            quantity: 12,
            filedAt: at('2023-08-25'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Sinh hoạt chuyên đề "Học tập và làm theo Bác" ở chi bộ',
        groupName: STUDY,
        leadUnitId: electricity,
        coordinatorIds: [telecom],
        recurrence: { kind: 'once', deadline: '2023-06-30' },
        reports: [
          {
            unitId: electricity,
            activityDate: '2023-06-28',
            body: '14/14 chi bộ trực thuộc đã sinh hoạt chuyên đề.',
            completed: true,
            filedAt: at('2023-06-28', '14:30'),
            authorName: reporter,
          },
          {
            unitId: telecom,
            activityDate: '2023-07-05',
            body: 'Các chi bộ đã sinh hoạt chuyên đề (báo cáo muộn).',
            completed: true,
            filedAt: at('2023-07-05'),
            authorName: 'Viễn thông Lào Cai',
          },
        ],
      },
      {
        title: 'Sơ kết 6 tháng thực hiện Đề án 17-ĐA/TU',
        groupName: STUDY,
        leadUnitId: u.root,
        recurrence: { kind: 'once', deadline: '2023-06-30' },
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-07-12',
            body: 'Ban hành Báo cáo sơ kết 6 tháng (muộn do chờ số liệu của các đảng bộ).',
            completed: true,
            filedAt: at('2023-07-12'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Tổng kết năm 2023 thực hiện Đề án 17-ĐA/TU',
        groupName: STUDY,
        leadUnitId: u.root,
        recurrence: { kind: 'once', deadline: '2023-12-20' },
      },
      {
        title: 'Đăng bài chuyên mục "Học tập và làm theo Bác" trên cổng thông tin',
        groupName: PROPAGANDA,
        leadUnitId: broadcast,
        coordinatorIds: [education, health],
        recurrence: { kind: 'once', deadline: '2023-12-31' },
        targetQuantity: 24,
        targetUnit: 'bài',
        reports: [
          {
            unitId: broadcast,
            activityDate: '2023-06-30',
            body: '12 bài trong 6 tháng đầu năm.',
            quantity: 12,
            filedAt: at('2023-07-01'),
            authorName: desk,
          },
          {
            unitId: education,
            activityDate: '2023-10-31',
            body: '7 bài của ngành giáo dục.',
            quantity: 7,
            filedAt: at('2023-11-01'),
            authorName: 'Sở Giáo dục và Đào tạo',
          },
          {
            unitId: broadcast,
            activityDate: '2023-12-28',
            body: '6 bài tháng 11 và 12.',
            quantity: 6,
            filedAt: at('2023-12-28'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Kiểm tra việc thực hiện Đề án tại các đảng bộ cơ sở',
        groupName: STUDY,
        leadUnitId: u.root,
        coordinatorIds: [justice, finance],
        recurrence: { kind: 'once', deadline: '2023-11-30' },
        targetQuantity: 5,
        targetUnit: 'cuộc',
        reports: [
          {
            unitId: u.root,
            activityDate: '2023-09-15',
            body: 'Kiểm tra tại Đảng bộ Công ty Điện lực và Đảng bộ Viễn thông.',
            quantity: 2,
            filedAt: at('2023-09-15'),
            authorName: desk,
          },
        ],
      },
      {
        title: 'Tuyên truyền kỷ niệm Ngày thành lập Quân đội nhân dân Việt Nam (22/12)',
        groupName: PROPAGANDA,
        leadUnitId: broadcast,
        recurrence: { kind: 'yearly', month: 12, day: 22, from: '2023-01-01', to: '2023-12-31' },
        reports: [
          {
            unitId: broadcast,
            activityDate: '2023-12-21',
            body: 'Đăng 4 bài và 1 phóng sự ảnh.',
            completed: true,
            filedAt: at('2023-12-21'),
            authorName: desk,
          },
        ],
      },
    ],
  };
}
