import type { Category } from '../categories.service.js';

type Row = Category & { position: number; articles: number };

export function CategoriesList(props: { categories: Row[] }) {
  return (
    <section>
      <div class="actions">
        <h1 class="block-title">Chuyên mục</h1>
        <a class="button" href="/quan-tri/chuyen-muc/moi">
          Thêm chuyên mục
        </a>
      </div>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">Chuyên mục theo thứ tự trên trình đơn</caption>
          <thead>
            <tr>
              <th scope="col">Thứ tự</th>
              <th scope="col">Tên</th>
              <th scope="col">Đường dẫn</th>
              <th scope="col">Số bài viết</th>
            </tr>
          </thead>
          <tbody>
            {props.categories.map((c) => (
              <tr>
                <td>{c.position}</td>
                <td>
                  <a href={`/quan-tri/chuyen-muc/${c.id}`}>{c.name}</a>
                </td>
                <td>
                  <a href={c.url}>{c.url}</a>
                </td>
                <td>{c.articles}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export interface CategoryFormValues {
  name: string;
  description: string;
  position: string;
}

export function CategoryForm(props: {
  csrfToken: string;
  action: string;
  title: string;
  values: CategoryFormValues;
  errors?: Record<string, string>;
  deletable?: { id: number; articles: number };
}) {
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{props.title}</h1>
      <form method="post" action={props.action} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="name">Tên chuyên mục</label>
          <input id="name" name="name" type="text" value={props.values.name} required />
          {e.name ? <p class="field-error">{e.name}</p> : null}
        </div>
        <div>
          <label for="description">Mô tả ngắn</label>
          <input id="description" name="description" type="text" value={props.values.description} />
          {e.description ? <p class="field-error">{e.description}</p> : null}
        </div>
        <div>
          <label for="position">Thứ tự trên trình đơn</label>
          <input
            id="position"
            name="position"
            type="text"
            inputmode="numeric"
            value={props.values.position}
            aria-describedby="position-hint"
          />
          <p class="hint" id="position-hint">
            Số nhỏ đứng trước.
          </p>
          {e.position ? <p class="field-error">{e.position}</p> : null}
        </div>
        <div>
          <button type="submit" class="button">
            Lưu
          </button>{' '}
          <a href="/quan-tri/chuyen-muc">Hủy</a>
        </div>
      </form>
      {props.deletable ? (
        props.deletable.articles === 0 ? (
          <form method="post" action={`/quan-tri/chuyen-muc/${props.deletable.id}/xoa`} class="form">
            <input type="hidden" name="_csrf" value={props.csrfToken} />
            <div>
              <button type="submit" class="button button-secondary">
                Xóa chuyên mục
              </button>
            </div>
          </form>
        ) : (
          <p class="hint">
            Chuyên mục còn {props.deletable.articles} bài viết nên không xóa được; hãy chuyển các bài sang chuyên mục
            khác trước.
          </p>
        )
      ) : null}
    </section>
  );
}
