import { describe, expect, it } from 'vitest';
import { buildIndex, checkInternalHref, lintArticle, lintCollection, type ArticleSource } from './content-lint.ts';

/**
 * A valid article: one frontmatter field a line, so the body starts on line 11 and each test can
 * say on which line a problem is.
 */
const article = (
  slug: string,
  body: string,
  {
    order = 9,
    sources = '[source-article]',
    related = '[]',
  }: { order?: number; sources?: string; related?: string } = {},
): ArticleSource => ({
  file: `content/articles/${slug}.mdx`,
  slug,
  text: [
    '---',
    'title: Calf pain when you walk',
    'description: Why your calf can hurt when you walk, what it may mean, and when to see a doctor about it.',
    'inBrief: ["Calf pain when you walk can come from narrowed arteries.", "Resting eases it within minutes."]',
    'topic: arteries',
    `order: ${order}`,
    'updated: 2026-12-03',
    `sources: ${sources}`,
    `related: ${related}`,
    '---',
    body,
  ].join('\n'),
});
const BODY = 11;

const calf = article(
  'calf-pain',
  `Intro.

<Section id="walking" title="Pain when you walk">

Calf pain when you walk (<Term id="claudication">claudication</Term>).

<Subsection id="how-far" title="How far you can walk">

Text.

</Subsection>

</Section>
`,
  { order: 1, related: '[night-pain]' },
);
const night = article('night-pain', '<Section id="at-night" title="At night">\n\nText.\n\n</Section>\n', { order: 2 });
const index = buildIndex([calf, night], ['claudication']);
const at = (offset: number) => `content/articles/x.mdx:${BODY + offset}`;

describe('lintArticle', () => {
  it('accepts a well-formed article', () => {
    expect(lintArticle(calf, index)).toEqual([]);
    expect(lintArticle(night, index)).toEqual([]);
  });

  it('rejects Markdown headings, naming the line, because their ids change with the wording', () => {
    const bad = article('x', 'Intro.\n\n## Walking pain\n');
    expect(lintArticle(bad, index)).toEqual([
      `${at(2)}: Markdown heading found; use <Section id="…" title="…"> so the heading has a stable id`,
    ]);
  });

  it('reports missing, badly formed and repeated section ids and missing titles, each on its line', () => {
    const bad = article(
      'x',
      '<Section title="No id">\n</Section>\n<Section id="Walking Pain" title="A">\n</Section>\n<Section id="a" title="B">\n</Section>\n<Section id="a" title="C">\n</Section>\n<Subsection id="no-title">\n</Subsection>\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      `${at(0)}: <Section title="No id"> has no id`,
      `${at(2)}: <Section> id "Walking Pain" must be lowercase-kebab-case`,
      `${at(6)}: <Section> id "a" is used twice`,
      `${at(8)}: <Subsection id="no-title"> has no title`,
    ]);
  });

  it('refuses the ids the article page itself uses, as ids and as former ids', () => {
    const bad = article(
      'x',
      '<Section id="sources" title="A">\n</Section>\n<Section id="main" title="B">\n</Section>\n<Subsection id="in-brief" title="C">\n</Subsection>\n<Section id="walking" formerIds="related source-nice-cg147" title="D">\n</Section>\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      `${at(0)}: <Section> id "sources" is used by the article page itself`,
      `${at(2)}: <Section> id "main" is used by the article page itself`,
      `${at(4)}: <Subsection> id "in-brief" is used by the article page itself`,
      `${at(6)}: <Section id="walking"> former id "related" is used by the article page itself`,
      `${at(6)}: <Section id="walking"> former id "source-nice-cg147" starts with "source-", which the article page uses for its own ids`,
    ]);
  });

  it('asks for plain string attributes on headings, which it can read', () => {
    const bad = article('x', '<Section id={"walking"} title="Walking">\n</Section>\n');
    expect(lintArticle(bad, index)).toEqual([`${at(0)}: <Section> attribute id must be written as id="…"`]);
  });

  it('reports a term missing from the glossary and a <Term> without an id', () => {
    const bad = article('x', 'Swelling (<Term id="oedema">oedema</Term>).\n\nA <Term>word</Term>.\n');
    expect(lintArticle(bad, index)).toEqual([
      `${at(0)}: <Term id="oedema"> is not in the glossary (add content/glossary/oedema.yaml)`,
      `${at(2)}: <Term> has no id`,
    ]);
  });

  it('reports citations of unknown sources and of sources missing from the frontmatter', () => {
    const bad = article(
      'x',
      'Text. <Cite id="nice-cg168"/>\n\nText. <Cite id="nice-1999"/>\n\n<GuidelineUpdate cite="esvs-2020">\nNew advice.\n</GuidelineUpdate>\n\n<Cite/>\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      `${at(0)}: cites "nice-cg168", which is missing from the frontmatter field sources`,
      `${at(2)}: <Cite> attribute id: no source "nice-1999" in src/features/article/sources.ts`,
      `${at(8)}: <Cite> attribute id: missing; name a source from src/features/article/sources.ts`,
      `${at(4)}: cites "esvs-2020", which is missing from the frontmatter field sources`,
    ]);
  });

  it('reports vague link text and links that do not resolve, in Markdown and in <a>', () => {
    const bad = article(
      'x',
      '[click here](/calf-pain/)\n[night pain](/night-pain/#missing)\n[pain](/nowhere/)\n[pain](/calf-pain)\n\nSee <a href="/calf-pain/#gone">here</a>.\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      `${at(0)}: link text "click here" does not say where it goes`,
      `${at(1)}: link /night-pain/#missing: no section "#missing" in night-pain`,
      `${at(2)}: link /nowhere/: no page "/nowhere/"`,
      `${at(3)}: link /calf-pain: internal links must end with / (the site uses trailing slashes)`,
      `${at(5)}: link text "here" does not say where it goes`,
      `${at(5)}: link /calf-pain/#gone: no section "#gone" in calf-pain`,
    ]);
  });

  it('reports related articles that do not exist or point at the article itself, on the related line', () => {
    const bad = article('calf-pain', 'Text.\n', { related: '[calf-pain, knee-pain]' });
    expect(lintArticle(bad, index)).toEqual([
      'content/articles/calf-pain.mdx:9: frontmatter field related: lists the article itself',
      'content/articles/calf-pain.mdx:9: frontmatter field related: no article "knee-pain"',
    ]);
  });

  it('names the line and field of a frontmatter value the schema refuses, and of a field it does not know', () => {
    const bad = article('x', 'Text.\n', { sources: '\n  - source-article\n  - nice-1999' });
    const text = bad.text.replace('topic: arteries', 'topic: hearts\ntags: [legs]');
    const problems = lintArticle({ ...bad, text }, index);
    expect(problems).toContain(
      'content/articles/x.mdx:5: frontmatter field topic: Invalid option: expected one of "overview"|"arteries"|"veins"|"nerves"|"about"',
    );
    expect(problems).toContain(
      'content/articles/x.mdx:6: frontmatter field tags: not a known field (see src/features/article/article-schema.ts)',
    );
    // sources moved down a line with tags: the field is on line 9, its second item on line 11.
    expect(problems.find((p) => p.includes('sources[1]'))).toMatch(
      /^content\/articles\/x\.mdx:11: frontmatter field sources\[1\]: /,
    );
    expect(problems).toHaveLength(3);
  });

  it("names a missing frontmatter field as Required, on the frontmatter's first line", () => {
    const bad = article('x', 'Text.\n');
    const text = bad.text.replace(/^title: .*\n/m, '').replace(/^updated: .*\n/m, '');
    expect(lintArticle({ ...bad, text }, index)).toEqual([
      'content/articles/x.mdx:1: frontmatter field title: Required; add title: to the frontmatter',
      'content/articles/x.mdx:1: frontmatter field updated: Required: the date the text last changed, e.g. updated: 2026-12-03',
    ]);
  });

  it("reports MDX it cannot parse with the parser's line and reason, instead of crashing", () => {
    const bad = article('x', 'Intro.\n\n<Section id="a" title="A">\n\nText.\n');
    const [problem, ...rest] = lintArticle(bad, index);
    expect(rest).toEqual([]);
    expect(problem).toMatch(/^content\/articles\/x\.mdx:\d+: the MDX cannot be read: .*Section/);
  });

  it('rejects a file name that is not a kebab-case slug', () => {
    expect(lintArticle(article('Calf_Pain', 'Text.\n'), index)).toEqual([
      "content/articles/Calf_Pain.mdx:1: file name must be a lowercase-kebab-case slug (it is the page's address)",
    ]);
  });
});

describe('checkInternalHref', () => {
  it('accepts tool pages, glossary anchors and external links', () => {
    expect(checkInternalHref('/abi-calculator/', index)).toBeUndefined();
    expect(checkInternalHref('/glossary/#claudication', index)).toBeUndefined();
    expect(checkInternalHref('https://www.nice.org.uk/guidance/cg168', index)).toBeUndefined();
    expect(checkInternalHref('/glossary/#oedema', index)).toBe('no glossary entry "#oedema"');
  });
});

describe('lintCollection', () => {
  it('reports two articles in the same place of the reading order, on the order line', () => {
    const twin = article('twin', '', { order: 1 });
    expect(lintCollection([calf, night, twin])).toEqual([
      'content/articles/twin.mdx:6: frontmatter field order: 1 is also used by content/articles/calf-pain.mdx',
    ]);
  });
});

describe('former section ids', () => {
  const renamed = article(
    'rest-pain',
    '<Section id="pain-at-rest" formerIds="rest-pain night-pain" title="Pain when you rest">\n\nText.\n\n</Section>\n',
    { order: 3 },
  );
  const withRenamed = buildIndex([calf, night, renamed], ['claudication']);

  it('must be kebab-case and unique among all the ids of the article', () => {
    const bad = article(
      'x',
      '<Section id="walking" formerIds="Walking_Pain at-rest" title="Walking">\n</Section>\n<Section id="at-rest" title="At rest">\n</Section>\n<Section id="night" formerIds="walking" title="Night">\n</Section>\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      `${at(0)}: <Section id="walking"> former id "Walking_Pain" must be lowercase-kebab-case`,
      `${at(2)}: <Section> id "at-rest" is used twice`,
      `${at(4)}: <Section id="night"> former id "walking" is used twice`,
    ]);
  });

  it('still resolve, but links in articles are asked to use the current id', () => {
    expect(checkInternalHref('/rest-pain/#pain-at-rest', withRenamed)).toBeUndefined();
    expect(checkInternalHref('/rest-pain/#night-pain', withRenamed)).toBe(
      '"#night-pain" is a former id in rest-pain; link to "#pain-at-rest"',
    );
  });
});
