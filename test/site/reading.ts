// What a reader of a built page sees, checked without a browser: no curator's note of the data files, no
// placeholder host, and no Chinese inside English text that is not marked lang="zh…" (a screen reader would
// read it with an English voice). Each check returns what it found, so a test can name the page and text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { listFiles } from './files.ts';

/** The host astro.config.mjs carried before the site URL came from ATLAS_SITE_URL: nothing built may name it. */
export const PLACEHOLDER_HOST = 'xiangcun-atlas.example.org';

/**
 * Wording of the curator notes in data/regions.csv, data/reports/*.yml, data/corrections.yml and
 * data/boundary_changes.csv: evidence for maintainers, written in English whatever the page's language.
 */
export const CURATOR_PATTERNS: RegExp[] = [
  /not filled:/i, // regions.csv population_source
  /(?:figure|bulletin) (?:was )?not verified/i,
  /\bthe seeds\b/i,
  /\(data\/[a-z_]+\.(?:csv|yml)\)/, // '(data/boundary_changes.csv)' in a note
  /also means|is also the name of|also heads product names|alone is not a short name|Named by no report/i,
  /Layout damage|Source typo/i,
  /已更正：\s*[A-Za-z]/, // a correction's reason (English) on a Chinese page
  /resolved by the pipeline|is boilerplate|recorded, not fixed|supplied by the project/i,
];

// Text a reader does not read as prose: code to copy, and scripts and styles.
const SKIP = new Set(['SCRIPT', 'STYLE', 'TEXTAREA', 'CODE', 'PRE', 'TEMPLATE', 'NOSCRIPT']);
const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

interface TextNode { text: string; lang: string; inSkip: boolean }

function textNodes(html: string): TextNode[] {
  const { document } = parseHTML(html);
  const out: TextNode[] = [];
  const walk = (node: Node, lang: string, inSkip: boolean) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        const text = child.textContent ?? '';
        if (text.trim()) out.push({ text, lang, inSkip });
      } else if (child.nodeType === 1) {
        const el = child as Element;
        walk(el, el.getAttribute('lang') ?? lang, inSkip || SKIP.has(el.tagName) || el.hasAttribute('aria-hidden'));
      }
    }
  };
  const root = document.documentElement;
  walk(root, root?.getAttribute('lang') ?? '', false);
  return out;
}

/** Text of the page's body that matches a curator pattern, with the pattern. */
export function curatorText(html: string): string[] {
  const found: string[] = [];
  for (const node of textNodes(html)) {
    if (node.inSkip) continue;
    for (const re of CURATOR_PATTERNS) if (re.test(node.text)) found.push(`${re}: “${node.text.trim().slice(0, 120)}”`);
  }
  return found;
}

/** Text nodes with Chinese characters whose nearest lang="" is not Chinese. */
export function unmarkedChinese(html: string): string[] {
  return textNodes(html)
    .filter((n) => !n.inSkip && HAN.test(n.text) && !/^zh\b/i.test(n.lang))
    .map((n) => `“${n.text.trim().slice(0, 80)}” (lang="${n.lang}")`);
}

/** Built files (any text format) that contain the placeholder host, with the line it is on. */
export function placeholderFiles(dir: string): string[] {
  const found: string[] = [];
  for (const file of listFiles(dir)) {
    if (!/\.(html|json|csv|svg|xml|txt|js|css|yml|cff|md)$/.test(file)) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    const at = text.indexOf(PLACEHOLDER_HOST);
    if (at >= 0) found.push(`${file}: …${text.slice(Math.max(0, at - 40), at + 40)}…`);
  }
  return found;
}
