/**
 * How many sheets a handout prints on, worked out before anyone prints. Every block a handout can
 * hold (a heading, a paragraph, a box, an address line) was measured as Chromium prints it on A4
 * and US Letter (scripts/measure-handout-print.ts writes src/features/handout/handout-print-heights.json);
 * this lays the chosen blocks out on pages with the print stylesheet's rules: boxes stay whole,
 * headings go over with what follows, paragraphs and lists may split.
 * Pure functions: the builder script and the unit tests share them.
 */

export type PaperSize = 'A4' | 'Letter';
export const PAPER_SIZES: readonly PaperSize[] = ['A4', 'Letter'];

/** Bit flags of a measured block. */
export const SPLITS = 1;
export const KEEP_WITH_NEXT = 2;

export interface PaperMeasure {
  /** Printable height of one sheet, in CSS pixels. */
  pageHeight: number;
  /** Height of one line of the doctor's note, and about how many characters fill it. */
  noteLine: number;
  noteCharsPerLine: number;
  /** The same for the handout's own link on page 1, and the lines it took when measured. */
  addressLine: number;
  addressCharsPerLine: number;
  addressLines: number;
}

export interface PrintHeights {
  papers: Record<PaperSize, PaperMeasure>;
  /** key → [height on A4, height on Letter, flags]; heights include the space after the block. */
  blocks: Record<string, readonly number[]>;
}

export interface FlowBlock {
  height: number;
  /** A paragraph or list: may run over onto the next sheet. */
  splits: boolean;
  /** A heading or lead-in: never ends a sheet, goes over with the block after it. */
  keepWithNext: boolean;
}

/** The least of a paragraph or list that starts at the foot of a sheet (3 lines: the orphans rule). */
export const MIN_START = 60;

/** Lays the blocks out in order and counts the sheets they need. */
export function countPages(blocks: readonly FlowBlock[], pageHeight: number): number {
  if (!(pageHeight > 0))
    throw new Error(`countPages: pageHeight must be a positive number of pixels, got ${pageHeight}`);
  let pages = 1;
  let y = 0;
  for (let i = 0; i < blocks.length; i++) {
    // A heading and the start of what follows it are placed as one.
    let kept = 0;
    let j = i;
    while (blocks[j]!.keepWithNext && j + 1 < blocks.length) kept += blocks[j++]!.height;
    const last = blocks[j]!;
    const need = kept + (last.splits ? Math.min(last.height, MIN_START) : last.height);
    if (y > 0 && y + need > pageHeight) {
      pages++;
      y = 0;
    }
    y += kept + last.height;
    // A box taller than a sheet is split anyway; a paragraph runs on.
    while (y > pageHeight + 0.5) {
      pages++;
      y -= pageHeight;
    }
    i = j;
  }
  return pages;
}

/** Lines a note takes: each of its own lines, wrapped at about `charsPerLine` characters. */
export function noteLines(note: string, charsPerLine: number): number {
  if (note === '') return 0;
  return note.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil([...line].length / charsPerLine)), 0);
}

export interface Estimate {
  pages: Record<PaperSize, number>;
  /** Keys of blocks with no measurement: the estimate is missing them. */
  unmeasured: string[];
}

/**
 * The sheets a handout made of these blocks prints on, per paper size. The note block ("note") is
 * measured holding one line, and page 1's link at a usual length: the lines the actual note and
 * link take beyond that are added here.
 */
export function estimatePages(
  keys: readonly string[],
  heights: PrintHeights,
  { note = '', address = '' }: { note?: string; address?: string } = {},
): Estimate {
  const unmeasured = keys.filter((key) => !(key in heights.blocks));
  const pages = {} as Record<PaperSize, number>;
  PAPER_SIZES.forEach((paper, column) => {
    const measure = heights.papers[paper];
    const blocks = keys.flatMap((key): FlowBlock[] => {
      const block = heights.blocks[key];
      if (!block) return [];
      const extra = /^(short:)?note$/.test(key)
        ? Math.max(0, noteLines(note, measure.noteCharsPerLine) - 1) * measure.noteLine
        : /^(short:)?address$/.test(key) && address
          ? (Math.ceil(address.length / measure.addressCharsPerLine) - measure.addressLines) * measure.addressLine
          : 0;
      return [
        {
          height: block[column]! + extra,
          splits: ((block[2] ?? 0) & SPLITS) > 0,
          keepWithNext: ((block[2] ?? 0) & KEEP_WITH_NEXT) > 0,
        },
      ];
    });
    pages[paper] = countPages(blocks, measure.pageHeight);
  });
  return { pages, unmeasured };
}
