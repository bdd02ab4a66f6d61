// Every URL a built page or stylesheet refers to, with what the browser does with it: fetch it at once
// (img src, stylesheet, script, CSS url()), navigate to it when the reader clicks (a href), or only name
// it (canonical and hreflang links, which no browser fetches).
import { parseHTML } from 'linkedom';

export type ReferenceKind = 'fetch' | 'click' | 'name';

export interface Reference {
  kind: ReferenceKind;
  /** Where it was found, e.g. 'img[src]', 'a[href]', 'style url()'. */
  where: string;
  url: string;
  /** Inside a chart (figure.chart), whose links to figure anchors have their own gate message. */
  inChart: boolean;
}

export interface ParsedPage {
  refs: Reference[];
  ids: Set<string>;
  /** `<meta http-equiv="content-security-policy">` contents, in order. */
  csp: string[];
  scripts: { src: string | null; type: string; text: string }[];
}

// rel values of <link> that only name another URL; every other rel (stylesheet, icon, preload,
// modulepreload, prefetch, preconnect, dns-prefetch, manifest …) makes the browser contact it.
const NAMING_RELS = new Set(['canonical', 'alternate', 'author', 'license', 'help', 'next', 'prev', 'search', 'me', 'bookmark', 'tag']);

const FETCH_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['img', 'src'], ['script', 'src'], ['iframe', 'src'], ['frame', 'src'], ['embed', 'src'], ['source', 'src'],
  ['audio', 'src'], ['video', 'src'], ['track', 'src'], ['input', 'src'], ['video', 'poster'], ['object', 'data'],
  ['use', 'href'], ['use', 'xlink:href'],
  // Astro islands: the inline hydration script imports these when the island loads.
  ['astro-island', 'component-url'], ['astro-island', 'renderer-url'], ['astro-island', 'before-hydration-url'], ['image', 'href'], ['image', 'xlink:href'], ['feImage', 'href'], ['feImage', 'xlink:href'],
];

/** The URLs of a srcset: 'a.png 1x, b.png 2x' -> ['a.png', 'b.png']. */
export function srcsetUrls(srcset: string): string[] {
  return srcset.split(',').map((part) => part.trim().split(/\s+/)[0]).filter(Boolean);
}

/** url(…) and @import targets of a stylesheet. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)) out.push(m[1] ?? m[2] ?? m[3]);
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) out.push(m[1] ?? m[2]);
  return out.filter((u) => u !== '');
}

export function parsePage(html: string): ParsedPage {
  const { document } = parseHTML(html);
  const refs: Reference[] = [];
  const add = (el: Element, kind: ReferenceKind, where: string, url: string | null) => {
    if (url === null) return;
    refs.push({ kind, where, url: url.trim(), inChart: el.closest('figure.chart') !== null });
  };
  for (const el of document.querySelectorAll('a[href], area[href]')) {
    add(el, 'click', `${el.localName}[href]`, el.getAttribute('href'));
    // ping= makes the browser POST to the URL when the link is followed.
    for (const ping of (el.getAttribute('ping') ?? '').split(/\s+/).filter(Boolean)) add(el, 'fetch', 'a[ping]', ping);
  }
  // SVG links: <a xlink:href> inside inline charts.
  for (const el of document.querySelectorAll('a')) {
    if (!el.hasAttribute('href') && el.hasAttribute('xlink:href')) add(el, 'click', 'a[xlink:href]', el.getAttribute('xlink:href'));
  }
  for (const el of document.querySelectorAll('form[action]')) add(el, 'click', 'form[action]', el.getAttribute('action'));
  for (const el of document.querySelectorAll('link[href]')) {
    const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const naming = rels.length > 0 && rels.every((rel) => NAMING_RELS.has(rel));
    add(el, naming ? 'name' : 'fetch', `link[rel="${rels.join(' ')}"]`, el.getAttribute('href'));
  }
  for (const el of document.querySelectorAll('base[href]')) add(el, 'fetch', 'base[href]', el.getAttribute('href'));
  for (const [tag, attribute] of FETCH_ATTRIBUTES) {
    for (const el of document.querySelectorAll(tag)) add(el, 'fetch', `${tag}[${attribute}]`, el.getAttribute(attribute));
  }
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) {
    for (const url of srcsetUrls(el.getAttribute('srcset') ?? '')) add(el, 'fetch', `${el.localName}[srcset]`, url);
  }
  for (const el of document.querySelectorAll('[style]')) {
    for (const url of cssUrls(el.getAttribute('style') ?? '')) add(el, 'fetch', `${el.localName}[style] url()`, url);
  }
  for (const el of document.querySelectorAll('style')) {
    for (const url of cssUrls(el.textContent ?? '')) add(el, 'fetch', 'style url()', url);
  }
  for (const el of document.querySelectorAll('meta[http-equiv]')) {
    if (el.getAttribute('http-equiv')?.toLowerCase() !== 'refresh') continue;
    const target = /url\s*=\s*(.+)$/i.exec(el.getAttribute('content') ?? '');
    if (target) add(el, 'fetch', 'meta[refresh]', target[1].replace(/^['"]|['"]$/g, ''));
  }

  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  for (const el of document.querySelectorAll('a[name]')) ids.add(el.getAttribute('name')!);

  const csp = [...document.querySelectorAll('meta[http-equiv]')]
    .filter((el) => el.getAttribute('http-equiv')!.toLowerCase() === 'content-security-policy')
    .map((el) => el.getAttribute('content') ?? '');
  const scripts = [...document.querySelectorAll('script')].map((el) => ({
    src: el.getAttribute('src'),
    type: (el.getAttribute('type') ?? '').toLowerCase(),
    text: el.textContent ?? '',
  }));
  return { refs, ids, csp, scripts };
}
