// /thong-ke: how the counters are counted (stated openly) and the history per day.
import type { Hono } from 'hono';
import { formatDate, formatNumber } from '../../platform/i18n/format.js';
import { vi } from '../../platform/i18n/vi.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import type { Clock } from '../../platform/clock.js';
import { vietnamDay } from '../../platform/time/vietnam-time.js';
import type { AnalyticsService } from './analytics.service.js';
import { NEW_VISITOR_WINDOW_MS, NEW_VISITORS_PER_ADDRESS } from './new-visitor-cap.js';

const HISTORY_DAYS = 60;

export function mountStatsPage(
  app: Hono,
  deps: {
    analytics: AnalyticsService;
    pageCache: PageCache;
    renderPage: PublicPageRenderer;
    clock: Clock;
    startingTotal: number;
  },
) {
  app.get('/thong-ke', async (c) => {
    const page = await deps.pageCache.get('/thong-ke', async () => {
      const from = vietnamDay(new Date(deps.clock.now().getTime() - HISTORY_DAYS * 86_400_000));
      const history = await deps.analytics.listDailyHistory(from);
      const body = await deps.renderPage(
        {
          title: vi.ui.statsPageTitle,
          description: 'Số liệu truy cập cổng thông tin và cách đếm minh bạch.',
          path: '/thong-ke',
        },
        <section class="block">
          <h1 class="block-title">{vi.ui.statsPageTitle}</h1>
          <h2>Cách đếm</h2>
          <ul>
            <li>
              <strong>Lượt truy cập</strong> bắt đầu khi một người đọc mở trang lần đầu, hoặc mở lại sau hơn 30 phút
              không xem trang nào.
            </li>
            <li>
              <strong>Đang online</strong>: số người đọc có xem trang trong 5 phút gần nhất.
            </li>
            <li>
              <strong>Hôm nay</strong>: số lượt truy cập bắt đầu từ 00:00 giờ Việt Nam (UTC+7).
            </li>
            <li>
              <strong>Trong tuần</strong>: số lượt truy cập bắt đầu từ 00:00 thứ Hai tuần này, giờ Việt Nam.
            </li>
            <li>
              <strong>Tất cả</strong>: mọi lượt truy cập từ khi cổng hoạt động, cộng {formatNumber(deps.startingTotal)}{' '}
              lượt của hệ thống cũ.
            </li>
            <li>
              Không đếm: máy tìm kiếm và các chương trình tự động, trang được trình duyệt tải trước, cán bộ đang đăng
              nhập. Một máy gửi yêu cầu dồn dập chỉ được đếm một lần và bị tạm chặn.
            </li>
            <li>
              Lượt xem bài viết: mỗi lần mở bài trong một lượt truy cập; tải lại cùng bài không tính thêm, kể cả khi địa
              chỉ có thêm “?…”, “#…” hay dấu “/” ở cuối. Chỉ đếm bài đang xuất bản công khai.
            </li>
            <li>
              Chỉ đếm các trang công khai (trang chủ, chuyên mục, bài viết, tìm kiếm, giới thiệu, liên hệ, thống kê…);
              không đếm trang quản trị, tệp tải về, trang không tồn tại, và lượt gửi từ trang của website khác.
            </li>
            <li>
              Một địa chỉ mạng (với IPv6: một dải /64) chỉ được tính tối đa {NEW_VISITORS_PER_ADDRESS} người đọc mới
              trong mỗi {NEW_VISITOR_WINDOW_MS / 60_000} phút, đủ cho một cơ quan dùng chung đường truyền; người đọc
              vượt quá vẫn thấy số liệu nhưng không được đếm.
            </li>
            <li>
              Quyền riêng tư: không lưu địa chỉ IP hay thông tin trình duyệt. Mỗi người đọc được nhận diện bằng một mã
              băm với khóa ngẫu nhiên đổi mỗi ngày, khóa bị xóa sau 48 giờ.
            </li>
          </ul>
          <h2>Lịch sử {HISTORY_DAYS} ngày gần nhất</h2>
          {history.length === 0 ? (
            <p class="notice">Chưa có số liệu.</p>
          ) : (
            <table class="stats-table">
              <caption class="visually-hidden">Lượt truy cập và lượt xem trang theo ngày</caption>
              <thead>
                <tr>
                  <th scope="col">Ngày</th>
                  <th scope="col">Lượt truy cập</th>
                  <th scope="col">Lượt xem trang</th>
                </tr>
              </thead>
              <tbody>
                {history.map((d) => (
                  <tr>
                    <td>{formatDate(`${d.day}T00:00:00+07:00`)}</td>
                    <td>{formatNumber(Number(d.visits))}</td>
                    <td>{formatNumber(Number(d.pageviews))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>,
      );
      return { body };
    });
    return sendPage(c, page);
  });
}
