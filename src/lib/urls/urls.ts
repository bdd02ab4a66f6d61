// Every internal link of the site is built here, so that the locale prefix and the figure anchors are
// spelled one way. Chinese lives at `/`, English at `/en/`, with the same paths below.
import { DEFAULT_LOCALE, isLocale, LOCALES, otherLocale, type Locale } from '../../i18n/index.ts';

/** A locale-free site path: starts with '/', and ends with '/' unless it names a file. */
export type SitePath = `/${string}`;

function checkPath(path: string): asserts path is SitePath {
  if (!path.startsWith('/')) throw new Error(`urls: path "${path}" must start with "/"`);
}

/** The URL of `path` in `locale`: href('en', '/regions/220300/') -> '/en/regions/220300/'. */
export function href(locale: Locale, path: SitePath = '/'): string {
  checkPath(path);
  return locale === DEFAULT_LOCALE ? path : `/${locale}${path}`;
}

/** Splits a URL path into its locale and the locale-free path: '/en/data/' -> { locale: 'en', path: '/data/' }. */
export function splitLocale(pathname: string): { locale: Locale; path: SitePath } {
  checkPath(pathname);
  const match = /^\/([a-z]{2})(\/.*|$)/.exec(pathname);
  if (match && isLocale(match[1]) && match[1] !== DEFAULT_LOCALE) {
    return { locale: match[1], path: (match[2] || '/') as SitePath };
  }
  return { locale: DEFAULT_LOCALE, path: pathname };
}

/** The same page in the other language. */
export function alternateHref(pathname: string): string {
  const { locale, path } = splitLocale(pathname);
  return href(otherLocale(locale), path);
}

/** The same page in every language, for hreflang alternates. */
export function alternates(pathname: string): { locale: Locale; href: string }[] {
  const { path } = splitLocale(pathname);
  return LOCALES.map((locale) => ({ locale, href: href(locale, path) }));
}

export const regionPath = (code: string): SitePath => `/regions/${code}/`;
export const indicatorPath = (key: string): SitePath => `/indicators/${key}/`;
export const reportPath = (id: string): SitePath => `/reports/${id}/`;
export const storyPath = (slug: string): SitePath => `/stories/${slug}/`;

/** The id of a figure's <mark> in the source reader: stable while the report text is unchanged. */
export function figureAnchor(numberStart: number): string {
  if (!Number.isInteger(numberStart) || numberStart < 0) throw new Error(`urls: bad number_start ${numberStart}`);
  return `f-${numberStart}`;
}

/** Where a figure was taken from: '/reports/siping-2022/#f-1234' (locale-prefixed). */
export function figureHref(locale: Locale, figure: { report: string; number_start: number }): string {
  return `${href(locale, reportPath(figure.report))}#${figureAnchor(figure.number_start)}`;
}

/** Downloads are the same files in both languages, served under /data/ as they sit in the repository. */
export function dataFileHref(file: string): string {
  if (file.startsWith('/') || file.includes('..')) throw new Error(`urls: bad data file "${file}"`);
  return `/data/${file}`;
}

export const reportTextHref = (id: string): string => dataFileHref(`reports/${id}.txt`);

/** An absolute URL for canonical and hreflang links. */
export function absoluteUrl(site: URL | string | undefined, url: string): string {
  return site ? new URL(url, site).href : url;
}
