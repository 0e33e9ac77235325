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
  /** The English pages (/en): the portal's English name, '' for the Vietnamese one. */
  nameEn: string;
  /** The committee in one paragraph, plain text, on /en. */
  introEn: string;
  /** /en/about: sanitised HTML, like aboutHtml. */
  aboutHtmlEn: string;
  /** Plain text under the contact details on /en/contact (office hours, "you may write in English"). */
  contactNoteEn: string;
}

const KEYS: Array<keyof SiteSettings> = [
  'name',
  'address',
  'phone',
  'email',
  'aboutHtml',
  'nameEn',
  'introEn',
  'aboutHtmlEn',
  'contactNoteEn',
];

/** The English texts came later (issue #11): a site without them starts with them empty. */
const ENGLISH_DEFAULTS = { nameEn: '', introEn: '', aboutHtmlEn: '', contactNoteEn: '' };
type Defaults = Omit<SiteSettings, keyof typeof ENGLISH_DEFAULTS> & Partial<SiteSettings>;

export function createSiteSettings(deps: { db: Db; clock: Clock; defaults: Defaults; onChange: () => void }) {
  const defaults: SiteSettings = { ...ENGLISH_DEFAULTS, ...deps.defaults };
  let current: SiteSettings = { ...defaults };

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
          .values(missing.map((key) => ({ key, value: defaults[key], updated_at: now })))
          .onConflict((oc) => oc.column('key').doNothing())
          .execute();
      }
      current = Object.fromEntries(KEYS.map((k) => [k, stored.get(k) ?? defaults[k]])) as unknown as SiteSettings;
    },

    get(): SiteSettings {
      return current;
    },

    async update(next: SiteSettings): Promise<void> {
      const clean: SiteSettings = {
        ...next,
        aboutHtml: sanitizeRichText(next.aboutHtml),
        aboutHtmlEn: sanitizeRichText(next.aboutHtmlEn),
      };
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
