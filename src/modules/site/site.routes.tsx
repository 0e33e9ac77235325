// /gioi-thieu (page-cached, as Decree 42/2022/NĐ-CP asks of state portals) and the admin's
// /quan-tri/cai-dat. /lien-he is the contact module's page, which shows ContactPage above its form.
import type { Context, Hono } from 'hono';
import { bodyCap } from '../../platform/http/body.js';
import { fieldErrors } from '../../platform/http/form-errors.js';
import { sendPage, type PageCache } from '../../platform/http/page-cache.js';
import type { PublicPageRenderer } from '../../platform/views/public-page.js';
import { requestIdOf, type AuditLog, type StaffEnv, type StaffFrame, type StaffGuard } from '../accounts/index.js';
import { settingsSchema } from './site.schema.js';
import type { SiteSettings, SiteSettingsStore } from './site-settings.js';
import { AboutPage, SettingsForm } from './views/site-pages.js';
import { siteText as t } from './site.vi.js';

/** The settings form carries the About page's HTML (up to ~1 MB, tripled by form encoding). */
export function capSiteSettingsBodies(app: Hono) {
  app.use('/quan-tri/cai-dat', bodyCap(3 * 1024 * 1024));
}

export function mountSitePages(
  app: Hono,
  deps: {
    settings: SiteSettingsStore;
    pageCache: PageCache;
    renderPage: PublicPageRenderer;
    guard: StaffGuard;
    frame: StaffFrame;
    audit: AuditLog;
  },
) {
  const { settings, pageCache, renderPage, guard, frame } = deps;

  app.get('/gioi-thieu', async (c) => {
    const page = await pageCache.get('/gioi-thieu', async () => ({
      body: await renderPage(
        { title: t.about.title, description: t.about.description(settings.get().name), path: '/gioi-thieu' },
        <AboutPage settings={settings.get()} />,
      ),
    }));
    return sendPage(c, page);
  });

  frame.addSection({
    href: '/quan-tri/cai-dat',
    label: t.section.label,
    hint: t.section.hint,
    permission: 'settings.manage',
    order: 80,
  });
  frame.addFlashes({ 'da-luu-cai-dat': { kind: 'ok', text: t.saved } });

  app.get('/quan-tri/cai-dat', guard.require('settings.manage'), (c) =>
    frame.respond(c, t.form.title, <SettingsForm csrfToken={c.get('staff')!.csrfToken} values={settings.get()} />),
  );

  app.post('/quan-tri/cai-dat', guard.require('settings.manage'), async (c: Context<StaffEnv>) => {
    const staff = c.get('staff')!;
    const form = await c.req.parseBody();
    // The schema's fields, each as the text sent ('' when missing): what the form shows again on a refusal.
    const raw = Object.fromEntries(
      Object.keys(settingsSchema.shape).map((k) => [k, typeof form[k] === 'string' ? form[k] : '']),
    ) as Record<keyof SiteSettings, string>;
    const parsed = settingsSchema.safeParse(raw);
    if (!parsed.success) {
      return frame.respond(
        c,
        t.form.title,
        <SettingsForm csrfToken={staff.csrfToken} values={raw} errors={fieldErrors(parsed.error)} />,
        { status: 400 },
      );
    }
    await settings.update(parsed.data);
    await deps.audit.record({
      action: 'settings.updated',
      userId: staff.user.id,
      actor: staff.user.email,
      requestId: requestIdOf(c),
    });
    return c.redirect('/quan-tri/cai-dat?tb=da-luu-cai-dat', 303);
  });
}
