import { describe, expect, it } from 'vitest';
import { articleText, fleschKincaidGrade, htmlToText, textStats } from './readability.ts';

describe('textStats', () => {
  it('counts sentences, words and syllables', () => {
    expect(textStats('Your calf hurts. Rest helps.')).toEqual({ sentences: 2, words: 5, syllables: 5 });
  });

  it('treats each line as a sentence and does not split numbers like 0.90', () => {
    expect(textStats('An ABI of 0.90 or below\nsee a doctor')).toEqual({ sentences: 2, words: 9, syllables: 12 });
  });
});

describe('fleschKincaidGrade', () => {
  it('is low for short plain sentences and high for long technical ones', () => {
    const plain = fleschKincaidGrade(textStats('Your leg hurts when you walk. It stops when you rest.'));
    const dense = fleschKincaidGrade(
      textStats(
        'Intermittent claudication, a manifestation of peripheral arterial disease, characteristically necessitates comprehensive haemodynamic evaluation.',
      ),
    );
    expect(plain).toBeLessThan(3);
    expect(dense).toBeGreaterThan(15);
  });
});

describe('htmlToText', () => {
  it('keeps the words of inline elements apart and puts block elements on their own lines', () => {
    expect(htmlToText('<p>Chest <em>pain</em> &amp; cough</p><ul><li>One</li><li>Two</li></ul>')).toBe(
      'Chest pain & cough\nOne\nTwo',
    );
  });
});

describe('articleText', () => {
  it('reads the In brief box and the article body, not the sources or navigation', () => {
    const html =
      '<nav>Menu</nav><section class="panel in-brief"><h2>In brief</h2><ul><li>Walk every day.</li></ul></section>' +
      '<div class="prose"><p>Your calf hurts.</p></div><div class="panel not-a-diagnosis">Not a diagnosis</div>' +
      '<section>Sources</section>';
    expect(articleText(html)).toBe('In brief\nWalk every day.\nYour calf hurts.');
  });

  it('leaves out the link-to-this-section controls that repeat each heading', () => {
    const html =
      '<div class="prose"><h2>Rest pain<a class="section-link" href="#rest">Link to Rest pain</a></h2>' +
      '<p>It hurts at night.</p></div><div class="panel not-a-diagnosis"></div>';
    expect(articleText(html)).toBe('Rest pain\nIt hurts at night.');
  });
});
