// English UI sentences for the English pages (/en, Decree 42/2022/NĐ-CP): the same keys as vi.ts's
// `ui`, so the public frame swaps one catalogue for the other. Each module's English words are in
// its own *.en.ts (e.g. modules/english/english.en.ts).
import type { vi } from './vi.js';

/** A catalogue's shape with its strings widened: the English words differ, the keys and functions do not. */
export type UiWords = {
  [K in keyof typeof vi.ui]: (typeof vi.ui)[K] extends string ? string : (typeof vi.ui)[K];
};

export const en = {
  ui: {
    skipToContent: 'Skip to main content',
    home: 'Home',
    latestNews: 'Latest news',
    featured: 'Featured',
    viewAll: 'View all',
    search: 'Search',
    searchPlaceholder: 'Keywords (Vietnamese)',
    searchLabel: 'Search the articles (in Vietnamese)',
    searchResultsFor: 'Search results for',
    searchCount: (n: string) => `${n} articles found.`,
    searchEmptyQuery: 'Type a keyword to search the articles, which are written in Vietnamese.',
    searchNoResult: 'No article matches. Try other or fewer words.',
    login: 'Staff login',
    visitStats: 'Visit statistics',
    online: 'Online now',
    today: 'Today',
    thisWeek: 'This week',
    allTime: 'All time',
    statsMethod: 'How we count',
    views: 'Views',
    author: 'Author',
    publishedOn: 'Published',
    category: 'Section',
    related: 'Related news',
    print: 'Print',
    categories: 'Sections',
    previousPage: 'Previous page',
    nextPage: 'Next page',
    pageOf: (page: number, pages: number) => `Page ${page} of ${pages}`,
    pagination: 'Pages',
    noArticles: 'This section has no articles yet.',
    notFoundTitle: 'Page not found',
    errorTitle: 'Something went wrong',
    backHome: 'Back to the English home page',
    requestId: 'Request id',
    footerResponsible: 'Responsible for the content: the Standing Board of the Bloc’s Party Committee',
    rssFeed: 'News feed (RSS, in Vietnamese)',
    mainMenu: 'Main menu',
    menu: 'Menu',
    menuButton: 'Menu',
    statsPageTitle: 'Visit statistics and how we count',
    portalKicker: 'Official web portal',
    addressLabel: 'Address:',
    phone: (phone: string) => `Phone: ${phone}`,
    email: (email: string) => `E-mail: ${email}`,
    about: 'About us',
    contact: 'Contact',
    siteMap: 'Site map',
    invalidPageField: 'Invalid page number',
    errorSummaryTitle: (count: number) =>
      count === 1 ? 'Not saved: 1 field needs fixing' : `Not saved: ${count} fields need fixing`,
    languageSwitch: 'Language',
    vietnamese: 'Tiếng Việt',
    english: 'English',
  } satisfies UiWords,
  /** Dates as British English writes them: "Saturday, 5 December 2026". */
  dates: {
    weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
    months: [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ],
  },
} as const;
