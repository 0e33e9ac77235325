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
  return (
    <section>
      <h1 class="block-title">{t.page.heading}</h1>
      {props.error ? (
        <div class="flash flash-error" role="alert">
          <p>{props.error}</p>
        </div>
      ) : null}
      {problems.length > 0 ? (
        <div class="flash flash-error" role="alert">
          <p>{t.page.rejected(problems.length)}</p>
          <ul>
            {problems.map((p) => (
              <li>{t.page.problem(p.row, p.message)}</li>
            ))}
          </ul>
        </div>
      ) : null}
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
      <form method="post" action={IMPORT_PATH} enctype="multipart/form-data" class="form">
        <input type="hidden" name="_csrf" value={props.csrfToken} />
        <div>
          <label for="file">{t.page.file}</label>
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
            {t.page.submit}
          </button>{' '}
          <a href={UNITS_PATH}>{t.page.cancel}</a>
        </div>
      </form>
    </section>
  );
}
