// The service's domain objects as the API's JSON: named fields, statuses with their labels.
import type { z } from 'zod';
import type { TaskDetail } from '../plans.service.js';
import type { Plan, Programme, StatusCounts, TaskView } from '../plans.types.js';
import { taskStatusLabels } from '../task-status.js';
import type { planSchema, programmeSchema, reportSchema, taskSchema } from './api-schemas.js';

export function taskJson(t: TaskView, withOccurrences = false): z.infer<typeof taskSchema> {
  return {
    id: t.id,
    planId: t.planId,
    parentId: t.parentId,
    title: t.title,
    groupName: t.groupName,
    leadUnit: t.leadUnit,
    coordinators: t.coordinators,
    recurrence: t.recurrenceKind,
    deadline: t.deadlineText,
    target: t.targetQuantity,
    targetUnit: t.targetUnit,
    actual: t.status.actual,
    status: t.status.status,
    statusLabel: taskStatusLabels[t.status.status],
    closed: t.closedAt !== null,
    ...(withOccurrences
      ? {
          occurrences: t.status.occurrences.map((o) => ({
            key: o.key,
            dueAt: o.dueAt,
            status: o.status,
            actual: o.actual,
            doneAt: o.doneAt,
          })),
        }
      : {}),
  };
}

export const programmeJson = (p: Programme): z.infer<typeof programmeSchema> => ({
  id: p.id,
  number: p.number,
  title: p.title,
  issuer: p.issuer,
  issuedOn: p.issuedOn,
  startYear: p.startYear,
  endYear: p.endYear,
});

export const planJson = (p: Plan): z.infer<typeof planSchema> => ({
  id: p.id,
  number: p.number,
  title: p.title,
  issuer: p.issuer,
  issuedOn: p.issuedOn,
  year: p.year,
  programmeNumber: p.programmeNumber,
});

export const planSummaryJson = (p: Plan & { summary: StatusCounts }) => ({ ...planJson(p), summary: p.summary });

export const reportJson = (r: TaskDetail['reports'][number]): z.infer<typeof reportSchema> => ({
  id: r.id,
  unit: r.unit,
  occurrenceKey: r.occurrenceKey,
  activityDate: r.activityDate,
  body: r.body,
  quantity: r.quantity,
  completed: r.completed,
  authorName: r.authorName,
  filedAt: r.filedAt,
  version: r.version,
  articles: r.articles.map((a) => ({ id: a.id, title: a.title, url: a.url })),
});
