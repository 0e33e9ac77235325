// /quan-tri/ke-hoach/de-an…: editors add and change programmes (Đề án).
import type { Context, Hono } from 'hono';
import { NotFoundError } from '../../../platform/http/errors.js';
import { readIdParam } from '../../../platform/http/query.js';
import type { StaffEnv } from '../../accounts/index.js';
import type { PlanPageDeps } from '../plans.admin.js';
import { planContextOf } from '../plan-context.js';
import { plansText } from '../plans.vi.js';
import { ProgrammeForm, type ProgrammeFormValues } from '../views/plan-forms.js';
import { isValidation, programmeInput, readProgrammeForm } from './form-input.js';

const EMPTY: ProgrammeFormValues = { number: '', title: '', issuer: '', issuedOn: '', startYear: '', endYear: '' };

export function mountProgrammeRoutes(app: Hono<StaffEnv>, { plans, guard, frame }: PlanPageDeps) {
  const form = (
    c: Context<StaffEnv>,
    action: string,
    heading: string,
    values: ProgrammeFormValues,
    errors?: Record<string, string>,
  ) =>
    frame.respond(
      c,
      heading,
      <ProgrammeForm
        csrfToken={c.get('staff')!.csrfToken}
        action={action}
        heading={heading}
        values={values}
        errors={errors}
      />,
      errors ? { status: 400 } : {},
    );

  app.get('/quan-tri/ke-hoach/de-an/moi', guard.require('plans.manage'), (c) =>
    form(c, '/quan-tri/ke-hoach/de-an', plansText.titles.addProgramme, EMPTY),
  );
  app.post('/quan-tri/ke-hoach/de-an', guard.require('plans.manage'), async (c) => {
    const values = await readProgrammeForm(c);
    try {
      await plans.createProgramme(planContextOf(c), programmeInput(values));
    } catch (err) {
      if (isValidation(err))
        return form(c, '/quan-tri/ke-hoach/de-an', plansText.titles.addProgramme, values, err.fields);
      throw err;
    }
    return c.redirect('/quan-tri/ke-hoach?tb=da-luu-de-an', 303);
  });
  app.get('/quan-tri/ke-hoach/de-an/:id', guard.require('plans.manage'), async (c) => {
    const p = await plans.findProgramme(readIdParam(c));
    if (!p) throw new NotFoundError('NOT_FOUND');
    const values = {
      number: p.number,
      title: p.title,
      issuer: p.issuer,
      issuedOn: p.issuedOn ?? '',
      startYear: String(p.startYear),
      endYear: String(p.endYear),
    };
    return form(c, `/quan-tri/ke-hoach/de-an/${p.id}`, plansText.titles.programme(p.number), values);
  });
  app.post('/quan-tri/ke-hoach/de-an/:id', guard.require('plans.manage'), async (c) => {
    const id = readIdParam(c);
    const values = await readProgrammeForm(c);
    try {
      await plans.updateProgramme(planContextOf(c), id, programmeInput(values));
    } catch (err) {
      if (isValidation(err))
        return form(c, `/quan-tri/ke-hoach/de-an/${id}`, plansText.titles.editProgramme, values, err.fields);
      throw err;
    }
    return c.redirect('/quan-tri/ke-hoach?tb=da-luu-de-an', 303);
  });
}
