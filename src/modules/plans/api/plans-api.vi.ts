// The plans API in the OpenAPI document (/api/v1/openapi.json, /api/docs): each endpoint's summary
// and answers, and what the fields mean.
export const plansApiText = {
  answers: {
    invalid: 'Dữ liệu không hợp lệ',
    unauthorized: 'Chưa đăng nhập hoặc mã API không hợp lệ',
    forbidden: 'Không có quyền (đơn vị báo cáo chỉ thấy và báo cáo nhiệm vụ của đơn vị mình)',
    created: 'Đã tạo',
    saved: 'Đã lưu',
  },
  listProgrammes: { summary: 'Các đề án', ok: 'Danh sách đề án' },
  listPlans: { summary: 'Các kế hoạch, với số nhiệm vụ theo tình trạng', ok: 'Danh sách kế hoạch' },
  createPlan: { summary: 'Tạo kế hoạch (biên tập viên)' },
  getPlan: {
    summary: 'Một kế hoạch và các nhiệm vụ (tình trạng được tính, không nhập tay)',
    ok: 'Kế hoạch',
    notFound: 'Không có kế hoạch này',
  },
  dashboard: {
    summary: 'Số liệu bảng theo dõi: theo nhóm, theo đơn vị chủ trì, quá hạn, chỉ tiêu và kết quả',
    ok: 'Cùng số liệu với danh sách nhiệm vụ',
  },
  createTask: { summary: 'Thêm nhiệm vụ (biên tập viên)' },
  getTask: {
    summary: 'Một nhiệm vụ: các kỳ, các báo cáo và minh chứng',
    ok: 'Nhiệm vụ',
    notFound: 'Không có nhiệm vụ này',
  },
  updateTask: { summary: 'Sửa nhiệm vụ (biên tập viên)' },
  fileReport: { summary: 'Gửi báo cáo tiến độ', created: 'Đã gửi', closed: 'Nhiệm vụ đã đóng' },
  correctReport: {
    summary: 'Sửa báo cáo (chỉ người gửi, khi nhiệm vụ chưa đóng; mọi phiên bản được giữ)',
    conflict: 'Đã có người sửa sau phiên bản bạn đọc, hoặc nhiệm vụ đã đóng',
  },
  unitTasks: { summary: 'Nhiệm vụ của một đơn vị, quá hạn trước', ok: 'Nhiệm vụ' },
  /** What a field means, where its name does not say. */
  fields: {
    deadline: 'Với recurrence once',
    reportUnitId: 'Đơn vị báo cáo: đơn vị của bạn nếu bạn là đơn vị báo cáo',
    activityDate: 'Ngày thực hiện (giờ Việt Nam); quyết định kỳ của nhiệm vụ',
    articleIds: 'Bài đã xuất bản làm minh chứng',
    version: 'Phiên bản bạn đã đọc; 409 nếu báo cáo đã được sửa sau đó',
    deadlineText: 'Như trên văn bản: 05/03/2023, Hằng tháng (ngày 25)…',
  },
} as const;
