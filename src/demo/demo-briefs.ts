// Data file: demo content (Vietnamese words by nature), exempt from the text rule of check-shape.
// Thirty days of the morning brief up to today (Vietnam time), two days missed (12 and 11 days
// ago, the same days the demo plan's daily task shows as missed), each brief three to five items
// mixing the portal's own articles and outside sources. Each one counts as published at 07:30 of
// its day, which files that day's report of the daily task: the tracker's evidence is the brief.
import { randomUUID } from 'node:crypto';
import type { BriefContext, BriefsService } from '../modules/briefs/index.js';
import type { Clock } from '../platform/clock.js';
import { vietnamDay } from '../platform/time/vietnam-time.js';

const DAYS = 30;
const MISSED = [12, 11];
const DAILY_TASK = 'Phát hành "Điểm tin sáng" hằng ngày';

interface Outside {
  title: string;
  source: string;
  url: string;
  summary: string;
}

const OUTSIDE: Outside[] = [
  {
    title: 'Lào Cai đẩy mạnh chuyển đổi số trong các cơ quan đảng, chính quyền',
    source: 'Báo Lào Cai',
    url: 'https://baolaocai.vn/chinh-tri/lao-cai-day-manh-chuyen-doi-so-trong-co-quan-dang',
    summary: 'Tỉnh đặt mục tiêu 100% văn bản giữa các cơ quan được gửi, nhận qua môi trường điện tử.',
  },
  {
    title: 'Nâng cao chất lượng sinh hoạt chi bộ ở các doanh nghiệp ngoài nhà nước',
    source: 'Báo Nhân Dân',
    url: 'https://nhandan.vn/xay-dung-dang/nang-cao-chat-luong-sinh-hoat-chi-bo-doanh-nghiep',
    summary: 'Nhiều chi bộ đã gắn nội dung sinh hoạt với kế hoạch sản xuất, kinh doanh của doanh nghiệp.',
  },
  {
    title: 'Bảo vệ nền tảng tư tưởng của Đảng trong tình hình mới',
    source: 'Tạp chí Cộng sản',
    url: 'https://www.tapchicongsan.org.vn/web/guest/quoc-phong-an-ninh-oi-ngoai1/bao-ve-nen-tang-tu-tuong',
    summary: 'Bài viết phân tích những phương thức mới của các thế lực thù địch trên không gian mạng.',
  },
  {
    title: 'Khối cơ quan tỉnh ra quân hưởng ứng Tháng hành động vì môi trường',
    source: 'Báo Lào Cai',
    url: 'https://baolaocai.vn/xa-hoi/khoi-co-quan-ra-quan-thang-hanh-dong-vi-moi-truong',
    summary: 'Hơn 1.000 cán bộ, công chức dọn vệ sinh, trồng cây xanh quanh trụ sở cơ quan.',
  },
  {
    title: 'Đổi mới công tác tuyên truyền miệng ở cơ sở',
    source: 'Tạp chí Tuyên giáo',
    url: 'https://tuyengiao.vn/nghien-cuu/doi-moi-cong-tac-tuyen-truyen-mieng-o-co-so',
    summary: 'Báo cáo viên cần nắm chắc tình hình thực tế, dùng ví dụ gần gũi với người nghe.',
  },
  {
    title: 'Kinh tế Lào Cai tăng trưởng khá trong 11 tháng',
    source: 'Báo Lào Cai',
    url: 'https://baolaocai.vn/kinh-te/kinh-te-lao-cai-tang-truong-kha-11-thang',
    summary: 'Thu ngân sách, du lịch và xuất nhập khẩu qua cửa khẩu đều vượt cùng kỳ năm trước.',
  },
  {
    title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh bằng việc làm cụ thể',
    source: 'Báo Nhân Dân',
    url: 'https://nhandan.vn/chinh-tri/hoc-tap-va-lam-theo-bac-bang-viec-lam-cu-the',
    summary: 'Những tấm gương bình dị ở cơ sở là minh chứng sinh động cho việc học Bác.',
  },
  {
    title: 'Phát triển đảng viên trong công nhân lao động: kết quả và kinh nghiệm',
    source: 'Tạp chí Xây dựng Đảng',
    url: 'https://xaydungdang.org.vn/nhan-to-dien-hinh/phat-trien-dang-vien-trong-cong-nhan',
    summary: 'Kinh nghiệm từ các tỉnh có nhiều khu công nghiệp trong việc tạo nguồn kết nạp đảng.',
  },
  {
    title: 'Lào Cai chủ động phòng, chống rét đậm, rét hại cho người và vật nuôi',
    source: 'Đài Phát thanh và Truyền hình Lào Cai',
    url: 'https://laocaitv.vn/tin-tuc/lao-cai-chu-dong-phong-chong-ret-dam-ret-hai',
    summary: 'Các huyện vùng cao chuẩn bị chăn, áo ấm và thức ăn dự trữ cho gia súc.',
  },
  {
    title: 'Siết chặt kỷ luật, kỷ cương hành chính trong thực thi công vụ',
    source: 'Báo Nhân Dân',
    url: 'https://nhandan.vn/xa-hoi/siet-chat-ky-luat-ky-cuong-hanh-chinh',
    summary: 'Thủ tướng yêu cầu xử lý nghiêm cán bộ né tránh, đùn đẩy trách nhiệm.',
  },
  {
    title: 'Vai trò người đứng đầu trong phòng, chống tham nhũng, tiêu cực',
    source: 'Tạp chí Cộng sản',
    url: 'https://www.tapchicongsan.org.vn/web/guest/chinh-tri-xay-dung-dang/vai-tro-nguoi-dung-dau',
    summary: 'Người đứng đầu phải gương mẫu, chịu trách nhiệm khi để xảy ra tham nhũng trong đơn vị.',
  },
  {
    title: 'Sa Pa đón lượng khách kỷ lục dịp cuối tuần',
    source: 'Báo Lào Cai',
    url: 'https://baolaocai.vn/du-lich/sa-pa-don-luong-khach-ky-luc-dip-cuoi-tuan',
    summary: 'Các cơ sở lưu trú kín phòng; lực lượng chức năng tăng cường bảo đảm an toàn giao thông.',
  },
];

const INTROS = [
  'Điểm tin sáng nay có các tin chính về công tác xây dựng Đảng trong Khối và tình hình kinh tế - xã hội của tỉnh.',
  'Sáng nay, bản tin điểm lại hoạt động của các tổ chức cơ sở đảng và những bài viết đáng chú ý trên báo chí.',
  'Mời bạn đọc điểm qua những tin nổi bật của cổng thông tin và các báo, tạp chí trong ngày hôm qua.',
  'Bản tin sáng nay tập trung vào công tác tuyên truyền, học tập và làm theo Bác ở cơ sở.',
  'Những tin chính đầu ngày: hoạt động của Đảng ủy Khối, các đảng bộ cơ sở và thông tin thời sự trong tỉnh.',
];

const dayAt0730 = (day: string) => new Date(`${day}T00:30:00Z`);
const addDays = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface DemoDeps {
  briefs: BriefsService;
  clock: Clock;
  articleIds: number[];
  editor: BriefContext['actor'];
}

export async function seedDemoBriefs(deps: DemoDeps): Promise<void> {
  const { briefs } = deps;
  const ctx = { actor: deps.editor, requestId: randomUUID() };
  const now = deps.clock.now();
  const today = vietnamDay(now);
  const setting = await briefs.taskSetting();
  const task = setting.tasks.find((t) => t.title === DAILY_TASK);
  if (task) await briefs.setTask(ctx, task.id);
  const entries = [];
  for (let back = DAYS - 1; back >= 0; back--) {
    if (MISSED.includes(back)) continue;
    const day = addDays(today, -back);
    const n = 3 + (back % 3);
    const items = Array.from({ length: n }, (_, i) => {
      const articleId = deps.articleIds[(back * 2 + i) % Math.max(deps.articleIds.length, 1)];
      if (i % 2 === 0 && articleId !== undefined) return { kind: 'article' as const, articleId };
      return { kind: 'outside' as const, ...OUTSIDE[(back * 3 + i) % OUTSIDE.length]! };
    });
    // Published at 07:30 of its day (today's no later than now).
    const at = new Date(Math.min(dayAt0730(day).getTime(), now.getTime())).toISOString();
    entries.push({ brief: { date: day, intro: INTROS[back % INTROS.length]!, items }, publishedAt: at });
  }
  await briefs.importPublished(ctx, entries);
}
