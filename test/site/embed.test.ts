// The journalists' toolkit in a browser: the embed snippet on a page of another origin resizes its iframe to
// the chart at phone, tablet and desktop widths (and shows the whole chart without its script); the embed
// page's themes; and every chart's downloads (CSV, SVG, PNG) parse. Runs against the site build of the
// "site" project (globalSetup.ts), or against SITE_DIR when that is set (a build of one's own).
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChartSpecs } from '../../src/lib/registry/chartRegistry.ts';
import { CHART_CSV_COLUMNS, downloadHref, PNG_SCALE, pngSize } from '../../src/lib/sharing/downloads.ts';
import { LOCALES } from '../../src/i18n/index.ts';
import { TEST_SITE_URL } from './build.ts';
import type { SiteServer } from './server.ts';
import { browsedSite, closeBrowsedSite } from './site.ts';

// The address the site build was given (build.ts); with SITE_DIR, build it with the same ATLAS_SITE_URL.
const SITE_URL = TEST_SITE_URL;
const WIDTHS = [320, 768, 1280];
// One chart drawn in two versions (wide and phone), one that scrolls sideways on phones.
const CHARTS = [
  { page: '/indicators/bridging_funds/', locale: 'zh' },
  { page: '/en/indicators/exited_workers/', locale: 'en' },
];

let dir: string;
let browser: Browser;
let atlas: SiteServer;
let host: Server;
let hostOrigin: string;
const hostPages = new Map<string, string>();

const unescapeHtml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

/** The snippet exactly as the Embed control under the chart gives it, with the site's URL pointed at the test server. */
function snippetOf(pagePath: string): string {
  const html = readFileSync(join(dir, pagePath, 'index.html'), 'utf8');
  const match = /<textarea[^>]*data-embed-snippet[^>]*>([\s\S]*?)<\/textarea>/.exec(html);
  if (!match) throw new Error(`${pagePath}: no embed snippet under the chart`);
  return unescapeHtml(match[1]).replaceAll(SITE_URL, atlas.origin);
}

beforeAll(async () => {
  ({ dir, browser, atlas } = await browsedSite());
  for (const c of CHARTS) {
    const snippet = snippetOf(c.page);
    const page = (body: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title><style>body{margin:0;padding:16px;font-family:serif}main{max-width:640px;margin:0 auto}</style></head><body><main><h1>An article</h1><p>Before the chart.</p>${body}<p>After the chart.</p></main></body></html>`;
    hostPages.set(`/with${c.page}`, page(snippet));
    hostPages.set(`/without${c.page}`, page(snippet.replace(/<script[^>]*><\/script>/, '')));
  }
  host = createServer((req, res) => {
    const body = hostPages.get(new URL(req.url ?? '/', 'http://x').pathname);
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? 'not found');
  });
  await new Promise<void>((listening) => host.listen(0, '127.0.0.1', listening));
  hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
}, 16 * 60_000);

afterAll(async () => {
  await closeBrowsedSite({ browser, atlas });
  host?.closeAllConnections();
  await new Promise((closed) => host?.close(closed));
});

/** A context that lets requests reach only the two test servers. */
async function context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
  const ctx = await browser.newContext({ serviceWorkers: 'block', ...options });
  await ctx.route('**/*', (route) => {
    const url = route.request().url();
    return url.startsWith(atlas.origin) || url.startsWith(hostOrigin) ? route.continue() : route.abort('blockedbyclient');
  });
  return ctx;
}

/** Waits until the iframe's height has stopped changing. */
async function settledHeight(page: Page): Promise<number> {
  let last = -1;
  for (let i = 0; i < 40; i++) {
    const h = await page.$eval('iframe', (f) => f.getBoundingClientRect().height);
    if (h === last) return h;
    last = h;
    await page.waitForTimeout(250);
  }
  throw new Error('the iframe height did not settle');
}

async function frameMetrics(page: Page) {
  // loading="lazy": the frame loads after the host page's load event.
  let frame = page.frames().find((f) => f.url().includes('/embed/'));
  for (let i = 0; !frame && i < 40; i++) {
    await page.waitForTimeout(250);
    frame = page.frames().find((f) => f.url().includes('/embed/'));
  }
  if (!frame) throw new Error('no embed frame');
  await frame.waitForLoadState('load');
  return frame.evaluate(() => ({ scrollHeight: document.documentElement.scrollHeight, clientHeight: document.documentElement.clientHeight, scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
}

describe('the embed snippet on a page of another origin', () => {
  for (const c of CHARTS) {
    for (const width of WIDTHS) {
      it(`${c.page} at ${width} px: the iframe is as tall as the chart, with no scrollbar inside`, async () => {
        const ctx = await context({ viewport: { width, height: 800 } });
        try {
          const page = await ctx.newPage();
          await page.goto(`${hostOrigin}/with${c.page}`, { waitUntil: 'load' });
          await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
          const height = await settledHeight(page);
          const m = await frameMetrics(page);
          expect(Math.abs(height - m.scrollHeight), JSON.stringify({ height, ...m })).toBeLessThanOrEqual(2);
          expect(m.scrollHeight).toBeLessThanOrEqual(m.clientHeight);
          // Responsive in width: the iframe fills the host's column.
          const [frameWidth, column] = await page.$eval('iframe', (f) => [f.getBoundingClientRect().width, f.parentElement!.clientWidth]);
          expect(Math.abs(frameWidth - column)).toBeLessThanOrEqual(1);
        } finally {
          await ctx.close();
        }
      });
    }

    it(`${c.page}: ignores height messages from anyone but its own frame on the atlas's origin`, async () => {
      const ctx = await context({ viewport: { width: 768, height: 800 } });
      try {
        const page = await ctx.newPage();
        await page.goto(`${hostOrigin}/with${c.page}`, { waitUntil: 'load' });
        await page.waitForFunction(() => document.querySelector('iframe')!.style.height !== '');
        const before = await settledHeight(page);
        await page.evaluate(async () => {
          // The host page itself, and a frame of the host's origin, claim another height.
          window.postMessage({ 'datawrapper-height': { x: 37 } }, '*');
          const other = document.createElement('iframe');
          other.srcdoc = '<script>parent.postMessage({"datawrapper-height":{"x":41}},"*")<\/script>';
          document.body.append(other);
          await new Promise((r) => setTimeout(r, 500));
        });
        expect(await page.$eval('iframe', (f) => f.getBoundingClientRect().height)).toBe(before);
      } finally {
        await ctx.close();
      }
    });

    for (const width of [768, 1280]) {
      it(`${c.page} at ${width} px without the script: the fixed height shows the whole chart`, async () => {
        const ctx = await context({ viewport: { width, height: 800 } });
        try {
          const page = await ctx.newPage();
          await page.goto(`${hostOrigin}/without${c.page}`, { waitUntil: 'load' });
          const m = await frameMetrics(page);
          expect(m.scrollHeight).toBeLessThanOrEqual(m.clientHeight);
        } finally {
          await ctx.close();
        }
      });
    }
  }
});

describe('the embed page', () => {
  const background = async (path: string, colorScheme: 'light' | 'dark') => {
    const ctx = await context({ colorScheme });
    try {
      const page = await ctx.newPage();
      const errors: string[] = [];
      page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
      await page.goto(atlas.origin + path, { waitUntil: 'load' });
      expect(errors).toEqual([]);
      return await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    } finally {
      await ctx.close();
    }
  };
  const id = allChartSpecs()[0].id;

  it('follows the reader, or ?theme=light|dark, without a CSP violation', async () => {
    const light = await background(`/embed/${id}/`, 'light');
    const dark = await background(`/embed/${id}/`, 'dark');
    expect(light).not.toBe(dark);
    expect(await background(`/embed/${id}/?theme=dark`, 'light')).toBe(dark);
    expect(await background(`/en/embed/${id}/?theme=light`, 'dark')).toBe(light);
    expect(await background(`/embed/${id}/?theme=auto`, 'dark')).toBe(dark);
  });

  it('exists for every chart in both languages, with canonical, oEmbed discovery and the chart alone', () => {
    for (const spec of allChartSpecs()) {
      for (const locale of LOCALES) {
        const prefix = locale === 'en' ? '/en' : '';
        const html = readFileSync(join(dir, `${prefix}/embed/${spec.id}/index.html`), 'utf8');
        expect(html).toContain(`<html lang="${locale === 'en' ? 'en' : 'zh-CN'}"`);
        expect(html).toContain(`<link rel="canonical" href="${SITE_URL}${prefix}${spec.page}">`);
        expect(html).toContain(`type="application/json+oembed" href="${SITE_URL}${prefix}/oembed/${spec.id}.json"`);
        expect(html).not.toMatch(/<header|<footer|<nav/);
        const oembed = JSON.parse(readFileSync(join(dir, `${prefix}/oembed/${spec.id}.json`), 'utf8')) as Record<string, unknown>;
        expect(oembed).toMatchObject({ version: '1.0', type: 'rich' });
        expect(String(oembed.html)).toContain(`src="${SITE_URL}${prefix}/embed/${spec.id}/"`);
      }
    }
  });
});

describe('downloads', () => {
  const file = (href: string) => join(dir, href);
  const known = new Set(Papa.parse<{ figure_id: string }>(readFileSync('data/figures.csv', 'utf8'), { header: true, skipEmptyLines: true }).data.map((r) => r.figure_id));

  it('every chart has a CSV of exactly its plotted rows, which papaparse reads', () => {
    for (const spec of allChartSpecs()) {
      const text = readFileSync(file(downloadHref(spec.id, 'csv')), 'utf8').replace(/^\uFEFF/, '');
      const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
      expect(parsed.errors, spec.id).toEqual([]);
      expect(parsed.meta.fields).toEqual([...CHART_CSV_COLUMNS]);
      for (const row of parsed.data) expect(known.has(row.figure_id), `${spec.id}: ${row.figure_id}`).toBe(true);
      expect(parsed.data.map((r) => r.figure_id)).toEqual(spec.rows().map((r) => r.figure.figure_id));
    }
  });

  it('every SVG is well-formed XML and every PNG decodes at twice the SVG size', async () => {
    const ctx = await context();
    try {
      const page = await ctx.newPage();
      await page.goto(`${atlas.origin}/`, { waitUntil: 'load' });
      for (const spec of allChartSpecs()) {
        for (const locale of LOCALES) {
          const svgHref = downloadHref(spec.id, 'svg', locale);
          const pngHref = downloadHref(spec.id, 'png', locale);
          expect(existsSync(file(pngHref)), pngHref).toBe(true);
          const size = pngSize(readFileSync(file(pngHref)));
          const result = await page.evaluate(async ([svgUrl, pngUrl]) => {
            const text = await (await fetch(svgUrl)).text();
            const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
            const error = doc.querySelector('parsererror')?.textContent ?? null;
            const root = doc.documentElement;
            const bitmap = await createImageBitmap(await (await fetch(pngUrl)).blob());
            return { error, root: root.localName, width: Number(root.getAttribute('width')), height: Number(root.getAttribute('height')), png: [bitmap.width, bitmap.height] };
          }, [svgHref, pngHref]);
          expect(result.error, svgHref).toBeNull();
          expect(result.root).toBe('svg');
          expect(result.png, pngHref).toEqual([result.width * PNG_SCALE, result.height * PNG_SCALE]);
          expect([size.width, size.height]).toEqual(result.png);
        }
      }
    } finally {
      await ctx.close();
    }
  });
});
