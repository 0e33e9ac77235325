// The English pages' own words (/en, /en/about, /en/organisation, /en/contact). The frame's words
// (menu, footer, dates) are in platform/i18n/en.ts; the texts the admin writes (About, contact
// note) are site settings.
export const englishText = {
  nav: {
    about: 'About us',
    organisation: 'Organisation',
    contact: 'Contact',
  },
  breadcrumb: 'You are here',
  home: {
    title: 'English',
    description: (siteName: string) => `${siteName}: an introduction in English, with the latest headlines.`,
    welcome: 'Welcome',
    introPending:
      'The English introduction of the committee is being prepared. Until then, the pages below give its organisation and contact details.',
    latest: 'Latest headlines',
    latestNote:
      'Our articles are published in Vietnamese only. The headlines below link to the Vietnamese articles; a translation tool in your browser can help you read them.',
    noHeadlines: 'No article has been published yet.',
    explore: 'In English',
    aboutHint: 'Who we are, what we do and how the committee is organised.',
    organisationHint: 'The Party committees and Party cells under the Bloc’s Party Committee.',
    contactHint: 'Our address, phone number and e-mail, and how to write to us.',
    vietnameseHome: 'The full portal, in Vietnamese',
  },
  about: {
    title: 'About us',
    description: (siteName: string) => `About the ${siteName}.`,
    pending: 'The English version of this page is being prepared.',
    readVietnamese: 'Read the introduction in Vietnamese',
  },
  organisation: {
    title: 'Organisation',
    description: (siteName: string) => `The organisation of the ${siteName}: its Party committees and Party cells.`,
    intro: (count: number) =>
      count === 1
        ? 'The committee has no subordinate organisation listed yet.'
        : `${count} Party organisations, from the Bloc’s Party Committee down to the grassroots Party committees and cells.`,
    vietnameseNames: 'Where no English name has been given yet, the unit’s Vietnamese name is shown.',
    founded: (date: string) => `founded ${date}`,
    empty: 'The organisation chart has not been entered yet.',
    treeLabel: 'Organisation chart',
  },
  contact: {
    title: 'Contact',
    description: (siteName: string) => `Address, phone number and e-mail of the ${siteName}.`,
    address: 'Address',
    addressNote: '(in Vietnamese, as written on letters)',
    phone: 'Phone',
    phoneNote: 'from abroad, dial +84 and leave out the first 0',
    email: 'E-mail',
    none: 'Not given yet',
    writeTitle: 'Write to us',
    writeBefore: 'To send us a message, use the',
    writeLink: 'contact form (in Vietnamese)',
    writeAfter:
      '. You may write your message in English; the form asks for your name, your e-mail address, a topic and the message.',
  },
  notFound: {
    message: 'There is no English page at this address. The English pages are listed in the menu above.',
    englishHome: 'English home page',
    vietnameseHome: 'the full portal, in Vietnamese',
  },
} as const;
