// Data file: demo content (Vietnamese words by nature), exempt from the text and size rules of check-shape.
// Work in progress for the demo newsroom, so the first `npm start` shows the workflow too: an
// article waiting for review, one sent back with a reason, and one scheduled for tomorrow morning.
import { randomUUID } from 'node:crypto';
import type { Newsroom, RequestContext } from '../modules/articles/index.js';
import type { Role } from '../modules/accounts/index.js';

interface DemoUser {
  id: number;
  name: string;
  email: string;
  roles: Role[];
}

const contextOf = (user: DemoUser): RequestContext => ({
  actor: { id: user.id, name: user.name, email: user.email, roles: user.roles },
  requestId: randomUUID(),
});

export async function seedDemoNewsroom(deps: {
  newsroom: Newsroom;
  contributor: DemoUser;
  editor: DemoUser;
  categoryId: number;
  now: Date;
}) {
  const contributor = contextOf(deps.contributor);
  const editor = contextOf(deps.editor);
  await deps.newsroom.create(
    contributor,
    {
      title: 'Chi bộ Phòng Kế hoạch tổ chức sinh hoạt chuyên đề về phong cách làm việc khoa học',
      lead: 'Buổi sinh hoạt chuyên đề gắn việc học tập và làm theo Bác với cải tiến cách làm việc hằng ngày của từng đảng viên.',
      bodyHtml:
        '<p>Chiều thứ Năm, Chi bộ Phòng Kế hoạch tổ chức sinh hoạt chuyên đề với chủ đề <strong>“Phong cách làm việc khoa học, sâu sát, cụ thể”</strong>.</p>' +
        '<p>Mỗi đảng viên nêu một việc sẽ làm ngay trong quý tới, như rút ngắn thời gian trả lời văn bản, lập lịch công tác theo tuần và công khai tiến độ.</p>',
      categoryId: deps.categoryId,
    },
    { action: 'submit' },
  );
  const rejected = await deps.newsroom.create(
    contributor,
    {
      title: 'Đoàn thanh niên Khối ra quân làm sạch đường lên bản',
      lead: 'Hơn 60 đoàn viên tham gia dọn vệ sinh, phát quang tuyến đường vào bản.',
      bodyHtml:
        '<p>Sáng Chủ nhật, hơn 60 đoàn viên thanh niên đã ra quân dọn vệ sinh, phát quang gần 3 km đường vào bản.</p>',
      categoryId: deps.categoryId,
    },
    { action: 'submit' },
  );
  await deps.newsroom.act(editor, rejected.id, 'reject', {
    reason: 'Cần ghi rõ tên bản, xã và đơn vị phối hợp; bổ sung một ảnh hoạt động.',
  });
  const tomorrowSevenAm = new Date(
    Date.UTC(deps.now.getUTCFullYear(), deps.now.getUTCMonth(), deps.now.getUTCDate() + 1, 0, 0),
  );
  await deps.newsroom.create(
    editor,
    {
      title: 'Điểm tin sáng: lịch công tác tuần của Ban Thường vụ Đảng ủy Khối',
      lead: 'Các hoạt động chính trong tuần và những việc cần đôn đốc.',
      bodyHtml:
        '<ul><li>Thứ Hai: giao ban Ban Thường vụ.</li><li>Thứ Tư: làm việc với Đảng bộ Công ty Cấp nước.</li><li>Thứ Sáu: hội nghị báo cáo viên tháng.</li></ul>',
      categoryId: deps.categoryId,
    },
    { action: 'publish', publishAt: tomorrowSevenAm },
  );
}
