import { describe, expect, it } from 'vitest';
import {
  NOTE_MAX_LENGTH,
  cardLevels,
  cleanNote,
  handoutHash,
  handoutItems,
  parseHandoutHash,
  resolveItems,
  type CatalogueArticle,
} from './handout-selection.ts';

const catalogue: CatalogueArticle[] = [
  { slug: 'leg-pain', sections: [{ id: 'causes' }, { id: 'when-to-worry' }] },
  {
    slug: 'arterial-leg-pain',
    sections: [{ id: 'why-it-hurts' }, { id: 'walking-pain', formerIds: ['claudication'] }, { id: 'rest-pain' }],
  },
  { slug: 'venous-leg-pain', sections: [{ id: 'what-veins-do' }, { id: 'dvt' }] },
];

describe('resolveItems', () => {
  it('puts articles and sections in the catalogue order, whatever order they were ticked in', () => {
    expect(
      resolveItems(['venous-leg-pain/dvt', 'arterial-leg-pain/rest-pain', 'arterial-leg-pain/why-it-hurts'], catalogue),
    ).toEqual({
      parts: [
        { slug: 'arterial-leg-pain', whole: false, sections: ['why-it-hurts', 'rest-pain'] },
        { slug: 'venous-leg-pain', whole: false, sections: ['dvt'] },
      ],
      unknown: [],
    });
  });

  it('lets a whole article take in its single sections', () => {
    expect(resolveItems(['leg-pain/causes', 'leg-pain'], catalogue).parts).toEqual([
      { slug: 'leg-pain', whole: true, sections: [] },
    ]);
  });

  it('finds a renamed section by its former id', () => {
    expect(resolveItems(['arterial-leg-pain/claudication'], catalogue).parts).toEqual([
      { slug: 'arterial-leg-pain', whole: false, sections: ['walking-pain'] },
    ]);
  });

  it('sets aside what the site does not have, and repeats', () => {
    expect(
      resolveItems(
        ['no-such-page', 'leg-pain/no-such-section', 'leg-pain/causes/extra', 'leg-pain/causes', 'leg-pain/causes'],
        catalogue,
      ),
    ).toEqual({
      parts: [{ slug: 'leg-pain', whole: false, sections: ['causes'] }],
      unknown: ['no-such-page', 'leg-pain/no-such-section', 'leg-pain/causes/extra'],
    });
  });
});

describe('handoutHash and parseHandoutHash', () => {
  const handout = {
    parts: [
      { slug: 'leg-pain', whole: true, sections: [] },
      { slug: 'arterial-leg-pain', whole: false, sections: ['walking-pain', 'rest-pain'] },
    ],
    note: 'Walk 30 minutes a day & stop when it hurts.\nSee you in 3 months (#2 visit).',
  };

  it('writes the parts as readable items and escapes only the note', () => {
    expect(handoutHash(handout)).toBe(
      '#s=leg-pain,arterial-leg-pain/walking-pain,arterial-leg-pain/rest-pain' +
        '&note=Walk%2030%20minutes%20a%20day%20%26%20stop%20when%20it%20hurts.%0ASee%20you%20in%203%20months%20(%232%20visit).',
    );
    expect(handoutHash({ parts: handout.parts, note: '' }, { view: 'edit' })).toBe(
      '#s=leg-pain,arterial-leg-pain/walking-pain,arterial-leg-pain/rest-pain&edit',
    );
    expect(handoutHash({ parts: handout.parts, note: '', short: true }, { view: 'send' })).toBe(
      '#s=leg-pain,arterial-leg-pain/walking-pain,arterial-leg-pain/rest-pain&short&send',
    );
  });

  it('reads back exactly what it wrote', () => {
    expect(parseHandoutHash(handoutHash(handout), catalogue)).toEqual({
      ...handout,
      short: false,
      view: 'patient',
      unknown: [],
    });
    expect(parseHandoutHash(handoutHash(handout, { view: 'edit' }), catalogue).view).toBe('edit');
    expect(parseHandoutHash(handoutHash({ ...handout, short: true }, { view: 'send' }), catalogue)).toMatchObject({
      short: true,
      view: 'send',
    });
  });

  it('opens a link as the patient view unless it asks for the form or the sender view', () => {
    expect(parseHandoutHash('#s=leg-pain&note=Hi', catalogue).view).toBe('patient');
    expect(parseHandoutHash('#s=leg-pain&send&edit', catalogue).view).toBe('edit');
  });

  it('reads a fragment with or without its #, in any order of parameters, and ignores strangers', () => {
    expect(parseHandoutHash('note=Hello&utm=x&s=venous-leg-pain', catalogue)).toEqual({
      parts: [{ slug: 'venous-leg-pain', whole: true, sections: [] }],
      note: 'Hello',
      short: false,
      view: 'patient',
      unknown: [],
    });
  });

  it('gives an empty handout for an empty or foreign fragment', () => {
    for (const hash of ['', '#', '#main', '#s=', '#s=,,']) {
      expect(parseHandoutHash(hash, catalogue)).toEqual({
        parts: [],
        note: '',
        short: false,
        view: 'patient',
        unknown: [],
      });
    }
  });

  it('keeps a note whose escape was cut short, rather than losing it', () => {
    expect(parseHandoutHash('#s=leg-pain&note=Rest%2', catalogue).note).toBe('Rest%2');
  });

  it('keeps markup in a note as plain text for the page to show as text', () => {
    expect(
      parseHandoutHash(`#s=leg-pain&note=${encodeURIComponent('<img src=x onerror=alert(1)>')}`, catalogue).note,
    ).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('cleanNote', () => {
  it('trims, makes line endings plain and cuts the note to its limit', () => {
    expect(cleanNote('  Walk daily.\r\nRest.\r ')).toBe('Walk daily.\nRest.');
    expect(cleanNote('a'.repeat(NOTE_MAX_LENGTH + 20))).toHaveLength(NOTE_MAX_LENGTH);
    // Counted in characters, so an emoji or accented letter is never cut in half.
    expect(cleanNote('é'.repeat(NOTE_MAX_LENGTH + 1))).toBe('é'.repeat(NOTE_MAX_LENGTH));
  });
});

describe('handoutItems', () => {
  it('lists what the builder ticks', () => {
    expect(
      handoutItems([
        { slug: 'leg-pain', whole: true, sections: [] },
        { slug: 'venous-leg-pain', whole: false, sections: ['dvt'] },
      ]),
    ).toEqual(['leg-pain', 'venous-leg-pain/dvt']);
  });
});

describe('cardLevels', () => {
  it('prints every level in the full version, and leaves self-care out of the short one', () => {
    expect(cardLevels(false)).toEqual(['emergency', 'same-day', 'soon', 'self-care']);
    expect(cardLevels(true)).toEqual(['emergency', 'same-day', 'soon']);
  });
});
