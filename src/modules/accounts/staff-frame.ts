// The staff area's frame, shared by every module with pages under /quan-tri: the menu lists the
// sections the signed-in user may open (modules register theirs), flashes after redirects.
import { cspNonce } from '../../platform/http/security-headers.js';
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { readQueryParam } from '../../platform/http/query.js';
import type { StaffPageRenderer } from '../../platform/views/staff-layout.js';
import { can, type Permission } from './permissions.js';
import { accountsText } from './accounts.vi.js';
import { type Role, roleLabels } from './roles.js';
import type { StaffEnv } from './staff-guard.js';

export interface StaffSection {
  href: string;
  label: string;
  hint: string;
  permission: Permission;
  /** Menu position, small first (default 50): daily work before settings. */
  order?: number;
  /** A line for the dashboard card saying what waits for this person, e.g. "3 bài chờ duyệt". */
  summary?: (c: Context<StaffEnv>) => Promise<string | undefined>;
  /**
   * Besides the permission: false hides the item from someone it would only show an empty page
   * (a unit reporter not yet placed in a unit has no plans' work). The route still decides access.
   */
  shownTo?: (c: Context<StaffEnv>) => boolean;
}

export type Flash = { kind: 'ok' | 'error'; text: string };

/** What a home panel shows: a titled box on /quan-tri, with a link to the whole list. */
export interface HomePanelContent {
  title: string;
  body: Child;
  more?: { href: string; label: string };
}

/**
 * A panel of the staff home page (/quan-tri), registered by the module whose work it shows, so the
 * accounts module need not know the plans, the newsroom or the reminders.
 */
export interface HomePanel {
  /** Unique; also the panel's anchor and heading id on the page. */
  id: string;
  permission: Permission;
  /** When set, only holders of one of these roles see it (an admin holds every role's powers). */
  roles?: readonly Role[];
  /** Position on the page, small first (default 50). */
  order?: number;
  /** Undefined when the panel has nothing for this person (e.g. no unit): it is left out. */
  render: (c: Context<StaffEnv>) => Promise<HomePanelContent | undefined>;
}

function panelFits(panel: HomePanel, roles: readonly Role[]): boolean {
  if (!can(roles, panel.permission)) return false;
  return !panel.roles || roles.some((role) => role === 'admin' || panel.roles!.includes(role));
}

export function createStaffFrame(renderStaffPage: StaffPageRenderer) {
  const sections: StaffSection[] = [];
  const flashes = new Map<string, Flash>();
  const homePanels: HomePanel[] = [];
  // Set by the reminders module (accounts does not import it): the bell's unread count, or
  // undefined for someone who receives no notifications.
  let countNotifications: ((c: Context<StaffEnv>) => Promise<number | undefined>) | undefined;

  return {
    addSection(section: StaffSection) {
      sections.push(section);
    },
    addHomePanel(panel: HomePanel) {
      if (homePanels.some((p) => p.id === panel.id)) throw new Error(`home panel ${panel.id} added twice`);
      homePanels.push(panel);
    },
    /** The home page's panels this person may see, rendered at once; the empty ones left out. */
    async homePanelsFor(c: Context<StaffEnv>): Promise<Array<HomePanelContent & { id: string }>> {
      const staff = c.get('staff');
      if (!staff) return [];
      const fitting = homePanels
        .filter((p) => panelFits(p, staff.user.roles))
        .sort((a, b) => (a.order ?? 50) - (b.order ?? 50));
      const rendered = await Promise.all(fitting.map(async (p) => ({ id: p.id, content: await p.render(c) })));
      return rendered.flatMap(({ id, content }) => (content ? [{ id, ...content }] : []));
    },
    /** The unread count of the header's "Thông báo" link. */
    setNotificationCounter(counter: (c: Context<StaffEnv>) => Promise<number | undefined>) {
      countNotifications = counter;
    },
    /** Messages shown after post → redirect → get, named in the URL as ?tb=<key>. */
    addFlashes(entries: Record<string, Flash>) {
      for (const [key, flash] of Object.entries(entries)) flashes.set(key, flash);
    },
    sectionsFor(c: Context<StaffEnv>): StaffSection[] {
      const staff = c.get('staff');
      return staff
        ? sections
            .filter((s) => can(staff.user.roles, s.permission) && (s.shownTo?.(c) ?? true))
            .sort((a, b) => (a.order ?? 50) - (b.order ?? 50))
        : [];
    },
    async respond(
      c: Context<StaffEnv>,
      title: string,
      children: Child,
      options: { status?: 200 | 201 | 400 | 403 | 404 | 409 | 413 | 415 | 503; flash?: Flash; editor?: boolean } = {},
    ) {
      const staff = c.get('staff')!;
      const nav = [{ href: '/quan-tri', label: accountsText.dashboardLink }, ...this.sectionsFor(c)].map((item) => ({
        href: item.href,
        label: item.label,
        current: c.req.path === item.href || (item.href !== '/quan-tri' && c.req.path.startsWith(item.href)),
      }));
      const unread = countNotifications ? await countNotifications(c) : undefined;
      const body = await renderStaffPage({
        nonce: cspNonce(c),
        title,
        user: { name: staff.user.name, roleLabels: staff.user.roles.map((r) => roleLabels[r]) },
        csrfToken: staff.csrfToken,
        nav,
        flash: options.flash ?? flashes.get(readQueryParam(c, 'tb') ?? ''),
        editor: options.editor,
        notifications: unread === undefined ? undefined : { unread },
        children,
      });
      return c.body(new Uint8Array(body), options.status ?? 200, { 'Content-Type': 'text/html; charset=utf-8' });
    },
  };
}

export type StaffFrame = ReturnType<typeof createStaffFrame>;
