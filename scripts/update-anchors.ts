// Records new section addresses in tests/published-anchors.json (npm run anchors:update).
// It only ever adds: an address that no heading answers to any more is reported, and the command
// fails, because someone may hold a printout or a message with that link.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { loadContent } from '../src/features/article/content-lint-integration.ts';
import { compareAnchors, mergeAnchors, siteAnchors } from '../src/features/article/published-anchors.ts';

const listFile = new URL('../tests/published-anchors.json', import.meta.url);
const published: string[] = existsSync(listFile) ? JSON.parse(readFileSync(listFile, 'utf8')) : [];
const current = siteAnchors(loadContent(new URL('../content', import.meta.url).pathname).articles);
const { missing, unlisted } = compareAnchors(published, current);

writeFileSync(listFile, `${JSON.stringify(mergeAnchors(published, current), null, 2)}\n`);
for (const a of unlisted) console.log(`added ${a}`);
console.log(`${unlisted.length} address(es) added; ${published.length + unlisted.length} recorded.`);
if (missing.length > 0) {
  console.error(
    `\n${missing.length} published address(es) no longer resolve. Put each id back, or name it in the renamed ` +
      `heading's formerIds="…":\n${missing.map((a) => `  ${a}`).join('\n')}`,
  );
  process.exit(1);
}
