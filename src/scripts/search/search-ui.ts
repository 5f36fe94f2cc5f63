/**
 * The search box: results as you type, arrow keys between results, the count announced. Runs on
 * the /search/ page (mountSearchPage) and in a dialog opened from any page's header
 * (openSearchDialog). Loaded only when the reader goes to search: see bootstrap.ts.
 */
import type { SearchEngine } from '../../lib/search/engine.ts';
import { loadSearchEngine } from './load-engine.ts';
import { el, renderResults, statusText } from './render.ts';

/** Wait this long after the last key before searching: fast typists should not see flicker. */
const DEBOUNCE_MS = 150;
/** Shorter searches match too much to be useful. */
const MIN_LENGTH = 2;

interface Parts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  results: HTMLElement;
  /** Heading level of the blocks inside the results. */
  headingLevel: 2 | 3;
}

const links = (container: HTMLElement) => [...container.querySelectorAll<HTMLAnchorElement>('a[href]')];

class SearchBox {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts searches so an answer that arrives after a newer search started is dropped. */
  private sequence = 0;
  private engine: SearchEngine | null = null;
  private readonly parts: Parts;

  constructor(parts: Parts) {
    this.parts = parts;
    const { input, results } = parts;
    input.addEventListener('input', () => this.schedule());
    input.addEventListener('keydown', (event) => {
      if (event.key === 'ArrowDown' && links(results).length) {
        event.preventDefault();
        links(results)[0]!.focus();
      }
    });
    results.addEventListener('keydown', (event) => this.moveBetweenResults(event));
  }

  /** Loads the engine now, so it is ready by the time the reader has typed a word. */
  warmUp(): void {
    loadSearchEngine().then(
      (engine) => (this.engine = engine),
      () => {},
    );
  }

  schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  async run(): Promise<void> {
    clearTimeout(this.timer);
    const { input, status, results, headingLevel } = this.parts;
    const query = input.value.trim();
    const mine = ++this.sequence;
    if (query.length < MIN_LENGTH) {
      status.textContent = '';
      results.replaceChildren();
      return;
    }
    if (!this.engine) status.textContent = 'Loading search…';
    try {
      this.engine ??= await loadSearchEngine();
      const start = performance.now();
      const outcome = await this.engine.search(query);
      if (mine !== this.sequence) return;
      renderResults(results, outcome, headingLevel);
      status.textContent = statusText(outcome);
      // The quality benchmark (scripts/search-quality.mjs) reads these timings.
      performance.measure('search-query', { start, end: performance.now(), detail: query });
      results.dataset.query = query;
    } catch {
      if (mine !== this.sequence) return;
      status.textContent = 'Sorry, search could not load. Check your connection and try again.';
      results.replaceChildren(el('p', {}, 'You can also ', el('a', { href: '/#topics' }, 'browse all topics'), '.'));
    }
  }

  private moveBetweenResults(event: KeyboardEvent): void {
    const list = links(this.parts.results);
    const at = list.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = at + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) this.parts.input.focus();
      else list[Math.min(next, list.length - 1)]!.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      // Typing while on a result goes on with the search; the key lands in the box.
      this.parts.input.focus();
    }
  }
}

/** The /search/ page: its form is in the page's HTML (src/pages/search.astro). */
export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const parts: Parts = {
    form,
    input: form.querySelector('input')!,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    results: root.querySelector<HTMLElement>('[data-search-results]')!,
    headingLevel: 2,
  };
  const box = new SearchBox(parts);
  for (const hidden of root.querySelectorAll<HTMLElement>('[data-search-ready]')) hidden.hidden = false;
  for (const message of root.querySelectorAll<HTMLElement>('[data-search-needs-js]')) message.hidden = true;

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = parts.input.value.trim();
    // The address now holds the search, so the reader can share or bookmark it.
    history.replaceState(null, '', query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    void box.run().then(() => parts.status.focus());
  });

  box.warmUp();
  const query = new URLSearchParams(location.search).get('q');
  if (query) {
    parts.input.value = query;
    void box.run();
  }
}

let dialog: { element: HTMLDialogElement; box: SearchBox } | null = null;
let opener: HTMLElement | null = null;

function buildDialog(): { element: HTMLDialogElement; box: SearchBox } {
  const input = el('input', {
    id: 'search-dialog-input',
    name: 'q',
    type: 'search',
    autocomplete: 'off',
    enterkeyhint: 'search',
    'aria-describedby': 'search-dialog-hint',
    class: 'search-input',
  });
  input.autofocus = true;
  const form = el(
    'form',
    { role: 'search', action: '/search/', method: 'get', class: 'search-form' },
    el('label', { for: 'search-dialog-input', class: 'search-label' }, 'Search the site in your own words'),
    el(
      'p',
      { id: 'search-dialog-hint', class: 'search-hint' },
      'For example: calf pain when walking, or swollen ankle',
    ),
    input,
  );
  const close = el(
    'button',
    { type: 'button', class: 'button button-secondary search-close' },
    'Close',
    el('span', { class: 'visually-hidden' }, ' search'),
  );
  const status = el('p', { class: 'search-status', role: 'status' });
  const results = el('div', { class: 'search-output' });
  const box = el(
    'dialog',
    { class: 'search-dialog', 'aria-labelledby': 'search-dialog-title' },
    el(
      'div',
      { class: 'search-dialog-inner' },
      el('div', { class: 'search-dialog-top' }, el('h2', { id: 'search-dialog-title' }, 'Search'), close),
      form,
      status,
      results,
      el(
        'p',
        { class: 'search-dialog-emergency' },
        'Leg suddenly cold, pale, numb or very painful? ',
        el('a', { href: '/emergency/' }, 'When leg pain is an emergency'),
      ),
    ),
  );
  const search = new SearchBox({ form, input, status, results, headingLevel: 3 });
  close.addEventListener('click', () => box.close());
  box.addEventListener('close', () => {
    document.documentElement.classList.remove('search-open');
    opener?.focus();
  });
  // A click on the backdrop (outside the panel) closes, as readers expect of a pop-up.
  box.addEventListener('click', (event) => {
    if (event.target === box) box.close();
  });
  document.body.append(box);
  return { element: box, box: search };
}

/** Opens the search dialog; Escape or Close shuts it and puts focus back on `from`. */
export function openSearchDialog(from: HTMLElement | null): void {
  opener = from;
  dialog ??= buildDialog();
  const { element, box } = dialog;
  if (!element.open) {
    document.documentElement.classList.add('search-open');
    element.showModal();
  }
  element.querySelector('input')!.select();
  box.warmUp();
}
