/**
 * The handout builder's browser side: reads and writes the choices in the URL fragment and shows
 * one of three views (src/features/handout/handout-selection.ts): the patient's reading page (what a sent link
 * opens), the builder's form (`&edit`, or no choices) and the sender's view (`&send`: print, link
 * and QR code above the handout). It copies the chosen parts of the articles out of their
 * <template>s, and says how many pages the handout prints on (src/features/handout/print-estimate.ts).
 * The doctor's note is only ever set as text (textContent), never as HTML.
 */
import heights from './handout-print-heights.json';
import {
  cardLevels,
  cleanNote,
  handoutHash,
  handoutItems,
  parseHandoutHash,
  type CatalogueArticle,
  type Handout,
  type HandoutPart,
  type HandoutView,
  type ParsedHandout,
} from './handout-selection.ts';
import { handoutWording } from './wording.en.ts';
import { printWording } from '../print/wording.en.ts';
import { estimatePages, type Estimate, type PrintHeights } from './print-estimate.ts';
import { qrDrawing } from '../print/qr-drawing.ts';

const BUILDER_HEADING = handoutWording.builderHeading;
const HANDOUT_HEADING = handoutWording.handoutHeading;

function find<T extends Element = HTMLElement>(selector: string, root: ParentNode = document): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`handout builder: no ${selector} on the page`);
  return element;
}

const heading = find('[data-handout-heading]');
const intro = find('[data-builder-intro]');
const form = find<HTMLFormElement>('[data-handout-form]');
const sendTools = find('[data-send-tools]');
const view = find('[data-handout-view]');
const note = find<HTMLTextAreaElement>('#handout-note');
const errorSummary = find('[data-error-summary]');
const pickError = find('[data-pick-error]');
const pickFieldset = find('[data-pick-fieldset]');
const linkInput = find<HTMLInputElement>('[data-handout-link]');
const copyStatus = find('[data-copy-status]');
const shortRadio = find<HTMLInputElement>('#length-short');
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
/** The title of an article the site has, or undefined. */
const articleTitle = (slug: string): string | undefined =>
  document
    .querySelector<HTMLTemplateElement>(`template[data-handout-article="${slug}"]`)
    ?.content.querySelector('h2')
    ?.textContent?.trim();

find('[data-needs-js]').hidden = true;
form.hidden = false;

// The fixed blocks of the page get the keys their printed heights are measured under.
find('[data-handout-sources] h2').dataset.pb = 'sources';
for (const item of view.querySelectorAll<HTMLElement>('[data-handout-sources] li[id]')) item.dataset.pb = item.id;

function tick({ parts, note: text, short }: ParsedHandout) {
  const items = new Set(handoutItems(parts));
  for (const box of checkboxes) box.checked = items.has(box.value);
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-sections-of]')) {
    // Show the sections already chosen, so editing a handout shows what it holds.
    if (details.querySelector('input:checked')) details.open = true;
  }
  note.value = text;
  shortRadio.checked = short;
  find<HTMLInputElement>('#length-full').checked = !short;
}

/** The handout the form describes right now. */
function fromForm(): Handout {
  const items = checkboxes.filter((box) => box.checked).map((box) => box.value);
  const { parts } = parseHandoutHash(`s=${items.join(',')}`, catalogue);
  return { parts, note: note.value, short: shortRadio.checked };
}

function showError(shown: boolean) {
  errorSummary.hidden = !shown;
  pickError.hidden = !shown;
  pickFieldset.classList.toggle('has-error', shown);
  pickFieldset.setAttribute('aria-describedby', shown ? 'pick-hint pick-error' : 'pick-hint');
}

/** Marks each block of a freshly copied article with the key its printed height is measured under. */
function keyBlocks(block: DocumentFragment, slug: string) {
  const mark = (el: Element | null, key: string) => el && ((el as HTMLElement).dataset.pb = key);
  mark(block.querySelector('.handout-article-header'), `${slug}:title`);
  mark(block.querySelector('[data-in-brief]'), `${slug}:brief`);
  for (const address of block.querySelectorAll<HTMLElement>('[data-address-for]'))
    mark(address, `${slug}:addr:${address.dataset.addressFor}`);
  [...find('[data-handout-content]', block).children].forEach((child, i) => {
    const id = child.getAttribute('data-handout-section');
    if (id === null) mark(child, `${slug}:intro:${i}`);
    else [...child.children].forEach((inner, j) => mark(inner, `${slug}#${id}:${j}`));
  });
}

/** One chosen article, copied from its template and cut down to the chosen parts. */
function articleBlock(part: HandoutPart, short: boolean): DocumentFragment | undefined {
  const template = document.querySelector<HTMLTemplateElement>(`template[data-handout-article="${part.slug}"]`);
  if (!template) return undefined;
  const block = template.content.cloneNode(true) as DocumentFragment;
  keyBlocks(block, part.slug);
  const addresses = [...block.querySelectorAll<HTMLElement>('[data-address-for]')];
  const content = find('[data-handout-content]', block);
  // Each part's address goes right under its heading: the article's, or each chosen section's.
  for (const address of addresses) {
    const id = address.dataset.addressFor ?? '';
    const section = content.querySelector(`[data-handout-section="${id}"]`);
    if (id === '' && (part.whole || short)) continue;
    if (!short && section && part.sections.includes(id)) section.firstElementChild?.after(address);
    else address.remove();
  }
  if (short) {
    content.remove();
    return block;
  }
  if (part.whole) return block;
  block.querySelector('[data-in-brief]')?.remove();
  // The text before the first section introduces the whole page; a single section stands alone.
  for (const child of [...content.children]) {
    const id = child.getAttribute('data-handout-section');
    if (id === null || !part.sections.includes(id)) child.remove();
  }
  return block;
}

function alertCards(parts: readonly HandoutPart[], short: boolean): DocumentFragment[] {
  const wanted = new Set(
    parts.flatMap(
      (part) =>
        document
          .querySelector(`template[data-handout-article="${part.slug}"]`)
          ?.getAttribute('data-alerts')
          ?.split(' ') ?? [],
    ),
  );
  // One card per urgency level, emergencies first (the templates' order), holding only the
  // alerts of the chosen articles.
  const shown: readonly string[] = cardLevels(short);
  const levels = [...document.querySelectorAll<HTMLTemplateElement>('template[data-handout-alerts-level]')].filter(
    (t) => shown.includes(t.dataset.handoutAlertsLevel ?? ''),
  );
  return levels.flatMap((t) => {
    const card = t.content.cloneNode(true) as DocumentFragment;
    const level = t.dataset.handoutAlertsLevel;
    for (const part of card.querySelectorAll<HTMLElement>('[data-alert-part]')) {
      if (!wanted.has(part.dataset.alertPart ?? '')) part.remove();
      else part.dataset.pb = `alert:${part.dataset.alertPart}`;
    }
    // Name only the sources of the signs kept, not of every alert of this level.
    const cites = [...card.querySelectorAll<HTMLElement>('[data-alert-part]')].flatMap(
      (part) => part.dataset.cites?.split('|') ?? [],
    );
    const source = card.querySelector<HTMLElement>('.urgency-source');
    if (source) source.textContent = handoutWording.basedOn([...new Set(cites)]);
    // The handout holds the articles themselves; "read about" links would only repeat them.
    card.querySelector('[data-alert-links]')?.remove();
    const heading = card.querySelector<HTMLElement>('.urgency-heading');
    if (heading) heading.dataset.pb = `card:${level}:head`;
    const advice = card.querySelector<HTMLElement>('.urgency-advice');
    if (advice) advice.dataset.pb = `card:${level}:advice`;
    return card.querySelector('[data-alert-part]') ? [card] : [];
  });
}

function showMissing(unknown: readonly string[], nothingFound: boolean) {
  const box = find('[data-unknown-parts]');
  box.hidden = unknown.length === 0;
  find('[data-missing-title]').textContent = handoutWording.missingTitle(nothingFound);
  find('[data-missing-list]').replaceChildren(
    ...unknown.map((item) => {
      const li = document.createElement('li');
      const [slug = '', id] = item.split('/');
      const title = id === undefined ? undefined : articleTitle(slug);
      if (title) {
        // The page is still here, only the section is not: point to the page.
        li.append(handoutWording.missingSectionOfPage(id!));
        const link = document.createElement('a');
        link.href = `/${slug}/`;
        link.textContent = title;
        li.append(link);
      } else li.textContent = handoutWording.missingPage(item);
      return li;
    }),
  );
}

/** The keys of the printed blocks of the handout as it stands, in order. */
function printedKeys(): string[] {
  // The short version prints its blocks tighter: they are measured under keys of their own.
  const prefix = view.classList.contains('handout-short') ? 'short:' : '';
  return [
    'page-top',
    'h1',
    ...[...view.querySelectorAll<HTMLElement>('[data-pb]')]
      .filter((el) => !el.closest('[hidden]:not([data-handout-view])'))
      .map((el) => `${prefix}${el.dataset.pb ?? ''}`),
  ];
}

function estimate(handout: Handout): Estimate | undefined {
  const address = new URL(handoutHash(handout), location.href).href;
  const result = estimatePages(printedKeys(), heights as PrintHeights, { note: cleanNote(handout.note), address });
  // Text the measurements do not cover (the site changed since they were taken): say nothing
  // rather than a number that may be wrong.
  return result.unmeasured.length === 0 ? result : undefined;
}

function showEstimate(handout: Handout) {
  const result = handout.parts.length > 0 ? estimate(handout) : undefined;
  for (const el of document.querySelectorAll<HTMLElement>('[data-page-estimate-text]')) {
    el.textContent = result ? handoutWording.estimate(result.pages) : '';
    if (result) el.dataset.pageEstimate = `A4 ${result.pages.A4}, Letter ${result.pages.Letter}`;
    else delete el.dataset.pageEstimate;
  }
}

function drawQr(box: Element, url: string) {
  const { size, path } = qrDrawing(url);
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', printWording.qrLabel(url));
  svg.setAttribute('shape-rendering', 'crispEdges');
  const rect = document.createElementNS(ns, 'rect');
  rect.setAttribute('width', String(size));
  rect.setAttribute('height', String(size));
  rect.setAttribute('fill', '#ffffff');
  const dark = document.createElementNS(ns, 'path');
  dark.setAttribute('d', path);
  dark.setAttribute('stroke', '#000000');
  svg.append(rect, dark);
  box.replaceChildren(svg);
}

function renderHandout(handout: ParsedHandout) {
  const short = handout.short;
  view.classList.toggle('handout-short', short);
  find('[data-handout-body]').replaceChildren(...handout.parts.flatMap((part) => articleBlock(part, short) ?? []));
  find('[data-handout-alerts]').replaceChildren(...alertCards(handout.parts, short));

  find('[data-handout-note]').hidden = handout.note === '';
  find('[data-handout-note-text]').textContent = handout.note;
  showMissing(handout.unknown, handout.parts.length === 0);

  // Only the sources this handout cites; the list numbers only what is shown.
  // The source article is what every part is based on, cited or not.
  const cited = new Set([
    'source-source-article',
    ...[...view.querySelectorAll<HTMLAnchorElement>('a[href^="#source-"]')].map((a) => a.hash.slice(1)),
  ]);
  for (const item of view.querySelectorAll<HTMLElement>('[data-handout-sources] li[id]'))
    item.hidden = !cited.has(item.id);
  // The short version cites nothing but the source article, which "This is not a diagnosis"
  // already names; each part's page online lists its sources.
  find('[data-handout-sources]').hidden = short;

  const patientUrl = new URL(handoutHash(handout), location.href).href;
  find('[data-handout-address]').textContent = patientUrl;
  for (const box of document.querySelectorAll('[data-handout-qr]')) drawQr(box, patientUrl);
  linkInput.value = patientUrl;
  find<HTMLAnchorElement>('[data-patient-link]').href = handoutHash(handout);
  for (const edit of document.querySelectorAll<HTMLAnchorElement>('[data-edit-link]'))
    edit.href = handoutHash(handout, { view: 'edit' });
  copyStatus.textContent = '';
}

function showView(shown: HandoutView | 'form') {
  intro.hidden = shown !== 'form';
  form.hidden = shown !== 'form';
  sendTools.hidden = shown !== 'send';
  view.hidden = shown === 'form';
  find('[data-patient-edit]').hidden = shown !== 'patient';
  heading.textContent = shown === 'form' ? BUILDER_HEADING : HANDOUT_HEADING;
  document.title = shown === 'form' ? titles.builder : titles.handout;
}

function render({ moveFocus }: { moveFocus: boolean }) {
  const parsed = parseHandoutHash(location.hash, catalogue);
  const hasLink = parsed.parts.length > 0 || parsed.unknown.length > 0;
  // A link whose parts are all gone still opens the handout page, to say so, never an empty form.
  const shown = !hasLink || parsed.view === 'edit' ? 'form' : parsed.view;
  if (hasLink) tick(parsed);
  if (shown === 'form') {
    renderHandout({ ...fromForm(), view: 'edit', unknown: [], short: shortRadio.checked });
    showEstimate(fromForm());
  } else {
    renderHandout(parsed);
    showEstimate(parsed);
  }
  showError(false);
  showView(shown);
  if (moveFocus) heading.focus();
}

/** The form's page count follows every tick, so the doctor sees the length while choosing. */
function formChanged() {
  const handout = fromForm();
  renderHandout({ ...handout, short: handout.short ?? false, view: 'edit', unknown: [] });
  showEstimate(handout);
}
form.addEventListener('change', formChanged);
note.addEventListener('input', formChanged);

form.addEventListener('submit', (event) => {
  event.preventDefault();
  const handout = fromForm();
  if (handout.parts.length === 0) {
    showError(true);
    errorSummary.focus();
    return;
  }
  const hash = handoutHash(handout, { view: 'send' });
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
  const copied = () => (copyStatus.textContent = handoutWording.linkCopied);
  const manual = () => {
    linkInput.select();
    copyStatus.textContent = handoutWording.linkSelected;
  };
  if (navigator.clipboard) navigator.clipboard.writeText(linkInput.value).then(copied, manual);
  else manual();
});

addEventListener('hashchange', () => render({ moveFocus: true }));
render({ moveFocus: false });
