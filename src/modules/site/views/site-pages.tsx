import { raw } from 'hono/html';
import { vi } from '../../../platform/i18n/vi.js';
import type { SiteSettings } from '../site-settings.js';

export function AboutPage(props: { settings: SiteSettings }) {
  return (
    <article class="block article">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › Giới thiệu
      </p>
      <h1>Giới thiệu</h1>
      {/* sanitised by the rich-text allowlist when it was saved */}
      <div class="article-body">{raw(props.settings.aboutHtml)}</div>
    </article>
  );
}

export function ContactPage(props: { settings: SiteSettings }) {
  const s = props.settings;
  return (
    <article class="block article">
      <p class="breadcrumb">
        <a href="/">{vi.ui.home}</a> › Liên hệ
      </p>
      <h1>Liên hệ</h1>
      <p>
        <strong>{s.name}</strong>
      </p>
      <dl class="contact-list">
        {s.address ? (
          <>
            <dt>Địa chỉ</dt>
            <dd>{s.address}</dd>
          </>
        ) : null}
        {s.phone ? (
          <>
            <dt>Điện thoại</dt>
            <dd>
              <a href={`tel:${s.phone.replace(/[^0-9+]/g, '')}`}>{s.phone}</a>
            </dd>
          </>
        ) : null}
        {s.email ? (
          <>
            <dt>Email</dt>
            <dd>
              <a href={`mailto:${s.email}`}>{s.email}</a>
            </dd>
          </>
        ) : null}
      </dl>
    </article>
  );
}

export function SettingsForm(props: { csrfToken: string; values: SiteSettings; errors?: Record<string, string> }) {
  const v = props.values;
  const e = props.errors ?? {};
  const field = (id: keyof SiteSettings, label: string, type = 'text') => (
    <div>
      <label for={id}>{label}</label>
      <input id={id} name={id} type={type} value={v[id]} aria-describedby={e[id] ? `${id}-error` : undefined} />
      {e[id] ? (
        <p class="field-error" id={`${id}-error`}>
          {e[id]}
        </p>
      ) : null}
    </div>
  );
  return (
    <section>
      <h1 class="block-title">Cài đặt cổng thông tin</h1>
      <form method="post" action="/quan-tri/cai-dat" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        {field('name', 'Tên cổng thông tin')}
        {field('address', 'Địa chỉ')}
        {field('phone', 'Điện thoại', 'tel')}
        {field('email', 'Email liên hệ', 'email')}
        <div>
          <label for="aboutHtml">Nội dung trang Giới thiệu (HTML)</label>
          <textarea id="aboutHtml" name="aboutHtml" rows={14} aria-describedby="aboutHtml-hint">
            {v.aboutHtml}
          </textarea>
          <p class="hint" id="aboutHtml-hint">
            Cho phép đoạn văn, tiêu đề, chữ đậm/nghiêng, danh sách, trích dẫn, liên kết, bảng và ảnh; mọi mã khác bị
            loại bỏ khi lưu.
          </p>
          {e.aboutHtml ? <p class="field-error">{e.aboutHtml}</p> : null}
        </div>
        <div>
          <button type="submit" class="button">
            Lưu cài đặt
          </button>
        </div>
      </form>
    </section>
  );
}
