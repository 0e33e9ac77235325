// Data file: demo content (Vietnamese words by nature), exempt from the text and size rules of check-shape.
// The demo organisation tree: the Bloc's Party Committee of Lào Cai and its grassroots party
// committees and cells, agencies first, then enterprises. The names follow the province's real
// bodies; the founding dates are invented for the demo (README says so). Created only with
// DEMO_CONTENT=1 when there is no unit yet.
import type { Role } from '../modules/accounts/index.js';
import type { UnitsService } from '../modules/units/index.js';
import { demoEnglishUnitNames } from './demo-english.js';

interface DemoUnit {
  name: string;
  shortName: string;
  /** dd/mm/yyyy, invented. */
  foundedOn: string;
  address?: string;
  phone?: string;
  cells?: DemoUnit[];
}

/** The unit the demo unit reporter (donvi@congtin.demo) belongs to. */
export const DEMO_REPORTER_UNIT = 'Đảng bộ Công ty Điện lực Lào Cai';

export const demoRoot: DemoUnit = {
  name: 'Đảng ủy Khối Cơ quan - Doanh nghiệp tỉnh Lào Cai',
  shortName: 'ĐU Khối',
  foundedOn: '18/11/2008',
  address: 'Phường Cốc Lếu, thành phố Lào Cai, tỉnh Lào Cai',
  phone: '0214 3840 321',
};

export const demoUnits: DemoUnit[] = [
  {
    name: 'Đảng bộ Văn phòng UBND tỉnh',
    shortName: 'ĐB VP UBND tỉnh',
    foundedOn: '12/10/1991',
    cells: [
      { name: 'Chi bộ Phòng Tổng hợp', shortName: 'CB Tổng hợp VP UBND', foundedOn: '20/03/1995' },
      { name: 'Chi bộ Trung tâm Phục vụ hành chính công', shortName: 'CB TT Hành chính công', foundedOn: '15/06/2019' },
    ],
  },
  { name: 'Đảng bộ Sở Tài chính', shortName: 'ĐB Sở Tài chính', foundedOn: '15/10/1991' },
  { name: 'Chi bộ Sở Tư pháp', shortName: 'CB Sở Tư pháp', foundedOn: '20/11/1991' },
  { name: 'Chi bộ Sở Nội vụ', shortName: 'CB Sở Nội vụ', foundedOn: '05/11/1991' },
  { name: 'Đảng bộ Sở Kế hoạch và Đầu tư', shortName: 'ĐB Sở KH&ĐT', foundedOn: '22/10/1991' },
  {
    name: 'Đảng bộ Sở Giáo dục và Đào tạo',
    shortName: 'ĐB Sở GD&ĐT',
    foundedOn: '03/12/1991',
    cells: [
      { name: 'Chi bộ Văn phòng Sở Giáo dục và Đào tạo', shortName: 'CB VP Sở GD&ĐT', foundedOn: '10/01/1992' },
      { name: 'Chi bộ Phòng Giáo dục Trung học', shortName: 'CB Phòng GD Trung học', foundedOn: '14/09/2001' },
    ],
  },
  { name: 'Đảng bộ Sở Y tế', shortName: 'ĐB Sở Y tế', foundedOn: '10/01/1992' },
  {
    name: 'Đảng bộ Bệnh viện Đa khoa tỉnh',
    shortName: 'ĐB BVĐK tỉnh',
    foundedOn: '27/02/1992',
    cells: [
      { name: 'Chi bộ Khối Nội', shortName: 'CB Khối Nội BVĐK', foundedOn: '16/04/1993' },
      { name: 'Chi bộ Khối Ngoại', shortName: 'CB Khối Ngoại BVĐK', foundedOn: '16/04/1993' },
    ],
  },
  { name: 'Chi bộ Sở Văn hóa, Thể thao và Du lịch', shortName: 'CB Sở VHTTDL', foundedOn: '08/01/1992' },
  { name: 'Đảng bộ Đài Phát thanh - Truyền hình tỉnh', shortName: 'ĐB Đài PT-TH', foundedOn: '08/04/1992' },
  { name: 'Chi bộ Báo Lào Cai', shortName: 'CB Báo Lào Cai', foundedOn: '21/06/1992' },
  { name: 'Đảng bộ Bảo hiểm xã hội tỉnh', shortName: 'ĐB BHXH tỉnh', foundedOn: '25/07/1996' },
  {
    name: DEMO_REPORTER_UNIT,
    shortName: 'ĐB Điện lực Lào Cai',
    foundedOn: '21/12/1991',
    address: 'Phường Kim Tân, thành phố Lào Cai, tỉnh Lào Cai',
    cells: [
      { name: 'Chi bộ Điện lực thành phố Lào Cai', shortName: 'CB Điện lực TP Lào Cai', foundedOn: '02/03/1994' },
      { name: 'Chi bộ Điện lực Sa Pa', shortName: 'CB Điện lực Sa Pa', foundedOn: '11/07/1997' },
    ],
  },
  { name: 'Đảng bộ Viễn thông Lào Cai', shortName: 'ĐB Viễn thông Lào Cai', foundedOn: '12/06/1997' },
  { name: 'Đảng bộ Công ty Cổ phần Cấp nước Lào Cai', shortName: 'ĐB Cấp nước Lào Cai', foundedOn: '30/08/1993' },
  { name: 'Đảng bộ Agribank chi nhánh tỉnh Lào Cai', shortName: 'ĐB Agribank Lào Cai', foundedOn: '14/05/1992' },
  {
    name: 'Chi bộ Ngân hàng TMCP Đầu tư và Phát triển chi nhánh Lào Cai',
    shortName: 'CB BIDV Lào Cai',
    foundedOn: '09/09/1993',
  },
  {
    name: 'Đảng bộ Công ty Cổ phần Xây dựng và Quản lý đường bộ Lào Cai',
    shortName: 'ĐB Đường bộ Lào Cai',
    foundedOn: '17/03/1995',
  },
];

const iso = (vn: string) => vn.split('/').reverse().join('-');

/** Creates the demo tree when there is no unit yet; returns whether it did. */
export async function seedDemoUnits(units: UnitsService): Promise<boolean> {
  if ((await units.listTree()).length > 0) return false;
  const add = async (unit: DemoUnit, parentId: number | null, position: number) => {
    const id = await units.create({
      parentId,
      name: unit.name,
      shortName: unit.shortName,
      nameEn: demoEnglishUnitNames[unit.name] ?? '',
      foundedOn: iso(unit.foundedOn),
      address: unit.address ?? '',
      phone: unit.phone ?? '',
      email: '',
      position,
    });
    for (const [i, cell] of (unit.cells ?? []).entries()) await add(cell, id, (i + 1) * 10);
    return id;
  };
  const rootId = await add(demoRoot, null, 10);
  // Agencies first, then enterprises, in the order listed; spaced by ten for later insertions.
  for (const [i, unit] of demoUnits.entries()) await add(unit, rootId, (i + 1) * 10);
  return true;
}

/**
 * The demo accounts placed in their units (when those exist): the unit reporter in
 * DEMO_REPORTER_UNIT, the leader in the Bloc's committee (the root), whose reminders they read.
 */
export async function placeDemoAccounts<T extends { roles: Role[] }>(
  accounts: T[],
  units: UnitsService,
): Promise<Array<T & { unitId: number | null }>> {
  const tree = await units.listTree();
  const reporterUnit = tree.find((u) => u.name === DEMO_REPORTER_UNIT)?.id ?? null;
  const rootUnit = tree.find((u) => u.parentId === null)?.id ?? null;
  const unitOf = (roles: Role[]) =>
    roles.includes('unit_reporter') ? reporterUnit : roles.includes('leader') ? rootUnit : null;
  return accounts.map((a) => ({ ...a, unitId: unitOf(a.roles) }));
}
