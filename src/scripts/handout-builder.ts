/**
 * The handout builder's browser side: reads and writes the choices in the URL fragment, shows the
 * form or the handout, and copies the chosen parts of the articles out of their <template>s.
 * The rules of what a handout holds are in src/lib/handout-selection.ts; this file only touches
 * the page. The doctor's note is only ever set as text (textContent), never as HTML.
 */
import {
  handoutHash,
  handoutItems,
  parseHandoutHash,
  type CatalogueArticle,
  type Handout,
  type HandoutPart,
} from '../lib/handout-selection.ts';

const BUILDER_HEADING = 'Make a handout for a patient';
const HANDOUT_HEADING = 'Your leg pain handout';

function find<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`handout builder: no ${selector} on the page`);
  return element;
}

const heading = find('[data-handout-heading]');
const intro = find('[data-builder-intro]');
const form = find<HTMLFormElement>('[data-handout-form]');
const view = find('[data-handout-view]');
const note = find<HTMLTextAreaElement>('#handout-note');
const errorSummary = find('[data-error-summary]');
const pickError = find('[data-pick-error]');
const pickFieldset = find('[data-pick-fieldset]');
const linkInput = find<HTMLInputElement>('[data-handout-link]');
const copyStatus = find('[data-copy-status]');
const checkboxes = [...document.querySelectorAll<HTMLInputElement>('input[data-handout-item]')];
const titles = { builder: document.title, handout: document.title.replace(BUILDER_HEADING, HANDOUT_HEADING) };

/** The form lists every article and section in handout order, so it doubles as the catalogue. */
const catalogue: CatalogueArticle[] = checkboxes
  .filter((box) => !box.value.includes('/'))
  .map((box) => ({
    slug: box.value,
    sections: checkboxes
      .filter((s) => s.value.startsWith(`${box.value}/`))
      .map((s) => ({
        id: s.value.split('/')[1] ?? '',
        formerIds: (s.dataset.formerIds ?? '').split(' ').filter(Boolean),
      })),
  }));

find('[data-needs-js]').hidden = true;
form.hidden = false;

function tick({ parts, note: text }: Handout) {
  const items = new Set(handoutItems(parts));
  for (const box of checkboxes) box.checked = items.has(box.value);
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-sections-of]')) {
    // Show the sections already chosen, so editing a handout shows what it holds.
    if (details.querySelector('input:checked')) details.open = true;
  }
  note.value = text;
}

function chosen(): string[] {
  return checkboxes.filter((box) => box.checked).map((box) => box.value);
}

function showError(shown: boolean) {
  errorSummary.hidden = !shown;
  pickError.hidden = !shown;
  pickFieldset.classList.toggle('has-error', shown);
  pickFieldset.setAttribute('aria-describedby', shown ? 'pick-hint pick-error' : 'pick-hint');
}

/** One chosen article, copied from its template and cut down to the chosen sections. */
function articleBlock(part: HandoutPart): DocumentFragment | undefined {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-handout-article="${part.slug}"]`);
  if (!template) return undefined;
  const block = template.content.cloneNode(true) as DocumentFragment;
  const addresses = [...block.querySelectorAll<HTMLElement>('[data-address-for]')];
  if (part.whole) {
    for (const address of addresses) address.remove();
    return block;
  }
  for (const wholeOnly of block.querySelectorAll('[data-whole-only]')) wholeOnly.remove();
  const content = find('[data-handout-content]', block);
  // The text before the first section introduces the whole page; a single section stands alone.
  for (const child of [...content.children]) {
    const id = child.getAttribute('data-handout-section');
    if (id !== null && part.sections.includes(id)) {
      const address = addresses.find((a) => a.dataset.addressFor === id);
      if (address) child.append(address);
    } else child.remove();
  }
  for (const address of addresses) if (!address.closest('[data-handout-section]')) address.remove();
  return block;
}

function renderHandout(handout: Handout, unknown: string[]) {
  const body = find('[data-handout-body]');
  const alertsBox = find('[data-handout-alerts]');
  body.replaceChildren(...handout.parts.flatMap((part) => articleBlock(part) ?? []));

  const wanted = new Set(
    handout.parts.flatMap(
      (part) =>
        document
          .querySelector(`template[data-handout-article="${part.slug}"]`)
          ?.getAttribute('data-alerts')
          ?.split(' ') ?? [],
    ),
  );
  // One card per urgency level, emergencies first (the templates' order), holding only the
  // alerts of the chosen articles.
  alertsBox.replaceChildren(
    ...[...document.querySelectorAll<HTMLTemplateElement>('template[data-handout-alerts-level]')].flatMap((t) => {
      const card = t.content.cloneNode(true) as DocumentFragment;
      for (const part of card.querySelectorAll<HTMLElement>('[data-alert-part]')) {
        if (!wanted.has(part.dataset.alertPart ?? '')) part.remove();
      }
      // The handout holds the articles themselves; "read about" links would only repeat them.
      card.querySelector('[data-alert-links]')?.remove();
      return card.querySelector('[data-alert-part]') ? [card] : [];
    }),
  );

  const noteBox = find('[data-handout-note]');
  noteBox.hidden = handout.note === '';
  find('[data-handout-note-text]').textContent = handout.note;
  find('[data-unknown-parts]').hidden = unknown.length === 0;

  // Only the sources this handout cites; the list numbers only what is shown.
  // The source article is what every part is based on, cited or not.
  const cited = new Set([
    'source-source-article',
    ...[...view.querySelectorAll<HTMLAnchorElement>('a[href^="#source-"]')].map((a) => a.hash.slice(1)),
  ]);
  const sources = find('[data-handout-sources]');
  for (const item of sources.querySelectorAll('li[id]')) (item as HTMLElement).hidden = !cited.has(item.id);

  linkInput.value = location.href;
  find<HTMLAnchorElement>('[data-edit-link]').href = handoutHash(handout, { edit: true });
  copyStatus.textContent = '';
}

function render({ moveFocus }: { moveFocus: boolean }) {
  const parsed = parseHandoutHash(location.hash, catalogue);
  const showHandout = parsed.parts.length > 0 && !parsed.edit;
  if (parsed.parts.length > 0 || parsed.edit) tick(parsed);
  if (showHandout) renderHandout(parsed, parsed.unknown);
  else find('[data-handout-body]').replaceChildren();
  showError(false);
  intro.hidden = showHandout;
  form.hidden = showHandout;
  view.hidden = !showHandout;
  heading.textContent = showHandout ? HANDOUT_HEADING : BUILDER_HEADING;
  document.title = showHandout ? titles.handout : titles.builder;
  if (moveFocus) heading.focus();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const items = chosen();
  if (items.length === 0) {
    showError(true);
    errorSummary.focus();
    return;
  }
  const { parts } = parseHandoutHash(`s=${items.join(',')}`, catalogue);
  const hash = handoutHash({ parts, note: note.value });
  // A new history entry: Back returns to the form with the same boxes ticked.
  if (hash === location.hash) render({ moveFocus: true });
  else location.hash = hash;
});

find('[data-error-link]').addEventListener('click', (event) => {
  // A plain #link only scrolls; the doctor needs focus on the first box.
  event.preventDefault();
  checkboxes[0]?.focus();
});

find('[data-print]').addEventListener('click', () => window.print());

find('[data-copy-link]').addEventListener('click', () => {
  const copied = () => (copyStatus.textContent = 'Link copied');
  const manual = () => {
    linkInput.select();
    copyStatus.textContent = 'The link is selected: copy it with your device’s copy command.';
  };
  if (navigator.clipboard) navigator.clipboard.writeText(linkInput.value).then(copied, manual);
  else manual();
});

addEventListener('hashchange', () => render({ moveFocus: true }));
render({ moveFocus: false });
