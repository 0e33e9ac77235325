// The contact module's SQL: departments, messages, the form's signing key. Plain functions, db first.
import type { Transaction } from 'kysely';
import type { Database, Db } from '../../database.js';
import { leftJoinUserName } from '../accounts/index.js';
import type { ContactStatus } from './contact.tables.js';

type Executor = Db | Transaction<Database>;

export function listDepartmentRows(db: Executor, options: { activeOnly: boolean }) {
  let query = db.selectFrom('contact_departments').selectAll();
  if (options.activeOnly) query = query.where('active', '=', 1);
  return query.orderBy('position').orderBy('name').orderBy('id').execute();
}

export function findDepartmentRow(db: Executor, id: number) {
  return db.selectFrom('contact_departments').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertDepartment(
  db: Executor,
  row: { name: string; email: string; position: number; active: number; at: string },
): Promise<number> {
  const inserted = await db
    .insertInto('contact_departments')
    .values({
      name: row.name,
      email: row.email,
      position: row.position,
      active: row.active,
      created_at: row.at,
      updated_at: row.at,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

export async function updateDepartment(
  db: Executor,
  id: number,
  row: { name: string; email: string; position: number; active: number; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('contact_departments')
    .set({ name: row.name, email: row.email, position: row.position, active: row.active, updated_at: row.at })
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

export async function insertMessage(
  db: Executor,
  row: {
    departmentId: number;
    name: string;
    email: string;
    phone: string;
    message: string;
    status: ContactStatus;
    at: string;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('contact_messages')
    .values({
      department_id: row.departmentId,
      name: row.name,
      email: row.email,
      phone: row.phone,
      message: row.message,
      status: row.status,
      assignee_id: null,
      received_at: row.at,
      updated_at: row.at,
      notified_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

function selectMessages(db: Executor) {
  const base = db
    .selectFrom('contact_messages')
    .innerJoin('contact_departments', 'contact_departments.id', 'contact_messages.department_id')
    .selectAll('contact_messages')
    .select('contact_departments.name as department_name');
  return leftJoinUserName(base, 'contact_messages.assignee_id', 'assignee_name');
}

export interface MessageFilter {
  status?: ContactStatus;
  departmentId?: number;
}

export function listMessageRows(db: Executor, filter: MessageFilter, page: { limit: number; offset: number }) {
  let query = selectMessages(db);
  if (filter.status) query = query.where('contact_messages.status', '=', filter.status);
  if (filter.departmentId) query = query.where('contact_messages.department_id', '=', filter.departmentId);
  return query.orderBy('contact_messages.id', 'desc').limit(page.limit).offset(page.offset).execute();
}

export async function countMessageRows(db: Executor, filter: MessageFilter): Promise<number> {
  let query = db.selectFrom('contact_messages').select((eb) => eb.fn.countAll<number>().as('n'));
  if (filter.status) query = query.where('status', '=', filter.status);
  if (filter.departmentId) query = query.where('department_id', '=', filter.departmentId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

export function findMessageRow(db: Executor, id: number) {
  return selectMessages(db).where('contact_messages.id', '=', id).executeTakeFirst();
}

export async function updateMessageHandling(
  db: Executor,
  id: number,
  row: { status: ContactStatus; assigneeId: number | null; note: string; at: string },
): Promise<void> {
  await db
    .updateTable('contact_messages')
    .set({ status: row.status, assignee_id: row.assigneeId, note: row.note, updated_at: row.at })
    .where('id', '=', id)
    .execute();
}

export async function markMessageNotified(db: Executor, id: number, at: string): Promise<void> {
  await db.updateTable('contact_messages').set({ notified_at: at }).where('id', '=', id).execute();
}

/** The key stored once: the first node to start writes it, every later one reads the same. */
export async function findOrCreateContactSecret(db: Executor, name: string, fresh: string): Promise<string> {
  await db
    .insertInto('contact_secrets')
    .values({ name, value: fresh })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('contact_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
