/** Each target and the figure it is judged on, worked out from a report. Pure. */
import type { Report } from './report-types.ts';

export interface Check {
  id: 'article-total' | 'css' | 'article-js' | 'grade' | 'first-search';
  /** What is measured and its target, in words. */
  label: string;
  /** The figure judged (the worst page's); null when not measured. */
  value: number | null;
  target: number;
  unit: 'KB' | 'bytes' | 'grade';
  /** Where the figure comes from, e.g. the worst page. */
  where: string;
  /** null when not measured. Never turned into an exit code: these are benchmarks. */
  pass: boolean | null;
}

const KB = 1024;

function worst<T>(items: T[], figure: (t: T) => number): { item: T; value: number } | undefined {
  let best: { item: T; value: number } | undefined;
  for (const item of items) {
    const value = figure(item);
    if (!best || value > best.value) best = { item, value };
  }
  return best;
}

export function reportChecks(report: Pick<Report, 'pages' | 'targets' | 'search'>): Check[] {
  const { targets } = report;
  const articles = report.pages.filter((p) => p.article);
  const round = (x: number) => Number(x.toFixed(1));
  const checks: Check[] = [];

  const total = worst(articles, (p) => p.total.gzip);
  checks.push({
    id: 'article-total',
    label: `article first visit, all files, at most ${targets.articleTotalKb} KB gzip`,
    value: total ? round(total.value / KB) : null,
    target: targets.articleTotalKb,
    unit: 'KB',
    where: total ? `largest: ${total.item.path}` : 'no article pages',
    pass: total ? total.value <= targets.articleTotalKb * KB : null,
  });

  const css = worst(report.pages, (p) => p.css.gzip);
  checks.push({
    id: 'css',
    label: `CSS a page loads, at most ${targets.cssKb} KB gzip`,
    value: css ? round(css.value / KB) : null,
    target: targets.cssKb,
    unit: 'KB',
    where: css ? `largest: ${css.item.path}` : 'no pages',
    pass: css ? css.value <= targets.cssKb * KB : null,
  });

  const jsBytes = (p: (typeof articles)[number]) =>
    Math.max(p.jsBeforeInteraction.static.bytes, p.jsBeforeInteraction.browser?.bytes ?? 0);
  const js = worst(articles, jsBytes);
  const browserChecked = articles.every((p) => p.jsBeforeInteraction.browser !== null);
  checks.push({
    id: 'article-js',
    label: `JavaScript an article runs before the reader acts, at most ${targets.articleJsBytes} bytes`,
    value: js ? js.value : null,
    target: targets.articleJsBytes,
    unit: 'bytes',
    where: js
      ? `${js.value > 0 ? `most: ${js.item.path}; ` : ''}${browserChecked ? 'HTML and Chromium' : 'HTML only (no browser)'}`
      : 'no article pages',
    pass: js ? js.value <= targets.articleJsBytes : null,
  });

  const grade = worst(
    articles.filter((p) => p.grade !== null),
    (p) => p.grade ?? 0,
  );
  checks.push({
    id: 'grade',
    label: `reading grade (Flesch-Kincaid) at most ${targets.grade}`,
    value: grade ? grade.value : null,
    target: targets.grade,
    unit: 'grade',
    where: grade ? `highest: ${grade.item.path}` : 'no article pages',
    pass: grade ? grade.value <= targets.grade : null,
  });

  const first = worst(report.search?.firstSearch ?? [], (f) => f.total.brotli);
  checks.push({
    id: 'first-search',
    label: `first search downloads, with the search page, at most ${targets.firstSearchKb} KB brotli`,
    value: first ? round(first.value / KB) : null,
    target: targets.firstSearchKb,
    unit: 'KB',
    where: first ? `largest: "${first.item.query}"` : 'not measured',
    pass: first ? first.value <= targets.firstSearchKb * KB : null,
  });
  return checks;
}
