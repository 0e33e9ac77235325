// Units ("Đơn vị"): the organisation tree, from the Bloc's Party Committee (the single root) down
// to grassroots party committees and cells, any depth, with short names, founding dates and
// contacts. Rules: names are unique among siblings (case aside) and NFC; a unit never moves under
// itself or its subunits; a unit with subunits, members or tasks is never deleted; an .xlsx
// import adds every row or none. The plan tracker assigns tasks to units; a unit reporter
// belongs to one (users.unit_id). Nothing is cached in memory, so several nodes agree.
export {
  createUnits,
  UnitImportRejectedError,
  UnitInUseError,
  UnitRejectedError,
  type UnitInput,
  type UnitsService,
} from './units.service.js';
export type { Unit, UnitNode } from './unit-tree.js';
export { capUnitImports, mountUnitsAdmin } from './units.admin.js';
export { mountUnitsApi } from './units.api.js';
export { joinUnitName, readUnitsStamp } from './unit-names.js';
