import { describe, expect, it } from 'vitest';
import { alertsByLevel, emergenciesFirst, urgencyAdvice } from '../../src/data/alerts.ts';

describe('emergenciesFirst', () => {
  it('puts emergency cards before urgent ones and keeps their order otherwise', () => {
    expect(emergenciesFirst(['rest-pain', 'limb', 'clot-leg', 'clot-lungs'])).toEqual([
      'limb',
      'clot-lungs',
      'rest-pain',
      'clot-leg',
    ]);
  });
});

describe('alertsByLevel', () => {
  it('gives one card per level, emergencies first', () => {
    expect(alertsByLevel(['clot-leg', 'limb', 'rest-pain', 'clot-lungs'])).toEqual([
      { level: 'emergency', ids: ['limb', 'clot-lungs'] },
      { level: 'urgent', ids: ['clot-leg', 'rest-pain'] },
    ]);
  });

  it('gives no card for no alerts', () => {
    expect(alertsByLevel([])).toEqual([]);
  });
});

describe('urgencyAdvice', () => {
  it('names every emergency number in the emergency advice', () => {
    expect(urgencyAdvice.emergency).toBe(
      'Call your local emergency number (112 in Europe and Türkiye, 999 in the UK, 911 in the US and Canada).',
    );
  });
});
