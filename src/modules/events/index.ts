// Events (Sự kiện): seminars, contests, classes, anniversaries and conferences; the anniversaries of
// the coming year computed from the units' founding dates and the commemorated dates; the units'
// registrations for classes and contests. Rules: drafts are never public; a unit reporter
// registers and withdraws people of their own unit only, before the event starts, within the
// capacity (one UPDATE takes a seat, so it holds under races); marking a class or contest held
// files one progress report on its plan task (through the root, never by importing plans); text
// is plain and escaped, document numbers linked at render time.
export { createEvents, type EventsService } from './events.js';
export type { EventsDeps, EventTasks, TaskRef, EventContext } from './service-kit.js';
export type { UnitRef, EventView } from './event-view.js';
export { createEventsListed } from './listed.js';
export { mountEventPages } from './events.public.js';
export { mountEventsAdmin } from './events.admin.js';
export { mountEventsApi } from './events.api.js';
export { NextEventsBlock } from './views/event-parts.js';
export { upcomingAnniversaries, type Anniversary } from './anniversaries.js';
