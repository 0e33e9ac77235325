// The editorial workflow: drafts, review, publishing (now or at a time), rejection with a reason,
// unpublishing, the trash, revisions and edit conflicts. The admin pages and the JSON API both
// call this; it checks the per-record rules (article-policy.ts) itself, so neither can skip them.
// Each job has its own file; this joins them into the one service the rest of the app is given.
import { createNewsroomCore, type NewsroomDeps } from './newsroom-core.js';
import { createDeskReads } from './newsroom-desk.js';
import { createEditingCommands } from './newsroom-editing.js';
import { createRevisionCommands } from './newsroom-revisions.js';
import { createWorkflowCommands } from './newsroom-workflow.js';

export function createNewsroom(deps: NewsroomDeps) {
  const core = createNewsroomCore(deps);
  return {
    ...createDeskReads(core),
    ...createEditingCommands(core),
    ...createWorkflowCommands(core),
    ...createRevisionCommands(core),
  };
}

export type Newsroom = ReturnType<typeof createNewsroom>;
