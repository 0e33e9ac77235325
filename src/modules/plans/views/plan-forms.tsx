// Forms of the plan tracker: programme (Đề án), plan (Kế hoạch), task (Nhiệm vụ). Values are kept
// as typed strings so a refused form comes back exactly as it was sent.
import type { Choice } from './choices.js';
import { FieldError } from '../../../platform/views/field-error.js';

function Text(props: {
  id: string;
  label: string;
  value: string;
  errors: Record<string, string>;
  type?: string;
  hint?: string;
  required?: boolean;
  list?: string;
}) {
  const described =
    [props.hint ? `${props.id}-hint` : '', props.errors[props.id] ? `${props.id}-loi` : ''].filter(Boolean).join(' ') ||
    undefined;
  return (
    <div>
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        name={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        list={props.list}
        aria-invalid={props.errors[props.id] ? 'true' : undefined}
        aria-describedby={described}
      />
      {props.hint ? (
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      ) : null}
      <FieldError id={props.id} text={props.errors[props.id]} />
    </div>
  );
}

export type ProgrammeFormValues = Record<'number' | 'title' | 'issuer' | 'issuedOn' | 'startYear' | 'endYear', string>;

export function ProgrammeForm(props: {
  csrfToken: string;
  action: string;
  heading: string;
  values: ProgrammeFormValues;
  errors?: Record<string, string>;
}) {
  const v = props.values;
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <form method="post" action={props.action} class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <Text id="number" label="Số hiệu" value={v.number} errors={e} hint="Ví dụ 17-ĐA/TU" required />
        <Text id="title" label="Tên đề án" value={v.title} errors={e} required />
        <Text id="issuer" label="Cơ quan ban hành" value={v.issuer} errors={e} hint="Ví dụ Tỉnh ủy Lào Cai" />
        <Text id="issuedOn" label="Ngày ban hành" value={v.issuedOn} errors={e} type="date" />
        <div class="form-row">
          <Text id="startYear" label="Từ năm" value={v.startYear} errors={e} type="number" required />
          <Text id="endYear" label="Đến năm" value={v.endYear} errors={e} type="number" required />
        </div>
        <div>
          <button type="submit" class="button">
            Lưu
          </button>{' '}
          <a href="/quan-tri/ke-hoach">Hủy</a>
        </div>
      </form>
    </section>
  );
}

export type PlanFormValues = Record<'programmeId' | 'number' | 'title' | 'issuer' | 'issuedOn' | 'year', string>;

export function PlanForm(props: {
  csrfToken: string;
  action: string;
  heading: string;
  values: PlanFormValues;
  programmes: Choice[];
  errors?: Record<string, string>;
}) {
  const v = props.values;
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <form method="post" action={props.action} class="form" enctype="multipart/form-data" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="programmeId">Thực hiện đề án</label>
          <select id="programmeId" name="programmeId">
            <option value="">Không thuộc đề án nào</option>
            {props.programmes.map((p) => (
              <option value={String(p.id)} selected={v.programmeId === String(p.id)}>
                {p.label}
              </option>
            ))}
          </select>
          <FieldError id="programmeId" text={e.programmeId} />
        </div>
        <Text id="number" label="Số kế hoạch" value={v.number} errors={e} hint="Ví dụ 132/KH-ĐUK" required />
        <Text id="title" label="Trích yếu" value={v.title} errors={e} required />
        <Text
          id="issuer"
          label="Cơ quan ban hành"
          value={v.issuer}
          errors={e}
          hint="Ví dụ Ban Thường vụ Đảng ủy Khối"
        />
        <div class="form-row">
          <Text id="issuedOn" label="Ngày ban hành" value={v.issuedOn} errors={e} type="date" required />
          <Text id="year" label="Năm kế hoạch" value={v.year} errors={e} type="number" required />
        </div>
        <div>
          <label for="files">Văn bản kế hoạch (tệp đính kèm)</label>
          <input
            id="files"
            name="files"
            type="file"
            multiple
            accept=".pdf,.docx,.xlsx,application/pdf"
            aria-describedby={e.files ? 'files-hint files-loi' : 'files-hint'}
          />
          <p class="hint" id="files-hint">
            Bản ký số hoặc bản chụp: PDF, Word (.docx) hoặc Excel (.xlsx). Tệp đã đính kèm vẫn được giữ.
          </p>
          {e.files ? (
            <p class="field-error" id="files-loi">
              {e.files}
            </p>
          ) : null}
        </div>
        <div>
          <button type="submit" class="button">
            Lưu
          </button>{' '}
          <a href="/quan-tri/ke-hoach">Hủy</a>
        </div>
      </form>
    </section>
  );
}

export interface TaskFormValues {
  title: string;
  description: string;
  groupName: string;
  leadUnitId: string;
  coordinatorIds: string[];
  parentId: string;
  recurrence: string;
  deadline: string;
  recurDay: string;
  recurMonth: string;
  recurFrom: string;
  recurTo: string;
  targetQuantity: string;
  targetUnit: string;
}

export const TASK_GROUPS = [
  'Học tập, bồi dưỡng lý luận chính trị',
  'Tuyên truyền',
  'Lịch sử Đảng',
  'Nắm bắt dư luận xã hội',
  'Thi đua, khen thưởng',
  'Nhiệm vụ khác',
];

const recurrenceLabels: Record<string, string> = {
  once: 'Một lần, có thời hạn',
  daily: 'Hằng ngày',
  monthly: 'Hằng tháng',
  yearly: 'Hằng năm (một ngày cố định)',
};

/** The lead unit and the coordinating units, chosen from the organisation tree. */
function UnitFields(props: { values: TaskFormValues; units: Choice[]; errors: Record<string, string> }) {
  const v = props.values;
  const e = props.errors;
  return (
    <div class="form-row">
      <div>
        <label for="leadUnitId">Đơn vị chủ trì</label>
        <select id="leadUnitId" name="leadUnitId" aria-describedby={e.leadUnitId ? 'leadUnitId-loi' : undefined}>
          <option value="">Chọn đơn vị</option>
          {props.units.map((u) => (
            <option value={String(u.id)} selected={v.leadUnitId === String(u.id)}>
              {u.label}
            </option>
          ))}
        </select>
        <FieldError id="leadUnitId" text={e.leadUnitId} />
      </div>
      <div>
        <label for="coordinatorIds">Đơn vị phối hợp</label>
        <select id="coordinatorIds" name="coordinatorIds" multiple size={6} aria-describedby="coordinatorIds-hint">
          {props.units.map((u) => (
            <option value={String(u.id)} selected={v.coordinatorIds.includes(String(u.id))}>
              {u.label}
            </option>
          ))}
        </select>
        <p class="hint" id="coordinatorIds-hint">
          Giữ Ctrl (hoặc ⌘) để chọn nhiều đơn vị.
        </p>
        <FieldError id="coordinatorIds" text={e.coordinatorIds} />
      </div>
    </div>
  );
}

/** A deadline once, or a recurrence (daily, monthly, yearly) over a span. */
function RecurrenceFields(props: { values: TaskFormValues; errors: Record<string, string> }) {
  const v = props.values;
  const e = props.errors;
  return (
    <fieldset>
      <legend>Thời hạn</legend>
      {Object.entries(recurrenceLabels).map(([value, label]) => (
        <label class="checkbox">
          <input type="radio" name="recurrence" value={value} checked={v.recurrence === value} /> {label}
        </label>
      ))}
      <div class="form-row">
        <Text id="deadline" label="Hạn hoàn thành (nếu một lần)" value={v.deadline} errors={e} type="date" />
        <Text
          id="recurDay"
          label="Ngày trong tháng (hằng tháng, hằng năm)"
          value={v.recurDay}
          errors={e}
          type="number"
        />
      </div>
      <div class="form-row">
        <Text id="recurMonth" label="Tháng (hằng năm)" value={v.recurMonth} errors={e} type="number" />
        <div></div>
      </div>
      <div class="form-row">
        <Text
          id="recurFrom"
          label="Lặp lại từ ngày"
          value={v.recurFrom}
          errors={e}
          type="date"
          hint="Để trống: từ đầu năm kế hoạch"
        />
        <Text
          id="recurTo"
          label="Đến ngày"
          value={v.recurTo}
          errors={e}
          type="date"
          hint="Để trống: đến cuối năm kế hoạch"
        />
      </div>
    </fieldset>
  );
}

export function TaskForm(props: {
  csrfToken: string;
  action: string;
  heading: string;
  values: TaskFormValues;
  units: Choice[];
  parents: Choice[];
  errors?: Record<string, string>;
  cancelHref: string;
}) {
  const v = props.values;
  const e = props.errors ?? {};
  return (
    <section>
      <h1 class="block-title">{props.heading}</h1>
      <form method="post" action={props.action} class="form form-wide" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <Text id="title" label="Tên nhiệm vụ" value={v.title} errors={e} required />
        <div>
          <label for="description">Mô tả, yêu cầu</label>
          <textarea id="description" name="description" rows={3}>
            {v.description}
          </textarea>
        </div>
        <div class="form-row">
          <Text
            id="groupName"
            label="Nhóm nhiệm vụ"
            value={v.groupName}
            errors={e}
            list="nhom-nhiem-vu"
            hint="Chọn gợi ý hoặc gõ nhóm mới"
          />
          <datalist id="nhom-nhiem-vu">
            {TASK_GROUPS.map((g) => (
              <option value={g}></option>
            ))}
          </datalist>
          <div>
            <label for="parentId">Thuộc nhiệm vụ</label>
            <select id="parentId" name="parentId">
              <option value="">Không (nhiệm vụ chính)</option>
              {props.parents.map((p) => (
                <option value={String(p.id)} selected={v.parentId === String(p.id)}>
                  {p.label}
                </option>
              ))}
            </select>
            <FieldError id="parentId" text={e.parentId} />
          </div>
        </div>
        <UnitFields values={v} units={props.units} errors={e} />
        <RecurrenceFields values={v} errors={e} />
        <div class="form-row">
          <Text
            id="targetQuantity"
            label="Chỉ tiêu (số lượng, nếu có)"
            value={v.targetQuantity}
            errors={e}
            type="number"
            hint="Ví dụ 3 (lớp). Để trống nếu nhiệm vụ không có chỉ tiêu số."
          />
          <Text id="targetUnit" label="Đơn vị tính" value={v.targetUnit} errors={e} hint="Ví dụ lớp, buổi, bài" />
        </div>
        <div>
          <button type="submit" class="button">
            Lưu nhiệm vụ
          </button>{' '}
          <a href={props.cancelHref}>Hủy</a>
        </div>
      </form>
    </section>
  );
}
