// Nothing the site ships makes the reader's browser contact another host: no src, srcset, stylesheet,
// icon, preload, CSS url() or @import, script import or fetch to any origin but the page's own. Plain
// links the reader clicks (a report's source URL) are not requests and are allowed; so are canonical and
// hreflang links, which only name a URL. Every page also carries a CSP that would block such a request.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlPages, listFiles, urlOfFile } from './files.ts';
import { cssUrls, parsePage } from './references.ts';

export interface OutsideReference {
  file: string; // URL path of the page, stylesheet, script or SVG
  where: string;
  url: string;
}

const BASE = 'http://site.invalid';

/** True when a browser on the page would contact a host other than the page's own for `url`. */
export function leavesSite(url: string, from = '/'): boolean {
  if (/^(data|blob|about|mailto|tel|javascript):/i.test(url.trim())) return false;
  try {
    return new URL(url.trim(), BASE + from).origin !== BASE;
  } catch {
    return false; // not a URL a browser would fetch; the link gate reports it
  }
}

// XML namespace names look like URLs but are never fetched (d3 and Plot carry them to create SVG).
const NAMESPACES = /^https?:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|XML\/1998\/namespace|2000\/xmlns\/?|1998\/Math\/MathML)$/;

// The words before a URL literal that make a script request it. A URL assigned to a link's href is a
// link the reader clicks, a URL shown as text is data, and new URL(`https://example.com${path}`) only
// parses (pagefind does this): none of them is a request.
const REQUESTING = /(\bfetch|\bimport|\bfrom|\bsrc|\bsrcset|\burl|@import|\bsendBeacon|\bEventSource|\bWebSocket|\bWorker|\bSharedWorker|\bimportScripts|\.open|\bpreconnect|\bprefetch|\bpreload)\s*(\(|=|:|,)?\s*\(?\s*$/;

/** Absolute or protocol-relative URLs (not namespace names) that a script requests, by the words before them. */
export function scriptUrls(js: string): string[] {
  const out: string[] = [];
  for (const m of js.matchAll(/(["'`])((?:https?:|wss?:)?\/\/[A-Za-z0-9.-]+[^"'`\s]*)\1/g)) {
    if (NAMESPACES.test(m[2])) continue;
    const before = js.slice(Math.max(0, m.index - 40), m.index);
    if (REQUESTING.test(before) || /^wss?:/.test(m[2])) out.push(m[2]);
  }
  return out;
}

export function findOutsideReferences(dir: string): OutsideReference[] {
  const out: OutsideReference[] = [];
  for (const { file, url } of htmlPages(dir)) {
    const page = parsePage(readFileSync(join(dir, file), 'utf8'));
    for (const ref of page.refs) {
      if (ref.kind === 'fetch' || ref.where === 'form[action]') {
        if (leavesSite(ref.url, url)) out.push({ file: url, where: ref.where, url: ref.url });
      }
    }
    for (const script of page.scripts) {
      if (script.src !== null || script.type === 'application/ld+json' || script.type === 'application/json') continue;
      for (const found of scriptUrls(script.text)) out.push({ file: url, where: 'inline script', url: found });
    }
  }
  for (const file of listFiles(dir)) {
    const text = () => readFileSync(join(dir, file), 'utf8');
    if (file.endsWith('.css')) {
      for (const u of cssUrls(text())) if (leavesSite(u, urlOfFile(file))) out.push({ file: urlOfFile(file), where: 'css url()/@import', url: u });
    } else if (/\.(m?js)$/.test(file)) {
      for (const u of scriptUrls(text())) out.push({ file: urlOfFile(file), where: 'script', url: u });
    } else if (file.endsWith('.svg')) {
      for (const ref of parsePage(text()).refs) {
        if (ref.kind === 'fetch' && leavesSite(ref.url, urlOfFile(file))) out.push({ file: urlOfFile(file), where: `svg ${ref.where}`, url: ref.url });
      }
    }
  }
  return out;
}

/** Source expressions that name no other host. */
const OWN_SOURCES = /^('self'|'none'|'strict-dynamic'|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-inline'|'unsafe-hashes'|'report-sample'|'(sha256|sha384|sha512)-[A-Za-z0-9+/=_-]+'|'nonce-[^']+'|data:|blob:)$/;

/** What is wrong with a page's Content-Security-Policy metas: missing, default-src not 'self', inline script allowed, another host allowed. */
export function cspProblems(policies: string[]): string[] {
  if (policies.length === 0) return ['no <meta http-equiv="content-security-policy">'];
  const problems: string[] = [];
  const directives = new Map<string, string[]>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...sources] = part.trim().split(/\s+/);
      if (name) directives.set(name.toLowerCase(), sources);
    }
  }
  const defaults = directives.get('default-src');
  if (!defaults || defaults.join(' ') !== "'self'") problems.push(`default-src is ${defaults ? `"${defaults.join(' ')}"` : 'missing'}, not 'self'`);
  for (const name of ['script-src', 'script-src-elem', 'script-src-attr']) {
    const sources = directives.get(name) ?? [];
    // 'unsafe-inline' is ignored by browsers when a hash or nonce is present, but it still reads as a hole.
    if (sources.includes("'unsafe-inline'")) problems.push(`${name} allows 'unsafe-inline'`);
  }
  for (const [name, sources] of directives) {
    const others = sources.filter((s) => !OWN_SOURCES.test(s));
    if (others.length) problems.push(`${name} allows other hosts: ${others.join(' ')}`);
  }
  return problems;
}

export function findCspProblems(dir: string): { page: string; problem: string }[] {
  return htmlPages(dir).flatMap(({ file, url }) =>
    cspProblems(parsePage(readFileSync(join(dir, file), 'utf8')).csp).map((problem) => ({ page: url, problem })),
  );
}
