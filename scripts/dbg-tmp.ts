import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFragment } from './lib/search-fragments.ts';
const d = 'dist/pagefind/fragment/';
let tot = { all: 0, noMeta: 0, noMap: 0, contentOnly: 0, n: 0 };
for (const f of readdirSync(d)) {
  const fr = readFragment(readFileSync(d + f));
  if (fr.url.includes('#')) continue;
  const g = (o: unknown) => gzipSync(JSON.stringify(o), { level: 9 }).length;
  tot.n++; tot.all += g(fr);
  tot.noMeta += g({ ...fr, meta: { title: (fr.meta as any).title } });
  tot.noMap += g({ ...fr, word_map: undefined });
  tot.contentOnly += g(fr.content);
  if (tot.n === 1) console.log(Object.keys(fr), Object.keys(fr.meta as object), JSON.stringify(fr.anchors).slice(0, 300));
}
console.log(tot);
