// /quan-tri/don-vi: the admin keeps the organisation tree (add, edit, move, delete) and imports
// units from an .xlsx sheet. Post → redirect → get; every change is audited.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { requestIdOf, type AuditLog, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { descendantsIn, type UnitNode } from './unit-tree.js';
import {
  buildUnitSheetTemplate,
  MAX_SHEET_BYTES,
  MAX_SHEET_ROWS,
  readUnitSheet,
  UnreadableSheetError,
} from './unit-sheet.js';
import { formatFoundingDate, unitFormSchema } from './units.schema.js';
import { UnitImportRejectedError, UnitInUseError, UnitRejectedError, type UnitsService } from './units.service.js';
import { IMPORT_PATH, ImportPage, TEMPLATE_PATH } from './views/import-page.js';
import { emptyUnitForm, UnitForm, UnitsTreePage, UNITS_PATH, type UnitFormValues } from './views/units-pages.js';
import { bodyCap } from '../../platform/http/body.js';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import { parseId } from '../../platform/http/query.js';
import { unitsImportText } from './units-import.vi.js';
import { unitsText } from './units.vi.js';

const MAX_SIZE_LABEL = '2 MB';
// Room for the multipart framing and the CSRF token on top of the sheet itself.
const FORM_OVERHEAD_BYTES = 64 * 1024;
const TOO_LARGE = unitsImportText.tooLarge(MAX_SIZE_LABEL);

/** The import's size cap, declared before anything else runs (the sheet streams to a temp file). */
export function capUnitImports(app: Hono) {
  app.use(IMPORT_PATH, bodyCap(MAX_SHEET_BYTES + FORM_OVERHEAD_BYTES, TOO_LARGE));
}

const toFormValues = (u: UnitNode): UnitFormValues => ({
  name: u.name,
  shortName: u.shortName,
  parentId: u.parentId === null ? '' : String(u.parentId),
  foundedOn: formatFoundingDate(u.foundedOn),
  address: u.address,
  phone: u.phone,
  email: u.email,
  position: String(u.position),
});

export function mountUnitsAdmin(
  app: Hono,
  deps: { units: UnitsService; guard: StaffGuard; frame: StaffFrame; audit: AuditLog; work: WorkPool },
) {
  const { units, guard, frame, audit } = deps;
  frame.addSection({
    href: UNITS_PATH,
    label: unitsText.section.label,
    hint: unitsText.section.hint,
    permission: 'units.manage',
    order: 60,
  });
  frame.addFlashes({
    'da-tao-don-vi': { kind: 'ok', text: unitsText.flashes.created },
    'da-luu-don-vi': { kind: 'ok', text: unitsText.flashes.saved },
    'da-xoa-don-vi': { kind: 'ok', text: unitsText.flashes.deleted },
    'da-nhap-don-vi': { kind: 'ok', text: unitsText.flashes.imported },
  });

  const readForm = async (c: Context): Promise<UnitFormValues> => {
    const form = await c.req.parseBody();
    const text = (k: keyof UnitFormValues) => (typeof form[k] === 'string' ? (form[k] as string).normalize('NFC') : '');
    return {
      name: text('name'),
      shortName: text('shortName'),
      parentId: text('parentId'),
      foundedOn: text('foundedOn'),
      address: text('address'),
      phone: text('phone'),
      email: text('email'),
      position: text('position'),
    };
  };

  async function findOr404(c: Context) {
    const raw = c.req.param('id') ?? '';
    const tree = await units.listTreeWithMembers();
    const id = parseId(raw);
    const unit = id === undefined ? undefined : tree.find((u) => u.id === id);
    if (!unit) throw new NotFoundError();
    return { unit, tree };
  }

  /** The new-unit form, blank or coming back with errors. */
  async function newForm(c: Context<StaffEnv>, values: UnitFormValues, errors?: Record<string, string>) {
    const tree = await units.listTree();
    return frame.respond(
      c,
      unitsText.form.newTitle,
      <UnitForm
        csrfToken={c.get('staff')!.csrfToken}
        title={unitsText.form.newTitle}
        action={UNITS_PATH}
        values={values}
        parents={tree}
        allowTopLevel={!tree.some((u) => u.parentId === null)}
        errors={errors}
      />,
      { status: errors ? 400 : 200 },
    );
  }

  /** The edit form: the parent list leaves out the unit and everything below it. */
  async function editForm(
    c: Context<StaffEnv>,
    found: Awaited<ReturnType<typeof findOr404>>,
    values: UnitFormValues,
    errors?: Record<string, string>,
    status: 200 | 400 | 409 = 200,
  ) {
    const { unit, tree } = found;
    const below = new Set(descendantsIn(tree, unit.id).map((u) => u.id));
    const parents = tree.filter((u) => u.id !== unit.id && !below.has(u.id));
    const children = tree.filter((u) => u.parentId === unit.id).length;
    return frame.respond(
      c,
      unit.name,
      <UnitForm
        csrfToken={c.get('staff')!.csrfToken}
        title={unit.name}
        action={`${UNITS_PATH}/${unit.id}`}
        values={values}
        parents={parents}
        allowTopLevel={unit.parentId === null}
        errors={errors}
        deletable={{ id: unit.id, children, members: unit.members }}
      />,
      { status },
    );
  }

  app.get(UNITS_PATH, guard.require('units.manage'), async (c) =>
    frame.respond(c, unitsText.tree.title, <UnitsTreePage units={await units.listTreeWithMembers()} />),
  );

  app.get(`${UNITS_PATH}/moi`, guard.require('units.manage'), async (c) => newForm(c, emptyUnitForm));

  app.post(UNITS_PATH, guard.require('units.manage'), async (c) => {
    const staff = c.get('staff')!;
    const values = await readForm(c);
    const parsed = unitFormSchema.safeParse(values);
    if (!parsed.success) return newForm(c, values, fieldErrors(parsed.error));
    let id: number;
    try {
      id = await units.create(parsed.data);
    } catch (error) {
      if (error instanceof UnitRejectedError) return newForm(c, values, error.fields);
      throw error;
    }
    const created = await units.findById(id);
    await audit.record({
      action: 'unit.created',
      userId: staff.user.id,
      actor: staff.user.email,
      target: parsed.data.name,
      detail: created?.path.join(' › ') ?? '',
      requestId: requestIdOf(c),
    });
    return c.redirect(`${UNITS_PATH}/${id}?tb=da-tao-don-vi`, 303);
  });

  const importPage = (
    c: Context<StaffEnv>,
    options: { status?: 200 | 400 | 413; error?: string; problems?: UnitImportRejectedError['problems'] } = {},
  ) =>
    frame.respond(
      c,
      unitsImportText.title,
      <ImportPage
        csrfToken={c.get('staff')!.csrfToken}
        maxSizeLabel={MAX_SIZE_LABEL}
        maxRows={MAX_SHEET_ROWS}
        error={options.error}
        problems={options.problems}
      />,
      {
        status: options.status ?? 200,
      },
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
      return importPage(c, { status: 400, error: unitsImportText.chooseFile });
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
      detail: unitsImportText.auditCount(added),
      requestId: requestIdOf(c),
    });
    return c.redirect(`${UNITS_PATH}?tb=da-nhap-don-vi`, 303);
  });

  app.get(`${UNITS_PATH}/:id`, guard.require('units.manage'), async (c) => {
    const found = await findOr404(c);
    return editForm(c, found, toFormValues(found.unit));
  });

  app.post(`${UNITS_PATH}/:id`, guard.require('units.manage'), async (c) => {
    const staff = c.get('staff')!;
    const found = await findOr404(c);
    const values = await readForm(c);
    const parsed = unitFormSchema.safeParse(values);
    if (!parsed.success) return editForm(c, found, values, fieldErrors(parsed.error), 400);
    try {
      await units.update(found.unit.id, parsed.data);
    } catch (error) {
      if (error instanceof UnitRejectedError) return editForm(c, found, values, error.fields, 400);
      throw error;
    }
    const moved = found.unit.parentId !== parsed.data.parentId;
    const path = (await units.findById(found.unit.id))?.path.join(' › ') ?? '';
    await audit.record({
      action: 'unit.updated',
      userId: staff.user.id,
      actor: staff.user.email,
      target: parsed.data.name,
      detail: moved ? unitsText.audit.movedTo(path) : path,
      requestId: requestIdOf(c),
    });
    return c.redirect(`${UNITS_PATH}/${found.unit.id}?tb=da-luu-don-vi`, 303);
  });

  app.post(`${UNITS_PATH}/:id/xoa`, guard.require('units.manage'), async (c) => {
    const staff = c.get('staff')!;
    const found = await findOr404(c);
    try {
      await units.remove(found.unit.id);
    } catch (error) {
      if (error instanceof UnitInUseError)
        return editForm(c, found, toFormValues(found.unit), { delete: error.message }, 409);
      throw error;
    }
    await audit.record({
      action: 'unit.deleted',
      userId: staff.user.id,
      actor: staff.user.email,
      target: found.unit.name,
      detail: found.unit.path.join(' › '),
      requestId: requestIdOf(c),
    });
    return c.redirect(`${UNITS_PATH}?tb=da-xoa-don-vi`, 303);
  });
}
