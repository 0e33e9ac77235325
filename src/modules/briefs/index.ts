// The morning brief (Điểm tin sáng): one brief a day of ordered items, each a published portal
// article or an outside source; drafts, preview, publishing, every version kept. Rules: outside
// addresses are http(s) only, shown with rel="noopener noreferrer" and never fetched by the server;
// a published brief changes only with a reason, which is audited; publishing the day's brief files
// the chosen daily plan task's report for that day once (the tracker is handed in, not imported).
export {
  createBriefs,
  type BriefsService,
  type BriefsDeps,
  type BriefTracker,
  type BriefContext,
} from './briefs.service.js';
export type { Brief, BriefItem } from './brief-items.js';
export { mountBriefPages, renderBriefTexts } from './briefs.public.js';
export { mountBriefsAdmin } from './briefs.admin.js';
export { mountBriefsApi } from './briefs.api.js';
export { LatestBriefBlock } from './views/public-pages.js';
export { safeOutsideUrl } from './briefs.schema.js';

import type { ListedContent } from '../../platform/content/listed-content.js';
import type { BriefsService } from './briefs.service.js';

/** The briefs as search and the sitemap list them (platform/content/listed-content.ts). */
export function createBriefsListed(briefs: BriefsService): ListedContent {
  return briefs.listed();
}
