// Data file: demo content (Vietnamese words by nature), exempt from the text and size rules of check-shape.
// The demo's public-opinion reports: the six monthly periods before the first start, from six
// units, some filed on time, some late, some never; a few cases of every severity. Places are
// invented ("thôn Suối Mây", "tổ dân phố Đồi Sim") and nobody is named: the people involved are
// described, never named. Filed before the deadline day (5th) or a few days after it.
import type { ImportedOpinionReport } from '../modules/opinion/index.js';
import { DEMO_REPORTER_UNIT } from './demo-units.js';

type DemoCase = ImportedOpinionReport['cases'][number];

export const DEMO_OPINION_UNITS = [
  DEMO_REPORTER_UNIT,
  'Đảng bộ Sở Y tế',
  'Đảng bộ Sở Giáo dục và Đào tạo',
  'Đảng bộ Sở Tài chính',
  'Chi bộ Sở Tư pháp',
  'Đảng bộ Bệnh viện Đa khoa tỉnh',
];

const situations = [
  'Cán bộ, đảng viên, người lao động yên tâm công tác, chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước; tư tưởng ổn định.',
  'Đa số cán bộ, đảng viên đồng tình với việc sắp xếp tổ chức bộ máy; một số ít người lao động còn băn khoăn về vị trí việc làm sau sắp xếp.',
  'Tư tưởng cán bộ, đảng viên ổn định; một bộ phận người lao động quan tâm đến chế độ tiền lương, thu nhập cuối năm.',
];
const topicSets = [
  'Sắp xếp tổ chức bộ máy\nGiá điện, giá xăng dầu',
  'Tiền lương, thu nhập cuối năm\nAn toàn giao thông mùa mưa lũ',
  'Chuyển đổi số trong giải quyết thủ tục hành chính\nPhòng, chống thiên tai',
];
const opinions = [
  'Nhân dân đồng tình, đánh giá cao chủ trương; một số ý kiến đề nghị công khai lộ trình và chế độ đối với người dôi dư.',
  'Dư luận quan tâm đến việc điều chỉnh giá và tiến độ khắc phục sạt lở; nhìn chung tin tưởng vào sự chỉ đạo của cấp ủy, chính quyền.',
  'Người dân phản ánh tích cực về dịch vụ công trực tuyến; còn ý kiến về đường truyền chậm ở vùng cao.',
];

const CASES: Array<DemoCase & { unit: number; monthsAgo: number }> = [
  {
    unit: 0,
    monthsAgo: 6,
    title: 'Phản ánh về tiền điện tăng cao tại thôn Suối Mây',
    severity: 'binh_thuong',
    classification: 'noi_bo',
    occurredOn: '',
    place: 'Thôn Suối Mây, xã Hồng Sơn (địa danh giả định)',
    people: 'Khoảng 20 hộ dân trong thôn',
    actionsTaken: 'Cử tổ kỹ thuật kiểm tra công tơ, giải thích cách tính giá bậc thang.',
    followUp: 'da_giai_quyet',
  },
  {
    unit: 1,
    monthsAgo: 5,
    title: 'Ý kiến về thời gian chờ khám tại trạm y tế',
    severity: 'binh_thuong',
    classification: 'noi_bo',
    occurredOn: '',
    place: 'Trạm y tế xã Nậm Hoa (địa danh giả định)',
    people: 'Một số người bệnh và người nhà',
    actionsTaken: 'Bố trí thêm bàn tiếp đón buổi sáng.',
    followUp: 'da_giai_quyet',
  },
  {
    unit: 2,
    monthsAgo: 4,
    title: 'Thông tin sai sự thật về thu các khoản đầu năm học',
    severity: 'can_theo_doi',
    classification: 'noi_bo',
    occurredOn: '',
    place: 'Trường phổ thông bán trú Bản Lìm (địa danh giả định)',
    people: 'Một tài khoản mạng xã hội chưa rõ chủ',
    actionsTaken: 'Nhà trường công khai các khoản thu; báo cáo cơ quan chức năng xác minh.',
    followUp: 'da_giai_quyet',
  },
  {
    unit: 3,
    monthsAgo: 4,
    title: 'Thắc mắc về chi trả hỗ trợ sau sắp xếp',
    severity: 'can_theo_doi',
    classification: 'noi_bo',
    occurredOn: '',
    place: 'Tổ dân phố Đồi Sim (địa danh giả định)',
    people: '05 cán bộ nghỉ hưu trước tuổi',
    actionsTaken: 'Đối thoại, giải thích chính sách; hẹn chi trả trong quý.',
    followUp: 'dang_xu_ly',
  },
  {
    unit: 0,
    monthsAgo: 3,
    title: 'Tranh chấp hành lang an toàn lưới điện',
    severity: 'phuc_tap',
    classification: 'mat',
    occurredOn: '',
    place: 'Khu tái định cư Bình Minh (địa danh giả định)',
    people: '03 hộ gia đình xây dựng lấn hành lang',
    actionsTaken: 'Phối hợp chính quyền xã vận động, lập biên bản; chưa tháo dỡ.',
    followUp: 'dang_xu_ly',
  },
  {
    unit: 5,
    monthsAgo: 3,
    title: 'Khiếu nại kéo dài về sự cố chuyên môn',
    severity: 'phuc_tap',
    classification: 'mat',
    occurredOn: '',
    place: 'Khoa Ngoại, bệnh viện (địa danh giả định)',
    people: 'Gia đình một người bệnh',
    actionsTaken: 'Hội đồng chuyên môn họp, trả lời bằng văn bản; gia đình chưa đồng ý.',
    followUp: 'dang_theo_doi',
  },
  {
    unit: 4,
    monthsAgo: 2,
    title: 'Đơn thư nặc danh về giải quyết hồ sơ đất đai',
    severity: 'can_theo_doi',
    classification: 'noi_bo',
    occurredOn: '',
    place: 'Bộ phận một cửa xã Tả Phìn Hồ (địa danh giả định)',
    people: 'Không rõ người gửi',
    actionsTaken: 'Rà soát hồ sơ, chưa phát hiện sai phạm.',
    followUp: 'dang_theo_doi',
  },
  {
    unit: 1,
    monthsAgo: 2,
    title: 'Tụ tập đông người phản đối vị trí lò đốt rác y tế',
    severity: 'diem_nong',
    classification: 'mat',
    occurredOn: '',
    place: 'Thôn Khe Nứa (địa danh giả định)',
    people: 'Khoảng 40 người dân trong thôn',
    actionsTaken: 'Tạm dừng thi công, tổ chức đối thoại với Nhân dân, báo cáo Ban Thường vụ.',
    followUp: 'dang_xu_ly',
  },
  {
    unit: 3,
    monthsAgo: 1,
    title: 'Lo ngại về chậm trả lương tại một đơn vị sự nghiệp',
    severity: 'phuc_tap',
    classification: 'noi_bo',
    occurredOn: '',
    place: 'Trung tâm dịch vụ Cốc Mơ (địa danh giả định)',
    people: 'Khoảng 30 viên chức, người lao động',
    actionsTaken: 'Làm việc với đơn vị, đôn đốc cấp kinh phí.',
    followUp: 'dang_theo_doi',
  },
  {
    unit: 0,
    monthsAgo: 2,
    title: 'Ngừng việc tập thể tại công trường đường dây 110 kV',
    severity: 'diem_nong',
    classification: 'mat',
    occurredOn: '',
    place: 'Công trường đèo Gió Lộng (địa danh giả định)',
    people: 'Khoảng 60 công nhân của nhà thầu phụ',
    actionsTaken: 'Công đoàn và chủ đầu tư đối thoại; nhà thầu cam kết trả lương trong 10 ngày.',
    followUp: 'dang_xu_ly',
  },
  {
    unit: 2,
    monthsAgo: 1,
    title: 'Bài đăng kích động trên mạng xã hội về việc sáp nhập trường',
    severity: 'diem_nong',
    classification: 'mat',
    occurredOn: '',
    place: 'Điểm trường Pờ Hồ (địa danh giả định)',
    people: 'Một số tài khoản mạng xã hội, phụ huynh học sinh',
    actionsTaken: 'Thông tin chính thức tới phụ huynh; đề nghị cơ quan chức năng xử lý tài khoản.',
    followUp: 'dang_theo_doi',
  },
  {
    unit: 5,
    monthsAgo: 1,
    title: 'Góp ý về bãi đỗ xe bệnh viện',
    severity: 'binh_thuong',
    classification: 'noi_bo',
    occurredOn: '',
    place: 'Cổng phụ bệnh viện (địa danh giả định)',
    people: 'Người nhà người bệnh',
    actionsTaken: 'Mở thêm lối vào, kẻ vạch đỗ xe.',
    followUp: 'da_giai_quyet',
  },
];

/** Which (unit, months ago) never filed, and which filed late: the rest filed on time. */
const MISSING = new Set(['3:5', '4:6', '4:5', '4:3', '5:6', '2:2']);
const LATE = new Set(['1:6', '2:4', '4:2', '5:4', '3:1', '1:3']);

export interface DemoOpinionPeriod {
  periodKey: string;
  /** The day of the period's deadline, YYYY-MM-DD (the 5th of the next month). */
  deadline: string;
  monthsAgo: number;
}

/**
 * The demo's reports, unit by index in DEMO_OPINION_UNITS. For the last month the demo unit
 * reporter's own unit has none, so the demo reporter has a report to file on the first day.
 */
export function demoOpinionReports(periods: DemoOpinionPeriod[], now: Date) {
  const reports: Array<Omit<ImportedOpinionReport, 'unitId' | 'filedBy'> & { unit: number }> = [];
  for (const period of periods) {
    for (let unit = 0; unit < DEMO_OPINION_UNITS.length; unit++) {
      const key = `${unit}:${period.monthsAgo}`;
      if (MISSING.has(key) || (unit === 0 && period.monthsAgo === 1)) continue;
      // 09:30 Vietnam time, two days before the deadline, or three days after it.
      const day = new Date(`${period.deadline}T02:30:00Z`);
      day.setUTCDate(day.getUTCDate() + (LATE.has(key) ? 3 : -2));
      if (day > now) continue;
      const variant = (unit + period.monthsAgo) % 3;
      const occurredOn = `${period.periodKey}-${String(8 + unit).padStart(2, '0')}`;
      reports.push({
        unit,
        periodKey: period.periodKey,
        classification: CASES.some(
          (c) => c.unit === unit && c.monthsAgo === period.monthsAgo && c.classification === 'mat',
        )
          ? 'mat'
          : 'noi_bo',
        membersSituation: situations[variant]!,
        topics: topicSets[variant]!,
        publicOpinion: opinions[variant]!,
        filedAt: day.toISOString(),
        cases: CASES.filter((c) => c.unit === unit && c.monthsAgo === period.monthsAgo).map(
          ({ unit: _u, monthsAgo: _m, ...c }) => ({ ...c, occurredOn }),
        ),
      });
    }
  }
  return reports;
}
