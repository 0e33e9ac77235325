// /quan-tri/don-vi: the admin keeps the organisation tree (add, edit, move, delete: unit-form.admin.tsx)
// and imports units from an .xlsx sheet (units-import.admin.tsx). Every change is audited.
import type { Hono } from 'hono';
import type { WorkPool } from '../../platform/workers/work-pool.js';
import type { AuditLog, StaffFrame, StaffGuard } from '../accounts/index.js';
import { mountUnitCreation, mountUnitEditing } from './unit-form.admin.js';
import { mountUnitImport } from './units-import.admin.js';
import type { UnitsService } from './units.service.js';
import { unitsText as t } from './units.vi.js';
import { UNITS_PATH } from './views/units-pages.js';

export { capUnitImports } from './units-import.admin.js';

export function mountUnitsAdmin(
  app: Hono,
  deps: { units: UnitsService; guard: StaffGuard; frame: StaffFrame; audit: AuditLog; work: WorkPool },
) {
  deps.frame.addSection({
    href: UNITS_PATH,
    label: t.section.label,
    hint: t.section.hint,
    permission: 'units.manage',
    order: 60,
  });
  deps.frame.addFlashes({
    'da-tao-don-vi': { kind: 'ok', text: t.flashes.created },
    'da-luu-don-vi': { kind: 'ok', text: t.flashes.saved },
    'da-xoa-don-vi': { kind: 'ok', text: t.flashes.deleted },
    'da-nhap-don-vi': { kind: 'ok', text: t.flashes.imported },
  });
  // In this order: /moi and /nhap are matched before /:id.
  mountUnitCreation(app, deps);
  mountUnitImport(app, deps);
  mountUnitEditing(app, deps);
}
