// Reading the units sheet (.xlsx) with exceljs, and the blank template offered for download.
// The bytes are checked before exceljs sees them: it must be a ZIP (an .xlsx is one) that
// inflates, entry by entry and counted as it inflates, to a small whole, so neither garbage nor a
// zip bomb reaches the parser. Check and parse run on the worker pool when one is given.
import type ExcelJS from 'exceljs';
import { checkZip } from '../../platform/files/zip-check.js';
import { fold } from '../../platform/text/fold.js';
import { inlineWork, workerTask, type WorkPool } from '../../platform/workers/work-pool.js';
import type { SheetRow } from './unit-import.js';
import { unitsImportText } from './units-import.vi.js';

const say = unitsImportText.unreadable;

export const MAX_SHEET_BYTES = 2 * 1024 * 1024;
export const MAX_SHEET_ROWS = 2000;
// A sheet of 2,000 units with long names unpacks to ~0.7 MB in 16 parts; these leave ample room
// and stop bombs (and bound the parse that follows: ~40 MB of sheet XML costs exceljs ~1 s).
const ZIP_LIMITS = { maxEntries: 1_000, maxTotalBytes: 10 * 1024 * 1024 };

export const SHEET_COLUMNS = unitsImportText.columns;
type Column = keyof typeof SHEET_COLUMNS;
const REQUIRED: Column[] = ['name', 'parent', 'foundedOn'];

/** The file cannot be read as a units sheet; the message says why, in Vietnamese. */
export class UnreadableSheetError extends Error {}

const NOT_XLSX = say.notXlsx;

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

/**
 * The rows of the first worksheet, by the header names of its first non-empty row; empty rows
 * skipped. Throws UnreadableSheetError with the reason in Vietnamese.
 */
export async function readUnitSheet(data: Uint8Array, work: WorkPool = inlineWork): Promise<SheetRow[]> {
  const result = await work.run(parseSheetTask, data);
  if ('error' in result) throw new UnreadableSheetError(result.error);
  return result.rows;
}

/** Runs on a worker (so it answers with data, not a thrown error class, which would not cross). */
export async function parseUnitSheet(data: Uint8Array): Promise<{ rows: SheetRow[] } | { error: string }> {
  try {
    return { rows: await checkAndParse(data) };
  } catch (error) {
    if (error instanceof UnreadableSheetError) return { error: error.message };
    throw error;
  }
}

const parseSheetTask = workerTask(import.meta.url, 'parseUnitSheet', parseUnitSheet);

/** exceljs takes ~0.5 s and ~25 MB to load: only when a sheet is read or offered, not at every start. */
const loadExcel = async () => (await import('exceljs')).default;

async function checkAndParse(data: Uint8Array): Promise<SheetRow[]> {
  const zip = await checkZip(data, ZIP_LIMITS);
  if (!zip.ok && (zip.reason === 'not-zip' || zip.reason === 'unreadable')) throw new UnreadableSheetError(NOT_XLSX);
  if (!zip.ok) throw new UnreadableSheetError(say.tooBigUnzipped(ZIP_LIMITS.maxTotalBytes / 1024 / 1024));
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(data.buffer, data.byteOffset, data.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    throw new UnreadableSheetError(NOT_XLSX);
  }
  return rowsOf(workbook);
}

function rowsOf(workbook: ExcelJS.Workbook): SheetRow[] {
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new UnreadableSheetError(say.noWorksheet);
  if (sheet.actualRowCount > MAX_SHEET_ROWS + 1) throw new UnreadableSheetError(say.tooManyRows(MAX_SHEET_ROWS));

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
      const missing = REQUIRED.filter((c) => columns![c] === undefined).map((c) => say.quotedColumn(SHEET_COLUMNS[c]));
      if (missing.length > 0) {
        throw new UnreadableSheetError(say.missingColumns(rowNumber, missing.join(', ')));
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
    if (
      entry.name.trim() !== '' ||
      entry.parent.trim() !== '' ||
      entry.shortName.trim() !== '' ||
      entry.foundedOn !== null
    )
      rows.push(entry);
  });
  if (!columns) throw new UnreadableSheetError(say.empty);
  return rows;
}

/** A blank sheet with the header row, for admins to fill in. */
export async function buildUnitSheetTemplate(): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet(unitsImportText.templateSheet);
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
