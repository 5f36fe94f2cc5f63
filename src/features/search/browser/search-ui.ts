/**
 * The search box of the /search/ page: results as you type, arrow keys between results, the count
 * announced, "/" to come back to the box. The page's own script, so no other page ships any of it.
 */
import { searchWording } from '../wording.en.ts';
import type { SearchEngine } from '../engine.ts';
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
}

const links = (container: HTMLElement) => [...container.querySelectorAll<HTMLAnchorElement>('a[href]')];

/** The reader is typing somewhere: "/" is then a character, not a shortcut. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

class SearchBox {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** Counts searches so an answer that arrives after a newer search started is dropped. */
  private sequence = 0;
  private engine: SearchEngine | null = null;
  private readonly parts: Parts;

  constructor(parts: Parts) {
    this.parts = parts;
    const { input, results } = parts;
    input.addEventListener('input', () => {
      // A search still running is now out of date: it fetches no more (see engine.search).
      this.sequence++;
      // Fetch the index for these words now, during the pause before searching.
      this.engine?.preload(input.value);
      this.schedule();
    });
    // Start loading search as soon as the reader is in the box (it has focus as the page opens).
    input.addEventListener('focus', () => this.warmUp());
    input.addEventListener('keydown', (event) => {
      // "/" is the shortcut to this box: pressed in the empty box (where the page opens), it has
      // done its job and types nothing. Once the reader has typed words, it is a character.
      if (event.key === '/' && !input.value && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        return;
      }
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
    const { input, status, results } = this.parts;
    const query = input.value.trim();
    const mine = ++this.sequence;
    if (query.length < MIN_LENGTH) {
      status.textContent = '';
      results.replaceChildren();
      return;
    }
    if (!this.engine) status.textContent = searchWording.loading;
    try {
      this.engine ??= await loadSearchEngine();
      const start = performance.now();
      const outcome = await this.engine.search(query, () => mine === this.sequence);
      const found = performance.now();
      if (mine !== this.sequence) return;
      renderResults(results, outcome);
      status.textContent = statusText(outcome);
      // The quality benchmark (scripts/search-quality.mjs) reads these timings.
      performance.measure('search-engine', { start, end: found, detail: query });
      performance.measure('search-query', { start, end: performance.now(), detail: query });
      results.dataset.query = query;
    } catch {
      if (mine !== this.sequence) return;
      status.textContent = searchWording.couldNotLoad;
      const [before, link, after] = searchWording.alsoBrowse;
      results.replaceChildren(el('p', {}, before, el('a', { href: '#topics' }, link), after));
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
    } else if (event.key === 'Escape') {
      // Leave the results, back to the search box.
      this.parts.input.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey && event.key !== ' ') {
      // Typing while on a result goes on with the search; the key lands in the box.
      this.parts.input.focus();
    }
  }
}

/** Brings the search page to life: its form and result areas are in src/pages/search.astro. */
export function mountSearchPage(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[role="search"]')!;
  const parts: Parts = {
    form,
    input: form.querySelector('input')!,
    status: root.querySelector<HTMLElement>('[data-search-status]')!,
    results: root.querySelector<HTMLElement>('[data-search-results]')!,
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

  // "/" from anywhere on the page, and the header's Search link, come back to the box.
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    parts.input.focus();
  });
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[data-search-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    parts.input.focus();
  });

  if (document.activeElement === parts.input) box.warmUp();
  const query = new URLSearchParams(location.search).get('q');
  if (query) parts.input.value = query;
  // The box is focused as the page opens, so a quick reader may type before this script is ready:
  // search for those words now rather than wait for another keystroke.
  if (parts.input.value.trim()) void box.run();
}
