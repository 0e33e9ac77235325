import { ErrorSummary } from '../../../platform/views/error-summary.js';
import { FieldError } from '../../../platform/views/field-error.js';
import type { ImportProblem } from '../unit-import.js';
import { unitsImportText } from '../units-import.vi.js';
import { UNITS_PATH } from './units-pages.js';

const t = unitsImportText;
const COLUMN_ORDER = ['name', 'parent', 'foundedOn', 'shortName'] as const;

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
  const fileError = props.error ?? (problems.length > 0 ? t.page.rejected(problems.length) : undefined);
  return (
    <section>
      <h1 class="block-title">{t.page.heading}</h1>
      {/* A refused sheet: why, linked to the file field, then each refused row (what the heading counts). */}
      <ErrorSummary
        errors={{ file: fileError }}
        notes={problems.map((p) => t.page.problem(p.row, p.message))}
        title={() => t.page.refused(Math.max(problems.length, 1))}
      />
      <p>{t.page.columnsIntro}</p>
      <ul>
        {COLUMN_ORDER.map((column) => (
          <li>
            <strong>{t.columns[column]}</strong>
            {t.page.columnHelp[column]}
          </li>
        ))}
      </ul>
      <p>
        {t.page.rules.before(props.maxSizeLabel, props.maxRows)}
        <a href={TEMPLATE_PATH}>{t.page.rules.link}</a>
        {t.page.rules.after}
      </p>
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" class="form" novalidate>
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="file">{t.page.file}</label>
          <input
            id="file"
            name="file"
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            required
            aria-invalid={fileError ? 'true' : undefined}
            aria-describedby={fileError ? 'file-loi' : undefined}
          />
          <FieldError id="file" text={fileError} />
        </div>
        <div>
          <button type="submit" class="button">
            {t.page.submit}
          </button>{' '}
          <a href={UNITS_PATH}>{t.page.cancel}</a>
        </div>
      </form>
    </section>
  );
}
