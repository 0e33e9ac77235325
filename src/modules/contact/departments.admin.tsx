// /quan-tri/lien-he/bo-phan: the admin keeps the departments readers write to (contact.manage).
// A department is never deleted, only made inactive, so its messages keep their addressee.
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../platform/http/errors.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { readIdParam } from '../../platform/http/query.js';
import type { StaffFrame, StaffGuard } from '../accounts/index.js';
import { actorOf } from './contact.admin.js';
import { departmentSchema, type DepartmentFormValues } from './contact.schema.js';
import type { ContactService, Department } from './contact.service.js';
import { contactError, contactText } from './contact.vi.js';
import { DepartmentForm, DepartmentsPage, emptyDepartmentForm } from './views/departments-pages.js';
import { DEPARTMENTS_PATH } from './views/inbox-pages.js';

const t = contactText.departments;

async function readDepartmentForm(c: Context): Promise<DepartmentFormValues> {
  const form = await c.req.parseBody();
  const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string).normalize('NFC') : '');
  return { name: text('name'), email: text('email'), position: text('position') || '0', active: text('active') };
}

const valuesOf = (d: Department): DepartmentFormValues => ({
  name: d.name,
  email: d.email,
  position: String(d.position),
  active: d.active ? '1' : '',
});

export function mountDepartmentPages(
  app: Hono,
  deps: { contact: ContactService; guard: StaffGuard; frame: StaffFrame },
) {
  const { contact, guard, frame } = deps;
  frame.addFlashes({
    'da-them-bo-phan': { kind: 'ok', text: contactText.flashes.departmentCreated },
    'da-luu-bo-phan': { kind: 'ok', text: contactText.flashes.departmentSaved },
  });

  app.get(DEPARTMENTS_PATH, guard.require('contact.manage'), async (c) =>
    frame.respond(c, t.title, <DepartmentsPage departments={await contact.listDepartments({ activeOnly: false })} />),
  );

  const form = (
    c: Context,
    title: string,
    action: string,
    values: DepartmentFormValues,
    errors?: Record<string, string>,
  ) =>
    frame.respond(
      c,
      title,
      <DepartmentForm
        csrfToken={c.get('staff')!.csrfToken}
        title={title}
        action={action}
        values={values}
        errors={errors}
      />,
      errors ? { status: 400 } : undefined,
    );

  app.get(`${DEPARTMENTS_PATH}/moi`, guard.require('contact.manage'), (c) =>
    form(c, t.newTitle, DEPARTMENTS_PATH, emptyDepartmentForm),
  );

  app.post(DEPARTMENTS_PATH, guard.require('contact.manage'), async (c) => {
    const values = await readDepartmentForm(c);
    const parsed = departmentSchema.safeParse(values);
    if (!parsed.success) return form(c, t.newTitle, DEPARTMENTS_PATH, values, fieldErrors(parsed.error));
    await contact.createDepartment(actorOf(c), parsed.data);
    return c.redirect(`${DEPARTMENTS_PATH}?tb=da-them-bo-phan`, 303);
  });

  const findOr404 = async (c: Context) => {
    const department = await contact.findDepartment(readIdParam(c, 'id', contactError('DEPARTMENT_NOT_FOUND')));
    if (!department) throw new NotFoundError(contactError('DEPARTMENT_NOT_FOUND'));
    return department;
  };

  app.get(`${DEPARTMENTS_PATH}/:id`, guard.require('contact.manage'), async (c) => {
    const department = await findOr404(c);
    return form(c, department.name, `${DEPARTMENTS_PATH}/${department.id}`, valuesOf(department));
  });

  app.post(`${DEPARTMENTS_PATH}/:id`, guard.require('contact.manage'), async (c) => {
    const department = await findOr404(c);
    const values = await readDepartmentForm(c);
    const parsed = departmentSchema.safeParse(values);
    const action = `${DEPARTMENTS_PATH}/${department.id}`;
    if (!parsed.success) return form(c, department.name, action, values, fieldErrors(parsed.error));
    if (!(await contact.updateDepartment(actorOf(c), department.id, parsed.data)))
      throw new NotFoundError(contactError('DEPARTMENT_NOT_FOUND'));
    return c.redirect(`${DEPARTMENTS_PATH}?tb=da-luu-bo-phan`, 303);
  });
}
