// Builds the Pagefind index of dist/ and the search vocabulary, after `astro build`.
//
// Why not the plain `pagefind --site dist` command: the glossary is indexed term by term (each
// term is its own result linking to /glossary/#id, with its other names and the misspellings
// people type for it as searchable metadata), and the query handling in src/lib/search needs a
// small vocabulary file to work out what the reader meant (glossary synonyms, words for spelling
// correction, which results are glossary terms).
//
// Usage: node scripts/build-search-index.mjs   (run by `npm run build`; CONTENT_DIR as for astro)
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { parse } from 'yaml';
import * as searchVocabulary from '../src/data/search-vocabulary.ts';
import { buildLexicon, synonymTargetsOffSite } from '../src/lib/search/plan.ts';

const dist = process.env.DIST_DIR ?? 'dist';
const contentDir = process.env.CONTENT_DIR ?? './content';
const glossaryDir = join(contentDir, 'glossary');

/**
 * Sorted words as one string, each written as the number of letters it shares with the word
 * before it and then the rest: "ankle ankles" -> "0ankle 5s". A sixth smaller download than a
 * list. src/lib/search/vocabulary.ts reads it back.
 */
const frontCode = (sorted) => {
  let previous = '';
  return sorted
    .map((word) => {
      let shared = 0;
      while (shared < 9 && shared < previous.length && word[shared] === previous[shared]) shared++;
      previous = word;
      return shared + word.slice(shared);
    })
    .join(' ');
};

const fail = (message) => {
  console.error(`build-search-index: ${message}`);
  process.exit(1);
};

const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
if (!index) fail(errors.join('\n'));

// Every built page that marks its content with data-pagefind-body. Pages without it (home,
// search, 404, the glossary page itself) are skipped by Pagefind.
const site = await index.addDirectory({ path: dist });
if (site.errors.length) fail(site.errors.join('\n'));

const glossary = [];
for (const file of (await readdir(glossaryDir)).filter((f) => f.endsWith('.yaml')).sort()) {
  const id = file.replace(/\.yaml$/, '');
  const { term, also = [], misspelt = [], definition } = parse(await readFile(join(glossaryDir, file), 'utf8'));
  glossary.push({ id, term, also, misspelt });
  // The misspellings are searched with the same weight as the other names (aliases), though the
  // glossary page never shows them.
  const aliases = [...also, ...misspelt];
  const added = await index.addCustomRecord({
    url: `/glossary/#${id}`,
    content: definition,
    language: 'en',
    meta: { title: term, ...(aliases.length ? { aliases: aliases.join(', ') } : {}) },
  });
  if (added.errors.length) fail(`${file}: ${added.errors.join('\n')}`);
}

const written = await index.writeFiles({ outputPath: join(dist, 'pagefind') });
if (written.errors.length) fail(written.errors.join('\n'));
await pagefind.close();

// Read the fragments back: they tell which Pagefind result id is which page, and hold the words
// the reader can find. Each is gzip holding "pagefind_dcd" + JSON.
const fragmentDir = join(dist, 'pagefind', 'fragment');
const records = [];
for (const file of await readdir(fragmentDir)) {
  const raw = gunzipSync(await readFile(join(fragmentDir, file))).toString('utf8');
  const fragment = JSON.parse(raw.slice('pagefind_dcd'.length));
  records.push({ id: file.replace(/\.pf_fragment$/, ''), ...fragment });
}

const glossaryRecordIds = Object.fromEntries(
  records.filter((r) => r.url.startsWith('/glossary/#')).map((r) => [r.url.slice('/glossary/#'.length), r.id]),
);

// Every word a reader can find, in the text or in the metadata (titles, aliases): the query
// handling searches a typed word only if the site holds it, and corrects typing slips to these.
const words = new Set();
// How many pages (not glossary terms) hold each word: a word on most pages says little about
// which page is best, and the query handling searches it the cheap way (see plan.ts).
const pagesHolding = new Map();
let pageCount = 0;
for (const r of records) {
  const text = [r.content, ...Object.values(r.meta ?? {})].join(' ');
  const own = new Set(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((word) => word.length >= 3),
  );
  for (const word of own) words.add(word);
  if (r.url.startsWith('/glossary/#')) continue;
  pageCount++;
  for (const word of own) pagesHolding.set(word, (pagesHolding.get(word) ?? 0) + 1);
}
const common = [...pagesHolding].filter(([, n]) => n >= pageCount * 0.6).map(([word]) => word);

const vocabulary = {
  pages: records.length,
  glossary: glossary.map(({ id, term, also, misspelt }) => ({
    term,
    also,
    ...(misspelt.length ? { misspelt } : {}),
    record: glossaryRecordIds[id],
  })),
  words: frontCode([...words].sort()),
  common: common.sort(),
};
const missing = glossary.filter((g) => !glossaryRecordIds[g.id]);
if (missing.length) fail(`no search record for glossary terms ${missing.map((g) => g.id).join(', ')}`);

// A synonym that no page holds finds nothing (see synonymTargetsOffSite): name it so it gets fixed.
const dead = synonymTargetsOffSite(
  searchVocabulary.synonymGroups,
  buildLexicon({ ...searchVocabulary, siteWords: [...words] }),
);
if (dead.length) {
  fail(
    `src/data/search-vocabulary.ts: no page holds the synonym target(s) ${dead.map((d) => `"${d}"`).join(', ')}; ` +
      'use words the articles use, or add the word to an article',
  );
}

await writeFile(join(dist, 'search', 'vocabulary.json'), JSON.stringify(vocabulary));
if (!process.env.SITE_URL) {
  console.log(
    'Note: SITE_URL is not set, so canonical links, printed addresses and QR codes point at ' +
      'http://localhost:4321/. Build with SITE_URL=https://your-host for a real deployment.',
  );
}
console.log(
  `Search: ${site.page_count} pages and ${glossary.length} glossary terms indexed; ` +
    `vocabulary of ${words.size} words.`,
);
