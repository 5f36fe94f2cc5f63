/**
 * What a handout holds, and how that lives in its link. The selection and the doctor's note are
 * kept only in the URL fragment (#…), which browsers never send to a server, so nothing a doctor
 * chooses or types is stored or sent anywhere.
 *
 *   /handout/#s=arterial-leg-pain/walking-pain,venous-leg-pain&note=Walk%20every%20day&short
 *
 * `s` lists parts: a slug is a whole article, slug/id one section of it. `short` asks for the short
 * version (each article's In brief and when to get help). The link a doctor sends opens the
 * patient's reading view; `&edit` opens the builder's form and `&send` the sender's view (print,
 * copy link, QR code), so the builder's controls are never what a patient meets first.
 * Pure functions: the builder script and the unit tests share them.
 */
import { urgencyLevels, type UrgencyLevel } from '../urgency/alerts.ts';

/**
 * The warning cards a handout prints, by level. The short version is "when to get help": every
 * emergency, same-day and see-a-doctor sign, without the self-care advice of the full version.
 */
export function cardLevels(short: boolean): UrgencyLevel[] {
  return urgencyLevels.filter((level) => !(short && level === 'self-care'));
}

/** The longest note a doctor can add: a few sentences, so the link stays short enough to send. */
export const NOTE_MAX_LENGTH = 500;

/** One article as the builder offers it, in reading order, with its sections in page order. */
export interface CatalogueArticle {
  slug: string;
  sections: { id: string; formerIds?: string[] }[];
}

/** One article's part of a handout: the whole article, or some of its sections in page order. */
export interface HandoutPart {
  slug: string;
  whole: boolean;
  sections: string[];
}

export interface Handout {
  /** In the catalogue's order, whatever order the link listed them in. */
  parts: HandoutPart[];
  note: string;
  /** The short version: each article's In brief and when to get help, in place of its text. */
  short?: boolean;
}

/**
 * Who the page is for. `patient`: the reading view a sent link opens. `edit`: the builder's form
 * with this handout's choices ticked. `send`: the doctor's view after making it, with print, link
 * and QR code above the handout.
 */
export type HandoutView = 'patient' | 'edit' | 'send';

export interface ParsedHandout extends Handout {
  short: boolean;
  view: HandoutView;
  /** Items of the link that match nothing on the site any more, as written in the link. */
  unknown: string[];
}

/**
 * Turns chosen items ("slug" or "slug/id") into a handout in reading order. A whole article
 * makes its single sections redundant; ids a section had before a rename still find it.
 */
export function resolveItems(
  items: readonly string[],
  catalogue: readonly CatalogueArticle[],
): { parts: HandoutPart[]; unknown: string[] } {
  const unknown: string[] = [];
  const whole = new Set<string>();
  const sections = new Map<string, Set<string>>();
  for (const item of items) {
    const [slug = '', id, ...extra] = item.split('/');
    const article = catalogue.find((a) => a.slug === slug);
    const section =
      id === undefined ? undefined : article?.sections.find((s) => s.id === id || (s.formerIds ?? []).includes(id));
    if (!article || extra.length > 0 || (id !== undefined && !section)) {
      if (item !== '') unknown.push(item);
    } else if (section) {
      sections.set(slug, (sections.get(slug) ?? new Set()).add(section.id));
    } else {
      whole.add(slug);
    }
  }
  const parts = catalogue.flatMap((article): HandoutPart[] => {
    if (whole.has(article.slug)) return [{ slug: article.slug, whole: true, sections: [] }];
    const chosen = sections.get(article.slug);
    if (!chosen) return [];
    return [
      { slug: article.slug, whole: false, sections: article.sections.map((s) => s.id).filter((id) => chosen.has(id)) },
    ];
  });
  return { parts, unknown };
}

/** The items of a handout, in order: what the `s` parameter lists and the builder ticks. */
export function handoutItems(parts: readonly HandoutPart[]): string[] {
  return parts.flatMap((p) => (p.whole ? [p.slug] : p.sections.map((id) => `${p.slug}/${id}`)));
}

/** A note as it is kept: line endings made plain and cut to NOTE_MAX_LENGTH characters. */
export function cleanNote(note: string): string {
  return [...note.replace(/\r\n?/g, '\n').trim()].slice(0, NOTE_MAX_LENGTH).join('');
}

/** The fragment (with its #) of a handout's link. Slugs and ids are kebab-case, so only the note needs escaping. */
export function handoutHash(
  { parts, note, short = false }: Handout,
  { view = 'patient' }: { view?: HandoutView } = {},
): string {
  const params = [`s=${handoutItems(parts).join(',')}`];
  const kept = cleanNote(note);
  if (kept) params.push(`note=${encodeURIComponent(kept)}`);
  if (short) params.push('short');
  if (view !== 'patient') params.push(view);
  return `#${params.join('&')}`;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    // A link cut short in an email can end in half an escape ("%E2%8"): keep what can be read.
    return value;
  }
}

/** Reads a handout's link fragment (with or without its #). Anything unexpected is ignored. */
export function parseHandoutHash(hash: string, catalogue: readonly CatalogueArticle[]): ParsedHandout {
  const params = new Map<string, string>();
  for (const pair of hash.replace(/^#/, '').split('&')) {
    const at = pair.indexOf('=');
    if (pair) params.set(at < 0 ? pair : pair.slice(0, at), at < 0 ? '' : pair.slice(at + 1));
  }
  const items = decode(params.get('s') ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const { parts, unknown } = resolveItems(items, catalogue);
  // Both flags in one link (edited by hand) mean the doctor is at work: the form is the safer view.
  const view: HandoutView = params.has('edit') ? 'edit' : params.has('send') ? 'send' : 'patient';
  return { parts, note: cleanNote(decode(params.get('note') ?? '')), short: params.has('short'), view, unknown };
}
