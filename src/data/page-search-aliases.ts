/**
 * Words patients type for the pages that are not articles, by address. Articles keep theirs in
 * their frontmatter (`aliases`). src/layouts/BaseLayout.astro writes them into the page as hidden
 * search metadata, which the search finds and ranks highly but never shows. Everyday words,
 * US and UK spellings and common misspellings belong here; words already on the page do not.
 */
export const pageSearchAliases: Readonly<Record<string, readonly string[]>> = {
  '/abi-calculator/': [
    'ABI calculator',
    'ABPI calculator',
    'work out my ABI',
    'calculate ankle brachial pressure index',
    'ankle arm index',
    'ankle blood pressure',
    'leg blood pressure test',
  ],
  '/shopping-cart-sign-quiz/': [
    'shopping cart sign quiz',
    'shopping trolley sign',
    'self check',
    'self test',
    'quiz',
    'back or circulation',
    'nerve or artery',
    'circulation or nerves',
    'walking pain check',
  ],
  // Only words for emergencies in general: a symptom search ("leg suddenly cold") belongs to the
  // article that explains it, which opens with the same emergency card as this page.
  '/emergency/': ['emergency', 'ambulance', 'A&E', 'ER', '999', '911', '112', 'urgent help', 'when to call'],
};
