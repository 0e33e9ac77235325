// The progress report as a spreadsheet: the same header, title and table as the Word file, on one
// sheet that prints on A4 landscape, one page wide. Every value is written as text (numFmt '@'):
// deadlines stay '05/03/2023' as typed, never Excel dates, and typed text is never a formula.
import type ExcelJS from 'exceljs';
import { neutraliseFormula } from './neutralise-formula.js';
import {
  PARTY_HEADING,
  REPORT_COLUMNS,
  cleanText,
  formatReportDateLine,
  formatSummaryLine,
  splitLines,
  taskCells,
  toRomanNumeral,
  type PlanReportData,
} from './plan-report.js';
import { planReportText } from './plan-report.vi.js';

export const SHEET_NAME = planReportText.sheetName;

// Character widths chosen so the longest usual values ('ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP',
// 'Hoàn thành đúng hạn', 'Hằng tháng (ngày 25)') fit on one or two lines in Times New Roman 12.
const COLUMN_WIDTHS = [6, 46, 24, 26, 16, 11, 11, 18, 24];
const LAST_COLUMN = REPORT_COLUMNS.length;
/** The header block's two halves (columns A–C and E–I), as the Word file's borderless two-column table. */
const LEFT = [1, 3] as const;
const RIGHT = [5, LAST_COLUMN] as const;
const FONT = 'Times New Roman';
const TABLE_PT = 12;
const MM_PER_INCH = 25.4;

type Cell = ExcelJS.Cell;
type Font = Partial<ExcelJS.Font>;

const thin: Partial<ExcelJS.Border> = { style: 'thin' };
const allBorders: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Every value passes here: NFC, nothing XML cannot carry, formula-like text neutralised, one kind of line break. */
function writeText(cell: Cell, text: string, font: Font, alignment: Partial<ExcelJS.Alignment>): void {
  cell.value = splitLines(neutraliseFormula(cleanText(text))).join('\n');
  cell.numFmt = '@';
  cell.font = { name: FONT, size: TABLE_PT, ...font };
  cell.alignment = { wrapText: true, vertical: 'middle', ...alignment };
}

// Excel does not grow a row to fit wrapped text in a file it did not lay out itself (and never for
// merged cells), so the height is estimated from the text: otherwise long tasks print cut off.
function estimateRowHeight(texts: string[], widths: number[], pt: number): number {
  let lines = 1;
  texts.forEach((text, i) => {
    const perLine = Math.max(1, Math.floor((widths[i] ?? 10) * (12 / pt)) - 1);
    const count = splitLines(text).reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
    lines = Math.max(lines, count);
  });
  return Math.ceil(lines * pt * 1.3 + 4);
}

function spanWidth(from: number, to: number): number {
  return COLUMN_WIDTHS.slice(from - 1, to).reduce((a, b) => a + b, 0);
}

function writeMerged(
  sheet: ExcelJS.Worksheet,
  row: number,
  [from, to]: readonly [number, number],
  text: string,
  font: Font,
  alignment: Partial<ExcelJS.Alignment> = { horizontal: 'center' },
): void {
  sheet.mergeCells(row, from, row, to);
  writeText(sheet.getCell(row, from), text, font, alignment);
}

function writeHeader(sheet: ExcelJS.Worksheet, data: PlanReportData): number {
  writeMerged(sheet, 1, LEFT, data.parentIssuer, { size: 13 });
  writeMerged(sheet, 1, RIGHT, PARTY_HEADING, { size: 14, bold: true, underline: true });
  writeMerged(sheet, 2, LEFT, data.issuer, { size: 13, bold: true });
  writeMerged(sheet, 2, RIGHT, formatReportDateLine(data.place, data.date), { size: 13, italic: true });
  writeMerged(sheet, 3, LEFT, '*', { size: 13 });

  const full = [1, LAST_COLUMN] as const;
  const fullWidth = spanWidth(1, LAST_COLUMN);
  writeMerged(sheet, 5, full, data.title, { size: 14, bold: true });
  writeMerged(sheet, 6, full, data.subtitle, { size: 13, bold: true });
  sheet.getRow(6).height = estimateRowHeight([cleanText(data.subtitle)], [fullWidth], 13);
  const summary = formatSummaryLine(data.summary);
  writeMerged(sheet, 7, full, summary, { size: 13 }, { horizontal: 'left' });
  sheet.getRow(7).height = estimateRowHeight([summary], [fullWidth], 13);
  return 9;
}

function writeTable(sheet: ExcelJS.Worksheet, data: PlanReportData, headerRow: number): number {
  const header = sheet.getRow(headerRow);
  REPORT_COLUMNS.forEach((column, i) => {
    const cell = header.getCell(i + 1);
    writeText(cell, column.label, { bold: true }, { horizontal: 'center' });
    cell.border = allBorders;
  });
  header.height = 20;

  let row = headerRow;
  data.groups.forEach((group, g) => {
    row += 1;
    const groupRow = sheet.getRow(row);
    writeText(groupRow.getCell(1), toRomanNumeral(g + 1), { bold: true }, { horizontal: 'center' });
    sheet.mergeCells(row, 2, row, LAST_COLUMN);
    writeText(groupRow.getCell(2), group.name, { bold: true }, { horizontal: 'left' });
    groupRow.height = estimateRowHeight([group.name], [spanWidth(2, LAST_COLUMN)], TABLE_PT);
    for (let c = 1; c <= LAST_COLUMN; c += 1) groupRow.getCell(c).border = allBorders;

    for (const task of group.tasks) {
      row += 1;
      const taskRow = sheet.getRow(row);
      const cells = taskCells(task);
      cells.forEach((text, i) => {
        const cell = taskRow.getCell(i + 1);
        const centred = i === 0 || (i >= 4 && i <= 6);
        writeText(cell, text, {}, { horizontal: centred ? 'center' : 'left', vertical: 'top' });
        cell.border = allBorders;
      });
      taskRow.height = estimateRowHeight(cells.map(cleanText), COLUMN_WIDTHS, TABLE_PT);
    }
  });
  return row;
}

function writeSigner(sheet: ExcelJS.Worksheet, signer: NonNullable<PlanReportData['signer']>, afterRow: number): void {
  let row = afterRow + 2;
  for (const line of splitLines(cleanText(signer.title))) {
    writeMerged(sheet, row, RIGHT, line, { size: 13, bold: true });
    row += 1;
  }
  row += 4; // room for the signature and the seal
  writeMerged(sheet, row, RIGHT, signer.name, { size: 13, bold: true });
}

const inches = (mm: number) => mm / MM_PER_INCH;

export async function buildPlanReportXlsx(data: PlanReportData): Promise<Buffer> {
  // exceljs takes ~0.5 s and ~25 MB to load: only when a sheet is made, not at every start.
  const { Workbook } = (await import('exceljs')).default;
  const workbook = new Workbook();
  workbook.creator = cleanText(data.issuer);
  workbook.title = cleanText(data.title);
  // The report date, not "now": the same report exported twice is the same file.
  workbook.created = data.date;
  workbook.modified = data.date;

  const sheet = workbook.addWorksheet(SHEET_NAME, {
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0, // as many pages tall as the table needs
      horizontalCentered: true,
      // Decree 30/2020/NĐ-CP margins, as in the Word file.
      margins: {
        top: inches(20),
        bottom: inches(20),
        left: inches(30),
        right: inches(15),
        header: inches(8),
        footer: inches(8),
      },
    },
    headerFooter: { oddFooter: planReportText.sheetFooter },
  });
  sheet.columns = COLUMN_WIDTHS.map((width) => ({ width }));

  const headerRow = writeHeader(sheet, data);
  const lastRow = writeTable(sheet, data, headerRow);
  if (data.signer) writeSigner(sheet, data.signer, lastRow);

  sheet.views = [
    {
      state: 'frozen',
      xSplit: 0,
      ySplit: headerRow,
      topLeftCell: `A${headerRow + 1}`,
      activeCell: `A${headerRow + 1}`,
    },
  ];
  sheet.pageSetup.printTitlesRow = `${headerRow}:${headerRow}`;

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
