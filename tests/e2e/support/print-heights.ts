/**
 * Measures every block a handout can hold as Chromium prints it, for the builder's page count
 * (src/features/handout/print-estimate.ts). Used by `npm run handout:measure`, which writes
 * src/features/handout/handout-print-heights.json, and by the test that checks that file is still true.
 *
 * The page is laid out with print media at the printable width of the paper, which is how
 * page.pdf() lays it out (16 mm margins, from global.css's @page rule).
 */
import type { Page } from '@playwright/test';
import {
  KEEP_WITH_NEXT,
  SPLITS,
  type PaperSize,
  type PrintHeights,
} from '../../../src/features/handout/print-estimate.ts';

const MM = 96 / 25.4;
const MARGIN_MM = 16;
const PAPER_MM: Record<PaperSize, [number, number]> = { A4: [210, 297], Letter: [215.9, 279.4] };

export const printableSize = (paper: PaperSize) => {
  const [w, h] = PAPER_MM[paper];
  return { width: (w - 2 * MARGIN_MM) * MM, height: (h - 2 * MARGIN_MM) * MM };
};

type Measured = Record<string, { height: number; flags: number }>;

/** The printed blocks of the handout a link opens, with their heights (space after included). */
async function measureLink(page: Page, link: string): Promise<Measured> {
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Your leg pain handout' }).waitFor();
  return page.evaluate(
    ({ SPLITS, KEEP_WITH_NEXT }) => {
      const view = document.querySelector('[data-handout-view]')!;
      const blocks = [
        document.querySelector<HTMLElement>('[data-handout-heading]')!,
        ...view.querySelectorAll<HTMLElement>('[data-pb]'),
      ].filter((el) => el.getClientRects().length > 0);
      const top = (el: Element) => el.getBoundingClientRect().top + scrollY;
      // The short version's blocks print tighter: the builder looks them up under "short:…".
      const prefix = view.classList.contains('handout-short') ? 'short:' : '';
      const out: Record<string, { height: number; flags: number }> = {
        'page-top': { height: top(blocks[0]!), flags: 0 },
      };
      blocks.forEach((el, i) => {
        const style = getComputedStyle(el);
        const next = blocks[i + 1];
        const end = next ? top(next) : el.getBoundingClientRect().bottom + scrollY + parseFloat(style.marginBottom);
        // Text runs over onto the next sheet; a box kept whole (or a wrapper round one) does not.
        const whole = (e: Element) =>
          getComputedStyle(e).breakInside === 'avoid' || /^(H\d|TABLE|FIGURE|IMG)$/.test(e.tagName);
        const splits =
          !whole(el) && !(el.children.length === 1 && whole(el.children[0]!)) && (el.textContent ?? '').trim() !== '';
        const keep = style.breakAfter === 'avoid' || style.breakAfter === 'avoid-page';
        out[el.dataset.pb ? `${prefix}${el.dataset.pb}` : 'h1'] = {
          height: Math.round((end - top(el)) * 10) / 10,
          flags: (splits ? SPLITS : 0) | (keep ? KEEP_WITH_NEXT : 0),
        };
      });
      return out;
    },
    { SPLITS, KEEP_WITH_NEXT },
  );
}

/** The first page's printed link: its length, the lines it takes and their height. */
async function addressLines(page: Page) {
  return page.locator('[data-handout-address]').evaluate((el) => {
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight);
    const lines = Math.round(el.getBoundingClientRect().height / lineHeight);
    return { chars: (el.textContent ?? '').length, lines, lineHeight: Math.round(lineHeight * 10) / 10 };
  });
}

/** Every article's slug and every section's "slug/id", as the builder's form lists them. */
async function catalogue(page: Page): Promise<{ articles: string[]; sections: string[] }> {
  await page.goto('/handout/');
  const values = await page
    .locator('input[data-handout-item]')
    .evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
  return { articles: values.filter((v) => !v.includes('/')), sections: values.filter((v) => v.includes('/')) };
}

const LONG_LINE = 'Walk for 30 minutes every day, and stop to rest when the pain starts. '.repeat(6).trim();

export async function measureHandoutPrint(page: Page): Promise<PrintHeights> {
  const { articles, sections } = await catalogue(page);
  const result: PrintHeights = {
    papers: {} as PrintHeights['papers'],
    blocks: {},
  };
  await page.emulateMedia({ media: 'print' });
  const columns: Record<string, number[]> = {};
  const flags: Record<string, number> = {};
  for (const [column, paper] of (['A4', 'Letter'] as const).entries()) {
    const size = printableSize(paper);
    await page.setViewportSize({ width: Math.floor(size.width), height: Math.floor(size.height) });
    const measured: Measured = {};
    // Whole articles first: later links add only the blocks that are new (a section's address).
    for (const link of [
      `/handout/#s=${articles.join(',')}&note=Walk every day.`,
      `/handout/#s=${sections.join(',')}`,
      `/handout/#s=${articles[0]},no-such-page`,
      `/handout/#s=${articles.join(',')}&short&note=Walk every day.`,
    ]) {
      for (const [key, value] of Object.entries(await measureLink(page, link))) measured[key] ??= value;
    }
    // The first page's address block grows with the link: measure it for a link of a usual
    // length (3 pages and a short note), not the all-articles link above.
    const usual = `s=${articles.slice(0, 3).join(',')}&note=Walk every day.`;
    measured.address = (await measureLink(page, `/handout/#${usual}`)).address!;
    const usualLines = await addressLines(page);
    measured['short:address'] = (await measureLink(page, `/handout/#${usual}&short`))['short:address']!;
    // How many characters of a link fill a line, from a link many lines long.
    await measureLink(page, `/handout/#s=${sections.join(',')}`);
    const long = await addressLines(page);
    const noteHeight = async (note: string) =>
      (await measureLink(page, `/handout/#s=${articles[0]}&note=${encodeURIComponent(note)}`)).note!.height;
    const one = await noteHeight('Walk.');
    const noteLine = ((await noteHeight('1\n2\n3\n4\n5\n6\n7\n8\n9\n10')) - one) / 9;
    const longLines = ((await noteHeight(LONG_LINE)) - one) / noteLine + 1;
    result.papers[paper] = {
      pageHeight: Math.round(size.height * 100) / 100,
      noteLine: Math.round(noteLine * 10) / 10,
      noteCharsPerLine: Math.floor(LONG_LINE.length / Math.round(longLines)),
      addressLine: long.lineHeight,
      addressCharsPerLine: Math.floor(long.chars / long.lines),
      addressLines: usualLines.lines,
    };
    for (const [key, { height, flags: f }] of Object.entries(measured)) {
      (columns[key] ??= [])[column] = height;
      flags[key] = f;
    }
  }
  for (const key of Object.keys(columns).sort()) {
    const [a4 = 0, letter = 0] = columns[key]!;
    result.blocks[key] = [a4, letter, flags[key] ?? 0];
  }
  return result;
}
