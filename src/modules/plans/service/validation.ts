// The checks of what pages and the API send, before anything is written: each refuses with every
// field's Vietnamese message at once (VALIDATION_FAILED).
import { BadRequestError } from '../../../platform/http/errors.js';
import { normalizeText } from '../../../platform/text/fold.js';
import { vietnamDay } from '../../../platform/time/vietnam-time.js';
import type { Db } from '../../../database.js';
import * as q from '../plans.queries.js';
import { listOccurrences, occurrenceFor, recurrenceProblem } from '../task-status.js';
import type { Plan, PlanInput, ProgrammeInput, ReportInput, TaskInput, TaskView } from '../plans.types.js';
import { recurrenceOf, taskColumns } from './row-mapping.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function refuseIfAny(fields: Record<string, string>) {
  if (Object.keys(fields).length > 0) throw new BadRequestError('VALIDATION_FAILED', fields);
}

export async function validateProgramme(db: Db, input: ProgrammeInput, exceptId?: number) {
  const fields: Record<string, string> = {};
  if (!input.number.trim()) fields.number = 'Hãy nhập số hiệu đề án, ví dụ 17-ĐA/TU.';
  else if (await q.isProgrammeNumberTaken(db, normalizeText(input.number).trim(), exceptId))
    fields.number = 'Đã có đề án mang số hiệu này.';
  if (!input.title.trim()) fields.title = 'Hãy nhập tên đề án.';
  if (input.issuedOn !== null && !DATE.test(input.issuedOn)) fields.issuedOn = 'Ngày ban hành không hợp lệ.';
  if (!(input.startYear >= 2000 && input.startYear <= 2100)) fields.startYear = 'Năm bắt đầu không hợp lệ.';
  if (!(input.endYear >= input.startYear && input.endYear <= 2100))
    fields.endYear = 'Năm kết thúc phải từ năm bắt đầu trở đi.';
  refuseIfAny(fields);
}

export async function validatePlan(db: Db, input: PlanInput, exceptId?: number) {
  const fields: Record<string, string> = {};
  if (!input.number.trim()) fields.number = 'Hãy nhập số kế hoạch, ví dụ 132/KH-ĐUK.';
  else if (await q.isPlanNumberTaken(db, normalizeText(input.number).trim(), exceptId))
    fields.number = 'Đã có kế hoạch mang số này.';
  if (!input.title.trim()) fields.title = 'Hãy nhập trích yếu kế hoạch.';
  if (!DATE.test(input.issuedOn)) fields.issuedOn = 'Ngày ban hành không hợp lệ.';
  if (!(input.year >= 2000 && input.year <= 2100)) fields.year = 'Năm kế hoạch không hợp lệ.';
  if (input.programmeId !== null && !(await q.findProgramme(db, input.programmeId)))
    fields.programmeId = 'Không có đề án này.';
  refuseIfAny(fields);
}

/** The recurrence fields of a task: each kind's own, then the engine's check of the whole. */
function checkRecurrence(input: TaskInput, planYear: number, fields: Record<string, string>) {
  if (input.recurrence === 'once' && !(input.deadline !== null && DATE.test(input.deadline)))
    fields.deadline = 'Hãy chọn thời hạn hoàn thành.';
  if (input.recurrence === 'monthly' && !(input.recurDay !== null && input.recurDay >= 1 && input.recurDay <= 31))
    fields.recurDay = 'Ngày trong tháng phải từ 1 đến 31.';
  if (input.recurrence === 'yearly') {
    if (!(input.recurMonth !== null && input.recurMonth >= 1 && input.recurMonth <= 12))
      fields.recurMonth = 'Tháng phải từ 1 đến 12.';
    if (!(input.recurDay !== null && input.recurDay >= 1 && input.recurDay <= 31))
      fields.recurDay = 'Ngày phải từ 1 đến 31.';
  }
  if (input.recurrence !== 'once') {
    const from = input.recurFrom ?? `${planYear}-01-01`;
    const to = input.recurTo ?? `${planYear}-12-31`;
    if (!DATE.test(from) || !DATE.test(to) || from > to) fields.recurFrom = 'Khoảng thời gian lặp lại không hợp lệ.';
  }
  if (Object.keys(fields).length === 0) {
    // The engine's own check: 30/02, a span with no occurrence in it, more than ten years.
    const problem = recurrenceProblem(recurrenceOf({ ...taskColumns(input), deadline: input.deadline }, planYear));
    if (problem) fields[input.recurrence === 'once' ? 'deadline' : 'recurFrom'] = problem;
  }
}

export async function validateTask(
  db: Db,
  unitExists: (id: number) => Promise<boolean>,
  input: TaskInput,
  plan: { id: number; year: number },
  selfId?: number,
) {
  const fields: Record<string, string> = {};
  if (!input.title.trim()) fields.title = 'Hãy nhập tên nhiệm vụ.';
  else if (input.title.length > 500) fields.title = 'Tên nhiệm vụ quá dài (tối đa 500 ký tự).';
  if (!(await unitExists(input.leadUnitId))) fields.leadUnitId = 'Hãy chọn đơn vị chủ trì.';
  for (const id of input.coordinatorIds)
    if (!(await unitExists(id))) fields.coordinatorIds = 'Có đơn vị phối hợp không tồn tại.';
  if (input.coordinatorIds.includes(input.leadUnitId))
    fields.coordinatorIds = 'Đơn vị chủ trì không đồng thời là đơn vị phối hợp.';
  if (input.parentId !== null) {
    const parent = await q.findTask(db, input.parentId);
    if (!parent || parent.plan_id !== plan.id || parent.id === selfId)
      fields.parentId = 'Nhiệm vụ cha phải thuộc cùng kế hoạch.';
  }
  checkRecurrence(input, plan.year, fields);
  if (
    input.targetQuantity !== null &&
    !(Number.isInteger(input.targetQuantity) && input.targetQuantity > 0 && input.targetQuantity <= 1_000_000)
  )
    fields.targetQuantity = 'Chỉ tiêu là một số nguyên dương.';
  if (input.targetUnit.length > 40) fields.targetUnit = 'Đơn vị tính quá dài.';
  refuseIfAny(fields);
}

/** An editor's confirmation: a reason, and an occurrence the task has. Returns the reason as kept. */
export function validateCompletion(task: TaskView, occurrenceKey: string, reason: string): string {
  const text = normalizeText(reason).trim();
  const fields: Record<string, string> = {};
  if (!text) fields.reason = 'Hãy ghi lý do xác nhận hoàn thành.';
  else if (text.length > 1000) fields.reason = 'Lý do quá dài (tối đa 1.000 ký tự).';
  if (!listOccurrences(task.recurrence).some((o) => o.key === occurrenceKey))
    fields.occurrenceKey = 'Không có kỳ thực hiện này.';
  refuseIfAny(fields);
  return text;
}

/** The day's occurrence of the task, or the reason there is none. */
function checkActivityDate(
  task: TaskView,
  plan: Plan,
  activityDate: string,
  today: string,
): { occurrenceKey: string } | { problem: string } {
  if (!DATE.test(activityDate)) return { problem: 'Ngày thực hiện không hợp lệ.' };
  if (activityDate > today) return { problem: 'Ngày thực hiện không thể ở tương lai.' };
  if (activityDate < `${plan.year}-01-01`)
    return { problem: `Ngày thực hiện nằm ngoài thời gian của nhiệm vụ (kế hoạch năm ${plan.year}).` };
  const occurrence = occurrenceFor(task.recurrence, activityDate);
  return occurrence
    ? { occurrenceKey: occurrence.key }
    : { problem: 'Ngày thực hiện nằm ngoài thời gian của nhiệm vụ.' };
}

/** A report: its text, its day (which picks the occurrence), its quantity, and published evidence. */
export async function validateReport(
  deps: { now: Date; publishedIds: (ids: number[]) => Promise<number[]> },
  task: TaskView,
  plan: Plan,
  input: ReportInput,
) {
  const fields: Record<string, string> = {};
  const body = normalizeText(input.body).trim();
  if (!body) fields.body = 'Hãy ghi nội dung đã thực hiện.';
  else if (body.length > 10_000) fields.body = 'Nội dung quá dài (tối đa 10.000 ký tự).';
  const day = checkActivityDate(task, plan, input.activityDate, vietnamDay(deps.now));
  if ('problem' in day) fields.activityDate = day.problem;
  if (
    input.quantity !== null &&
    !(Number.isInteger(input.quantity) && input.quantity >= 0 && input.quantity <= 1_000_000)
  )
    fields.quantity = 'Số lượng là một số nguyên không âm.';
  const wanted = [...new Set(input.articleIds)].slice(0, 20);
  const published = new Set(await deps.publishedIds(wanted));
  if (wanted.some((id) => !published.has(id)))
    fields.articleIds = 'Chỉ dẫn được các bài đã xuất bản trên cổng thông tin.';
  refuseIfAny(fields);
  return { occurrenceKey: 'occurrenceKey' in day ? day.occurrenceKey : '', articleIds: wanted };
}
