/**
 * The maintainer's report: builds the site, then prints per page and in total the HTML, CSS,
 * JavaScript and image bytes (raw, gzip, brotli), the JavaScript that runs before the reader does
 * anything (read from the HTML and recorded in headless Chromium), each article's reading grade,
 * and the search benchmark's figures, each next to its target. Writes reports/report.json.
 * A benchmark: it exits 0 whatever the figures (1 only when it cannot run at all).
 *
 * Usage:
 *   npm run report                                  build, measure, print, write reports/report.json
 *   npm run report -- --compare reports/previous.json   also print what changed since that run
 *   npm run report -- --no-build                    measure the existing dist/
 *   Other options: --no-search (do not run npm run search:quality), --no-browser (HTML only),
 *   --out <file> (default reports/report.json), --dist <dir> (default dist).
 * Keep a baseline with: cp reports/report.json reports/previous.json
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/browser-load.ts';
import { measureSite } from './lib/measure-site.ts';
import { reportChecks } from './lib/report-checks.ts';
import { compareReports, formatComparison } from './lib/report-compare.ts';
import { renderReport } from './lib/report-format.ts';
import { REPORT_VERSION, TARGETS, type Report, type SearchFigures } from './lib/report-types.ts';
import { searchFigures } from './lib/search-figures.ts';
import { serveStatic } from './lib/static-server.ts';

const { values: options } = parseArgs({
  allowNegative: true,
  options: {
    build: { type: 'boolean', default: true },
    browser: { type: 'boolean', default: true },
    search: { type: 'boolean', default: true },
    compare: { type: 'string' },
    out: { type: 'string', default: 'reports/report.json' },
    dist: { type: 'string', default: 'dist' },
  },
});
const dist = options.dist;
const contentDir = process.env.CONTENT_DIR ?? 'content';
const SEARCH_JSON = 'reports/search-quality.json';

function fail(message: string): never {
  console.error(`report: ${message}`);
  process.exit(1);
}

// --- Build --------------------------------------------------------------------------------------
let buildSeconds: number | null = null;
let builtAt: Date | null = null;
if (options.build) {
  console.log('Building the site (npm run build:local)…');
  builtAt = new Date();
  const started = performance.now();
  const build = spawnSync('npm', ['run', 'build:local'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  buildSeconds = (performance.now() - started) / 1000;
  if (build.status !== 0) fail(`the build failed:\n${build.stdout}${build.stderr}`);
} else if (existsSync(`${dist}/index.html`)) {
  builtAt = statSync(`${dist}/index.html`).mtime;
}
if (!existsSync(`${dist}/index.html`))
  fail(`no built site in ${dist}/: run npm run build:local first (or drop --no-build)`);

// --- Pages --------------------------------------------------------------------------------------
let browser = null;
if (options.browser) {
  try {
    browser = await launchChromium();
  } catch (error) {
    console.warn(`report: no headless Chromium (${(error as Error).message.split('\n')[0]}); reading the HTML only.`);
  }
}
let site;
try {
  site = await measureSite({ dist, contentDir, browser });
} finally {
  await browser?.close();
}

// --- Search: the search benchmark's own figures, when this checkout has it ---------------------------
let searchNote: string | null = null;
const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts?: Record<string, string> }).scripts;
if (!options.search) {
  searchNote = 'skipped with --no-search';
} else if (!scripts?.['search:quality']) {
  searchNote = 'this checkout has no `npm run search:quality`';
} else {
  console.log('Running the search benchmark (npm run search:quality)…');
  const server = await serveStatic(dist);
  // Asynchronous, so this process keeps answering the benchmark's requests while it runs.
  const status = await new Promise<number | null>((resolve) => {
    const child = spawn('npm', ['run', 'search:quality'], {
      env: { ...process.env, BASE_URL: server.origin },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    child.on('close', resolve);
  });
  await server.close();
  if (status !== 0) searchNote = `npm run search:quality failed (exit ${status})`;
}
let search: SearchFigures | null = null;
if (options.search && existsSync(SEARCH_JSON)) {
  try {
    search = searchFigures(
      JSON.parse(readFileSync(SEARCH_JSON, 'utf8')),
      SEARCH_JSON,
      statSync(SEARCH_JSON).mtime,
      builtAt,
    );
  } catch (error) {
    searchNote = `${SEARCH_JSON} is unreadable: ${(error as Error).message}`;
  }
}
if (!search && !searchNote) searchNote = `${SEARCH_JSON} has no figures`;

// --- Report -------------------------------------------------------------------------------------
const git = spawnSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' });
const partial: Omit<Report, 'checks'> = {
  version: REPORT_VERSION,
  generatedAt: new Date().toISOString(),
  commit: git.status === 0 ? git.stdout.trim() : null,
  buildSeconds,
  targets: TARGETS,
  ...site,
  search,
  searchNote: search ? null : searchNote,
};
const report: Report = { ...partial, checks: reportChecks(partial) };

console.log(`\n${renderReport(report)}\n`);
mkdirSync(dirname(options.out), { recursive: true });
writeFileSync(options.out, JSON.stringify(report, null, 2));
console.log(`Figures for scripts: ${options.out}`);

if (options.compare) {
  if (!existsSync(options.compare)) {
    console.log(
      `\nNothing to compare: ${options.compare} does not exist (keep one with cp ${options.out} ${options.compare}).`,
    );
  } else {
    const before = JSON.parse(readFileSync(options.compare, 'utf8')) as Report;
    if (before.version !== REPORT_VERSION) {
      console.log(
        `\n${options.compare} is a version ${before.version} report; this is version ${REPORT_VERSION}: not compared.`,
      );
    } else {
      console.log(`\n${formatComparison(compareReports(before, report), options.compare)}`);
    }
  }
}
