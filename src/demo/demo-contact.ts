// Data file: long by nature (demo content), exempt from the size rules of scripts/check-shape.ts.
// The contact form's demo: two departments and a few readers' messages in each state of the inbox,
// written for congtin. Seeded on the first start only (composition/contact.tsx).
import { randomUUID } from 'node:crypto';
import type { ContactService } from '../modules/contact/index.js';

export const demoDepartments = [
  { name: 'Văn phòng Đảng ủy Khối', email: 'vanphong@congtin.demo', position: 1, active: true },
  { name: 'Ban Tuyên giáo Đảng ủy Khối', email: 'tuyengiao@congtin.demo', position: 2, active: true },
];

interface DemoMessage {
  department: number;
  hoursAgo: number;
  name: string;
  email: string;
  phone: string;
  message: string;
  status: 'new' | 'handling' | 'answered' | 'spam';
  note: string;
  spam?: boolean;
}

const demoMessages: DemoMessage[] = [
  {
    department: 1,
    hoursAgo: 170,
    name: 'Lò Thị Hoa',
    email: 'lothihoa@vidu.vn',
    phone: '0912 345 678',
    message:
      'Chi bộ chúng tôi mới thành lập, xin hỏi thủ tục chuyển sinh hoạt Đảng cho đảng viên từ huyện về cơ quan tỉnh cần những giấy tờ gì và nộp ở đâu?',
    status: 'answered',
    note: 'Đã gửi hướng dẫn và mẫu giấy giới thiệu qua email ngày hôm sau.',
  },
  {
    department: 2,
    hoursAgo: 50,
    name: 'Nguyễn Văn Thắng',
    email: 'thang.nv@vidu.vn',
    phone: '',
    message:
      'Bài viết về hội thi tuyên truyền viên giỏi có ghi nhầm tên đơn vị đạt giải Ba. Đơn vị đạt giải là Chi bộ Kho bạc Nhà nước tỉnh. Mong Ban biên tập đính chính.',
    status: 'handling',
    note: 'Đã báo biên tập viên phụ trách; chờ xác nhận danh sách giải từ Ban tổ chức.',
  },
  {
    department: 2,
    hoursAgo: 6,
    name: 'Phạm Minh Đức',
    email: 'ducpm@vidu.vn',
    phone: '0214 3840 123',
    message:
      'Đơn vị tôi muốn gửi tin, ảnh về lễ kết nạp đảng viên mới để đăng trên cổng thông tin. Xin cho biết địa chỉ gửi bài và yêu cầu về ảnh.',
    status: 'new',
    note: '',
  },
  {
    department: 1,
    hoursAgo: 2,
    name: 'Hoàng Thu Trang',
    email: 'trang.ht@vidu.vn',
    phone: '+84 987 654 321',
    message: 'Xin hỏi lịch tiếp công dân của Thường trực Đảng ủy Khối trong tháng này.',
    status: 'new',
    note: '',
  },
  {
    department: 1,
    hoursAgo: 30,
    name: 'Khuyến mãi',
    email: 'quangcao@vidu.vn',
    phone: '',
    message: 'Dịch vụ tăng lượt xem trang, giá rẻ, liên hệ ngay.',
    status: 'spam',
    note: '',
    spam: true,
  },
];

export async function seedDemoContact(deps: {
  contact: ContactService;
  now: Date;
  /** The demo editor, who handles and answers messages, as the audit names them. */
  handler: { id: number; email: string } | undefined;
}) {
  const { contact, handler } = deps;
  const system = { userId: handler?.id ?? 0, actor: handler?.email ?? 'demo', requestId: randomUUID() };
  const ids: number[] = [];
  for (const department of demoDepartments) ids.push(await contact.createDepartment(system, department));
  // Oldest first, so the inbox's order (newest id first) is the order they came in.
  for (const m of [...demoMessages].sort((a, b) => b.hoursAgo - a.hoursAgo)) {
    const receivedAt = new Date(deps.now.getTime() - m.hoursAgo * 3600_000).toISOString();
    const input = {
      departmentId: ids[m.department - 1]!,
      name: m.name,
      email: m.email,
      phone: m.phone,
      message: m.message,
    };
    const received = await contact.receive(input, { spam: m.spam === true, receivedAt });
    if (received.kind !== 'received' || (m.status === 'new' && m.note === '') || m.spam) continue;
    const assigneeId = m.status === 'spam' ? null : (handler?.id ?? null);
    await contact.updateHandling(system, received.id, { status: m.status, assigneeId, note: m.note });
  }
}
