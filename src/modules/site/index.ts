// The portal's own facts and pages: name, contact, About; Giới thiệu and Liên hệ. Rules: the
// About HTML is sanitised when saved; a change clears the page cache at once.
export { createSiteSettings, type SiteSettings, type SiteSettingsStore } from './site-settings.js';
export { capSiteSettingsBodies, mountSitePages } from './site.routes.js';
/** The contact details of /lien-he, shown by the contact module above its form. */
export { ContactPage } from './views/site-pages.js';
export { readContentVersion } from './content-version.queries.js';
