// The English pages (Decree 42/2022/NĐ-CP, art. 4 and 7): /en (the committee in one paragraph,
// the latest headlines, marked as Vietnamese), /en/about, /en/organisation (the units tree with
// English names where given), /en/contact. Rules: every word from english.en.ts or
// platform/i18n/en.ts (check-shape refuses English literals in these views); whatever stays
// Vietnamese is marked lang="vi"; the module owns no table (the texts are site settings, the
// English names a units column) and imports no other module: the composition root hands it
// plain readers (english-sources.ts).
export { ENGLISH_NAV, mountEnglishPages } from './english.public.js';
export type { EnglishHeadline, EnglishSettings, EnglishSources, EnglishUnit } from './english-sources.js';
