// Data file: demo content (Vietnamese words by nature), exempt from the text and size rules of check-shape.
// One demo account per role, for trying the portal (README lists them). Created on a start with no
// user when DEMO_ACCOUNTS=1, or with the demo content when ADMIN_EMAIL is not set; a real install
// starts with DEMO_CONTENT=0 and ADMIN_*, and gets none.
import type { Role } from '../modules/accounts/index.js';

export const DEMO_PASSWORD = 'LaoCai-Demo-2026';

export const demoAccounts: Array<{ email: string; name: string; roles: Role[]; password: string }> = [
  { email: 'quantri@congtin.demo', name: 'Nguyễn Văn Quản', roles: ['admin'], password: DEMO_PASSWORD },
  { email: 'bientap@congtin.demo', name: 'Trần Thị Biên', roles: ['editor'], password: DEMO_PASSWORD },
  { email: 'congtacvien@congtin.demo', name: 'Lê Văn Cộng', roles: ['contributor'], password: DEMO_PASSWORD },
  { email: 'donvi@congtin.demo', name: 'Phạm Thị Đơn', roles: ['unit_reporter'], password: DEMO_PASSWORD },
  { email: 'lanhdao@congtin.demo', name: 'Hoàng Văn Lãnh', roles: ['leader'], password: DEMO_PASSWORD },
];
