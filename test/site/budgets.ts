// What a page costs the reader: bytes transferred (gzip, as a static host sends text) and JavaScript run.
//
// The JavaScript rule:
// - A reading page (every page but search, the explorer and embeds) loads no script file: no
//   <script src>, no module preload, no island. Inline scripts are allowed only when they are data
//   (JSON-LD, application/json) or tiny (≤ TINY_INLINE_SCRIPT bytes in all, e.g. a language-switch hint).
// - The search page's own glue is ≤ 10 KB gzip; pagefind's files (/pagefind/…) do not count, since only
//   that page loads them.
// - An embed page is ≤ 10 KB gzip; the explorer page ≤ 60 KB gzip on first load (its island and what it
//   imports statically), and ≤ 100 KB with what it loads on demand (import(), i.e. Plot when a chart is
//   redrawn). Plot alone is 85 KB gzip minified, so no browser-drawn Plot chart fits in 60 KB: the first load
//   is held to 60 and the chart code to the least Plot needs.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { fileOfUrl, htmlPages, type HtmlPage } from './files.ts';
import { cssUrls, parsePage, type ParsedPage } from './references.ts';
import { localeOf } from './pages.ts';

export const TINY_INLINE_SCRIPT = 1024;
export const KB = 1024;
export const JS_BUDGETS = { search: 10 * KB, embed: 10 * KB, explore: 60 * KB };
/** With the modules loaded on demand (dynamic import()). */
export const ON_DEMAND_BUDGETS = { search: 10 * KB, embed: 10 * KB, explore: 100 * KB };
/** A story page, all of it (HTML, CSS, JS, images), gzip, without the search index. */
export const STORY_PAGE_BUDGET = 60 * KB;

const BASE = 'http://site.invalid';
const isPagefind = (file: string) => file.startsWith('pagefind/');

/** Bytes on the wire: gzip for text, as is for formats that are already compressed. */
export function transferSize(bytes: Buffer, file: string): number {
  return /\.(png|jpe?g|webp|avif|gif|woff2?|wasm|pdf)$/i.test(file) || /^pagefind\/.*\.pf_/.test(file) ? bytes.length : gzipSync(bytes).length;
}

/** The build file an internal URL names, or null for other hosts, data: URLs and files not in the build. */
function internalFile(dir: string, url: string, from: string): string | null {
  if (/^(data|blob|mailto|tel|javascript):/i.test(url)) return null;
  let target: URL;
  try {
    target = new URL(url, BASE + from);
  } catch {
    return null;
  }
  if (target.origin !== BASE) return null;
  const file = fileOfUrl(target.pathname);
  return existsSync(join(dir, file)) && statSync(join(dir, file)).isFile() ? file : null;
}

const STATIC_IMPORT = /(?:\bimport|\bfrom|\bexport\s*\*\s*from)\s*["'`]([^"'`]+\.m?js)["'`]/g;
const ANY_IMPORT = /(?:\bimport|\bfrom|\bexport\s*\*\s*from)\s*\(?\s*["'`]([^"'`]+\.m?js)["'`]/g;

/** A module and everything it imports (statically only, or also by import()), as build files. */
export function moduleGraph(dir: string, entry: string, { dynamic = true } = {}): string[] {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const js = readFileSync(join(dir, file), 'utf8');
    for (const m of js.matchAll(dynamic ? ANY_IMPORT : STATIC_IMPORT)) {
      const next = internalFile(dir, m[1], `/${file}`);
      if (next) visit(next);
    }
  };
  visit(entry);
  return [...seen];
}

export interface PageScripts {
  files: string[]; // script files the page may load, with their imports, static and dynamic
  inlineBytes: number; // executable inline scripts, raw
  gzipBytes: number; // first load: files imported statically (pagefind's excepted) and inline scripts, gzip
  onDemandGzipBytes: number; // the same with the files loaded by import()
}

export function pageScripts(dir: string, url: string, page: ParsedPage): PageScripts {
  const entries = new Set<string>();
  for (const script of page.scripts) {
    if (script.src !== null) {
      const file = internalFile(dir, script.src, url);
      if (file) entries.add(file);
    }
  }
  for (const ref of page.refs) {
    if (ref.kind !== 'fetch' || !/^(astro-island|link\[rel="modulepreload"\])/.test(ref.where)) continue;
    const file = internalFile(dir, ref.url, url);
    if (file) entries.add(file);
  }
  const graph = (dynamic: boolean) => [...new Set([...entries].flatMap((entry) => moduleGraph(dir, entry, { dynamic })))].sort();
  const files = graph(true);
  const inline = page.scripts.filter((s) => s.src === null && !/^application\/(ld\+)?json$/.test(s.type)).map((s) => s.text);
  const inlineBytes = inline.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
  const inlineGzip = inline.length ? gzipSync(inline.join('\n')).length : 0;
  const gzip = (list: string[]) => list.filter((f) => !isPagefind(f)).reduce((sum, f) => sum + transferSize(readFileSync(join(dir, f)), f), 0) + inlineGzip;
  return { files, inlineBytes, gzipBytes: gzip(graph(false)), onDemandGzipBytes: gzip(files) };
}

/** Pages breaking the JavaScript rule above, with what they load. */
export function scriptBudgetProblems(dir: string): string[] {
  const problems: string[] = [];
  for (const { file, url } of htmlPages(dir)) {
    const scripts = pageScripts(dir, url, parsePage(readFileSync(join(dir, file), 'utf8')));
    const section = /^\/(search|explore|embed)(\/|$)/.exec(localeOf(url).path)?.[1] as keyof typeof JS_BUDGETS | undefined;
    if (section) {
      if (scripts.gzipBytes > JS_BUDGETS[section]) {
        problems.push(`${url}: ${section} page loads ${kb(scripts.gzipBytes)} of JavaScript gzip, budget ${kb(JS_BUDGETS[section])} (${scripts.files.join(', ')})`);
      } else if (scripts.onDemandGzipBytes > ON_DEMAND_BUDGETS[section]) {
        problems.push(`${url}: ${section} page loads ${kb(scripts.onDemandGzipBytes)} of JavaScript gzip with what it imports on demand, budget ${kb(ON_DEMAND_BUDGETS[section])} (${scripts.files.join(', ')})`);
      }
    } else {
      if (scripts.files.length) problems.push(`${url}: reading page loads script files ${scripts.files.join(', ')}`);
      if (scripts.inlineBytes > TINY_INLINE_SCRIPT) problems.push(`${url}: reading page has ${scripts.inlineBytes} bytes of inline script (allowed: ${TINY_INLINE_SCRIPT})`);
    }
  }
  return problems;
}

export interface PageWeight {
  url: string;
  html: number;
  css: number;
  js: number;
  images: number;
  other: number;
  total: number;
}

/** Bytes transferred to show a page (HTML, stylesheets and their url()s, scripts, images, icon), gzip, search index excepted. */
export function pageWeight(dir: string, page: HtmlPage): PageWeight {
  const html = readFileSync(join(dir, page.file));
  const parsed = parsePage(html.toString('utf8'));
  const files = new Set<string>();
  for (const ref of parsed.refs) {
    if (ref.kind !== 'fetch') continue;
    const file = internalFile(dir, ref.url, page.url);
    if (!file) continue;
    files.add(file);
    if (file.endsWith('.css')) {
      for (const u of cssUrls(readFileSync(join(dir, file), 'utf8'))) {
        const asset = internalFile(dir, u, `/${file}`);
        if (asset) files.add(asset);
      }
    }
  }
  for (const file of pageScripts(dir, page.url, parsed).files) files.add(file);
  const weight: PageWeight = { url: page.url, html: transferSize(html, page.file), css: 0, js: 0, images: 0, other: 0, total: 0 };
  for (const file of files) {
    if (isPagefind(file)) continue;
    const size = transferSize(readFileSync(join(dir, file)), file);
    if (file.endsWith('.css')) weight.css += size;
    else if (/\.m?js$/.test(file)) weight.js += size;
    else if (/\.(png|jpe?g|webp|avif|gif|svg|ico)$/i.test(file)) weight.images += size;
    else weight.other += size;
  }
  weight.total = weight.html + weight.css + weight.js + weight.images + weight.other;
  return weight;
}

export function kb(bytes: number): string {
  return `${(bytes / KB).toFixed(1)} KB`;
}
