// Data file: demo content (Vietnamese words by nature), exempt from the text rule of check-shape.
// The demo's events, on the first start only: the commemorated dates (so the anniversaries of the
// coming twelve months show beside the Bloc committee's founding and the units'), a contest and a
// class linked to this year's plan tasks (the class with registrations from three units), a
// seminar already held and a conference to come. Dated from today, in Vietnam time.
import { randomUUID } from 'node:crypto';
import type { Accounts } from '../modules/accounts/index.js';
import type { EventContext, EventsService } from '../modules/events/index.js';
import type { Plans } from '../modules/plans/index.js';
import type { UnitsService } from '../modules/units/index.js';
import type { Clock } from '../platform/clock.js';
import { vietnamDay } from '../platform/time/vietnam-time.js';

const COMMEMORATED = [
  { name: 'Ngày thành lập Đảng Cộng sản Việt Nam', date: '03/02/1930' },
  { name: 'Ngày sinh Chủ tịch Hồ Chí Minh', date: '19/05/1890' },
  {
    name: 'Ngày Cách mạng tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    date: '02/09/1945',
  },
  { name: 'Ngày Chủ tịch Hồ Chí Minh về thăm Lào Cai', date: '23/09/1958' },
  // The first congress of the province's Party members elected its committee on 5 March 1947.
  { name: 'Ngày thành lập Đảng bộ tỉnh Lào Cai', date: '05/03/1947' },
];

/** A wall-clock time in Vietnam, `days` from today, as a UTC instant. */
function at(today: string, days: number, time: string): string {
  const day = new Date(Date.parse(`${today}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return new Date(`${day}T${time}:00+07:00`).toISOString();
}

const event = (fields: Partial<Parameters<EventsService['createEvent']>[1]>) => ({
  title: '',
  kind: 'seminar' as const,
  startsAt: '',
  endsAt: '',
  place: '',
  unitId: null,
  description: '',
  taskId: null,
  capacity: null,
  articleIds: [],
  published: true,
  ...fields,
});

export async function seedDemoEvents(deps: {
  events: EventsService;
  plans: Plans;
  accounts: Accounts;
  units: UnitsService;
  clock: Clock;
}) {
  const { events } = deps;
  const users = await deps.accounts.service.listUsers();
  const editor = users.find((u) => u.email === 'bientap@congtin.demo');
  const reporter = users.find((u) => u.email === 'donvi@congtin.demo');
  if (!editor) return;
  const ctxOf = (u: typeof editor): EventContext => ({
    actor: { id: u.id, name: u.name, email: u.email, roles: u.roles, unitId: u.unitId },
    requestId: randomUUID(),
  });
  const desk = ctxOf(editor);
  for (const c of COMMEMORATED) await events.addCommemoration(desk, c);

  const today = vietnamDay(deps.clock.now());
  const tree = await deps.units.listTree();
  const root = tree.find((u) => u.parentId === null)?.id ?? null;
  const unit = (words: string) => tree.find((u) => u.name.includes(words))?.id ?? root;
  const tasks = await deps.plans.listTasksForEvents();
  const task = (words: string) => tasks.find((t) => t.title.includes(words))?.id ?? null;
  const hall = 'Hội trường Đảng ủy Khối, phường Cốc Lếu, Lào Cai';

  await events.createEvent(
    desk,
    event({
      title: 'Tọa đàm "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh trong cán bộ trẻ"',
      startsAt: at(today, -20, '08:00'),
      endsAt: at(today, -20, '11:30'),
      place: hall,
      unitId: root,
      description:
        'Đoàn viên, đảng viên trẻ của các cơ quan trong Khối trao đổi cách làm theo Bác trong công việc hằng ngày.\n\nBan Tuyên giáo Đảng ủy Khối tổng hợp các ý kiến để đưa vào chuyên đề năm sau.',
    }),
  );
  await events.createEvent(
    desk,
    event({
      title: 'Hội nghị sơ kết công tác tuyên giáo và báo cáo viên quý IV',
      kind: 'conference',
      startsAt: at(today, 7, '14:00'),
      endsAt: at(today, 7, '17:00'),
      place: hall,
      unitId: root,
      description: 'Báo cáo viên các đảng bộ, chi bộ cơ sở dự; nắm tình hình tư tưởng và dư luận cuối năm.',
    }),
  );
  await events.createEvent(
    desk,
    event({
      title: 'Hội thi "Bí thư chi bộ giỏi" cấp Khối',
      kind: 'contest',
      startsAt: at(today, 30, '07:30'),
      endsAt: at(today, 31, '17:00'),
      place: hall,
      unitId: root,
      taskId: task('Bí thư chi bộ giỏi'),
      capacity: 40,
      description:
        'Mỗi đảng bộ, chi bộ cơ sở cử một bí thư chi bộ dự thi ba phần: chào hỏi, xử lý tình huống và thuyết trình về sinh hoạt chi bộ.\n\nĐăng ký trước ngày khai mạc.',
    }),
  );
  const classId = await events.createEvent(
    desk,
    event({
      title: 'Lớp bồi dưỡng lý luận chính trị cho đảng viên mới (lớp thứ hai)',
      kind: 'class',
      startsAt: at(today, 14, '07:30'),
      endsAt: at(today, 18, '16:30'),
      place: 'Trường Chính trị tỉnh Lào Cai',
      unitId: root,
      taskId: task('bồi dưỡng lý luận chính trị cho đảng viên mới'),
      capacity: 60,
      description: 'Năm ngày học theo chương trình dành cho đảng viên mới; cuối khóa viết bài thu hoạch.',
    }),
  );
  const registering: Array<[EventContext, number | null, string, string]> = [
    [desk, unit('Sở Tài chính'), 'Nguyễn Thị Hồng Nhung', 'Chuyên viên Phòng Ngân sách'],
    [desk, unit('Sở Tài chính'), 'Lò Văn Thắng', 'Chuyên viên Thanh tra Sở'],
    [desk, unit('Sở Tư pháp'), 'Vàng Thị Mai', 'Chuyên viên Phòng Phổ biến pháp luật'],
  ];
  if (reporter?.unitId) {
    const own = ctxOf(reporter);
    registering.push(
      [own, null, 'Trần Quang Huy', 'Kỹ sư Đội Quản lý điện'],
      [own, null, 'Hoàng Thị Lan', 'Nhân viên Phòng Kinh doanh'],
    );
  }
  for (const [ctx, unitId, name, positionTitle] of registering)
    await events.register(ctx, classId, { name, positionTitle, unitId });
  // The Party's next anniversary, made into an event the way an editor does it (one click), then published.
  const party = (await events.listAnniversaries()).find((a) => a.name === COMMEMORATED[0]!.name);
  if (party) {
    const id = await events.createFromAnniversary(desk, party.key, party.years);
    const made = await events.loadEvent(id);
    await events.updateEvent(
      desk,
      id,
      event({
        title: made.title,
        kind: 'anniversary',
        startsAt: made.startsAt,
        endsAt: made.endsAt,
        place: hall,
        unitId: root,
        description: 'Lễ kỷ niệm và gặp mặt đảng viên được trao Huy hiệu Đảng đợt 03/02.',
      }),
    );
  }
}
