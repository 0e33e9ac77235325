// Word and Excel files of a plan's progress report. Pure: the plans module gathers the figures into a
// PlanReportData (statuses already computed, dates already written as text) and gets a file back.
// Rules kept: text is NFC; spreadsheet cells never hold a formula or an Excel date; the layout is
// that of a Party document (Hướng dẫn 36-HD/VPTW, Decree 30/2020/NĐ-CP).
export type { PlanReportData, PlanReportGroup, PlanReportSummary, PlanReportTask } from './plan-report.js';
export { buildPlanReportDocx } from './plan-report-docx.js';
export { buildPlanReportXlsx } from './plan-report-xlsx.js';
export { neutraliseFormula } from './neutralise-formula.js';
