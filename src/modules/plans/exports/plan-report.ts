// What a plan's progress report says, shared by the .xlsx and .docx writers so both files carry the
// same words (their wording is in plan-report.vi.ts).
import { formatNumber } from '../../../platform/i18n/format.js';
import { vietnamParts } from '../../../platform/time/vietnam-time.js';
import { planReportText as text } from './plan-report.vi.js';

export interface PlanReportTask {
  /** '1', '1.1' */
  no: string;
  title: string;
  leadUnit: string;
  coordinators: string[];
  /** Already written for people: '05/03/2023', 'Hằng tháng (ngày 25)', 'Hằng ngày'. */
  deadline: string;
  /** '03 lớp', or '' when the task has no numeric target. */
  target: string;
  actual: string;
  /** 'Hoàn thành đúng hạn', … */
  status: string;
  note: string;
}

export interface PlanReportGroup {
  /** 'Công tác học tập, bồi dưỡng' */
  name: string;
  tasks: PlanReportTask[];
}

export interface PlanReportSummary {
  total: number;
  doneOnTime: number;
  doneLate: number;
  overdue: number;
  inProgress: number;
  notDue: number;
}

export interface PlanReportData {
  /** The issuing body's parent line and name, upper case in the header, e.g. 'ĐẢNG BỘ TỈNH LÀO CAI' and 'ĐẢNG ỦY KHỐI CƠ QUAN - DOANH NGHIỆP'. */
  parentIssuer: string;
  issuer: string;
  /** 'Lào Cai' */
  place: string;
  /** The report date; the date line shows its calendar day in Vietnam. */
  date: Date;
  /** 'BÁO CÁO TIẾN ĐỘ THỰC HIỆN KẾ HOẠCH' */
  title: string;
  /** 'Kế hoạch số 132/KH-ĐUK ngày 10/01/2023 của Ban Thường vụ Đảng ủy Khối về …' */
  subtitle: string;
  groups: PlanReportGroup[];
  summary: PlanReportSummary;
  /** title may hold several lines separated by '\n', e.g. 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ'. */
  signer?: { title: string; name: string };
}

export const PARTY_HEADING = text.partyHeading;

/** The table's columns; `widthMm` is the share of the A4 landscape text width (297 − 30 − 15 mm) in the .docx. */
export const REPORT_COLUMNS = [
  { label: text.columns.no, widthMm: 11 },
  { label: text.columns.task, widthMm: 62 },
  { label: text.columns.leadUnit, widthMm: 32 },
  { label: text.columns.coordinators, widthMm: 33 },
  { label: text.columns.deadline, widthMm: 24 },
  { label: text.columns.target, widthMm: 18 },
  { label: text.columns.actual, widthMm: 18 },
  { label: text.columns.status, widthMm: 26 },
  { label: text.columns.note, widthMm: 28 },
] as const;

/** One table row's cells, in column order. */
export function taskCells(task: PlanReportTask): string[] {
  return [
    task.no,
    task.title,
    task.leadUnit,
    task.coordinators.join(', '),
    task.deadline,
    task.target,
    task.actual,
    task.status,
    task.note,
  ];
}

// Decree 30/2020/NĐ-CP (Appendix I) and Hướng dẫn 36-HD/VPTW write a zero before days 1–9 and months
// 1–2 only ("ngày 05 tháng 01", "ngày 03 tháng 4"): a stray 1 or 2 written in front of them later would
// otherwise turn a date into another real one (5 → 15, 1 → 11), while no month 13 or 33 exists.
const pad = (n: number) => String(n).padStart(2, '0');

/** 'Lào Cai, ngày 28 tháng 11 năm 2026' for the Vietnam calendar day of `date`. */
export function formatReportDateLine(place: string, date: Date): string {
  const { year, month, day } = vietnamParts(date);
  const monthText = month < 3 ? pad(month) : String(month);
  return cleanText(text.dateLine(place, pad(day), monthText, year));
}

export function formatSummaryLine(summary: PlanReportSummary): string {
  const n = formatNumber;
  return text.summaryLine({
    total: n(summary.total),
    doneOnTime: n(summary.doneOnTime),
    doneLate: n(summary.doneLate),
    overdue: n(summary.overdue),
    inProgress: n(summary.inProgress),
    notDue: n(summary.notDue),
  });
}

const ROMAN = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
] as const;

/** Group rows are numbered I, II, III… as Vietnamese tables number their sections. */
export function toRomanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
}

// XML 1.0 (both formats are zipped XML) forbids these characters. exceljs and docx drop them when
// they write, but the spreadsheet must drop them first: '\u0001=1+1' would pass the formula check and
// then reach the file as '=1+1'.
const XML_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** NFC text with nothing in it that XML cannot carry. Line breaks are kept as they were typed. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(XML_FORBIDDEN, '');
}

/** Lines of a cleaned text, whatever line endings it was typed with. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}
