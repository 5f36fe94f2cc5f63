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
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { parse as parseYaml } from 'yaml';
import * as searchVocabulary from '../src/features/search/search-vocabulary.ts';
import { handoutQuestions } from '../src/features/search/search-questions.ts';
import { classCodeWords } from '../src/features/search/class-codes.ts';
import { buildLexicon, synonymTargetsOffSite } from '../src/features/search/plan.ts';
import { tokenise } from '../src/features/search/text.ts';
import { encodeWords, GLOSSARY_FILTER, type SearchVocabulary } from '../src/features/search/vocabulary.ts';
import { metaContent, searchableText, separateCells, titleOf } from './lib/page-text.ts';

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

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail(errors.join('\n'));
const idx = index!;

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
  const added = await idx.addHTMLFile({ url, content: separateCells(html) });
  if (added.errors.length) fail(`${path}: ${added.errors.join('\n')}`);
}
const site = { page_count: texts.length };

// The handout maker is a form, so its page holds little to find: a record of its own says what it
// is for, in its title and description, with the questions readers ask of it.
const handoutHtml = await readFile(join(dist, 'handout', 'index.html'), 'utf8').catch(() => null);
if (handoutHtml !== null) {
  const title = titleOf(handoutHtml) ?? 'Make a handout';
  const content = metaContent(handoutHtml, 'description') ?? title;
  const record = {
    url: '/handout/',
    content,
    language: 'en',
    meta: { title, questions: handoutQuestions.join(' ') },
  };
  const added = await idx.addCustomRecord(record);
  if (added.errors.length) fail(`/handout/: ${added.errors.join('\n')}`);
  texts.push([title, content, record.meta.questions].join(' '));
}

const glossary: GlossaryEntry[] = [];
for (const file of (await readdir(glossaryDir)).filter((f) => f.endsWith('.yaml')).sort()) {
  const id = file.replace(/\.yaml$/, '');
  const { term, also = [], misspelt = [], definition } = parseYaml(await readFile(join(glossaryDir, file), 'utf8'));
  glossary.push({ id, term, also, misspelt, definition });
  // The misspellings are searched with the same weight as the other names (aliases), though the
  // glossary page never shows them.
  const aliases = [...also, ...misspelt];
  const added = await idx.addCustomRecord({
    url: `/glossary/#${id}`,
    content: definition,
    language: 'en',
    meta: { title: term, ...(aliases.length ? { aliases: aliases.join(', ') } : {}) },
    filters: { kind: [...GLOSSARY_FILTER.kind] },
  });
  if (added.errors.length) fail(`${file}: ${added.errors.join('\n')}`);
}

const written = await idx.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail(written.errors.join('\n'));
await pagefind.close();

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
const common = [...pagesHolding].filter(([, n]) => n >= texts.length * 0.6).map(([word]) => word);

const vocabulary: SearchVocabulary = {
  pages: texts.length + glossary.length,
  glossary: glossary.map(({ term, also, misspelt }) => ({ term, also, ...(misspelt.length ? { misspelt } : {}) })),
  words: encodeWords(words),
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
console.log(
  `Search: ${site.page_count} pages${handoutHtml === null ? '' : ', the handout maker'} and ${glossary.length} ` +
    `glossary terms indexed; vocabulary of ${words.size} words.`,
);
