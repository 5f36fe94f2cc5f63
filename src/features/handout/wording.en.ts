/**
 * Every word the handout builder's script writes into the page, in English. The words of the
 * page's own markup are in its .astro components; these are the ones only known in the browser
 * (headings that change with the view, the page count, what could not be found, copy messages).
 * A second language is one more file of the same shape (HandoutWording).
 */
import type { PaperSize } from './print-estimate.ts';

export const handoutWording = {
  builderHeading: 'Make a handout for a patient',
  handoutHeading: 'Your leg pain handout',
  basedOn: (sources: readonly string[]) => `Based on: ${sources.join('; ')}.`,
  missingTitle: (nothingFound: boolean) =>
    nothingFound ? 'The parts of this handout could not be found' : 'Some parts of this handout could not be found',
  /** Followed by a link to the page, whose title it names. */
  missingSectionOfPage: (id: string) => `A section called “${id}” of the page `,
  missingPage: (slug: string) => `A page called “${slug}”`,
  estimate: (pages: Readonly<Record<PaperSize, number>>) => {
    const sheets = (n: number) => `${n} ${n === 1 ? 'page' : 'pages'}`;
    return pages.A4 === pages.Letter
      ? `It prints on about ${sheets(pages.A4)}.`
      : `It prints on about ${sheets(pages.A4)} of A4 paper (${pages.Letter} on US Letter).`;
  },
  linkCopied: 'Link copied',
  linkSelected: 'The link is selected: copy it with your device’s copy command.',
};

export type HandoutWording = typeof handoutWording;
