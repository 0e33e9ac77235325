// The public pages that exist in both languages (Decree 42/2022/NĐ-CP asks state portals for an
// English introduction): each English page and its Vietnamese twin. The frame reads this table
// for every page, so a Vietnamese page that has a twin announces it (hreflang) and its language
// switch leads there, without the module that renders it knowing of the English pages. A page
// without a twin switches to the other language's home. The English module's pages are these
// (modules/english); test/http/english.test.ts checks both directions.
export type PageLang = 'vi' | 'en';

/** A page's versions by language, as site-relative paths. */
export type Alternates = Partial<Record<PageLang, string>>;

export const HOME_PATH: Record<PageLang, string> = { vi: '/', en: '/en' };

const TWINS: ReadonlyArray<Record<PageLang, string>> = [
  { vi: '/', en: '/en' },
  { vi: '/gioi-thieu', en: '/en/about' },
  { vi: '/lien-he', en: '/en/contact' },
];

/** The versions of the page at `path` in `lang`, itself included; undefined when it has no twin. */
export function findTwins(path: string, lang: PageLang): Alternates | undefined {
  return TWINS.find((twin) => twin[lang] === path);
}

/** Where the language switch of a page in `lang` leads: the twin, else the other language's home. */
export function switchTarget(lang: PageLang, alternates: Alternates | undefined): { lang: PageLang; path: string } {
  const other: PageLang = lang === 'en' ? 'vi' : 'en';
  return { lang: other, path: alternates?.[other] ?? HOME_PATH[other] };
}

/** The page in `lang` for a Vietnamese page's path: its twin when there is one, else the page itself. */
export function pathIn(lang: PageLang, viPath: string): string {
  return findTwins(viPath, 'vi')?.[lang] ?? viPath;
}
