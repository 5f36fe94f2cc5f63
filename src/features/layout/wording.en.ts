/**
 * The words of the page frame every page shares, in English: the skip link, the header's
 * navigation and the footer. A second language is one more file of the same shape (LayoutWording).
 */
export const layoutWording = {
  skipLink: 'Skip to main content',
  nav: { label: 'Site', topics: 'Topics', search: 'Search', emergency: 'Emergency' },
  footer: {
    about: (author: string, role: string) =>
      `The information on this site is based on an article by ${author}, ${role}, rewritten in plain English and checked against published guidelines. It is general information, not a diagnosis. Talk to a doctor about your own symptoms.`,
    navLabel: 'More about this site',
    links: [
      { href: '/about/', text: 'About this site and its author' },
      { href: '/glossary/', text: 'Glossary of medical words' },
      { href: '/emergency/', text: 'When leg pain is an emergency' },
      { href: '/#topics', text: 'All topics' },
      { href: '/handout/', text: 'Make a handout for a patient' },
    ],
  },
};

export type LayoutWording = typeof layoutWording;
