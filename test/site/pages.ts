// Page types of the built site, and the pages that stand for each type in each language.
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, type HtmlPage } from './files.ts';

export type Locale = 'zh' | 'en';

export interface PageSample extends HtmlPage {
  locale: Locale;
  /** The page type: its locale-free path with everything below the section replaced by '*', e.g. '/regions/*'. */
  type: string;
}

/** English pages live under /en/; everything else is Chinese. */
export function localeOf(url: string): { locale: Locale; path: string } {
  return url === '/en/' || url.startsWith('/en/') ? { locale: 'en', path: url.slice(3) } : { locale: 'zh', path: url };
}

/** '/' -> '/', '/about/' -> '/about/', '/regions/220300/' -> '/regions/*', 404 pages -> '404'. */
export function pageType(url: string): string {
  const { path } = localeOf(url);
  if (/^\/404(\.html|\/)$/.test(path)) return '404';
  const segments = path.split('/').filter(Boolean);
  if (segments.length === 0) return '/';
  if (segments.length === 1) return path;
  return `/${segments[0]}/*`;
}

/** Page types every build must have, in both languages; other types (stories, embeds, explorer, search) are checked when built. */
export const REQUIRED_TYPES = ['/', '/stories/', '/regions/', '/regions/*', '/indicators/', '/indicators/*', '/reports/', '/reports/*', '/data/', '/about/', '404'];

/**
 * One page per page type and language: the largest, since it has the most of everything a check looks at.
 * Page types come from the build itself, so a new section is covered without a change here.
 */
export function samplePages(dir: string): PageSample[] {
  const best = new Map<string, PageSample & { size: number }>();
  for (const page of htmlPages(dir)) {
    const { locale } = localeOf(page.url);
    const type = pageType(page.url);
    const size = statSync(join(dir, page.file)).size;
    const key = `${locale} ${type}`;
    const current = best.get(key);
    if (!current || size > current.size || (size === current.size && page.url < current.url)) best.set(key, { ...page, locale, type, size });
  }
  const missing = REQUIRED_TYPES.flatMap((type) => (['zh', 'en'] as const).filter((l) => !best.has(`${l} ${type}`)).map((l) => `${l} ${type}`));
  if (missing.length) throw new Error(`build of ${dir} lacks page types: ${missing.join(', ')}`);
  return [...best.values()]
    .map(({ size: _size, ...page }) => page)
    .sort((a, b) => a.type.localeCompare(b.type) || a.locale.localeCompare(b.locale));
}

/** Page types that may run JavaScript: search, the explorer island and embeds. Every other page is a reading page. */
export function isInteractive(url: string): boolean {
  return /^\/(search|explore|embed)(\/|$)/.test(localeOf(url).path);
}

/** Where a reader meets the 404 page: at a URL that does not exist, in the sample's language. */
export function visitPath(sample: PageSample): string {
  if (sample.type !== '404') return sample.url;
  return sample.locale === 'en' ? '/en/no-such-page/' : '/no-such-page/';
}

/** Maps `items` through `fn` with at most `limit` calls in flight, keeping the order of `items`. */
export async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
