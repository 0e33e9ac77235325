// The fields of a progress report, in the filing form and the correction form alike. Values are
// kept as typed strings so a refused form comes back exactly as it was sent.
import { formatDate } from '../../../platform/i18n/format.js';
import { FieldError } from '../../../platform/views/field-error.js';
import type { ArticleChoice, Choice } from './choices.js';
import { taskPagesText } from './task-pages.vi.js';

const text = taskPagesText.fields;

export interface ReportFormValues {
  unitId: string;
  activityDate: string;
  body: string;
  quantity: string;
  completed: boolean;
  articleIds: string[];
}

interface ReportFieldsProps {
  values: ReportFormValues;
  errors: Record<string, string>;
  units: Choice[];
  targetUnit: string;
  hasTarget: boolean;
  articleChoices: ArticleChoice[];
  fixedUnit?: boolean;
}

export function ReportFields(props: ReportFieldsProps) {
  const { values: v, errors: e } = props;
  return (
    <>
      <UnitAndDay {...props} />
      <div>
        <label for="body">{text.body}</label>
        <textarea id="body" name="body" rows={5} required aria-describedby={e.body ? 'body-loi' : undefined}>
          {v.body}
        </textarea>
        <FieldError id="body" text={e.body} />
      </div>
      <Outcome {...props} />
      <Evidence {...props} />
      <div>
        <label for="files">{text.files}</label>
        <input
          id="files"
          name="files"
          type="file"
          multiple
          accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
          aria-describedby={e.files ? 'files-hint files-loi' : 'files-hint'}
        />
        <p class="hint" id="files-hint">
          {text.filesHint}
        </p>
        <FieldError id="files" text={e.files} />
      </div>
    </>
  );
}

/** The unit reporting (fixed when a report is corrected) and the day of the work. */
function UnitAndDay({ values: v, errors: e, units, fixedUnit }: ReportFieldsProps) {
  return (
    <div class="form-row">
      <div>
        <label for="unitId">{text.unit}</label>
        <select id="unitId" name="unitId" disabled={fixedUnit}>
          {units.map((u) => (
            <option value={String(u.id)} selected={v.unitId === String(u.id)}>
              {u.label}
            </option>
          ))}
        </select>
        {fixedUnit ? <input type="hidden" name="unitId" value={v.unitId} /> : null}
        <FieldError id="unitId" text={e.unitId} />
      </div>
      <div>
        <label for="activityDate">{text.activityDate}</label>
        <input
          id="activityDate"
          name="activityDate"
          type="date"
          value={v.activityDate}
          required
          aria-describedby={e.activityDate ? 'activityDate-loi' : undefined}
        />
        <FieldError id="activityDate" text={e.activityDate} />
      </div>
    </div>
  );
}

/** The quantity reached (when the task has a target) and whether the work is done. */
function Outcome({ values: v, errors: e, hasTarget, targetUnit }: ReportFieldsProps) {
  return (
    <div class="form-row">
      {hasTarget ? (
        <div>
          <label for="quantity">{targetUnit ? text.quantityIn(targetUnit) : text.quantity}</label>
          <input
            id="quantity"
            name="quantity"
            type="number"
            min="0"
            step="1"
            inputmode="numeric"
            value={v.quantity}
            aria-describedby={e.quantity ? 'quantity-loi' : undefined}
          />
          <FieldError id="quantity" text={e.quantity} />
        </div>
      ) : null}
      <div>
        <label class="checkbox">
          <input id="completed" type="checkbox" name="completed" value="1" checked={v.completed} /> {text.completed}
        </label>
      </div>
    </div>
  );
}

/** Published articles offered as evidence, the ticked ones first. */
function Evidence({ values: v, errors: e, articleChoices }: ReportFieldsProps) {
  if (articleChoices.length === 0)
    return e.articleIds ? (
      <div id="articleIds" tabindex={-1}>
        <FieldError id="articleIds" text={e.articleIds} />
      </div>
    ) : null;
  return (
    <fieldset id="articleIds" tabindex={-1}>
      <legend>{text.evidence}</legend>
      {articleChoices.map((a) => (
        <label class="checkbox">
          <input type="checkbox" name="articleIds" value={String(a.id)} checked={v.articleIds.includes(String(a.id))} />{' '}
          {a.title} ({formatDate(a.publishedAt)})
        </label>
      ))}
      <FieldError id="articleIds" text={e.articleIds} />
    </fieldset>
  );
}
