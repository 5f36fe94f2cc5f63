import { describe, expect, it } from 'vitest';
import {
  buildIndex,
  checkInternalHref,
  extractHeadings,
  lintArticle,
  lintCollection,
  type ArticleSource,
} from './content-lint.ts';

const article = (slug: string, frontmatter: string, body: string): ArticleSource => ({
  file: `content/articles/${slug}.mdx`,
  slug,
  text: `---\n${frontmatter}\n---\n${body}`,
});

const calf = article(
  'calf-pain',
  'order: 1\nsources: [source-article]\nrelated: [night-pain]',
  `Intro.

<Section id="walking" title="Pain when you walk">

Calf pain when you walk (<Term id="claudication">claudication</Term>).

<Subsection id="how-far" title="How far you can walk">

Text.

</Subsection>

</Section>
`,
);
const night = article(
  'night-pain',
  'order: 2\nsources: [source-article]',
  '<Section id="at-night" title="At night">\n\nText.\n\n</Section>\n',
);
const index = buildIndex([calf, night], ['claudication']);

describe('extractHeadings', () => {
  it('lists sections and subsections with their ids, titles and levels in order', () => {
    expect(extractHeadings(calf.text)).toEqual([
      { id: 'walking', title: 'Pain when you walk', level: 2 },
      { id: 'how-far', title: 'How far you can walk', level: 3 },
    ]);
  });
});

describe('lintArticle', () => {
  it('accepts a well-formed article', () => {
    expect(lintArticle(calf, index)).toEqual([]);
  });

  it('rejects Markdown headings, naming the line, because their ids change with the wording', () => {
    const bad = article('x', 'sources: [source-article]', 'Intro.\n\n## Walking pain\n');
    expect(lintArticle(bad, index)).toEqual([
      'content/articles/x.mdx:6: Markdown heading found; use <Section id="…" title="…"> so the heading has a stable id',
    ]);
  });

  it('reports missing, badly formed and repeated section ids', () => {
    const bad = article(
      'x',
      'sources: [source-article]',
      '<Section title="No id">\n\n</Section>\n<Section id="Walking Pain" title="A">\n\n</Section>\n<Section id="a" title="B">\n\n</Section>\n<Section id="a" title="C">\n\n</Section>\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      'content/articles/x.mdx: <Section title="No id"> has no id',
      'content/articles/x.mdx: <Section> id "Walking Pain" must be lowercase-kebab-case',
      'content/articles/x.mdx: <Section> id "a" is used twice',
    ]);
  });

  it('reports a term missing from the glossary and a citation missing from sources', () => {
    const bad = article(
      'x',
      'sources: [source-article]',
      'Swelling (<Term id="oedema">oedema</Term>). <Cite id="nice-cg168"/>\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      'content/articles/x.mdx:4: <Term id="oedema"> is not in the glossary (add content/glossary/oedema.yaml)',
      'content/articles/x.mdx:4: cites "nice-cg168", which is missing from the frontmatter field sources',
    ]);
  });

  it('reports vague link text and links that do not resolve', () => {
    const bad = article(
      'x',
      'sources: [source-article]',
      '[click here](/calf-pain/)\n[night pain](/night-pain/#missing)\n[pain](/nowhere/)\n[pain](/calf-pain)\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      'content/articles/x.mdx:4: link text "click here" does not say where it goes',
      'content/articles/x.mdx:5: link /night-pain/#missing: no section "#missing" in night-pain',
      'content/articles/x.mdx:6: link /nowhere/: no page "/nowhere/"',
      'content/articles/x.mdx:7: link /calf-pain: internal links must end with / (the site uses trailing slashes)',
    ]);
  });

  it('reports related articles that do not exist or point at the article itself', () => {
    const bad = article('calf-pain', 'sources: [source-article]\nrelated: [calf-pain, knee-pain]', 'Text.\n');
    expect(lintArticle(bad, index)).toEqual([
      'content/articles/calf-pain.mdx: related lists the article itself',
      'content/articles/calf-pain.mdx: related: no article "knee-pain"',
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
  it('reports two articles in the same place of the reading order', () => {
    const twin = article('twin', 'order: 1', '');
    expect(lintCollection([calf, night, twin])).toEqual([
      'content/articles/twin.mdx: order 1 is also used by content/articles/calf-pain.mdx',
    ]);
  });
});

describe('former section ids', () => {
  const renamed = article(
    'rest-pain',
    'order: 3\nsources: [source-article]',
    '<Section id="pain-at-rest" formerIds="rest-pain night-pain" title="Pain when you rest">\n\nText.\n\n</Section>\n',
  );
  const withRenamed = buildIndex([calf, night, renamed], ['claudication']);

  it('are read from formerIds, separated by spaces, and only where a heading has them', () => {
    expect(extractHeadings(renamed.text)).toEqual([
      { id: 'pain-at-rest', title: 'Pain when you rest', level: 2, formerIds: ['rest-pain', 'night-pain'] },
    ]);
    expect(extractHeadings(calf.text)[0]).not.toHaveProperty('formerIds');
  });

  it('must be kebab-case and unique among all the ids of the article', () => {
    const bad = article(
      'x',
      'sources: [source-article]',
      '<Section id="walking" formerIds="Walking_Pain at-rest" title="Walking">\n</Section>\n<Section id="at-rest" title="At rest">\n</Section>\n<Section id="night" formerIds="walking" title="Night">\n</Section>\n',
    );
    expect(lintArticle(bad, index)).toEqual([
      'content/articles/x.mdx: <Section id="walking"> former id "Walking_Pain" must be lowercase-kebab-case',
      'content/articles/x.mdx: <Section> id "at-rest" is used twice',
      'content/articles/x.mdx: <Section id="night"> former id "walking" is used twice',
    ]);
  });

  it('still resolve, but links in articles are asked to use the current id', () => {
    expect(checkInternalHref('/rest-pain/#pain-at-rest', withRenamed)).toBeUndefined();
    expect(checkInternalHref('/rest-pain/#night-pain', withRenamed)).toBe(
      '"#night-pain" is a former id in rest-pain; link to "#pain-at-rest"',
    );
  });
});
