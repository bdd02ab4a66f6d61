import { afterEach, describe, expect, it } from 'vitest';
import { makeSite, page } from './fixture.ts';
import { fileOfUrl, urlOfFile } from './files.ts';
import { isInteractive, localeOf, pageType, REQUIRED_TYPES, samplePages } from './pages.ts';

const fixtures: { remove(): void }[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.remove()));

describe('page URLs', () => {
  it('maps files to the URLs a static host serves them at, and back', () => {
    expect(urlOfFile('index.html')).toBe('/');
    expect(urlOfFile('en/regions/220300/index.html')).toBe('/en/regions/220300/');
    expect(urlOfFile('404.html')).toBe('/404.html');
    expect(fileOfUrl('/en/regions/220300/')).toBe('en/regions/220300/index.html');
    expect(fileOfUrl('/data/figures.csv')).toBe('data/figures.csv');
    expect(fileOfUrl('/en/%E5%9B%9B%E5%B9%B3/')).toBe('en/四平/index.html');
    expect(fileOfUrl('/a/../../etc/passwd')).toBe('etc/passwd');
  });

  it('knows the language and the page type of a URL', () => {
    expect(localeOf('/en/about/')).toEqual({ locale: 'en', path: '/about/' });
    expect(localeOf('/enclosures/')).toEqual({ locale: 'zh', path: '/enclosures/' });
    expect(pageType('/')).toBe('/');
    expect(pageType('/en/')).toBe('/');
    expect(pageType('/regions/')).toBe('/regions/');
    expect(pageType('/en/regions/220300/')).toBe('/regions/*');
    expect(pageType('/embed/chart/x/')).toBe('/embed/*');
    expect(pageType('/404.html')).toBe('404');
    expect(pageType('/en/404/')).toBe('404');
    expect(isInteractive('/en/explore/')).toBe(true);
    expect(isInteractive('/embed/chart/x/')).toBe(true);
    expect(isInteractive('/stories/x/')).toBe(false);
  });
});

describe('samplePages', () => {
  const required = Object.fromEntries(
    REQUIRED_TYPES.flatMap((type) => ['', 'en/'].map((prefix) => {
      const file = type === '404' ? (prefix ? 'en/404/index.html' : '404.html') : `${prefix}${type.slice(1).replace('*', 'x')}${type.endsWith('*') ? '/' : ''}index.html`;
      return [file, page('<p>x</p>')];
    })),
  );

  it('takes the largest page of each type in each language, and finds new sections by itself', () => {
    const s = makeSite({ ...required, 'regions/a/index.html': page('<p>much more text here</p>'), 'explore/index.html': page('x') });
    fixtures.push(s);
    const samples = samplePages(s.dir);
    expect(samples.find((p) => p.type === '/regions/*' && p.locale === 'zh')?.url).toBe('/regions/a/');
    expect(samples.filter((p) => p.type === '/explore/').map((p) => p.url)).toEqual(['/explore/']);
    expect(samples).toHaveLength(REQUIRED_TYPES.length * 2 + 1);
  });

  it('fails when a required page type is missing in a language', () => {
    const { 'en/about/index.html': _, ...withoutEnglishAbout } = required;
    const s = makeSite(withoutEnglishAbout);
    fixtures.push(s);
    expect(() => samplePages(s.dir)).toThrow(/lacks page types: en \/about\//);
  });
});
