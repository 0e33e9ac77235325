import { formatDateTime } from '../../../platform/i18n/format.js';
import { Pagination } from '../../../platform/views/pagination.js';
import type { AuditRow } from '../accounts.tables.js';

export function Dashboard(props: {
  name: string;
  links: Array<{ href: string; label: string; hint: string; summary?: string }>;
}) {
  return (
    <section>
      <h1 class="block-title">Bảng điều khiển</h1>
      <p>Xin chào {props.name}.</p>
      <div class="cards">
        {props.links.map((l) => (
          <div class="block">
            <h2>
              <a href={l.href}>{l.label}</a>
            </h2>
            {l.summary ? <p class="card-summary">{l.summary}</p> : null}
            <p class="hint">{l.hint}</p>
          </div>
        ))}
      </div>
    </section>
  );
}

export function SessionsPage(props: {
  sessions: Array<{
    token_hash: string;
    browser: string;
    created_at: string;
    last_seen_at: string;
    name: string;
    email: string;
  }>;
  csrfToken: string;
  currentTokenHash: string;
}) {
  return (
    <section>
      <h1 class="block-title">Phiên đăng nhập đang hoạt động</h1>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">Ai đang đăng nhập</caption>
          <thead>
            <tr>
              <th scope="col">Người dùng</th>
              <th scope="col">Trình duyệt</th>
              <th scope="col">Đăng nhập lúc</th>
              <th scope="col">Hoạt động gần nhất</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {props.sessions.map((s) => (
              <tr>
                <td>
                  {s.name}
                  <br />
                  <small>{s.email}</small>
                </td>
                <td>{s.browser}</td>
                <td>{formatDateTime(s.created_at)}</td>
                <td>{formatDateTime(s.last_seen_at)}</td>
                <td>
                  {s.token_hash === props.currentTokenHash ? (
                    <span class="badge">Phiên của bạn</span>
                  ) : (
                    <form method="post" action={`/quan-tri/phien-dang-nhap/${s.token_hash}/ket-thuc`}>
                      <input type="hidden" name="_csrf" value={props.csrfToken} />
                      <button type="submit" class="button button-secondary">
                        Kết thúc phiên
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export const auditLabels: Record<string, string> = {
  'login.succeeded': 'Đăng nhập',
  'login.failed': 'Đăng nhập thất bại',
  'login.throttled': 'Bị chặn đăng nhập tạm thời',
  logout: 'Đăng xuất',
  'permission.denied': 'Bị từ chối quyền',
  'user.created': 'Tạo tài khoản',
  'user.updated': 'Sửa tài khoản',
  'user.roles_changed': 'Đổi vai trò',
  'user.disabled': 'Khóa tài khoản',
  'user.enabled': 'Mở khóa tài khoản',
  'user.password_reset': 'Đặt lại mật khẩu',
  'session.revoked': 'Kết thúc phiên',
  'settings.updated': 'Sửa cài đặt',
  'category.created': 'Tạo chuyên mục',
  'category.updated': 'Sửa chuyên mục',
  'category.deleted': 'Xóa chuyên mục',
  'article.created': 'Tạo bài viết',
  'article.updated': 'Sửa bài viết',
  'article.submitted': 'Gửi duyệt bài viết',
  'article.published': 'Xuất bản bài viết',
  'article.scheduled': 'Hẹn giờ xuất bản',
  'article.rejected': 'Trả lại bài viết',
  'article.unpublished': 'Gỡ xuất bản bài viết',
  'article.deleted': 'Xóa bài viết',
  'article.restored': 'Khôi phục bài viết',
  'article.revision_restored': 'Khôi phục phiên bản bài viết',
  'article.expired': 'Bài hết hạn, tự gỡ xuống',
  'media.uploaded': 'Tải ảnh lên',
  'media.updated': 'Sửa thông tin ảnh',
  'media.deleted': 'Xóa ảnh',
  'token.created': 'Tạo mã API',
  'token.revoked': 'Thu hồi mã API',
  'unit.created': 'Thêm đơn vị',
  'unit.updated': 'Sửa đơn vị',
  'unit.deleted': 'Xóa đơn vị',
  'units.imported': 'Nhập đơn vị từ tệp Excel',
  'programme.created': 'Tạo đề án',
  'programme.updated': 'Sửa đề án',
  'plan.created': 'Tạo kế hoạch',
  'plan.updated': 'Sửa kế hoạch',
  'task.created': 'Tạo nhiệm vụ',
  'task.updated': 'Sửa nhiệm vụ',
  'task.closed': 'Đóng nhiệm vụ',
  'task.reopened': 'Mở lại nhiệm vụ',
  'task.marked_done': 'Xác nhận hoàn thành nhiệm vụ',
  'report.filed': 'Gửi báo cáo tiến độ',
  'report.corrected': 'Sửa báo cáo tiến độ',
};

export function AuditPage(props: { rows: AuditRow[]; page: number; pages: number; action?: string }) {
  return (
    <section>
      <h1 class="block-title">Nhật ký hệ thống</h1>
      <form method="get" action="/quan-tri/nhat-ky" class="actions">
        <label for="action">Loại sự kiện</label>
        <select id="action" name="loai">
          <option value="">Tất cả</option>
          {Object.entries(auditLabels).map(([value, label]) => (
            <option value={value} selected={props.action === value}>
              {label}
            </option>
          ))}
        </select>
        <button type="submit" class="button">
          Lọc
        </button>
      </form>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">Nhật ký, mới nhất trước</caption>
          <thead>
            <tr>
              <th scope="col">Thời gian (UTC)</th>
              <th scope="col">Người thực hiện</th>
              <th scope="col">Sự kiện</th>
              <th scope="col">Đối tượng</th>
              <th scope="col">Chi tiết</th>
              <th scope="col">Mã yêu cầu</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr>
                <td>
                  <time datetime={r.at}>{r.at.replace('T', ' ').slice(0, 19)}</time>
                </td>
                <td>{r.actor}</td>
                <td>{auditLabels[r.action] ?? r.action}</td>
                <td>{r.target}</td>
                <td>{r.detail}</td>
                <td>
                  <small>{r.request_id}</small>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <Pagination
        page={props.page}
        pages={props.pages}
        hrefFor={(n) =>
          `/quan-tri/nhat-ky?trang=${n}${props.action ? `&loai=${encodeURIComponent(props.action)}` : ''}`
        }
      />
    </section>
  );
}
