// Builds the Pagefind index of dist/ and the search vocabulary, after `astro build`.
//
// Why not the plain `pagefind --site dist` command: the glossary is indexed term by term (each
// term is its own result linking to /glossary/#id, with its other names and the misspellings
// people type for it as searchable metadata), the handout maker (a form, not text) gets a record
// saying what it is for, and the query handling in src/features/search needs a small vocabulary file
// to work out what the reader meant (glossary synonyms, words for spelling correction).
//
// The vocabulary's words come from the built pages themselves (what Pagefind indexes: the
// data-pagefind-body part, less data-pagefind-ignore, plus data-pagefind-meta values), split into
// words by the same tokeniser the search page uses.
//
// Usage: node scripts/build-search-index.ts   (run by `npm run build`; CONTENT_DIR as for astro)
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import * as searchVocabulary from '../src/features/search/search-vocabulary.ts';
import { stopWords } from '../src/features/search/search-vocabulary.ts';
import { handoutQuestions } from '../src/features/search/search-questions.ts';
import { classCodeWords } from '../src/features/search/class-codes.ts';
import { buildLexicon, synonymTargetsOffSite } from '../src/features/search/plan.ts';
import { tokenise } from '../src/features/search/text.ts';
import { encodeParts, partOf } from '../src/features/search/site-words.ts';
import { allSiteWordsPath, siteWordsPath } from '../src/features/search/search-settings.ts';
import { encodeWords, GLOSSARY_FILTER, type SearchVocabulary } from '../src/features/search/vocabulary.ts';
import { cutPageText, TEXT_PART_WORDS, textPartPath } from '../src/features/search/page-text.ts';
import { metaContent, searchableText, separateCells, titleOf } from './lib/page-text.ts';
import { forResults, readFragment, writeFragment, type Fragment } from './lib/search-fragments.ts';
import { recompressPagefind } from './lib/search-gzip.ts';
import { minifyPagefindScript } from './lib/pagefind-script.ts';
import {
  htmlWithoutStopWords,
  withoutStopWords,
  withoutTextVersion,
  withTextVersion,
  wordMapBetween,
} from './lib/search-stop-words.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const contentDir = process.env.CONTENT_DIR ?? './content';
const glossaryDir = join(contentDir, 'glossary');

const fail = (message: string): never => {
  console.error(`build-search-index: ${message}`);
  process.exit(1);
};

/** Every HTML file under a folder, except Pagefind's own. */
async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name))
    .filter((file) => !relative(dir, file).startsWith('pagefind'))
    .sort();
}

interface GlossaryEntry {
  id: string;
  term: string;
  also: string[];
  misspelt: string[];
  definition: string;
}

/** One search record: a built page (its HTML) or a record of the build's own (glossary, handout). */
type Source =
  | { url: string; html: string }
  | {
      url: string;
      record: {
        url: string;
        content: string;
        language: string;
        meta: Record<string, string>;
        filters?: Record<string, string[]>;
      };
    };

const sources: Source[] = [];

// Every built page that marks its content with data-pagefind-body. Pages without it (home,
// search, 404, the glossary page itself) are skipped by Pagefind, and here.
const texts: string[] = [];
for (const file of await htmlFiles(dist)) {
  const html = await readFile(file, 'utf8');
  const text = searchableText(html);
  if (text === null) continue;
  texts.push(text);
  const path = relative(dist, file).split(sep).join('/');
  const url = '/' + path.replace(/(^|\/)index\.html$/, '$1');
  sources.push({ url, html: separateCells(html) });
}
const site = { page_count: texts.length };

// The handout maker is a form, so its page holds little to find: a record of its own says what it
// is for, in its title and description, with the questions readers ask of it.
const handoutHtml = await readFile(join(dist, 'handout', 'index.html'), 'utf8').catch(() => null);
if (handoutHtml !== null) {
  const title = titleOf(handoutHtml) ?? 'Make a handout';
  const content = metaContent(handoutHtml, 'description') ?? title;
  const questions = handoutQuestions.join(' ');
  sources.push({ url: '/handout/', record: { url: '/handout/', content, language: 'en', meta: { title, questions } } });
  texts.push([title, content, questions].join(' '));
}

const glossary: GlossaryEntry[] = [];
for (const file of (await readdir(glossaryDir)).filter((f) => f.endsWith('.yaml')).sort()) {
  const id = file.replace(/\.yaml$/, '');
  const { term, also = [], misspelt = [], definition } = parseYaml(await readFile(join(glossaryDir, file), 'utf8'));
  glossary.push({ id, term, also, misspelt, definition });
  // The misspellings are searched with the same weight as the other names (aliases), though the
  // glossary page never shows them.
  const aliases = [...also, ...misspelt];
  const url = `/glossary/#${id}`;
  const record = {
    url,
    content: definition,
    language: 'en',
    meta: { title: term, ...(aliases.length ? { aliases: aliases.join(', ') } : {}) },
    filters: { kind: [...GLOSSARY_FILTER.kind] },
  };
  sources.push({ url, record });
}
const duplicate = sources.find((s, i) => sources.findIndex((t) => t.url === s.url) !== i);
if (duplicate) fail(`two search records for ${duplicate.url}`);

const stop = new Set(stopWords);

/**
 * A Pagefind index of every record: those in `whole` as they are, the others without stop words
 * and under a versioned address (see withTextVersion).
 */
async function indexOf(whole: ReadonlySet<string>, versions: ReadonlyMap<string, string>) {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) return fail(errors.join('\n'));
  for (const source of sources) {
    const version = versions.get(source.url);
    const lean = !whole.has(source.url) && version !== undefined;
    const url = lean ? withTextVersion(source.url, version) : source.url;
    const added =
      'html' in source
        ? await index.addHTMLFile({ url, content: lean ? htmlWithoutStopWords(source.html, stop) : source.html })
        : await index.addCustomRecord(
            lean
              ? {
                  ...source.record,
                  url,
                  content: withoutStopWords(source.record.content, stop),
                  meta: {
                    ...source.record.meta,
                    ...(source.record.meta.questions
                      ? { questions: withoutStopWords(source.record.meta.questions, stop) }
                      : {}),
                  },
                }
              : source.record,
          );
    if (added.errors.length) fail(`${source.url}: ${added.errors.join('\n')}`);
  }
  return index;
}

/** The fragments (each result's data) of an index, by their file path. */
async function fragmentsOf(index: Awaited<ReturnType<typeof indexOf>>) {
  const { files, errors } = await index.getFiles();
  if (errors.length) fail(errors.join('\n'));
  return new Map(files.filter((f) => f.path.includes('fragment/')).map((f) => [f.path, readFragment(f.content)]));
}

// The pages as readers see them: each fragment's readable text, headings and metadata.
const wholeIndex = await indexOf(new Set(sources.map((s) => s.url)), new Map());
const wholeByUrl = new Map([...(await fragmentsOf(wholeIndex)).values()].map((f) => [f.url, f]));
await wholeIndex.deleteIndex();
const versions = new Map(
  [...wholeByUrl].map(([url, f]) => [
    url,
    // The version names the result's fragment and its text parts' folder, which hosts keep for a
    // year: it changes with the text and with how the text is cut.
    createHash('sha256')
      .update(JSON.stringify({ ...forResults(f), partWords: TEXT_PART_WORDS }))
      .digest('hex')
      .slice(0, 12),
  ]),
);
const keptWhole = new Set<string>();

// The index without stop words. A page whose text does not line up word for word with its whole
// text (markup splitting a word, say) is indexed whole on a second try.
let lean: Awaited<ReturnType<typeof indexOf>>;
let rewritten: Map<string, Fragment>;
for (let attempt = 0; ; attempt++) {
  lean = await indexOf(keptWhole, versions);
  rewritten = new Map();
  const misaligned: string[] = [];
  for (const [path, fragment] of await fragmentsOf(lean)) {
    const url = withoutTextVersion(fragment.url);
    const whole = wholeByUrl.get(url);
    if (!whole) fail(`${url}: not in the index of whole pages`);
    if (keptWhole.has(url)) {
      rewritten.set(path, forResults(whole!));
      continue;
    }
    const map = wordMapBetween(fragment.content, whole!.content, stop);
    if (map === null) misaligned.push(url);
    else rewritten.set(path, forResults({ ...whole!, word_map: map }));
  }
  if (misaligned.length === 0) break;
  if (attempt > 0) fail(`the index without stop words does not line up for ${misaligned.join(', ')}`);
  for (const url of misaligned) keptWhole.add(url);
  await lean.deleteIndex();
}

const written = await lean.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail(written.errors.join('\n'));
// Each result keeps only its text's opening; the other parts are files the search page fetches
// when an excerpt shows them (src/features/search/page-text.ts).
await rm(join(dist, textPartPath('x', 1), '../..'), { recursive: true, force: true });
for (const [path, fragment] of rewritten) {
  const id = basename(path, '.pf_fragment');
  const { opening, parts, totalWords } = cutPageText(fragment.content);
  if (parts.length) {
    await mkdir(join(dist, textPartPath(id, 1), '..'), { recursive: true });
    for (const [i, text] of parts.entries()) await writeFile(join(dist, textPartPath(id, i + 1)), text);
  }
  const kept = parts.length ? { ...fragment, content: opening, text_words: totalWords } : fragment;
  await writeFile(join(dist, 'pagefind', path), writeFragment(kept));
}
await pagefind.close();
const saved = await recompressPagefind(join(dist, 'pagefind'));
const minified = await minifyPagefindScript(join(dist, 'pagefind'));
if (keptWhole.size) console.log(`Search: indexed whole (their words did not line up): ${[...keptWhole].join(', ')}`);

// Every word a reader can find (3 letters or more): the query handling searches a typed word only
// if the site holds it, and corrects typing slips to these.
const wordsOf = (text: string) => new Set(tokenise(text).filter((w) => w.length >= 3 && /^[a-z]+$/.test(w)));
const words = new Set<string>();
for (const g of glossary)
  for (const w of wordsOf([g.term, ...g.also, ...g.misspelt, g.definition].join(' '))) words.add(w);
// How many pages (not glossary terms) hold each word: a word on most pages says little about
// which page is best, and the query handling searches it the cheap way (see plan.ts).
const pagesHolding = new Map<string, number>();
for (const text of texts) {
  for (const word of wordsOf(text)) {
    words.add(word);
    pagesHolding.set(word, (pagesHolding.get(word) ?? 0) + 1);
  }
}
// Stop words are on most pages too, but the query handling drops them before it asks.
const common = [...pagesHolding]
  .filter(([word, n]) => n >= texts.length * 0.6 && !stop.has(word))
  .map(([word]) => word);

// The word list in parts by first letter, which the search page loads only when a search asks
// about them (src/features/search/site-words.ts), and whole, for a spelling correction.
const wordParts = new Map<string, string[]>();
for (const word of words) wordParts.set(partOf(word), [...(wordParts.get(partOf(word)) ?? []), word]);

const vocabulary: SearchVocabulary = {
  pages: texts.length + glossary.length,
  glossary: glossary.map(({ term, also, misspelt }) => ({ term, also, ...(misspelt.length ? { misspelt } : {}) })),
  wordParts: encodeParts(wordParts.keys()),
  common: common.sort(),
};

// A synonym or class code that no page holds finds nothing (see synonymTargetsOffSite): name it
// so it gets fixed.
const dead = synonymTargetsOffSite(
  [
    ...searchVocabulary.synonymGroups,
    { say: [], search: classCodeWords(searchVocabulary.classCodes) },
    { say: [], search: searchVocabulary.intents.map((i) => i.search) },
  ],
  buildLexicon({ ...searchVocabulary, siteWords: [...words] }),
);
if (dead.length) {
  fail(
    `src/features/search/search-vocabulary.ts: no page holds the search word(s) ${dead.map((d) => `"${d}"`).join(', ')}; ` +
      'use words the articles use, or add the word to an article',
  );
}

await writeFile(join(dist, 'search', 'vocabulary.json'), JSON.stringify(vocabulary));
await mkdir(join(dist, siteWordsPath('x'), '..'), { recursive: true });
for (const [part, list] of wordParts) await writeFile(join(dist, siteWordsPath(part)), encodeWords(list));
await writeFile(join(dist, allSiteWordsPath), encodeWords(words));
console.log(
  `Search: ${site.page_count} pages${handoutHtml === null ? '' : ', the handout maker'} and ${glossary.length} ` +
    `glossary terms indexed; vocabulary of ${words.size} words; Zopfli saved ${(saved / 1024).toFixed(1)} KB, ` +
    `minifying pagefind.js ${(minified / 1024).toFixed(1)} KB.`,
);
