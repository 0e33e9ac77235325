// The portal's own facts (name, address, phone, e-mail, About text), kept in the database and
// held in memory: every page render reads them, so reads must cost nothing.
import type { Clock } from '../../platform/clock.js';
import { sanitizeRichText } from '../../platform/text/rich-text.js';
import type { Db } from '../../database.js';

export interface SiteSettings {
  name: string;
  address: string;
  phone: string;
  email: string;
  /** Sanitised HTML. */
  aboutHtml: string;
}

const KEYS: Array<keyof SiteSettings> = ['name', 'address', 'phone', 'email', 'aboutHtml'];

export function createSiteSettings(deps: { db: Db; clock: Clock; defaults: SiteSettings; onChange: () => void }) {
  let current: SiteSettings = { ...deps.defaults };

  return {
    /** Loads the stored values; on first start stores the defaults. */
    async load(): Promise<void> {
      const rows = await deps.db.selectFrom('site_settings').selectAll().execute();
      const stored = new Map(rows.map((r) => [r.key, r.value]));
      const missing = KEYS.filter((k) => !stored.has(k));
      if (missing.length > 0) {
        const now = deps.clock.now().toISOString();
        await deps.db
          .insertInto('site_settings')
          .values(missing.map((key) => ({ key, value: deps.defaults[key], updated_at: now })))
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
      }
      current = Object.fromEntries(KEYS.map((k) => [k, stored.get(k) ?? deps.defaults[k]])) as unknown as SiteSettings;
    },

    get(): SiteSettings {
      return current;
    },

    async update(next: SiteSettings): Promise<void> {
      const clean: SiteSettings = { ...next, aboutHtml: sanitizeRichText(next.aboutHtml) };
      const now = deps.clock.now().toISOString();
      await deps.db.transaction().execute(async (trx) => {
        for (const key of KEYS) {
          await trx
            .insertInto('site_settings')
            .values({ key, value: clean[key], updated_at: now })
            .onConflict((oc) => oc.column('key').doUpdateSet({ value: clean[key], updated_at: now }))
            .execute();
        }
      });
      current = clean;
      deps.onChange();
    },
  };
}

export type SiteSettingsStore = ReturnType<typeof createSiteSettings>;
