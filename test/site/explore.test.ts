// The explorer in a browser: a view set with the form is in the URL, and reloading the URL gives the same
// view and the same marks, each linked to its source figure; without JavaScript the page shows the default
// view as SVG and a table. Runs against the site build of the "site" project, or SITE_DIR when set.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExploreData } from '../../src/lib/explore/explore.ts';
import type { SiteServer } from './server.ts';
import { browsedSite, closeBrowsedSite } from './site.ts';

let dir: string;
let browser: Browser;
let atlas: SiteServer;
let data: ExploreData;

beforeAll(async () => {
  ({ dir, browser, atlas } = await browsedSite());
  data = JSON.parse(readFileSync(join(dir, 'explore/figures.json'), 'utf8')) as ExploreData;
}, 16 * 60_000);

afterAll(() => closeBrowsedSite({ browser, atlas }));

interface Problems { errors: string[] }

async function open(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ ctx: BrowserContext; page: Page; problems: Problems }> {
  const ctx = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1000, height: 900 }, ...options });
  await ctx.route('**/*', (route) => (route.request().url().startsWith(atlas.origin) ? route.continue() : route.abort('blockedbyclient')));
  await ctx.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await ctx.newPage();
  const problems: Problems = { errors: [] };
  page.on('console', (m) => { if (m.type() === 'error') problems.errors.push(m.text()); });
  page.on('pageerror', (e) => problems.errors.push(e.message));
  return { ctx, page, problems };
}

const ready = (page: Page) => page.waitForSelector('#explore-output[data-ready="true"]');

/** What the page shows, once drawn: the form's values, the heading, and the marks (each link's target) in order. */
async function view(page: Page) {
  await ready(page);
  return page.evaluate(() => {
    const form = document.getElementById('explore-form') as HTMLFormElement;
    const out = document.getElementById('explore-output')!;
    return {
      indicator: (form.elements.namedItem('indicator') as HTMLSelectElement).value,
      indicator2: (form.elements.namedItem('indicator2') as HTMLSelectElement).value,
      regions: [...form.querySelectorAll<HTMLInputElement>('input[name="regions"]:checked')].map((b) => b.value),
      measure: form.querySelector<HTMLInputElement>('input[name="measure"]:checked')!.value,
      view: form.querySelector<HTMLInputElement>('input[name="view"]:checked')!.value,
      heading: out.querySelector('h2')!.textContent,
      marks: [...out.querySelectorAll('svg a[aria-label]')].map((a) => a.getAttribute('href')),
      dots: out.querySelectorAll('svg circle').length,
      rows: [...out.querySelectorAll('table tbody tr')].map((tr) => tr.textContent),
    };
  });
}

/** The indicator the test explores: per-capita, not the default, with figures in three regions with a population. */
function pickIndicator(): { key: string; regions: string[] } {
  const withPopulation = new Set(data.regions.filter((r) => r.population).map((r) => r.code));
  const candidates = data.indicators.filter((i) => i.perCapita && i.key !== data.defaultIndicator).map((i) => ({
    key: i.key,
    regions: [...new Set(data.figures.region_code.filter((code, row) => data.figures.indicator[row] === i.key && withPopulation.has(code)))].sort(),
  })).filter((c) => c.regions.length >= 3);
  if (!candidates.length) throw new Error('no per-capita indicator with three regions: the test needs one');
  return candidates.sort((a, b) => b.regions.length - a.regions.length || a.key.localeCompare(b.key))[0];
}

const figures = Papa.parse<{ figure_id: string; report: string; number_start: string; indicator: string }>(readFileSync('data/figures.csv', 'utf8'), { header: true, skipEmptyLines: true }).data;

describe('the explorer with JavaScript', () => {
  it('offers only what the chosen indicator has data for: other regions and a per-10,000 view of non-counts are greyed out', async () => {
    const { ctx, page, problems } = await open();
    try {
      await page.goto(`${atlas.origin}/en/explore/`, { waitUntil: 'load' });
      await ready(page);
      const { key } = pickIndicator();
      await page.selectOption('#explore-indicator', key);
      await ready(page);
      const withData = new Set(data.figures.region_code.filter((_, row) => data.figures.indicator[row] === key));
      const boxes = await page.$$eval('input[name="regions"]', (bs) => bs.map((b) => [(b as HTMLInputElement).value, (b as HTMLInputElement).disabled] as const));
      expect(boxes.length).toBeGreaterThan(withData.size);
      for (const [code, disabled] of boxes) expect(disabled, code).toBe(!withData.has(code));
      expect(await page.isDisabled('input[name="measure"][value="per10k"]')).toBe(false);
      const notCounted = data.indicators.find((i) => !i.perCapita)!;
      await page.selectOption('#explore-indicator', notCounted.key);
      await ready(page);
      expect(await page.isDisabled('input[name="measure"][value="per10k"]')).toBe(true);
      // Greying out is not choosing: the URL still says every region.
      expect(new URL(page.url()).searchParams.get('regions')).toBeNull();
      expect(problems.errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it('keeps the whole view in the URL: set it, reload, get the same view and marks', async () => {
    const { ctx, page, problems } = await open();
    try {
      await page.goto(`${atlas.origin}/en/explore/`, { waitUntil: 'load' });
      await ready(page);
      expect(await page.isVisible('#explore-form')).toBe(true);
      const { key, regions } = pickIndicator();
      await page.selectOption('#explore-indicator', key);
      await page.uncheck(`input[name="regions"][value="${regions[0]}"]`);
      await page.check('input[name="measure"][value="per10k"]');
      const url = new URL(page.url());
      expect(url.searchParams.get('indicator')).toBe(key);
      expect(url.searchParams.get('per10k')).toBe('1');
      expect(url.searchParams.get('regions')!.split(',')).not.toContain(regions[0]);
      const before = await view(page);
      expect(before.marks.length).toBeGreaterThan(0);

      await page.reload({ waitUntil: 'load' });
      await ready(page);
      expect(page.url()).toBe(url.href);
      expect(await view(page)).toEqual(before);

      // Every mark links to its figure in the source reader, and it is a figure of the chosen indicator.
      for (const href of before.marks) {
        const m = /^\/en\/reports\/([a-z0-9-]+)\/#f-(\d+)$/.exec(href!);
        expect(m, href!).not.toBeNull();
        const figure = figures.find((f) => f.report === m![1] && f.number_start === m![2]);
        expect(figure?.indicator, href!).toBe(key);
      }
      expect(problems.errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });

  it('round-trips a table view and a scatter plot of two indicators, and Back undoes a change', async () => {
    const { ctx, page, problems } = await open();
    try {
      const { key } = pickIndicator();
      const other = data.indicators.find((i) => i.key !== key)!.key;
      await page.goto(`${atlas.origin}/explore/?indicator=${key}&view=table`, { waitUntil: 'load' });
      await ready(page);
      const table = await view(page);
      expect(table.rows.length).toBeGreaterThan(0);
      expect(table.marks).toEqual([]);

      await page.check('input[name="view"][value="chart"]');
      await page.selectOption('#explore-indicator2', other);
      expect(new URL(page.url()).searchParams.get('indicator2')).toBe(other);
      const scatter = await view(page);
      await page.reload({ waitUntil: 'load' });
      await ready(page);
      expect(await view(page)).toEqual(scatter);
      if (scatter.dots) expect(scatter.marks.length).toBe(scatter.dots);

      await page.goBack();
      await page.waitForFunction(() => !new URL(location.href).searchParams.has('indicator2'));
      expect((await view(page)).indicator2).toBe('');
      expect(problems.errors).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});

describe('the explorer without JavaScript', () => {
  for (const path of ['/explore/', '/en/explore/']) {
    it(`${path} shows the default view as an SVG chart and a table, and hides the controls`, async () => {
      const { ctx, page } = await open({ javaScriptEnabled: false });
      try {
        await page.goto(atlas.origin + path, { waitUntil: 'load' });
        expect(await page.isVisible('#explore-form')).toBe(false);
        expect(await page.isVisible('.explore__noscript')).toBe(true);
        const marks = await page.$$eval('#explore-output svg a[aria-label]', (as) => as.map((a) => a.getAttribute('href')));
        const rows = await page.$$eval('#explore-output table tbody tr', (trs) => trs.length);
        expect(marks.length).toBeGreaterThan(0);
        expect(rows).toBe(marks.length);
        const defaultLabel = data.indicators.find((i) => i.key === data.defaultIndicator)!.label[path.startsWith('/en/') ? 'en' : 'zh'];
        expect(await page.textContent('#explore-output h2')).toBe(defaultLabel);
      } finally {
        await ctx.close();
      }
    });
  }

  it('draws the same default marks with JavaScript as without', async () => {
    const off = await open({ javaScriptEnabled: false });
    const on = await open();
    try {
      await off.page.goto(`${atlas.origin}/explore/`, { waitUntil: 'load' });
      await on.page.goto(`${atlas.origin}/explore/`, { waitUntil: 'load' });
      await ready(on.page);
      const marks = (p: Page) => p.$$eval('#explore-output svg a[aria-label]', (as) => as.map((a) => a.getAttribute('href')));
      expect(await marks(on.page)).toEqual(await marks(off.page));
    } finally {
      await off.ctx.close();
      await on.ctx.close();
    }
  });
});
