// What the staff pages share: the choices of units, tasks and articles, the form → input step,
// and flash keys.
import type { Context } from 'hono';
import { toVietnamLocalInput } from '../../platform/time/vietnam-time.js';
import type { EventView } from './event-view.js';
import type { EventsService } from './events.js';
import type { Choice, EventFormValues } from './views/event-form.js';

export interface EventsAdminDeps {
  events: EventsService;
  /** The latest published articles, to pick the ones that report an event. */
  listArticleChoices: () => Promise<Array<{ id: number; title: string }>>;
}

export async function unitChoices(events: EventsService): Promise<Choice[]> {
  return (await events.listUnits()).map((u) => ({ id: u.id, label: `${'— '.repeat(u.depth)}${u.name}` }));
}

export async function formChoices(deps: EventsAdminDeps, selectedArticles: string[]) {
  const { events } = deps;
  const [units, tasks, latest] = await Promise.all([
    unitChoices(events),
    events.tasks ? events.tasks.listTasks() : Promise.resolve([]),
    deps.listArticleChoices(),
  ]);
  // Articles already linked stay offered even when they are no longer among the latest.
  const missing = selectedArticles.map(Number).filter((id) => !latest.some((a) => a.id === id));
  const linked = missing.length > 0 ? await events.findPublishedArticles(missing) : [];
  return {
    units,
    tasks: tasks.map((t) => ({ id: t.id, label: `${t.planNumber} — ${t.title}` })),
    articles: [...linked, ...latest].map((a) => ({ id: a.id, label: a.title })),
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The form as typed: every field a string (or the list of chosen articles). */
export async function readEventForm(c: Context): Promise<EventFormValues> {
  const form = await c.req.parseBody({ all: true });
  const ids = form.articleIds;
  return {
    title: str(form.title),
    kind: str(form.kind),
    startsAt: str(form.startsAt),
    endsAt: str(form.endsAt),
    place: str(form.place),
    unitId: str(form.unitId),
    description: str(form.description),
    taskId: str(form.taskId),
    capacity: str(form.capacity),
    articleIds: (Array.isArray(ids) ? ids : ids === undefined ? [] : [ids]).map(str),
    published: form.published !== undefined,
  };
}

export function valuesOf(event: EventView, articleIds: number[]): EventFormValues {
  return {
    title: event.title,
    kind: event.kind,
    startsAt: toVietnamLocalInput(event.startsAt),
    endsAt: toVietnamLocalInput(event.endsAt),
    place: event.place,
    unitId: event.unit ? String(event.unit.id) : '',
    description: event.description,
    taskId: event.taskId === null ? '' : String(event.taskId),
    capacity: event.capacity === null ? '' : String(event.capacity),
    articleIds: articleIds.map(String),
    published: event.published,
  };
}

export const emptyValues = (kind = 'seminar'): EventFormValues => ({
  title: '',
  kind,
  startsAt: '',
  endsAt: '',
  place: '',
  unitId: '',
  description: '',
  taskId: '',
  capacity: '',
  articleIds: [],
  published: false,
});
