// Every internal link of the built site resolves: the file exists (directory URLs end in '/', as
// trailingSlash 'always' serves them), and a #fragment names an id on the target page. Links from charts
// to the figure anchors of the source reader (#f-<n>) are reported as such.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileOfUrl, htmlPages, listFiles, urlOfFile } from './files.ts';
import { cssUrls, parsePage, type ParsedPage, type Reference } from './references.ts';

export interface BrokenLink {
  page: string; // URL path of the page (or stylesheet) holding the link
  url: string; // as written
  where: string;
  reason: string;
}

// Resolves relative URLs; never fetched.
const BASE = 'http://site.invalid';

export interface LinkOptions {
  /** The site's public origin (astro.config `site`): canonical and hreflang URLs on it must resolve too. */
  siteOrigin?: string;
}

export function findBrokenLinks(dir: string, options: LinkOptions = {}): BrokenLink[] {
  const parsed = new Map<string, ParsedPage>();
  const pageOf = (file: string) => {
    let page = parsed.get(file);
    if (!page) parsed.set(file, (page = parsePage(readFileSync(join(dir, file), 'utf8'))));
    return page;
  };
  const broken: BrokenLink[] = [];
  const seen = new Set<string>();
  const check = (from: string, ref: Pick<Reference, 'url' | 'where' | 'inChart'>) => {
    const problem = resolveProblem(dir, from, ref.url, options, pageOf);
    if (!problem) return;
    // The same link twice on a page (header and footer) is one defect.
    const key = `${from}\n${ref.where}\n${ref.url}`;
    if (seen.has(key)) return;
    seen.add(key);
    const chart = ref.inChart && /#f-\d+$/.test(ref.url) ? 'chart link to a figure anchor: ' : '';
    broken.push({ page: from, url: ref.url, where: ref.where, reason: chart + problem });
  };
  for (const { file, url } of htmlPages(dir)) {
    for (const ref of pageOf(file).refs) check(url, ref);
  }
  for (const file of listFiles(dir).filter((f) => f.endsWith('.css'))) {
    for (const url of cssUrls(readFileSync(join(dir, file), 'utf8'))) check(urlOfFile(file), { url, where: 'css url()', inChart: false });
  }
  return broken;
}

/** Why `url` (found on page `from`) does not resolve in the build, or null when it does or is not internal. */
function resolveProblem(
  dir: string,
  from: string,
  raw: string,
  options: LinkOptions,
  pageOf: (file: string) => ParsedPage,
): string | null {
  if (/^(mailto|tel|data|javascript|blob):/i.test(raw)) return null;
  let target: URL;
  try {
    target = new URL(raw, BASE + from);
  } catch {
    return 'not a valid URL';
  }
  const internal = target.origin === BASE || (options.siteOrigin !== undefined && target.origin === new URL(options.siteOrigin).origin);
  if (!internal) return null; // other hosts are the outside-requests gate's business
  let file: string;
  try {
    file = fileOfUrl(target.pathname);
  } catch {
    return 'path cannot be decoded';
  }
  const path = join(dir, file);
  if (!target.pathname.endsWith('/') && existsSync(join(path, 'index.html'))) return `no trailing slash (the page is ${target.pathname}/)`;
  if (!existsSync(path)) return `no file ${file} in the build`;
  if (!statSync(path).isFile()) return `${file} is a directory`;
  const fragment = target.hash.slice(1);
  if (fragment === '' || !file.endsWith('.html') || fragment.startsWith(':~:')) return null;
  let id: string;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return `fragment #${fragment} cannot be decoded`;
  }
  return pageOf(file).ids.has(id) ? null : `no id="${id}" on ${urlOfFile(file)}`;
}

export function describeBrokenLinks(broken: BrokenLink[], limit = 40): string {
  const lines = broken.slice(0, limit).map((b) => `  ${b.page}: ${b.where} "${b.url}" — ${b.reason}`);
  const more = broken.length > limit ? [`  … and ${broken.length - limit} more`] : [];
  return [`${broken.length} broken internal link(s):`, ...lines, ...more].join('\n');
}
