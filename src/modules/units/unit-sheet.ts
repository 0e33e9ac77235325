// Reading the units sheet (.xlsx) with exceljs, and the blank template offered for download.
// The bytes are checked before exceljs sees them: it must be a ZIP (an .xlsx is one) whose
// declared contents stay small, so neither garbage nor a zip bomb reaches the parser.
import ExcelJS from 'exceljs';
import { fold } from '../../platform/text/fold.js';
import type { SheetRow } from './unit-import.js';

export const MAX_SHEET_BYTES = 2 * 1024 * 1024;
export const MAX_SHEET_ROWS = 2000;
// A real sheet of 2,000 units unpacks to well under 5 MB; this leaves room and stops bombs.
const MAX_UNPACKED_BYTES = 50 * 1024 * 1024;

export const SHEET_COLUMNS = { name: 'Tên đơn vị', parent: 'Trực thuộc', foundedOn: 'Ngày thành lập', shortName: 'Tên viết tắt' } as const;
type Column = keyof typeof SHEET_COLUMNS;
const REQUIRED: Column[] = ['name', 'parent', 'foundedOn'];

/** The file cannot be read as a units sheet; the message says why, in Vietnamese. */
export class UnreadableSheetError extends Error {}

const NOT_XLSX = 'Tệp tải lên không phải bảng tính Excel (.xlsx). Hãy lưu bảng tính dưới dạng “Excel Workbook (.xlsx)” rồi tải lên lại.';

/** Sum of the uncompressed sizes the ZIP's central directory declares, or undefined when it has none. */
function declaredUnpackedSize(bytes: Buffer): number | undefined {
  // The end-of-central-directory record sits in the last 22 bytes plus an optional comment.
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (bytes.readUInt32LE(at) !== 0x06054b50) continue;
    const entries = bytes.readUInt16LE(at + 10);
    let entry = bytes.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (entry + 46 > bytes.length || bytes.readUInt32LE(entry) !== 0x02014b50) return undefined;
      // 0xFFFFFFFF means "see the ZIP64 record": no sheet this small needs one.
      const size = bytes.readUInt32LE(entry + 24);
      total += size === 0xffffffff ? Infinity : size;
      entry += 46 + bytes.readUInt16LE(entry + 28) + bytes.readUInt16LE(entry + 30) + bytes.readUInt16LE(entry + 32);
    }
    return total;
  }
  return undefined;
}

type Cell = ExcelJS.CellValue;

function isDateCell(value: Cell): Date | undefined {
  if (value instanceof Date) return value;
  if (value && typeof value === 'object' && 'result' in value && value.result instanceof Date) return value.result;
  return undefined;
}

function cellText(value: Cell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return String(value.text ?? '');
  if ('result' in value) return cellText(value.result as Cell);
  return '';
}

const headerKey = (text: string) => fold(text.normalize('NFC')).replace(/\s+/g, ' ').trim();

/** The rows of the first worksheet, by the header names of its first non-empty row; empty rows skipped. */
export async function readUnitSheet(data: Uint8Array): Promise<SheetRow[]> {
  const bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (bytes.length < 22 || bytes.readUInt32LE(0) !== 0x04034b50) throw new UnreadableSheetError(NOT_XLSX);
  const unpacked = declaredUnpackedSize(bytes);
  if (unpacked === undefined) throw new UnreadableSheetError(NOT_XLSX);
  if (unpacked > MAX_UNPACKED_BYTES) throw new UnreadableSheetError('Bảng tính quá lớn khi giải nén: hãy chỉ giữ danh sách đơn vị trong tệp.');
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableSheetError(NOT_XLSX);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableSheetError('Bảng tính không có trang tính nào.');
  if (sheet.actualRowCount > MAX_SHEET_ROWS + 1) throw new UnreadableSheetError(`Mỗi lần nhập tối đa ${MAX_SHEET_ROWS} đơn vị; hãy chia tệp thành nhiều phần.`);

  let columns: Partial<Record<Column, number>> | undefined;
  const rows: SheetRow[] = [];
  sheet.eachRow((row, rowNumber) => {
    const values = row.values as Cell[];
    if (!columns) {
      const wanted = new Map((Object.keys(SHEET_COLUMNS) as Column[]).map((c) => [headerKey(SHEET_COLUMNS[c]), c]));
      columns = {};
      values.forEach((value, index) => {
        const column = wanted.get(headerKey(cellText(value)));
        if (column && columns![column] === undefined) columns![column] = index;
      });
      const missing = REQUIRED.filter((c) => columns![c] === undefined).map((c) => `“${SHEET_COLUMNS[c]}”`);
      if (missing.length > 0) {
        throw new UnreadableSheetError(`Dòng ${rowNumber} (dòng tiêu đề) thiếu cột ${missing.join(', ')}. Dòng tiêu đề cần các cột “Tên đơn vị”, “Trực thuộc”, “Ngày thành lập” và có thể thêm “Tên viết tắt”.`);
      }
      return;
    }
    const at = (c: Column) => (columns![c] === undefined ? null : values[columns![c]!]);
    const founded = at('foundedOn');
    const entry: SheetRow = {
      row: rowNumber,
      name: cellText(at('name')),
      parent: cellText(at('parent')),
      shortName: cellText(at('shortName')),
      foundedOn: isDateCell(founded) ?? (cellText(founded).trim() === '' ? null : cellText(founded)),
    };
    if (entry.name.trim() !== '' || entry.parent.trim() !== '' || entry.shortName.trim() !== '' || entry.foundedOn !== null) rows.push(entry);
  });
  if (!columns) throw new UnreadableSheetError('Bảng tính trống: hãy điền dòng tiêu đề và danh sách đơn vị.');
  return rows;
}

/** A blank sheet with the header row, for admins to fill in. */
export async function buildUnitSheetTemplate(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Đơn vị');
  sheet.columns = [
    { header: SHEET_COLUMNS.name, width: 48 },
    { header: SHEET_COLUMNS.parent, width: 40 },
    { header: SHEET_COLUMNS.foundedOn, width: 18 },
    { header: SHEET_COLUMNS.shortName, width: 24 },
  ];
  sheet.getRow(1).font = { bold: true };
  // Text, not a date cell: "05/03/1948" stays as typed whatever the spreadsheet's locale.
  sheet.getColumn(3).numFmt = '@';
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
