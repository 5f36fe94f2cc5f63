import { describe, expect, it } from 'vitest';
import {
  alertIds,
  alerts,
  alertsByLevel,
  emergenciesFirst,
  emergencyAlertIds,
  signIds,
  signs,
  urgencyAdvice,
  urgencyLevels,
} from './alerts.ts';
import { sources } from '../article/sources.ts';

describe('the warning signs', () => {
  it.each(signIds)('%s has a level, a wording and a citation that exists', (id) => {
    const sign = signs[id];
    expect(urgencyLevels).toContain(sign.level);
    expect(sign.text.length).toBeGreaterThan(10);
    expect(sign.text).toBe(sign.text.trim());
    expect(sources[sign.cite], `${id} cites ${sign.cite}`).toBeDefined();
  });

  it('words a sign only once: no two signs share a wording', () => {
    const texts = signIds.map((id) => signs[id].text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('has one wording for a wound that will not heal: 2 weeks, a doctor within days', () => {
    const woundSigns = signIds.filter((id) => /wound/.test(signs[id].text));
    expect(woundSigns.sort()).toEqual(['wound', 'wound-with-cold-foot']);
    expect(signs.wound).toMatchObject({ level: 'soon' });
    expect(signs.wound.text).toContain('has not healed in 2 weeks');
    expect(signs.wound.text).toContain('within a few days');
    expect(signs['wound-with-cold-foot']).toMatchObject({ level: 'same-day' });
    expect(signs['wound-with-cold-foot'].text).toContain('has not healed in 2 weeks');
  });

  it('includes the red flags of the clinical reference at the right level', () => {
    expect(alerts['cauda-equina']).toMatchObject({ level: 'emergency' });
    expect(alerts['cauda-equina'].signs).toHaveLength(5);
    expect(alerts.stroke).toMatchObject({ level: 'emergency' });
    expect(alerts['bleeding-vein']).toMatchObject({ level: 'emergency' });
    expect(alerts['bleeding-vein'].action).toMatch(/raise the leg.*Press firmly/s);
    expect(alerts.thrombophlebitis).toMatchObject({ level: 'same-day' });
    expect(alerts.limb.action).toContain('Call now, even if it started more than 6 hours ago.');
  });
});

describe('the cards', () => {
  it.each(alertIds)('%s takes its level from its signs and links to a page', (id) => {
    const alert = alerts[id];
    expect(alert.signs.length).toBeGreaterThan(0);
    for (const sign of alert.signs) expect(signs[sign].level).toBe(alert.level);
    expect(alert.more.href).toMatch(/^\/[a-z-]+\/(#[a-z-]+)?$/);
  });

  it('puts every symptom emergency in the site-wide emergency card, and no tool-only card', () => {
    expect(emergencyAlertIds).toEqual(['limb', 'clot-lungs', 'cauda-equina', 'stroke', 'bleeding-vein']);
  });
});

describe('emergenciesFirst', () => {
  it('puts emergency cards before same-day ones and keeps their order otherwise', () => {
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
    expect(alertsByLevel(['clot-leg', 'limb', 'wound', 'rest-pain', 'clot-lungs'])).toEqual([
      { level: 'emergency', ids: ['limb', 'clot-lungs'] },
      { level: 'same-day', ids: ['clot-leg', 'rest-pain'] },
      { level: 'soon', ids: ['wound'] },
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
