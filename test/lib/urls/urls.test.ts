import { describe, expect, it } from 'vitest';
import {
  absoluteUrl, alternateHref, alternates, dataFileHref, figureAnchor, figureHref, href, regionPath, reportTextHref, splitLocale,
} from '../../../src/lib/urls/urls.ts';

describe('href', () => {
  it('leaves Chinese paths unprefixed and puts English under /en/', () => {
    expect(href('zh', '/')).toBe('/');
    expect(href('en', '/')).toBe('/en/');
    expect(href('zh', regionPath('220300'))).toBe('/regions/220300/');
    expect(href('en', regionPath('220300'))).toBe('/en/regions/220300/');
  });

  it('refuses a relative path', () => {
    expect(() => href('en', 'regions/' as '/x')).toThrow(/must start with/);
  });
});

describe('splitLocale and alternates', () => {
  it('round-trips every path through href', () => {
    for (const path of ['/', '/regions/', '/reports/siping-2022/', '/data/'] as const) {
      for (const locale of ['zh', 'en'] as const) expect(splitLocale(href(locale, path))).toEqual({ locale, path });
    }
  });

  it('does not take a path that merely starts with "en" for English', () => {
    expect(splitLocale('/entries/')).toEqual({ locale: 'zh', path: '/entries/' });
    expect(splitLocale('/en')).toEqual({ locale: 'en', path: '/' });
  });

  it('gives the same page in the other language', () => {
    expect(alternateHref('/indicators/income/')).toBe('/en/indicators/income/');
    expect(alternateHref('/en/indicators/income/')).toBe('/indicators/income/');
    expect(alternates('/en/about/')).toEqual([
      { locale: 'zh', href: '/about/' },
      { locale: 'en', href: '/en/about/' },
    ]);
  });
});

describe('figure anchors', () => {
  it('links to the figure mark in the localized source reader', () => {
    const figure = { report: 'jilin-2021', number_start: 1200 };
    expect(figureHref('zh', figure)).toBe('/reports/jilin-2021/#f-1200');
    expect(figureHref('en', figure)).toBe('/en/reports/jilin-2021/#f-1200');
    expect(figureAnchor(0)).toBe('f-0');
  });

  it('refuses an offset that cannot be one', () => {
    expect(() => figureAnchor(-1)).toThrow();
    expect(() => figureAnchor(1.5)).toThrow();
  });
});

describe('downloads', () => {
  it('serves data files under /data/ in both languages', () => {
    expect(dataFileHref('figures.csv')).toBe('/data/figures.csv');
    expect(reportTextHref('anshun-2023')).toBe('/data/reports/anshun-2023.txt');
    expect(() => dataFileHref('../package.json')).toThrow();
  });

  it('makes absolute URLs against the site', () => {
    expect(absoluteUrl('https://example.org', '/en/data/')).toBe('https://example.org/en/data/');
    expect(absoluteUrl(undefined, '/en/data/')).toBe('/en/data/');
  });
});
