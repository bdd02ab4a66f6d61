// Search in a browser, against the built site and its pagefind index: results come as the reader types (no
// submit), a page at a time with a button for the rest, stories rank above the tables of indicator pages,
// and the query is kept in the address. Runs against the site build of the "site" project, or SITE_DIR.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SiteServer } from './server.ts';
import { browsedSite, closeBrowsedSite } from './site.ts';

let browser: Browser;
let atlas: SiteServer;

beforeAll(async () => {
  ({ browser, atlas } = await browsedSite());
}, 16 * 60_000);

afterAll(() => closeBrowsedSite({ browser, atlas }));

async function searchPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1000, height: 900 } });
  await ctx.route('**/*', (route) => (route.request().url().startsWith(atlas.origin) ? route.continue() : route.abort('blockedbyclient')));
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${atlas.origin}${path}`);
  return { page, errors };
}

const hrefs = (page: Page) => page.$$eval('#search-results li > a', (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('search', () => {
  it('answers as the reader types, keeps the query in the address, and ranks stories first', async () => {
    const { page, errors } = await searchPage('/en/search/');
    await page.locator('#search-q').pressSequentially('Siping', { delay: 30 });
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    expect(new URL(page.url()).searchParams.get('q')).toBe('Siping');
    const found = await hrefs(page);
    const firstStory = found.findIndex((p) => p.startsWith('/en/stories/'));
    const firstIndicator = found.findIndex((p) => p.startsWith('/en/indicators/'));
    expect(firstStory).toBeGreaterThanOrEqual(0);
    if (firstIndicator >= 0) expect(firstStory).toBeLessThan(firstIndicator);
    expect(errors).toEqual([]);
  }, 60_000);

  it('lists every result, a page at a time', async () => {
    const { page, errors } = await searchPage('/search/?q=' + encodeURIComponent('脱贫'));
    await page.waitForFunction(() => document.querySelectorAll('#search-results li').length > 0);
    const total = Number((await page.textContent('#search-status'))!.replace(/\D+/g, ''));
    expect(total).toBeGreaterThan(20);
    expect(await page.locator('#search-results li').count()).toBe(20);
    while (await page.locator('#search-more').isVisible()) {
      const before = await page.locator('#search-results li').count();
      await page.click('#search-more');
      await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
    }
    const listed = await hrefs(page);
    expect(listed).toHaveLength(total);
    expect(new Set(listed).size).toBe(total);
    expect(errors).toEqual([]);
  }, 60_000);
});
