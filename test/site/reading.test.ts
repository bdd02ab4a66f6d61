// A reader's view of the built site: no curator note, no placeholder host and no unmarked Chinese in English
// text on any page (static checks of every page), and, in Chromium at 375 px, no element of any page type
// reaching past the screen in either language. Runs against the site build of the "site" project, or
// SITE_DIR when set (a build of one's own).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from './files.ts';
import { makeSite, page } from './fixture.ts';
import { localeOf, mapLimit, samplePages, visitPath } from './pages.ts';
import { curatorText, placeholderFiles, PLACEHOLDER_HOST, unmarkedChinese } from './reading.ts';
import type { SiteServer } from './server.ts';
import { browsedSite, builtSiteDir, closeBrowsedSite } from './site.ts';

describe('reading checks (on pages made to break them)', () => {
  it('find curator notes in page text, not in code to copy', () => {
    expect(curatorText(page('<p>Population: not filled: county-level census figure not verified</p>'))).toHaveLength(2);
    expect(curatorText(page('<p>已更正：Layout damage: the page split it</p>')).length).toBeGreaterThan(0);
    expect(curatorText(page('<p>Excludes Gongzhuling (data/boundary_changes.csv)</p>'))).toHaveLength(1);
    expect(curatorText(page('<textarea>see data/figures.csv</textarea><p>Figures for Siping.</p>'))).toEqual([]);
  });

  it('find Chinese in English text unless it is marked lang="zh…"', () => {
    expect(unmarkedChinese(page('<p>The text writes 两位数 here.</p>'))).toHaveLength(1);
    expect(unmarkedChinese(page('<p>The text writes <span lang="zh-CN">两位数</span> here.</p>'))).toEqual([]);
    expect(unmarkedChinese(page('<p>四平市</p>', { lang: 'zh-CN' }))).toEqual([]);
    expect(unmarkedChinese(page('<div lang="zh-CN"><p lang="en">English 四平</p></div>'))).toHaveLength(1);
  });

  it('find the placeholder host in any built text file', () => {
    const s = makeSite({ 'index.html': page('<p>ok</p>'), 'charts/x.csv': `source_url\nhttps://${PLACEHOLDER_HOST}/reports/a/\n` });
    try {
      expect(placeholderFiles(s.dir)).toEqual([expect.stringMatching(/^charts\/x\.csv: /)]);
    } finally {
      s.remove();
    }
  });
});

describe('reading (gate)', () => {
  let dir: string;
  beforeAll(async () => { dir = await builtSiteDir(); }, 16 * 60_000);

  it('no page shows a curator note of the data files', () => {
    const found = htmlPages(dir).flatMap((p) => curatorText(readFileSync(join(dir, p.file), 'utf8')).map((f) => `${p.url} ${f}`));
    expect(found, found.slice(0, 40).join('\n')).toEqual([]);
  });

  it('no English page has Chinese text that is not marked lang="zh…"', () => {
    const found = htmlPages(dir)
      .filter((p) => localeOf(p.url).locale === 'en')
      .flatMap((p) => unmarkedChinese(readFileSync(join(dir, p.file), 'utf8')).map((f) => `${p.url} ${f}`));
    expect(found, found.slice(0, 40).join('\n')).toEqual([]);
  });

  it(`no built file names the placeholder host ${PLACEHOLDER_HOST}`, () => {
    expect(placeholderFiles(dir)).toEqual([]);
  });
});

/** What reaches past a `width`-px screen, measured in the page: elements and clipped or scrolling boxes. */
async function overflowing(browser: Browser, origin: string, path: string, width: number, colorScheme: 'light' | 'dark'): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme, serviceWorkers: 'block' });
  await context.route('**/*', (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort('blockedbyclient')));
  try {
    const tab = await context.newPage();
    await tab.goto(origin + path, { waitUntil: 'load' });
    return await tab.evaluate((vw) => {
      const name = (el: Element) => {
        const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).slice(0, 2).join('.')}` : '';
        const text = (el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
        return `<${el.tagName.toLowerCase()}${cls}> “${text}”`;
      };
      // Visually hidden text (clip to 1 px) and the skip link (off screen until focused) are not on screen.
      const clipped = (el: Element) => {
        const s = getComputedStyle(el);
        return s.clipPath.includes('inset(50%)') || (['absolute', 'fixed'].includes(s.position) && s.clip !== 'auto');
      };
      const hidden = (el: Element) => {
        const s = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (s.display === 'none' || s.visibility === 'hidden' || r.width <= 1 || r.height <= 1) return true;
        if (el.closest('.skip-link, details:not([open]) > :not(summary)')) return true;
        for (let a: Element | null = el; a; a = a.parentElement) if (clipped(a)) return true;
        return false;
      };
      const problems: string[] = [];
      // The outermost offender names the problem; its descendants overflow with it.
      const reported = new Set<Element>();
      const under = (el: Element) => { for (let a = el.parentElement; a; a = a.parentElement) if (reported.has(a)) return true; return false; };
      for (const el of Array.from(document.body.querySelectorAll('*'))) {
        if (hidden(el) || under(el)) continue;
        const r = el.getBoundingClientRect();
        if (r.right > vw + 1 || r.left < -1) {
          problems.push(`${name(el)} spans ${Math.round(r.left)}–${Math.round(r.right)} px`);
          reported.add(el);
          continue;
        }
        const s = getComputedStyle(el);
        // A box that clips or scrolls sideways hides part of its content on this screen (a cut table column).
        if (['auto', 'scroll', 'hidden', 'clip'].includes(s.overflowX) && el.scrollWidth > el.clientWidth + 1 && el.tagName !== 'TEXTAREA') {
          problems.push(`${name(el)} holds ${el.scrollWidth} px in ${el.clientWidth} px`);
          reported.add(el);
        }
      }
      if (document.documentElement.scrollWidth > vw + 1) problems.unshift(`the page is ${document.documentElement.scrollWidth} px wide`);
      return problems;
    }, width);
  } finally {
    await context.close();
  }
}

describe('phones (gate)', () => {
  let browser: Browser;
  let atlas: SiteServer;
  let dir: string;
  beforeAll(async () => {
    ({ dir, browser, atlas } = await browsedSite());
  }, 16 * 60_000);
  afterAll(() => closeBrowsedSite({ browser, atlas }));

  it('at 375 px nothing on one page of every page type, in both languages and themes, reaches past the screen', async () => {
    const samples = samplePages(dir);
    expect(samples.filter((s) => s.locale === 'en').length).toBe(samples.filter((s) => s.locale === 'zh').length);
    const results = await mapLimit(samples.flatMap((s) => (['light', 'dark'] as const).map((scheme) => ({ s, scheme }))), 2, async ({ s, scheme }) =>
      (await overflowing(browser, atlas.origin, visitPath(s), 375, scheme)).map((p) => `${visitPath(s)} (${scheme}): ${p}`));
    const problems = results.flat();
    expect(problems, problems.slice(0, 60).join('\n')).toEqual([]);
  });
});
