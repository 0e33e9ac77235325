// The progress report as a Word file, laid out as a Party document (Hướng dẫn 36-HD/VPTW; margins
// and date line per Decree 30/2020/NĐ-CP): issuing body top left, 'ĐẢNG CỘNG SẢN VIỆT NAM' and the
// date line top right, title, the task table, the signer at the right. A4 landscape, because nine
// columns do not fit a portrait page at a readable size. Text stays exactly as typed: a Word table
// does not evaluate '=…', so nothing is neutralised here.
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
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

const FONT = 'Times New Roman';
/** Half-points, as Word counts font sizes. */
const pt = (points: number) => points * 2;
const BODY_PT = 13;
const TABLE_PT = 12;
// docx's own convertMillimetersToTwip rounds down (A4 would come out 1 twip short of Word's 11906 × 16838).
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const A4 = { width: mm(210), height: mm(297) };
const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 };
const TEXT_WIDTH_MM = 297 - MARGIN_MM.left - MARGIN_MM.right;
const COLUMN_TWIPS = REPORT_COLUMNS.map((c) => mm(c.widthMm));
const CELL_MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

/** A typed line break becomes a Word line break; Word would show a raw '\n' as nothing at all. */
function runs(text: string, style: RunStyle): TextRun[] {
  return splitLines(cleanText(text)).map(
    (line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : undefined }),
  );
}

function para(
  text: string,
  style: RunStyle,
  alignment: Align = AlignmentType.CENTER,
  spacing?: { before?: number; after?: number },
): Paragraph {
  return new Paragraph({ alignment, spacing, children: runs(text, style) });
}

function borderlessTwoColumns(left: Paragraph[], right: Paragraph[], leftShare: number): Table {
  const total = mm(TEXT_WIDTH_MM);
  const leftWidth = Math.round(total * leftShare);
  const cell = (children: Paragraph[], width: number) =>
    new TableCell({
      children: children.length ? children : [new Paragraph({})],
      width: { size: width, type: WidthType.DXA },
    });
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [leftWidth, total - leftWidth],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [new TableRow({ children: [cell(left, leftWidth), cell(right, total - leftWidth)] })],
  });
}

function headerBlock(data: PlanReportData): Table {
  return borderlessTwoColumns(
    [
      para(data.parentIssuer, { size: pt(14) }),
      para(data.issuer, { size: pt(14), bold: true }),
      para('*', { size: pt(14) }),
    ],
    [
      para(PARTY_HEADING, { size: pt(15), bold: true, underline: {} }),
      para(formatReportDateLine(data.place, data.date), { size: pt(14), italics: true }, AlignmentType.CENTER, {
        before: 120,
      }),
    ],
    0.45,
  );
}

function tableCell(text: string, style: RunStyle, alignment: Align, width: number, columnSpan?: number): TableCell {
  return new TableCell({
    children: [para(text, { size: pt(TABLE_PT), ...style }, alignment)],
    width: { size: width, type: WidthType.DXA },
    columnSpan,
    margins: CELL_MARGINS,
    verticalAlign: VerticalAlignTable.CENTER,
  });
}

function taskTable(data: PlanReportData): Table {
  const header = new TableRow({
    tableHeader: true, // repeated at the top of every page
    cantSplit: true,
    children: REPORT_COLUMNS.map((c, i) => tableCell(c.label, { bold: true }, AlignmentType.CENTER, COLUMN_TWIPS[i]!)),
  });
  const rows = [header];
  const restWidth = COLUMN_TWIPS.slice(1).reduce((a, b) => a + b, 0);
  data.groups.forEach((group, g) => {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          tableCell(toRomanNumeral(g + 1), { bold: true }, AlignmentType.CENTER, COLUMN_TWIPS[0]!),
          tableCell(group.name, { bold: true }, AlignmentType.LEFT, restWidth, REPORT_COLUMNS.length - 1),
        ],
      }),
    );
    for (const task of group.tasks) {
      const children = taskCells(task).map((text, i) => {
        const centred = i === 0 || (i >= 4 && i <= 6);
        return tableCell(text, {}, centred ? AlignmentType.CENTER : AlignmentType.LEFT, COLUMN_TWIPS[i]!);
      });
      rows.push(new TableRow({ children }));
    }
  });
  return new Table({
    width: { size: COLUMN_TWIPS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: COLUMN_TWIPS,
    layout: TableLayoutType.FIXED,
    rows,
  });
}

function signerBlock(signer: NonNullable<PlanReportData['signer']>): Table {
  const lines = splitLines(cleanText(signer.title)).map((line) => para(line, { size: pt(14), bold: true }));
  const room = Array.from({ length: 4 }, () => new Paragraph({})); // for the signature and the seal
  return borderlessTwoColumns([], [...lines, ...room, para(signer.name, { size: pt(14), bold: true })], 0.5);
}

// Decree 30 and Hướng dẫn 36 number pages at the top centre from the second page on.
function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: pt(BODY_PT) })],
      }),
    ],
  });
}

export async function buildPlanReportDocx(data: PlanReportData): Promise<Buffer> {
  const children: Array<Paragraph | Table> = [
    headerBlock(data),
    para(data.title, { size: pt(15), bold: true }, AlignmentType.CENTER, { before: 360 }),
    para(data.subtitle, { size: pt(14), bold: true }),
    para('-----', { size: pt(14) }, AlignmentType.CENTER, { after: 240 }),
    para(formatSummaryLine(data.summary), { size: pt(BODY_PT) }, AlignmentType.JUSTIFIED, { after: 240 }),
    taskTable(data),
  ];
  if (data.signer) children.push(new Paragraph({ spacing: { before: 240 } }), signerBlock(data.signer));

  const document = new Document({
    creator: cleanText(data.issuer),
    title: cleanText(data.title),
    styles: { default: { document: { run: { font: FONT, size: pt(BODY_PT) } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            // Given in portrait terms: docx swaps width and height for a landscape section.
            size: { ...A4, orientation: PageOrientation.LANDSCAPE },
            margin: {
              top: mm(MARGIN_MM.top),
              bottom: mm(MARGIN_MM.bottom),
              left: mm(MARGIN_MM.left),
              right: mm(MARGIN_MM.right),
            },
          },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
