// /quan-tri/ke-hoach/:id/nhiem-vu…, /quan-tri/nhiem-vu/:id/{sua,dong,mo-lai}: editors add and
// change tasks, close a task to further reports, and reopen it.
import type { Context, Hono } from 'hono';
import { readIdParam } from '../../../platform/http/query.js';
import type { StaffEnv } from '../../accounts/index.js';
import type { PlanPageDeps } from '../plans.admin.js';
import { planContextOf } from '../plan-context.js';
import { plansText } from '../plans.vi.js';
import { TaskForm, type TaskFormValues } from '../views/plan-forms.js';
import { isValidation, readTaskForm, taskInput, taskValuesOf } from './form-input.js';

const EMPTY: TaskFormValues = {
  title: '',
  description: '',
  groupName: '',
  leadUnitId: '',
  coordinatorIds: [],
  parentId: '',
  recurrence: 'once',
  deadline: '',
  recurDay: '',
  recurMonth: '',
  recurFrom: '',
  recurTo: '',
  targetQuantity: '',
  targetUnit: '',
};

interface TaskFormPage {
  planId: number;
  action: string;
  heading: string;
  values: TaskFormValues;
  errors?: Record<string, string>;
  /** The task being edited: not a parent of itself. */
  selfId?: number;
}

/** The task form, with the plan's main tasks as the parents to choose from; 400 when refused. */
function taskForm({ plans, frame, listUnits }: PlanPageDeps) {
  return async (c: Context<StaffEnv>, form: TaskFormPage) => {
    const { tasks } = await plans.getPlan(planContextOf(c), form.planId);
    const parents = tasks
      .filter((t) => t.parentId === null && t.id !== form.selfId)
      .map((t) => ({ id: t.id, label: t.title }));
    const page = (
      <TaskForm
        csrfToken={c.get('staff')!.csrfToken}
        action={form.action}
        heading={form.heading}
        values={form.values}
        units={await listUnits()}
        parents={parents}
        errors={form.errors}
        cancelHref={`/quan-tri/ke-hoach/${form.planId}`}
      />
    );
    return frame.respond(c, form.heading, page, { status: form.errors ? 400 : 200 });
  };
}

export function mountTaskRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  mountNewTaskRoutes(app, deps);
  mountTaskEditRoutes(app, deps);
  mountTaskClosingRoutes(app, deps);
}

/** /quan-tri/ke-hoach/:id/nhiem-vu/moi and its POST: a task added to a plan. */
function mountNewTaskRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  const { plans, guard } = deps;
  const form = taskForm(deps);
  const heading = plansText.titles.addTask;
  app.get('/quan-tri/ke-hoach/:id/nhiem-vu/moi', guard.require('plans.manage'), async (c) => {
    const planId = readIdParam(c);
    return form(c, { planId, action: `/quan-tri/ke-hoach/${planId}/nhiem-vu`, heading, values: EMPTY });
  });
  app.post('/quan-tri/ke-hoach/:id/nhiem-vu', guard.require('plans.manage'), async (c) => {
    const planId = readIdParam(c);
    const values = await readTaskForm(c);
    try {
      const id = await plans.createTask(planContextOf(c), planId, taskInput(values));
      return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-luu-nhiem-vu`, 303);
    } catch (err) {
      if (!isValidation(err)) throw err;
      return form(c, { planId, action: `/quan-tri/ke-hoach/${planId}/nhiem-vu`, heading, values, errors: err.fields });
    }
  });
}

/** /quan-tri/nhiem-vu/:id/sua and its POST: a task changed. */
function mountTaskEditRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  const { plans, guard } = deps;
  const form = taskForm(deps);
  const heading = plansText.titles.editTask;
  app.get('/quan-tri/nhiem-vu/:id/sua', guard.require('plans.manage'), async (c) => {
    const { task } = await plans.getTask(planContextOf(c), readIdParam(c));
    const action = `/quan-tri/nhiem-vu/${task.id}/sua`;
    return form(c, { planId: task.planId, action, heading, values: taskValuesOf(task), selfId: task.id });
  });
  app.post('/quan-tri/nhiem-vu/:id/sua', guard.require('plans.manage'), async (c) => {
    const id = readIdParam(c);
    const values = await readTaskForm(c);
    try {
      await plans.updateTask(planContextOf(c), id, taskInput(values));
    } catch (err) {
      if (!isValidation(err)) throw err;
      const { task } = await plans.getTask(planContextOf(c), id);
      const action = `/quan-tri/nhiem-vu/${id}/sua`;
      return form(c, { planId: task.planId, action, heading, values, errors: err.fields, selfId: id });
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-luu-nhiem-vu`, 303);
  });
}

/** /quan-tri/nhiem-vu/:id/dong and …/mo-lai: a task closed to further reports, and reopened. */
function mountTaskClosingRoutes(app: Hono<StaffEnv>, { plans, guard }: PlanPageDeps) {
  for (const [path, closed, flash] of [
    ['dong', true, 'da-dong'],
    ['mo-lai', false, 'da-mo-lai'],
  ] as const) {
    app.post(`/quan-tri/nhiem-vu/:id/${path}`, guard.require('plans.manage'), async (c) => {
      const id = readIdParam(c);
      await plans.setClosed(planContextOf(c), id, closed);
      return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=${flash}`, 303);
    });
  }
}
