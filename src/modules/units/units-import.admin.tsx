// /quan-tri/don-vi/nhap: units from an .xlsx sheet, every row or none; the blank template. The
// sheet streams to a temp file under the import's own body cap, then is checked and parsed on a
// worker before the service checks it against the tree.
import type { Context, Hono } from 'hono';
import { bodyCap } from '../../platform/http/body.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import { requestIdOf, type AuditLog, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import {
  buildUnitSheetTemplate,
  MAX_SHEET_BYTES,
  MAX_SHEET_ROWS,
  readUnitSheet,
  UnreadableSheetError,
} from './unit-sheet.js';
import { UnitImportRejectedError, type UnitsService } from './units.service.js';
import { unitsImportText as t } from './units-import.vi.js';
import { IMPORT_PATH, ImportPage, TEMPLATE_PATH } from './views/import-page.js';
import { UNITS_PATH } from './views/units-pages.js';

const MAX_SIZE_LABEL = '2 MB';
// Room for the multipart framing and the CSRF token on top of the sheet itself.
const FORM_OVERHEAD_BYTES = 64 * 1024;
const TOO_LARGE = t.tooLarge(MAX_SIZE_LABEL);

/** The import's size cap, declared before anything else runs (the sheet streams to a temp file). */
export function capUnitImports(app: Hono) {
  app.use(IMPORT_PATH, bodyCap(MAX_SHEET_BYTES + FORM_OVERHEAD_BYTES, TOO_LARGE));
}

type ImportPageOptions = { status?: 200 | 400 | 413; error?: string; problems?: UnitImportRejectedError['problems'] };

export function mountUnitImport(
  app: Hono,
  deps: { units: UnitsService; guard: StaffGuard; frame: StaffFrame; audit: AuditLog; work: WorkPool },
) {
  const { units, guard, frame, audit } = deps;

  const importPage = (c: Context<StaffEnv>, options: ImportPageOptions = {}) =>
    frame.respond(
      c,
      t.title,
      <ImportPage
        csrfToken={c.get('staff')!.csrfToken}
        maxSizeLabel={MAX_SIZE_LABEL}
        maxRows={MAX_SHEET_ROWS}
        error={options.error}
        problems={options.problems}
      />,
      { status: options.status ?? 200 },
    );

  app.get(IMPORT_PATH, guard.require('units.manage'), (c) => importPage(c));

  app.get(TEMPLATE_PATH, guard.require('units.manage'), async (c) =>
    c.body(new Uint8Array(await buildUnitSheetTemplate()), 200, {
      'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'Content-Disposition': `attachment; filename="mau-nhap-don-vi.xlsx"`,
    }),
  );

  app.post(IMPORT_PATH, guard.require('units.manage'), async (c) => {
    const staff = c.get('staff')!;
    const file = (await c.req.parseBody()).file;
    if (typeof file === 'string' || !file || file.size === 0)
      return importPage(c, { status: 400, error: t.chooseFile });
    if (file.size > MAX_SHEET_BYTES) return importPage(c, { status: 413, error: TOO_LARGE });
    let added: number;
    try {
      // The check and the parse run on a worker: a big sheet must not hold up every reader.
      added = await units.importRows(await readUnitSheet(new Uint8Array(await file.arrayBuffer()), deps.work));
    } catch (error) {
      if (error instanceof UnreadableSheetError) return importPage(c, { status: 400, error: error.message });
      if (error instanceof UnitImportRejectedError) return importPage(c, { status: 400, problems: error.problems });
      throw error;
    }
    await audit.record({
      action: 'units.imported',
      userId: staff.user.id,
      actor: staff.user.email,
      target: file.name.normalize('NFC').slice(0, 200),
      detail: t.auditCount(added),
      requestId: requestIdOf(c),
    });
    return c.redirect(`${UNITS_PATH}?tb=da-nhap-don-vi`, 303);
  });
}
