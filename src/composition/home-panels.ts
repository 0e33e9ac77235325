// The staff home page (/quan-tri) is laid out by the accounts module, which knows no other module:
// each module that has work to show there gives a panel, and they are put on the frame here.
import { addNewsroomHomePanels } from '../modules/articles/index.js';
import { addPlanHomePanels } from '../modules/plans/index.js';
import { addNotificationsHomePanel } from '../modules/reminders/index.js';
import type { Basics } from './content.js';
import type { People } from './people.js';
import type { Work } from './work.js';

export function addHomePanels({ clock }: Basics, { accounts }: People, work: Work) {
  addPlanHomePanels(accounts.frame, work.plans, () => clock.now());
  addNewsroomHomePanels(accounts.frame, work.newsroom);
  addNotificationsHomePanel(accounts.frame, work.reminders);
}
