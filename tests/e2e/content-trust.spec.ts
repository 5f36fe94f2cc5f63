/**
 * What makes an article something a patient can trust and act on, checked on the built pages:
 * no editors' notes in patient text, guideline differences in the reader's words, and on each
 * condition page a "what you can do" section whose advice names its source.
 */
import { expect, test } from '@playwright/test';
import { articleSlugs, articleText, builtHtml } from './support/built.ts';

test('patient pages hold no editors’ notes: those live on /about/', () => {
  const editorsTalk =
    /original article|translat|rows? of this table|the source article (says|lists|calls)|What the source article says/i;
  const found = articleSlugs
    .filter((slug) => slug !== 'about')
    .flatMap((slug) => {
      // The sources list describes the source article as a reference (machine-translated): that is a citation, not patient text.
      const html = builtHtml(slug).replace(/<section aria-labelledby="sources">[\s\S]*?<\/section>/, '');
      const m = editorsTalk.exec(articleText(html));
      return m ? [`${slug}: "${m[0]}"`] : [];
    });
  expect(found).toEqual([]);
  // The list of corrections is kept, on the about page.
  expect(articleText(builtHtml('about'))).toMatch(/Corrections and changes we made/);
});

test('every guideline difference says "Older advice said", then names the current guideline and its year', () => {
  let boxes = 0;
  for (const slug of articleSlugs) {
    for (const [box] of builtHtml(slug).matchAll(/<div class="panel guideline-update[\s\S]*?<\/div>/g)) {
      boxes++;
      const text = articleText(`<article>${box}</article>`);
      expect(text, slug).toMatch(/^\s*Older advice said:/);
      expect(text, slug).toMatch(/Current guidelines \([^)]*\b(19|20)\d{2}\) say:/);
    }
  }
  expect(boxes).toBeGreaterThanOrEqual(6);
});

/** Each condition page and the section that tells the reader what they can do themselves. */
const whatYouCanDo: Record<string, string> = {
  'arterial-leg-pain': 'what-you-can-do',
  'claudication-treatment': 'foot-care',
  'pad-risk-factors': 'what-you-can-do',
  'nerve-leg-pain': 'what-you-can-do',
  'venous-leg-pain': 'what-helps',
  'dvt-risk-factors': 'living-with-blood-thinners',
  'venous-insufficiency-treatment': 'self-care',
};

for (const [slug, id] of Object.entries(whatYouCanDo)) {
  test(`/${slug}/ tells the reader what they can do (#${id}), citing its source`, () => {
    const html = builtHtml(slug);
    const section = new RegExp(`<section aria-labelledby="${id}">[\\s\\S]*?</section>`).exec(html)?.[0];
    expect(section, `#${id} on /${slug}/`).toBeDefined();
    expect(section).toMatch(/class="cite"/);
  });
}

test('the overclaims stay fixed', () => {
  const text = (slug: string) => articleText(builtHtml(slug));
  expect(text('leg-pain')).not.toMatch(/Finding them early stops them/);
  expect(text('dvt-risk-factors')).not.toMatch(/stops the clot from breaking off/);
  expect(text('dvt-risk-factors')).toMatch(/lowers the risk of part of the clot breaking off/);
  expect(text('arterial-leg-pain')).not.toMatch(/your muscles do not get enough oxygen/);
  // "A permanent fix" appears only as the older advice, next to NICE CG168.
  const veins = text('venous-insufficiency-treatment');
  expect(veins).toMatch(/Older advice said: Closing the faulty vein can be a permanent fix\./);
  expect(veins).toMatch(/new ones can appear after treatment/);
  expect(veins).toMatch(/Do not offer compression stockings to treat varicose veins/);
});
