/**
 * The only search code on every page, about 1 kB: it waits for the reader to go to search (the
 * header's Search link, or the "/" key) and only then loads the search itself. On the /search/
 * page it loads the search at once. Without JavaScript the Search link opens the /search/ page.
 */

/** The reader is typing somewhere: "/" is then a character, not a shortcut. */
const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

async function openSearch(from: HTMLElement | null, fallback: string): Promise<void> {
  const pageInput = document.querySelector<HTMLInputElement>('[data-search-page] input[type="search"]');
  if (pageInput) {
    pageInput.focus();
    return;
  }
  try {
    const { openSearchDialog } = await import('./search-ui.ts');
    openSearchDialog(from);
  } catch {
    // The search code could not load (offline, a blocked file): the search page still works.
    location.href = fallback;
  }
}

export function listenForSearch(): void {
  const searchPage = document.querySelector<HTMLElement>('[data-search-page]');
  if (searchPage) void import('./search-ui.ts').then(({ mountSearchPage }) => mountSearchPage(searchPage));

  document.addEventListener('click', (event) => {
    if (
      event.defaultPrevented ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    const link = (event.target as Element | null)?.closest?.<HTMLAnchorElement>('a[data-search-link]');
    if (!link) return;
    event.preventDefault();
    void openSearch(link, link.href);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    event.preventDefault();
    void openSearch(document.activeElement instanceof HTMLElement ? document.activeElement : null, '/search/');
  });
}
