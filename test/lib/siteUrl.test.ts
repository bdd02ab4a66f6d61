// The site's public address is configuration (ATLAS_SITE_URL, read in astro.config.mjs), never a host written
// into the sources: a placeholder in a canonical link, embed snippet, citation or CSV breaks what readers copy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { siteUrl } from '../../astro.config.mjs';
import { listFiles } from '../site/files.ts';
import { PLACEHOLDER_HOST } from '../site/reading.ts';

describe('siteUrl (astro.config.mjs)', () => {
  it('is the origin given in ATLAS_SITE_URL, or nothing when it is unset (a local build)', () => {
    expect(siteUrl('https://atlas.example.com')).toBe('https://atlas.example.com');
    expect(siteUrl(' https://atlas.example.com/ ')).toBe('https://atlas.example.com');
    expect(siteUrl(undefined)).toBeUndefined();
    expect(siteUrl('')).toBeUndefined();
  });

  it('refuses what would build broken links', () => {
    expect(() => siteUrl('atlas.example.com')).toThrow(/not a URL/);
    expect(() => siteUrl('ftp://atlas.example.com')).toThrow(/http/);
    expect(() => siteUrl('https://example.com/atlas/')).toThrow(/origin only/);
  });
});

describe('the placeholder host', () => {
  it(`is named nowhere in src/, astro.config.mjs, CITATION.cff or README.md`, () => {
    const files = [...listFiles('src').map((f) => `src/${f}`), 'astro.config.mjs', 'CITATION.cff', 'README.md'];
    expect(files.filter((f) => readFileSync(f, 'utf8').includes(PLACEHOLDER_HOST))).toEqual([]);
  });
});
