/**
 * Makes each "Link to this section" control copy its section's address, or open the share sheet on
 * a phone. Without this script the control is still a plain link to the section. Kept tiny: it is
 * the only script on an article page.
 */
const MESSAGE = 'Link copied';
const SHOW_FOR_MS = 5000;
let timer: ReturnType<typeof setTimeout> | undefined;

for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-section-link]')) {
  // A live region must exist before its text changes, or screen readers may not announce it.
  const status = document.createElement('span');
  status.className = 'section-link-status';
  status.setAttribute('role', 'status');
  link.after(status);
  link.addEventListener('click', (event) => {
    // The page's own address, not link.href: a ?query the reader arrived with does not belong in it.
    const url = location.origin + location.pathname + link.hash;
    // The share sheet is what phone users know; on a desktop it is a surprise, so copy there.
    if (navigator.share && matchMedia('(pointer: coarse)').matches) {
      event.preventDefault();
      navigator.share({ title: link.dataset.sectionLink, url }).catch(() => {
        // The reader closed the sheet, or sharing failed: nothing to undo either way.
      });
    } else if (navigator.clipboard) {
      event.preventDefault();
      navigator.clipboard.writeText(url).then(
        () => {
          for (const other of document.querySelectorAll('.section-link-status')) other.textContent = '';
          status.textContent = MESSAGE;
          clearTimeout(timer);
          timer = setTimeout(() => (status.textContent = ''), SHOW_FOR_MS);
        },
        // No permission to copy: do what the plain link does, so the address is in the address bar.
        () => (location.hash = link.hash),
      );
    }
  });
}
