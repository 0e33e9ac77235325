// The events service: the parts by job, joined.
import { createCommemorations } from './commemorations.js';
import { createEventCommands, createEventReads } from './events.service.js';
import { createEventsListed } from './listed.js';
import { createRegistrations, createResults } from './registrations.js';
import { createEventsKit, type EventsDeps } from './service-kit.js';

export function createEvents(deps: EventsDeps) {
  const kit = createEventsKit(deps);
  const commands = createEventCommands(kit);
  const commemorations = createCommemorations(kit, commands);
  const reads = createEventReads(kit);
  return {
    ...commands,
    ...reads,
    ...createRegistrations(kit),
    ...createResults(kit),
    ...commemorations,
    listed: createEventsListed(kit),
    linkDocumentNumbers: deps.linkDocumentNumbers,
    clock: deps.clock,
    listUnits: deps.listUnits,
    tasks: deps.tasks,
    findPublishedArticles: deps.findPublishedArticles,
    /** The home page's block: the next few events and the anniversaries coming within the year. */
    async listHomeItems(limit = 4) {
      const [events, anniversaries] = await Promise.all([reads.listNext(limit), commemorations.listAnniversaries()]);
      return { events, anniversaries: anniversaries.slice(0, limit) };
    },
  };
}

export type EventsService = ReturnType<typeof createEvents>;
