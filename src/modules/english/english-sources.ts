// What the English pages read, asked of other modules through the composition root: the site's
// settings (the admin's English texts, the contact details), the units tree, the latest headlines.
// Plain shapes, so this module imports no other module.

export interface EnglishSettings {
  name: string;
  /** '' when the admin gave none: the frame then shows the Vietnamese name. */
  nameEn: string;
  introEn: string;
  /** Sanitised HTML (site settings sanitise it when saved). */
  aboutHtmlEn: string;
  contactNoteEn: string;
  address: string;
  phone: string;
  email: string;
}

export interface EnglishUnit {
  id: number;
  parentId: number | null;
  /** The Vietnamese name, shown marked lang="vi" when there is no English one. */
  name: string;
  /** '' when none is given. */
  nameEn: string;
  /** 'YYYY-MM-DD' or null. */
  foundedOn: string | null;
}

export interface EnglishHeadline {
  title: string;
  url: string;
  /** ISO timestamp. */
  publishedAt: string;
}

export interface EnglishSources {
  readSettings: () => EnglishSettings;
  /** Every unit, in the tree's reading order (siblings by position). */
  listUnits: () => Promise<EnglishUnit[]>;
  listHeadlines: (limit: number) => Promise<EnglishHeadline[]>;
}
