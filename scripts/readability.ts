/**
 * Prints each article's Flesch-Kincaid grade: the source section's and the rewrite's running text
 * (the built page's article body, without the sources list). A benchmark, never a pass/fail test.
 * Usage: npm run build && npm run readability   (writes reports/readability.json too)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { articleText, fleschKincaidGrade, textStats } from '../src/features/article/readability.ts';
import { splitSource, sourceSectionStarts } from './source-sections.ts';

const sourcePath = ['../shared/seed/leg-pain-article.txt', 'tests/facts/source-article.txt'].find(existsSync);

const sections = sourcePath ? splitSource(readFileSync(sourcePath, 'utf8')) : new Map<string, string>();
const rows = sourceSectionStarts.map(([slug]) => {
  const html = readFileSync(`dist/${slug}/index.html`, 'utf8');
  const after = textStats(articleText(html));
  const before = sections.has(slug) ? textStats(sections.get(slug)!) : undefined;
  return {
    slug,
    sourceGrade: before ? Number(fleschKincaidGrade(before).toFixed(1)) : null,
    grade: Number(fleschKincaidGrade(after).toFixed(1)),
    words: after.words,
    wordsPerSentence: Number((after.words / after.sentences).toFixed(1)),
  };
});

console.log('article'.padEnd(32), 'source grade', ' site grade', '  words', ' words/sentence');
for (const r of rows) {
  console.log(
    r.slug.padEnd(32),
    String(r.sourceGrade ?? '-').padStart(12),
    String(r.grade).padStart(11),
    String(r.words).padStart(7),
    String(r.wordsPerSentence).padStart(15),
  );
}
const mean = (xs: number[]) => (xs.reduce((a, b) => a + b, 0) / xs.length).toFixed(1);
console.log(
  'mean'.padEnd(32),
  mean(rows.flatMap((r) => (r.sourceGrade === null ? [] : [r.sourceGrade]))).padStart(12),
  mean(rows.map((r) => r.grade)).padStart(11),
);
mkdirSync('reports', { recursive: true });
writeFileSync('reports/readability.json', JSON.stringify(rows, null, 2));
