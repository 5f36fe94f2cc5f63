import { describe, expect, it } from 'vitest';
import { rememberedPromises } from './remembered.ts';

describe('rememberedPromises', () => {
  it('makes each key once and gives every caller the same promise', async () => {
    const remember = rememberedPromises<string, number>();
    let calls = 0;
    const make = () => Promise.resolve(++calls);
    const first = remember('ca', make);
    expect(remember('ca', make)).toBe(first);
    expect(await first).toBe(1);
    expect(await remember('cr', make)).toBe(2);
    expect(calls).toBe(2);
  });

  it('forgets a promise that failed, so the next call tries again', async () => {
    const remember = rememberedPromises<string, string>();
    await expect(remember('ca', () => Promise.reject(new Error('offline')))).rejects.toThrow('offline');
    expect(await remember('ca', () => Promise.resolve('calf'))).toBe('calf');
  });
});
