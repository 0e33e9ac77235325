import type { ImportProblem } from '../unit-import.js';
import { UNITS_PATH } from './units-pages.js';

export const IMPORT_PATH = `${UNITS_PATH}/nhap`;
export const TEMPLATE_PATH = `${IMPORT_PATH}/mau.xlsx`;

export function ImportPage(props: {
  csrfToken: string;
  maxSizeLabel: string;
  maxRows: number;
  error?: string;
  problems?: ImportProblem[];
}) {
  const problems = props.problems ?? [];
  return (
    <section>
      <h1 class="block-title">Nhập đơn vị từ tệp Excel</h1>
      {props.error ? (
        <div class="flash flash-error" role="alert">
          <p>{props.error}</p>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div class="flash flash-error" role="alert">
          <p>Chưa nhập đơn vị nào: tệp có {problems.length} lỗi. Hãy sửa các dòng dưới đây rồi tải tệp lên lại.</p>
          <ul>
            {problems.map((p) => (
              <li>
                Dòng {p.row}: {p.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p>Trang tính đầu tiên của tệp .xlsx cần một dòng tiêu đề với các cột:</p>
      <ul>
        <li>
          <strong>Tên đơn vị</strong>: tên đầy đủ, ví dụ “Đảng bộ Sở Tài chính”;
        </li>
        <li>
          <strong>Trực thuộc</strong>: tên hoặc tên viết tắt của đơn vị cấp trên, đã có trong hệ thống hoặc ở một dòng
          khác của tệp (trước hay sau đều được); để trống nếu trực thuộc thẳng đơn vị cấp cao nhất;
        </li>
        <li>
          <strong>Ngày thành lập</strong>: ô ngày của Excel hoặc chữ dạng dd/mm/yyyy, ví dụ 05/03/1948; có thể để trống;
        </li>
        <li>
          <strong>Tên viết tắt</strong> (không bắt buộc), ví dụ “CB Sở Tư pháp”.
        </li>
      </ul>
      <p>
        Mọi dòng được kiểm tra trước; chỉ khi không có lỗi nào, tất cả đơn vị mới được thêm cùng một lúc. Tệp tối đa{' '}
        {props.maxSizeLabel} và {props.maxRows} dòng. <a href={TEMPLATE_PATH}>Tải tệp mẫu</a>.
      </p>
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" class="form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="file">Tệp Excel (.xlsx)</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
          />
        </div>
        <div>
          <button type="submit" class="button">
            Nhập đơn vị
          </button>{' '}
          <a href={UNITS_PATH}>Hủy</a>
        </div>
      </form>
    </section>
  );
}
