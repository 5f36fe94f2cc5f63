/**
 * Draws search results with DOM calls only: every word from the index goes in as text, and the
 * matched words in <mark> elements, so nothing in a page's text can inject markup.
 */
import { searchWording } from '../wording.en.ts';
import type { SearchOutcome, SearchResult } from '../engine.ts';
import type { ExcerptPart } from '../excerpt.ts';
import { exampleSearches } from '../search-settings.ts';

type Child = Node | string | null | false;

/** A small element builder: el('p', { class: 'x' }, 'text', child). */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Only addresses on this site: the index holds nothing else, and a link must never run script. */
const safeHref = (url: string) => (url.startsWith('/') && !url.startsWith('//') ? url : '/');

function excerpt(parts: readonly ExcerptPart[], className: string): HTMLParagraphElement {
  return el('p', { class: className }, ...parts.map((p) => (p.mark ? el('mark', {}, p.text) : p.text)));
}

function pageResult(result: SearchResult): HTMLLIElement {
  const link = el(
    'a',
    { href: safeHref(result.url), class: 'search-result-link' },
    el('span', { class: 'search-result-title' }, result.title),
    result.section &&
      el(
        'span',
        { class: 'search-result-section' },
        el('span', { class: 'visually-hidden' }, ', '),
        searchWording.section(result.section),
      ),
  );
  return el('li', { class: 'search-result' }, link, excerpt(result.excerpt, 'search-result-excerpt'));
}

function definition(result: SearchResult): HTMLLIElement {
  return el(
    'li',
    { class: 'search-definition' },
    el('a', { href: safeHref(result.url), class: 'search-result-link' }, result.title),
    excerpt(result.excerpt, 'search-result-excerpt'),
  );
}

/**
 * The site-wide emergency card: a copy of the one search.astro renders at build time from
 * src/features/urgency/alerts.ts (EmergencyCard.astro), so search never words an emergency its own way.
 */
export function emergencyCard(): Node | null {
  const template = document.querySelector<HTMLTemplateElement>('template[data-emergency-card-template]');
  const card = template?.content.firstElementChild?.cloneNode(true) as HTMLElement | undefined;
  card?.classList.add('search-emergency');
  return card ?? null;
}

/** What to try when nothing is found. */
function nothingFound(query: string): HTMLElement {
  const words = searchWording.nothingFound;
  return el(
    'div',
    { class: 'search-empty' },
    el('p', {}, words.lead(query)),
    el(
      'ul',
      {},
      el('li', {}, words.fewerWords),
      el('li', {}, words.spelling),
      el(
        'li',
        {},
        words.examples,
        ...exampleSearches.flatMap((q, i) => [
          i ? ', ' : '',
          el('a', { href: `/search/?q=${encodeURIComponent(q)}` }, q),
        ]),
      ),
    ),
    el('p', {}, words.browse[0], el('a', { href: '#topics' }, words.browse[1]), words.browse[2]),
    emergencyCard(),
  );
}

/** Sentence for the live region and the visible status line. */
export function statusText(outcome: SearchOutcome): string {
  const n = outcome.pages.length;
  const words = outcome.definitions.length;
  if (n === 0 && words === 0) return searchWording.noResults(outcome.query);
  return searchWording.found(n, words, outcome.query);
}

/** Replaces the contents of `container` with the results. */
export function renderResults(container: HTMLElement, outcome: SearchOutcome): void {
  const nodes: Node[] = [];
  if (outcome.pages.length) {
    nodes.push(
      el('ol', { class: 'search-results', 'aria-label': searchWording.pagesLabel }, ...outcome.pages.map(pageResult)),
    );
  }
  if (outcome.definitions.length) {
    nodes.push(
      el(
        'section',
        { class: 'search-definitions', 'aria-label': searchWording.definitionsHeading },
        el('h2', { class: 'search-definitions-heading' }, searchWording.definitionsHeading),
        el('ul', { class: 'search-results' }, ...outcome.definitions.map(definition)),
      ),
    );
  }
  if (!outcome.pages.length && !outcome.definitions.length) nodes.push(nothingFound(outcome.query));
  container.replaceChildren(...nodes);
}
