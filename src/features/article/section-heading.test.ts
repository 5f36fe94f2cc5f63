import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import Section from './Section.astro';
import Subsection from './Subsection.astro';

/** Tags and the attributes that matter here, without the data-astro-source-* noise of tests. */
function outline(html: string): string[] {
  return [...html.matchAll(/<(h[23]|div|a|section)\b([^>]*)>/g)].map(([, tag, attrs = '']) => {
    const keep = [...attrs.matchAll(/\s(id|tabindex|href|class|aria-labelledby)="([^"]*)"/g)].map(
      ([, name, value]) => `${name}="${value}"`,
    );
    return [tag, ...keep].join(' ');
  });
}

describe('<Section> and <Subsection> headings', () => {
  it('give the heading its id, focus on arrival and a link to itself named after the section', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Section, {
      props: { id: 'walking-pain', title: 'Pain when you walk' },
      slots: { default: '<p>Text.</p>' },
    });
    expect(outline(html)).toEqual([
      'section aria-labelledby="walking-pain"',
      'div class="section-heading section-heading-2"',
      'h2 id="walking-pain" tabindex="-1"',
      'a class="section-link no-print" href="#walking-pain"',
    ]);
    expect(html).toContain('Link to this section: Pain when you walk');
  });

  it('keep former ids as focusable targets around the heading, so old links land on it', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(Subsection, {
      props: { id: 'pain-at-rest', title: 'Pain when you rest', formerIds: 'rest-pain night-pain' },
    });
    expect(outline(html)).toEqual([
      'div id="rest-pain" tabindex="-1" class="former-id-target"',
      'div id="night-pain" tabindex="-1" class="former-id-target"',
      'div class="section-heading section-heading-3"',
      'h3 id="pain-at-rest" tabindex="-1"',
      'a class="section-link no-print" href="#pain-at-rest"',
    ]);
  });
});
