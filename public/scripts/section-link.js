// @ts-check
/**
 * What a "Link to this section" control does when it is used: copy the section's address (or open
 * the share sheet on a phone) and say "Link copied". Imported on the first click by the control's
 * own click handler (src/features/article/section-link-handler.ts), so an article page runs no JavaScript until
 * the reader uses one. Plain JavaScript in public/ so its address is stable for that handler.
 */
const MESSAGE = 'Link copied';
const SHOW_FOR_MS = 5000;
/** @type {ReturnType<typeof setTimeout> | undefined} */
let timer;

/** @param {HTMLAnchorElement} link */
export function activate(link) {
  // The page's own address, not link.href: a ?query the reader arrived with does not belong in it.
  const url = location.origin + location.pathname + link.hash;
  // The share sheet is what phone users know; on a desktop it is a surprise, so copy there.
  if (navigator.share && matchMedia('(pointer: coarse)').matches) {
    navigator.share({ title: link.dataset.sectionLink, url }).catch(() => {
      // The reader closed the sheet, or sharing failed: nothing to undo either way.
    });
    return;
  }
  if (!navigator.clipboard) {
    location.hash = link.hash;
    return;
  }
  navigator.clipboard.writeText(url).then(
    () => {
      for (const other of document.querySelectorAll('.section-link-status')) other.textContent = '';
      // The status element is in the HTML from the start: screen readers announce a live region's
      // change only if the region already existed.
      const status = link.nextElementSibling;
      if (!status?.classList.contains('section-link-status')) return;
      status.textContent = MESSAGE;
      clearTimeout(timer);
      timer = setTimeout(() => (status.textContent = ''), SHOW_FOR_MS);
    },
    // No permission to copy: do what the plain link does, so the address is in the address bar.
    () => (location.hash = link.hash),
  );
}
