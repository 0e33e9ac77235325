// The period's synthesis as a Word file in the Party document layout the plan report uses
// (Hướng dẫn 36-HD/VPTW; margins per Decree 30/2020/NĐ-CP): issuing body top left, 'ĐẢNG CỘNG
// SẢN VIỆT NAM' and the date line top right, title, sections I–IV, the cases' table. A4 portrait.
// Its classification ("MẬT" when any report or case of it is Mật, else "NỘI BỘ") heads every page.
// The layout constants are copied from plans/exports (a module's exports are its own).
import {
  AlignmentType,
  Document,
  Header,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import { vietnamParts } from '../../platform/time/vietnam-time.js';
import type { SynthesisData } from './opinion-overview.js';
import { periodLabel } from './opinion.service.js';
import { type Classification, SEVERITIES } from './opinion.tables.js';
import { followUpLabels, opinionText, severityLabels } from './opinion.vi.js';

const t = opinionText.docx;
const FONT = 'Times New Roman';
const pt = (points: number) => points * 2;
const mm = (millimetres: number) => Math.round((millimetres * 1440) / 25.4);
const MARGIN_MM = { top: 20, bottom: 20, left: 30, right: 15 };
const TEXT_WIDTH = mm(210 - MARGIN_MM.left - MARGIN_MM.right);
const CASE_COLUMNS_MM = [10, 28, 40, 20, 25, 24, 18];
// Characters Word cannot hold in its XML (controls other than tab and line breaks, U+FFFE/U+FFFF).
const wordSafe = (text: string) =>
  [...text.normalize('NFC')]
    .filter((ch) => {
      const code = ch.codePointAt(0)!;
      return !((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffe || code === 0xffff);
    })
    .join('');

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;
type Align = (typeof AlignmentType)[keyof typeof AlignmentType];

function para(text: string, style: RunStyle = {}, alignment: Align = AlignmentType.JUSTIFIED, before = 0): Paragraph {
  const lines = wordSafe(text).split('\n');
  return new Paragraph({
    alignment,
    spacing: { before, after: 60 },
    children: lines.map((line, i) => new TextRun({ size: pt(13), ...style, text: line, break: i > 0 ? 1 : undefined })),
  });
}
const centred = (text: string, style: RunStyle, before = 0) => para(text, style, AlignmentType.CENTER, before);

function cell(children: Paragraph[], width: number, borders = true) {
  return new TableCell({
    children: children.length ? children : [new Paragraph({})],
    width: { size: width, type: WidthType.DXA },
    margins: borders ? { top: 40, bottom: 40, left: 80, right: 80 } : undefined,
  });
}

function dateLine(place: string, at: Date): string {
  const { year, month, day } = vietnamParts(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return t.dateLine(place, pad(day), month < 3 ? pad(month) : String(month), year);
}

function letterhead(head: Letterhead, at: Date): Table {
  const left = Math.round(TEXT_WIDTH * 0.45);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, TEXT_WIDTH - left],
    layout: TableLayoutType.FIXED,
    borders: TableBorders.NONE,
    rows: [
      new TableRow({
        children: [
          cell(
            [
              centred(head.parentIssuer, { size: pt(14) }),
              centred(head.issuer, { size: pt(14), bold: true }),
              centred('*', {}),
            ],
            left,
            false,
          ),
          cell(
            [
              centred(t.partyHeading, { size: pt(15), bold: true, underline: {} }),
              centred(dateLine(head.place, at), { size: pt(14), italics: true }, 120),
            ],
            TEXT_WIDTH - left,
            false,
          ),
        ],
      }),
    ],
  });
}

function casesTable(data: SynthesisData): Table {
  const widths = CASE_COLUMNS_MM.map(mm);
  const row = (texts: string[], bold = false) =>
    new TableRow({
      cantSplit: true,
      tableHeader: bold,
      children: texts.map((text, i) => cell([para(text, { size: pt(12), bold }, AlignmentType.LEFT)], widths[i]!)),
    });
  const cases = data.reports
    .flatMap((r) => r.cases.map((c) => ({ unit: r.unit_name, ...c })))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.occurred_on.localeCompare(b.occurred_on),
    );
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    rows: [
      row([...t.caseColumns], true),
      ...cases.map((c, i) =>
        row([
          String(i + 1),
          c.unit,
          c.title,
          severityLabels[c.severity],
          c.place,
          c.actions_taken,
          followUpLabels[c.follow_up],
        ]),
      ),
    ],
  });
}

/** The strictest classification among the period's reports and cases. */
export function classificationOf(data: SynthesisData): Classification {
  const all = data.reports.flatMap((r) => [r.classification, ...r.cases.map((c) => c.classification)]);
  return all.includes('mat') ? 'mat' : 'noi_bo';
}

function body(data: SynthesisData): Array<Paragraph | Table> {
  const filed = data.units.filter((u) => u.filedAt !== undefined);
  const missing = data.units.filter((u) => u.filedAt === undefined).map((u) => u.name);
  const heading = (text: string) => para(text, { bold: true }, AlignmentType.LEFT, 200);
  const parts: Array<Paragraph | Table> = [
    heading(t.general),
    para(t.generalLine(filed.length, data.units.length, filed.filter((u) => u.status === 'late').length)),
  ];
  if (missing.length > 0) parts.push(para(t.missingLine(missing.join('; '))));
  if (data.reports.length === 0) return [...parts, para(t.noReports)];
  parts.push(heading(t.members));
  for (const r of data.reports) parts.push(para(`${r.unit_name}: ${r.members_situation}`));
  parts.push(heading(t.opinion));
  for (const r of data.reports) {
    const topics = r.topics.split('\n').filter((line) => line.trim() !== '');
    parts.push(para(`${r.unit_name}: ${r.public_opinion}`));
    if (topics.length > 0) parts.push(para(t.topicsLine(topics.join('; ')), { italics: true }));
  }
  parts.push(heading(t.cases));
  const anyCase = data.reports.some((r) => r.cases.length > 0);
  parts.push(anyCase ? casesTable(data) : para(t.noCases));
  return parts;
}

export interface Letterhead {
  parentIssuer: string;
  issuer: string;
  place: string;
}

export async function buildSynthesisDocx(data: SynthesisData, head: Letterhead): Promise<Buffer> {
  const mark = t.marks[classificationOf(data)];
  const markHeader = () =>
    new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: mark, bold: true, size: pt(14) })],
        }),
      ],
    });
  const document = new Document({
    creator: head.issuer,
    title: `${t.title} ${periodLabel(data.periodKey)}`,
    styles: { default: { document: { run: { font: FONT, size: pt(13) } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: mm(210), height: mm(297) },
            margin: {
              top: mm(MARGIN_MM.top),
              bottom: mm(MARGIN_MM.bottom),
              left: mm(MARGIN_MM.left),
              right: mm(MARGIN_MM.right),
            },
          },
        },
        headers: { default: markHeader() },
        children: [
          letterhead(head, data.now),
          centred(t.title, { size: pt(15), bold: true }, 360),
          centred(t.subtitle(periodLabel(data.periodKey)), { size: pt(14), bold: true }),
          centred('-----', { size: pt(14) }),
          ...body(data),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
