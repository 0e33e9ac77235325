// The newsroom's pages: the article desk (list with filters), the article form with its workflow
// panel, and the revisions. Server-rendered forms; the rich editor only enhances the textarea.
import { raw } from 'hono/html';
import { formatDateTime, formatNumber } from '../../../platform/i18n/format.js';
import { toVietnamLocalInput } from '../../../platform/time/vietnam-time.js';
import { Pagination } from '../../../platform/views/pagination.js';
import type { ArticleAction } from '../article-policy.js';
import { statusLabels } from '../article-policy.js';
import type { ArticleStatus, Classification } from '../articles.tables.js';

export const classificationLabels: Record<Classification, string> = { public: 'Công khai', internal: 'Nội bộ', secret: 'Mật' };
import type { DeskArticle, DeskListItem, EditPresence } from '../newsroom-types.js';
import { FieldError } from '../../../platform/views/field-error.js';

export const DESK_STATUSES: ArticleStatus[] = ['draft', 'submitted', 'scheduled', 'published', 'trashed'];

export interface DeskFilters {
  status?: ArticleStatus;
  categoryId?: number;
  authorId?: number;
  q: string;
}

/** The filters as a query string, so tabs and pages keep the others. */
export function deskHref(filters: DeskFilters, page = 1): string {
  const params = new URLSearchParams();
  if (filters.status) params.set('trang-thai', filters.status);
  if (filters.categoryId) params.set('chuyen-muc', String(filters.categoryId));
  if (filters.authorId) params.set('tac-gia', String(filters.authorId));
  if (filters.q) params.set('q', filters.q);
  if (page > 1) params.set('trang', String(page));
  const query = params.toString();
  return query ? `/quan-tri/bai-viet?${query}` : '/quan-tri/bai-viet';
}

function StatusBadge(props: { status: ArticleStatus }) {
  return <span class={`badge badge-${props.status}`}>{statusLabels[props.status]}</span>;
}

export function ArticlesDesk(props: {
  items: DeskListItem[];
  total: number;
  counts: Map<ArticleStatus, number>;
  filters: DeskFilters;
  page: number;
  pages: number;
  categories: Array<{ id: number; name: string }>;
  authors?: Array<{ id: number; name: string }>;
  canWrite: boolean;
}) {
  const f = props.filters;
  const active = [...props.counts].filter(([s]) => s !== 'trashed').reduce((sum, [, n]) => sum + n, 0);
  return (
    <section>
      <div class="actions">
        <h1 class="block-title">Bài viết</h1>
        {props.canWrite ? (
          <a class="button" href="/quan-tri/bai-viet/moi">
            Viết bài mới
          </a>
        ) : null}
      </div>
      <nav aria-label="Lọc theo trạng thái" class="status-tabs">
        <ul>
          <li>
            <a href={deskHref({ ...f, status: undefined })} aria-current={f.status ? undefined : 'page'}>
              Tất cả ({formatNumber(active)})
            </a>
          </li>
          {DESK_STATUSES.map((s) => (
            <li>
              <a href={deskHref({ ...f, status: s })} aria-current={f.status === s ? 'page' : undefined}>
                {s === 'trashed' ? 'Thùng rác' : statusLabels[s]} ({formatNumber(props.counts.get(s) ?? 0)})
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <form method="get" action="/quan-tri/bai-viet" class="filter-form" role="search" aria-label="Lọc bài viết">
        {f.status ? <input type="hidden" name="trang-thai" value={f.status} /> : null}
        <div>
          <label for="loc-q">Tiêu đề có chứa</label>
          <input id="loc-q" name="q" type="search" value={f.q} />
        </div>
        <div>
          <label for="loc-chuyen-muc">Chuyên mục</label>
          <select id="loc-chuyen-muc" name="chuyen-muc">
            <option value="">Tất cả chuyên mục</option>
            {props.categories.map((c) => (
              <option value={String(c.id)} selected={f.categoryId === c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        {props.authors ? (
          <div>
            <label for="loc-tac-gia">Người viết</label>
            <select id="loc-tac-gia" name="tac-gia">
              <option value="">Tất cả</option>
              {props.authors.map((a) => (
                <option value={String(a.id)} selected={f.authorId === a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <button type="submit" class="button">
            Lọc
          </button>
        </div>
      </form>
      <p class="hint" role="status">
        {props.total === 0 ? 'Không có bài viết nào phù hợp.' : `${formatNumber(props.total)} bài viết.`}
      </p>
      {props.items.length > 0 ? (
        <div class="table-wrap">
          <table class="data-table">
            <caption class="visually-hidden">Bài viết, mới sửa trước</caption>
            <thead>
              <tr>
                <th scope="col">Tiêu đề</th>
                <th scope="col">Trạng thái</th>
                <th scope="col">Chuyên mục</th>
                <th scope="col">Người viết</th>
                <th scope="col">Sửa lần cuối</th>
                <th scope="col">Xuất bản</th>
                <th scope="col">Lượt xem</th>
              </tr>
            </thead>
            <tbody>
              {props.items.map((a) => (
                <tr>
                  <td>
                    <a href={`/quan-tri/bai-viet/${a.id}`}>{a.title}</a>
                    {a.classification !== 'public' ? <> <span class="badge badge-classified">{classificationLabels[a.classification]}</span></> : null}
                    {a.status === 'draft' && a.rejectionReason ? <p class="hint">Bị trả lại: {a.rejectionReason}</p> : null}
                  </td>
                  <td>
                    <StatusBadge status={a.status} />
                  </td>
                  <td>{a.categoryName}</td>
                  <td>{a.ownerName ?? a.byline}</td>
                  <td>{formatDateTime(a.updatedAt)}</td>
                  <td>{a.publishedAt ? formatDateTime(a.publishedAt) : '—'}</td>
                  <td>{formatNumber(a.views)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <Pagination page={props.page} pages={props.pages} hrefFor={(p) => deskHref(f, p)} />
    </section>
  );
}

/** The form's values as typed (strings), so a refused form comes back exactly as it was sent. */
export interface ArticleFormValues {
  title: string;
  lead: string;
  bodyHtml: string;
  categoryId: string;
  byline: string;
  authorId: string;
  featured: boolean;
  featuredImageId: string;
  publishAt: string;
  expiresAt: string;
  classification: Classification;
  version: string;
}

export function formValuesOf(article: DeskArticle): ArticleFormValues {
  return {
    title: article.title,
    lead: article.lead,
    bodyHtml: article.bodyHtml,
    categoryId: String(article.categoryId),
    byline: article.byline,
    authorId: article.authorId === null ? '' : String(article.authorId),
    featured: article.featured,
    featuredImageId: article.featuredImageId === null ? '' : String(article.featuredImageId),
    publishAt: article.status === 'scheduled' && article.publishedAt ? toVietnamLocalInput(article.publishedAt) : '',
    expiresAt: article.expiresAt ? toVietnamLocalInput(article.expiresAt) : '',
    classification: article.classification,
    version: String(article.version),
  };
}

export interface ImageChoice {
  id: number;
  url: string;
  label: string;
}

export function ArticleForm(props: {
  csrfToken: string;
  /** Undefined for a new article. */
  article?: DeskArticle;
  values: ArticleFormValues;
  errors?: Record<string, string>;
  categories: Array<{ id: number; name: string }>;
  writers?: Array<{ id: number; name: string }>;
  images: ImageChoice[];
  editor: boolean;
  allowed: Set<ArticleAction>;
  presence: EditPresence[];
  conflict?: boolean;
}) {
  const { values: v, article } = props;
  const e = props.errors ?? {};
  const action = article ? `/quan-tri/bai-viet/${article.id}` : '/quan-tri/bai-viet';
  const described = (id: string, hint?: string) => [hint, e[id] ? `${id}-loi` : undefined].filter(Boolean).join(' ') || undefined;
  const selectedImage = props.images.find((i) => String(i.id) === v.featuredImageId);
  const canEdit = !article || props.allowed.has('edit');
  return (
    <section class="article-editor">
      <h1 class="block-title">{article ? `Sửa bài: ${article.title}` : 'Viết bài mới'}</h1>
      {props.presence.length > 0 ? (
        <p class="flash flash-error" role="alert">
          Lưu ý: {props.presence.map((p) => `${p.name} (mở lúc ${formatDateTime(p.seenAt)})`).join(', ')} cũng đang mở bài này để sửa. Nếu hai người cùng lưu, người lưu sau sẽ được báo và
          không mất nội dung.
        </p>
      ) : null}
      {props.conflict ? (
        <p class="flash flash-error" role="alert">
          Bài viết đã được người khác lưu trong khi bạn đang sửa, nên nội dung của bạn chưa được lưu. Nội dung bạn vừa sửa vẫn ở dưới đây.{' '}
          {article ? (
            <a href={`/quan-tri/bai-viet/${article.id}/phien-ban`} target="_blank" rel="noopener">
              Xem các phiên bản (mở thẻ mới)
            </a>
          ) : null}
          , rồi bấm lưu lần nữa nếu muốn ghi đè bằng nội dung của bạn.
        </p>
      ) : null}
      {article && article.status === 'draft' && article.rejectionReason ? (
        <div class="flash flash-error" role="note">
          <strong>Bài bị trả lại.</strong> Lý do: {article.rejectionReason}
        </div>
      ) : null}
      <div class="editor-layout">
        {canEdit ? (
          <form method="post" action={action} class="form form-wide" novalidate>
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <input type="hidden" name="version" value={v.version} />
            <div>
              <label for="title">Tiêu đề</label>
              <input id="title" name="title" type="text" value={v.title} required maxlength={250} aria-invalid={e.title ? 'true' : undefined} aria-describedby={described('title')} />
              <FieldError id="title" text={e.title} />
            </div>
            <div>
              <label for="lead">Sapo (đoạn tóm tắt đầu bài)</label>
              <textarea id="lead" name="lead" rows={3} maxlength={1000} aria-describedby={described('lead')}>
                {v.lead}
              </textarea>
              <FieldError id="lead" text={e.lead} />
            </div>
            <div>
              <label for="bodyHtml" id="bodyHtml-label">
                Nội dung
              </label>
              <textarea
                id="bodyHtml"
                name="bodyHtml"
                rows={20}
                data-rich-editor=""
                data-upload-url="/quan-tri/thu-vien-anh/tai-len"
                aria-describedby={described('bodyHtml', 'bodyHtml-hint')}
              >
                {v.bodyHtml}
              </textarea>
              <p class="hint" id="bodyHtml-hint">
                Khi trình duyệt tắt JavaScript, ô này nhận HTML; máy chủ chỉ giữ các thẻ được phép (đoạn văn, tiêu đề, chữ đậm/nghiêng, danh sách, trích dẫn, liên kết, bảng, ảnh).
              </p>
              <FieldError id="bodyHtml" text={e.bodyHtml} />
            </div>
            <div class="form-row">
              <div>
                <label for="categoryId">Chuyên mục</label>
                <select id="categoryId" name="categoryId" aria-describedby={described('categoryId')}>
                  {props.categories.map((c) => (
                    <option value={String(c.id)} selected={v.categoryId === String(c.id)}>
                      {c.name}
                    </option>
                  ))}
                </select>
                <FieldError id="categoryId" text={e.categoryId} />
              </div>
              <div>
                <label for="featuredImageId">Ảnh đại diện</label>
                <select id="featuredImageId" name="featuredImageId" aria-describedby={described('featuredImageId', 'featuredImageId-hint')}>
                  <option value="">Không có ảnh</option>
                  {props.images.map((i) => (
                    <option value={String(i.id)} selected={v.featuredImageId === String(i.id)}>
                      {i.label}
                    </option>
                  ))}
                </select>
                <p class="hint" id="featuredImageId-hint">
                  Chọn trong <a href="/quan-tri/thu-vien-anh">thư viện ảnh</a> (tải ảnh lên ở đó trước).
                </p>
                <FieldError id="featuredImageId" text={e.featuredImageId} />
                {selectedImage ? <img class="featured-preview" src={selectedImage.url} alt={`Ảnh đại diện hiện tại: ${selectedImage.label}`} loading="lazy" /> : null}
              </div>
            </div>
            <div>
              <label for="classification">Mức độ</label>
              <select id="classification" name="classification" aria-describedby={described('classification', 'classification-hint')}>
                {(Object.keys(classificationLabels) as Classification[]).map((k) => (
                  <option value={k} selected={v.classification === k}>
                    {classificationLabels[k]}
                  </option>
                ))}
              </select>
              <p class="hint" id="classification-hint">
                Bài Nội bộ hoặc Mật chỉ lưu trong tòa soạn và không bao giờ được xuất bản.
              </p>
              <FieldError id="classification" text={e.classification} />
            </div>
            {props.editor ? (
              <fieldset>
                <legend>Dành cho biên tập viên</legend>
                <div class="form-row">
                  <div>
                    <label for="byline">Tác giả hiển thị (ký tên cuối bài)</label>
                    <input id="byline" name="byline" type="text" value={v.byline} maxlength={120} aria-describedby={described('byline')} />
                    <FieldError id="byline" text={e.byline} />
                  </div>
                  <div>
                    <label for="authorId">Người phụ trách bài</label>
                    <select id="authorId" name="authorId" aria-describedby={described('authorId')}>
                      {v.authorId === '' ? <option value="">Chưa có</option> : null}
                      {(props.writers ?? []).map((w) => (
                        <option value={String(w.id)} selected={v.authorId === String(w.id)}>
                          {w.name}
                        </option>
                      ))}
                    </select>
                    <FieldError id="authorId" text={e.authorId} />
                  </div>
                </div>
                <div class="form-row">
                  <div>
                    <label for="publishAt">Hẹn giờ xuất bản (giờ Việt Nam)</label>
                    <input id="publishAt" name="publishAt" type="datetime-local" value={v.publishAt} aria-describedby={described('publishAt', 'publishAt-hint')} />
                    <p class="hint" id="publishAt-hint">
                      Để trống để xuất bản ngay. Một thời điểm trong tương lai sẽ hẹn giờ: bài tự xuất bản đúng giờ, kể cả khi máy chủ khởi động lại.
                    </p>
                    <FieldError id="publishAt" text={e.publishAt} />
                  </div>
                  <div>
                    <label for="expiresAt">Tự gỡ xuống lúc (giờ Việt Nam)</label>
                    <input id="expiresAt" name="expiresAt" type="datetime-local" value={v.expiresAt} aria-describedby={described('expiresAt', 'expiresAt-hint')} />
                    <p class="hint" id="expiresAt-hint">
                      Để trống nếu bài không hết hạn. Đến giờ này bài tự gỡ xuống và trở thành bản nháp.
                    </p>
                    <FieldError id="expiresAt" text={e.expiresAt} />
                  </div>
                </div>
                <div>
                  <label class="checkbox">
                    <input type="checkbox" name="featured" value="1" checked={v.featured} /> Tin nổi bật trên trang chủ
                  </label>
                </div>
              </fieldset>
            ) : null}
            <div class="form-actions">
              <button type="submit" name="action" value="save" class="button">
                {props.editor ? 'Lưu' : 'Lưu nháp'}
              </button>
              {!article || props.allowed.has('submit') ? (
                <button type="submit" name="action" value="submit" class="button">
                  Gửi duyệt
                </button>
              ) : null}
              {props.editor && (!article || props.allowed.has('publish')) ? (
                <button type="submit" name="action" value="publish" class="button">
                  Xuất bản
                </button>
              ) : null}
              <a href="/quan-tri/bai-viet">Về danh sách</a>
            </div>
          </form>
        ) : (
          <div class="form-wide">
            <p class="flash flash-ok" role="status">
              Bài đang ở trạng thái “{article.statusLabel}”; bạn không sửa được nữa. Biên tập viên sẽ duyệt hoặc trả lại kèm lý do.
            </p>
            <h2>{article.title}</h2>
            <p class="lead">{article.lead}</p>
            {/* stored sanitised */}
            <div class="article-body">{raw(article.bodyHtml)}</div>
          </div>
        )}
        {article ? <WorkflowPanel csrfToken={props.csrfToken} article={article} allowed={props.allowed} /> : null}
      </div>
    </section>
  );
}

function ActionForm(props: { csrfToken: string; action: string; label: string; secondary?: boolean; children?: unknown }) {
  return (
    <form method="post" action={props.action} class="form">
      <input type="hidden" name="_csrf" value={props.csrfToken} />
      {props.children as never}
      <div>
        <button type="submit" class={props.secondary ? 'button button-secondary' : 'button'}>
          {props.label}
        </button>
      </div>
    </form>
  );
}

function WorkflowPanel(props: { csrfToken: string; article: DeskArticle; allowed: Set<ArticleAction> }) {
  const a = props.article;
  const base = `/quan-tri/bai-viet/${a.id}`;
  return (
    <aside class="workflow-panel" aria-label="Trạng thái và thao tác">
      <dl>
        <dt>Trạng thái</dt>
        <dd>
          <StatusBadge status={a.status} />
        </dd>
        <dt>Mức độ</dt>
        <dd>{classificationLabels[a.classification]}</dd>
        <dt>Người phụ trách</dt>
        <dd>{a.ownerName ?? 'Chưa có'}</dd>
        <dt>Tạo lúc</dt>
        <dd>{formatDateTime(a.createdAt)}</dd>
        <dt>Sửa lần cuối</dt>
        <dd>{formatDateTime(a.updatedAt)}</dd>
        {a.publishedAt ? (
          <>
            <dt>{a.status === 'scheduled' ? 'Hẹn xuất bản lúc' : 'Ngày xuất bản'}</dt>
            <dd>{formatDateTime(a.publishedAt)}</dd>
          </>
        ) : null}
        {a.expiresAt ? (
          <>
            <dt>Tự gỡ xuống lúc</dt>
            <dd>{formatDateTime(a.expiresAt)}</dd>
          </>
        ) : null}
        {a.deletedAt ? (
          <>
            <dt>Xóa lúc</dt>
            <dd>{formatDateTime(a.deletedAt)}</dd>
          </>
        ) : null}
      </dl>
      <ul class="link-list">
        {a.status === 'published' ? (
          <li>
            <a href={a.url}>Xem trên cổng thông tin</a>
          </li>
        ) : null}
        <li>
          <a href={`${base}/xem-truoc`}>Xem trước bản đã lưu</a>
        </li>
        <li>
          <a href={`${base}/phien-ban`}>Các phiên bản đã lưu</a>
        </li>
      </ul>
      {props.allowed.has('reject') ? (
        <ActionForm csrfToken={props.csrfToken} action={`${base}/tra-lai`} label="Trả lại cho người viết" secondary>
          <div>
            <label for="reason">Lý do trả lại</label>
            <textarea id="reason" name="reason" rows={3} maxlength={1000} required></textarea>
          </div>
        </ActionForm>
      ) : null}
      {props.allowed.has('unpublish') ? (
        <ActionForm csrfToken={props.csrfToken} action={`${base}/go-xuat-ban`} label={a.status === 'scheduled' ? 'Hủy hẹn giờ' : 'Gỡ xuống (thôi xuất bản)'} secondary />
      ) : null}
      {props.allowed.has('delete') ? <ActionForm csrfToken={props.csrfToken} action={`${base}/xoa`} label="Chuyển vào thùng rác" secondary /> : null}
      {props.allowed.has('restore') ? <ActionForm csrfToken={props.csrfToken} action={`${base}/khoi-phuc`} label="Khôi phục (thành bản nháp)" /> : null}
    </aside>
  );
}

export function RevisionsList(props: {
  article: DeskArticle;
  revisions: Array<{ id: number; version: number; title: string; status: ArticleStatus; saved_by_name: string; saved_at: string; note: string }>;
}) {
  const a = props.article;
  return (
    <section>
      <h1 class="block-title">Các phiên bản: {a.title}</h1>
      <p>
        <a href={`/quan-tri/bai-viet/${a.id}`}>← Về bài viết</a>
      </p>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">Các phiên bản đã lưu, mới nhất trước</caption>
          <thead>
            <tr>
              <th scope="col">Phiên bản</th>
              <th scope="col">Lưu lúc</th>
              <th scope="col">Người lưu</th>
              <th scope="col">Ghi chú</th>
              <th scope="col">Tiêu đề lúc đó</th>
            </tr>
          </thead>
          <tbody>
            {props.revisions.map((r) => (
              <tr>
                <td>
                  <a href={`/quan-tri/bai-viet/${a.id}/phien-ban/${r.id}`}>Phiên bản {r.version}</a>
                  {r.version === a.version ? ' (hiện tại)' : ''}
                </td>
                <td>{formatDateTime(r.saved_at)}</td>
                <td>{r.saved_by_name}</td>
                <td>{r.note}</td>
                <td>{r.title}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function RevisionView(props: {
  csrfToken: string;
  article: DeskArticle;
  revision: { id: number; version: number; title: string; lead: string; body_html: string; author: string; saved_by_name: string; saved_at: string; note: string };
  canRestore: boolean;
}) {
  const { article: a, revision: r } = props;
  return (
    <section>
      <h1 class="block-title">
        Phiên bản {r.version} của bài viết #{a.id}
      </h1>
      <p>
        <a href={`/quan-tri/bai-viet/${a.id}/phien-ban`}>← Các phiên bản</a> · Lưu lúc {formatDateTime(r.saved_at)} bởi {r.saved_by_name} ({r.note})
      </p>
      {props.canRestore && r.version !== a.version ? (
        <ActionForm csrfToken={props.csrfToken} action={`/quan-tri/bai-viet/${a.id}/phien-ban/${r.id}/khoi-phuc`} label="Khôi phục phiên bản này" />
      ) : null}
      <article class="article revision-preview">
        <h2>{r.title}</h2>
        <p class="lead">{r.lead}</p>
        {/* revisions hold the same sanitised HTML the article had */}
        <div class="article-body">{raw(r.body_html)}</div>
        <p class="byline">
          <strong>{r.author}</strong>
        </p>
      </article>
    </section>
  );
}
