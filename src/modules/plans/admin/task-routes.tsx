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

export function mountTaskRoutes(app: Hono<StaffEnv>, deps: PlanPageDeps) {
  const { plans, guard, frame } = deps;
  const form = async (
    c: Context<StaffEnv>,
    planId: number,
    action: string,
    heading: string,
    values: TaskFormValues,
    errors?: Record<string, string>,
    selfId?: number,
  ) => {
    const { tasks } = await plans.getPlan(planContextOf(c), planId);
    const parents = tasks
      .filter((t) => t.parentId === null && t.id !== selfId)
      .map((t) => ({ id: t.id, label: t.title }));
    const page = (
      <TaskForm
        csrfToken={c.get('staff')!.csrfToken}
        action={action}
        heading={heading}
        values={values}
        units={await deps.listUnits()}
        parents={parents}
        errors={errors}
        cancelHref={`/quan-tri/ke-hoach/${planId}`}
      />
    );
    return frame.respond(c, heading, page, { status: errors ? 400 : 200 });
  };

  app.get('/quan-tri/ke-hoach/:id/nhiem-vu/moi', guard.require('plans.manage'), async (c) => {
    const planId = readIdParam(c);
    return form(c, planId, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, plansText.titles.addTask, EMPTY);
  });
  app.post('/quan-tri/ke-hoach/:id/nhiem-vu', guard.require('plans.manage'), async (c) => {
    const planId = readIdParam(c);
    const values = await readTaskForm(c);
    try {
      const id = await plans.createTask(planContextOf(c), planId, taskInput(values));
      return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-luu-nhiem-vu`, 303);
    } catch (err) {
      if (isValidation(err))
        return form(c, planId, `/quan-tri/ke-hoach/${planId}/nhiem-vu`, plansText.titles.addTask, values, err.fields);
      throw err;
    }
  });
  app.get('/quan-tri/nhiem-vu/:id/sua', guard.require('plans.manage'), async (c) => {
    const { task } = await plans.getTask(planContextOf(c), readIdParam(c));
    return form(
      c,
      task.planId,
      `/quan-tri/nhiem-vu/${task.id}/sua`,
      plansText.titles.editTask,
      taskValuesOf(task),
      undefined,
      task.id,
    );
  });
  app.post('/quan-tri/nhiem-vu/:id/sua', guard.require('plans.manage'), async (c) => {
    const id = readIdParam(c);
    const values = await readTaskForm(c);
    try {
      await plans.updateTask(planContextOf(c), id, taskInput(values));
    } catch (err) {
      if (!isValidation(err)) throw err;
      const { task } = await plans.getTask(planContextOf(c), id);
      return form(c, task.planId, `/quan-tri/nhiem-vu/${id}/sua`, plansText.titles.editTask, values, err.fields, id);
    }
    return c.redirect(`/quan-tri/nhiem-vu/${id}?tb=da-luu-nhiem-vu`, 303);
  });
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
