/**
 * The words an article page puts round the article itself, in English: the line under the title,
 * the boxes' headings, section links, the guideline-difference labels and the reading order. The
 * article's own text is in content/. A second language is one more file of the same shape
 * (ArticleWording).
 */
export const articleWording = {
  lastUpdated: 'Last updated',
  /** "Checked against the source article and 3 guidelines and studies" */
  checkedAgainst: (what: string) => `Checked against ${what}`,
  listOfSources: 'list of sources',
  inBrief: 'In brief',
  onThisPage: 'On this page',
  sectionLinkWord: 'Link',
  sectionLinkLabel: (title: string) => `Link to this section: ${title}`,
  olderAdvice: 'Older advice said:',
  currentGuidelines: 'Current guidelines',
  currentGuidelinesSay: 'say:',
  sources: 'Sources',
  related: 'Related pages',
  readingOrder: 'Reading order',
  previous: 'Previous',
  next: 'Next',
};

export type ArticleWording = typeof articleWording;
