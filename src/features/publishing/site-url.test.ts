import { describe, expect, it } from 'vitest';
import { isLocalPreviewAddress, resolveSiteUrl, siteForTooling } from './site-url.ts';

const publicBuild = (siteUrl: string | undefined) => resolveSiteUrl({ siteUrl, localPreview: false });
const message = (result: ReturnType<typeof resolveSiteUrl>) => (result.ok ? '' : result.message);

describe('the address a public build is made for', () => {
  it('takes an https address and writes it as origin and slash', () => {
    expect(publicBuild('https://legpain.example.org')).toEqual({
      ok: true,
      address: 'https://legpain.example.org/',
      localPreview: false,
    });
    expect(publicBuild('  https://LegPain.Example.org/ ')).toMatchObject({
      ok: true,
      address: 'https://legpain.example.org/',
    });
  });

  it('refuses a missing address and says how to set it', () => {
    for (const value of [undefined, '', '   ']) {
      const result = publicBuild(value);
      expect(result.ok).toBe(false);
      expect(message(result)).toContain('SITE_URL is not set');
      expect(message(result)).toContain('SITE_URL=https://legpain.example.org npm run build');
      expect(message(result)).toContain('npm start');
    }
  });

  it('refuses an address without a scheme and shows it with one', () => {
    const result = publicBuild('legpain.example.org');
    expect(result.ok).toBe(false);
    expect(message(result)).toContain('has no scheme');
    expect(message(result)).toContain('https://legpain.example.org');
  });

  it('refuses another scheme, naming it', () => {
    for (const value of ['ftp://legpain.example.org', 'file:///var/www', 'mailto:info@example.org']) {
      const result = publicBuild(value);
      expect(result.ok, value).toBe(false);
      expect(message(result)).toMatch(/uses (ftp|file|mailto):/);
    }
  });

  it('refuses this computer for a public build', () => {
    for (const value of [
      'http://localhost:4321',
      'http://127.0.0.1',
      'http://[::1]:8080',
      'http://app.localhost',
      'http://0.0.0.0',
    ]) {
      const result = publicBuild(value);
      expect(result.ok, value).toBe(false);
      expect(message(result), value).toContain('names this computer');
    }
  });

  it('refuses a path, query or fragment, and credentials', () => {
    expect(message(publicBuild('https://example.org/leg-pain/'))).toContain('use https://example.org');
    expect(message(publicBuild('https://example.org/?x=1'))).toContain('has a path, query or #part');
    expect(message(publicBuild('https://user:pw@example.org'))).toContain('user name or password');
  });

  it('builds for plain http only with a warning', () => {
    const result = publicBuild('http://legpain.example.org');
    expect(result).toMatchObject({ ok: true, address: 'http://legpain.example.org/' });
    expect(result.ok && result.warning).toContain('not https');
  });
});

describe('a local preview build (npm start, the tests)', () => {
  const local = (siteUrl: string | undefined) => resolveSiteUrl({ siteUrl, localPreview: true });

  it('takes the local address, or names localhost:4321 when none is given', () => {
    expect(local('http://localhost:4321')).toEqual({ ok: true, address: 'http://localhost:4321/', localPreview: true });
    expect(local(undefined)).toEqual({ ok: true, address: 'http://localhost:4321/', localPreview: true });
  });

  it('refuses a public address, so no public build says "local preview"', () => {
    expect(message(local('https://legpain.example.org'))).toContain('LOCAL_PREVIEW=1 is set with the public address');
  });
});

describe('telling a local address from a public one', () => {
  it('knows localhost and loopback addresses', () => {
    expect(isLocalPreviewAddress('http://localhost:4321/arterial-leg-pain/')).toBe(true);
    expect(isLocalPreviewAddress(new URL('http://127.0.0.1:4413/'))).toBe(true);
    expect(isLocalPreviewAddress('https://legpain.example.org/arterial-leg-pain/')).toBe(false);
    expect(isLocalPreviewAddress('https://localhost.example.org/')).toBe(false);
  });

  it('gives dev, check and sync a usable address whatever SITE_URL holds', () => {
    expect(siteForTooling(undefined)).toBe('http://localhost:4321/');
    expect(siteForTooling('nonsense')).toBe('http://localhost:4321/');
    expect(siteForTooling('https://legpain.example.org')).toBe('https://legpain.example.org/');
  });
});
