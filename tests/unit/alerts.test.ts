import { describe, expect, it } from 'vitest';
import { emergenciesFirst } from '../../src/data/alerts.ts';

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
