// Plain queries for attachments and their links to plans and progress reports.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';

type Executor = Db | Transaction<Database>;

export async function insertAttachment(
  db: Executor,
  row: { path: string; originalName: string; mime: string; bytes: number; uploadedBy: number; now: string },
): Promise<number> {
  const inserted = await db
    .insertInto('attachments')
    .values({
      path: row.path,
      original_name: row.originalName,
      mime: row.mime,
      bytes: row.bytes,
      uploaded_by: row.uploadedBy,
      created_at: row.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export function findAttachmentById(db: Executor, id: number) {
  return db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
}

export function listAttachmentsByIds(db: Executor, ids: readonly number[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('attachments')
    .selectAll()
    .where('id', 'in', [...ids])
    .execute();
}

export async function deleteAttachment(db: Executor, id: number) {
  await db.deleteFrom('attachments').where('id', '=', id).execute();
}

/** Links already present are left as they are, so attaching twice is harmless. */
export async function linkToPlan(db: Executor, planId: number, attachmentIds: readonly number[]) {
  if (attachmentIds.length === 0) return;
  await db
    .insertInto('plan_attachments')
    .values(attachmentIds.map((id) => ({ plan_id: planId, attachment_id: id })))
    .onConflict((oc) => oc.columns(['plan_id', 'attachment_id']).doNothing())
    .execute();
}

export async function linkToReport(db: Executor, reportId: number, attachmentIds: readonly number[]) {
  if (attachmentIds.length === 0) return;
  await db
    .insertInto('report_attachments')
    .values(attachmentIds.map((id) => ({ report_id: reportId, attachment_id: id })))
    .onConflict((oc) => oc.columns(['report_id', 'attachment_id']).doNothing())
    .execute();
}

/** Attachments of these plans, oldest first (the order they were attached in). */
export function listPlanAttachments(db: Executor, planIds: readonly number[]) {
  if (planIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('plan_attachments')
    .innerJoin('attachments', 'attachments.id', 'plan_attachments.attachment_id')
    .selectAll('attachments')
    .select('plan_attachments.plan_id as owner_id')
    .where('plan_attachments.plan_id', 'in', [...planIds])
    .orderBy('attachments.created_at')
    .orderBy('attachments.id')
    .execute();
}

export function listReportAttachments(db: Executor, reportIds: readonly number[]) {
  if (reportIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('report_attachments')
    .innerJoin('attachments', 'attachments.id', 'report_attachments.attachment_id')
    .selectAll('attachments')
    .select('report_attachments.report_id as owner_id')
    .where('report_attachments.report_id', 'in', [...reportIds])
    .orderBy('attachments.created_at')
    .orderBy('attachments.id')
    .execute();
}

/** Which plans and reports hold this attachment: who may download it depends on them. */
export async function listOwnersOf(
  db: Executor,
  attachmentId: number,
): Promise<{ planIds: number[]; reportIds: number[] }> {
  const [plans, reports] = await Promise.all([
    db
      .selectFrom('plan_attachments')
      .select('plan_id')
      .where('attachment_id', '=', attachmentId)
      .orderBy('plan_id')
      .execute(),
    db
      .selectFrom('report_attachments')
      .select('report_id')
      .where('attachment_id', '=', attachmentId)
      .orderBy('report_id')
      .execute(),
  ]);
  return { planIds: plans.map((p) => p.plan_id), reportIds: reports.map((r) => r.report_id) };
}
