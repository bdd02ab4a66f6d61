import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { allChartSpecs, renderSpec } from '../../../src/lib/registry/chartRegistry.ts';
import {
  defaultEmbedHeight, EMBED_FRAME_SCRIPT, embedInfo, embedPath, embedTheme, HEIGHT_MESSAGE, inlineChartSvg, oembedJson, oembedPath,
  scriptHash, viewBoxHeight,
} from '../../../src/lib/sharing/embed.ts';

const SITE = 'https://atlas.example.org';
const spec = allChartSpecs()[0];
const rendered = renderSpec(spec, 'zh');

describe('embed URLs and theme', () => {
  it('addresses an embed and its oEmbed answer by chart id', () => {
    expect(embedPath('indicator-x')).toBe('/embed/indicator-x/');
    expect(oembedPath('indicator-x')).toBe('/oembed/indicator-x.json');
  });

  it('reads ?theme= as light, dark or auto, anything else as auto', () => {
    expect(embedTheme('light')).toBe('light');
    expect(embedTheme('dark')).toBe('dark');
    for (const v of ['auto', 'Dark', '', null, undefined, 'purple']) expect(embedTheme(v)).toBe('auto');
  });
});

describe('the default height', () => {
  it('is the viewBox height of the SVG', () => {
    expect(viewBoxHeight({ id: 'x', svg: '<svg viewBox="0 0 640 141.5"></svg>', table: { headers: [], rows: [] } })).toBe(142);
    expect(() => viewBoxHeight({ id: 'x', svg: '<svg></svg>', table: { headers: [], rows: [] } })).toThrow(/no viewBox/);
  });

  it('leaves room for the whole chart, wide or narrow, and the words around it', () => {
    for (const s of allChartSpecs()) {
      const r = renderSpec(s, 'en');
      const h = defaultEmbedHeight(r, 'en');
      expect(h, s.id).toBeGreaterThan(viewBoxHeight(r.chart) + 100);
      if (r.narrow) expect(h, s.id).toBeGreaterThan(viewBoxHeight(r.narrow) + 100);
    }
  });
});

describe('the snippet', () => {
  const english = renderSpec(spec, 'en');
  const info = embedInfo(english, 'en', SITE);
  const { document } = parseHTML(`<!doctype html><html><body>${info.snippet}</body></html>`);
  const iframe = document.querySelector('iframe')!;
  const script = document.querySelector('script')!;

  it('is an iframe of the embed page, full width, a fixed fallback height, lazy, titled', () => {
    expect(iframe.getAttribute('src')).toBe(`${SITE}/en/embed/${spec.id}/`);
    expect(iframe.getAttribute('width')).toBe('100%');
    expect(Number(iframe.getAttribute('height'))).toBe(info.height);
    expect(iframe.getAttribute('loading')).toBe('lazy');
    expect(iframe.getAttribute('title')).toBe(`${english.title} · Xiangcun Atlas`);
    expect(iframe.getAttribute('style')).toContain('width:100%');
  });

  it('loads the host script from the site, asynchronously', () => {
    expect(script.getAttribute('src')).toBe(`${SITE}/embed.js`);
    expect(script.hasAttribute('async')).toBe(true);
  });

  it('escapes a title that would break the attribute', () => {
    const tricky = { ...renderSpec(spec, 'zh'), title: 'A "quoted" <b>title</b> & more' };
    const snippet = embedInfo(tricky, 'zh', SITE).snippet;
    const doc = parseHTML(`<!doctype html><html><body>${snippet}</body></html>`).document;
    expect(doc.querySelector('iframe')!.getAttribute('title')).toBe('A "quoted" <b>title</b> & more · 乡村图集');
    expect(doc.querySelectorAll('b')).toHaveLength(0);
  });

  it('uses paths, and says so, when the build has no site URL (a local preview)', () => {
    const info = embedInfo(rendered, 'zh', undefined);
    expect(info.relative).toBe(true);
    expect(info.snippet).toContain(`src="/embed/${rendered.spec.id}/"`);
    expect(info.snippet).toContain('src="/embed.js"');
    expect(embedInfo(rendered, 'zh', SITE).relative).toBe(false);
  });
});

describe('the oEmbed answer', () => {
  it('is oEmbed 1.0 "rich" with the snippet, size and provider', () => {
    const o = oembedJson(rendered, 'zh', SITE);
    expect(o).toMatchObject({ version: '1.0', type: 'rich', title: rendered.title, provider_name: '乡村图集', provider_url: `${SITE}/` });
    expect(o.html).toBe(embedInfo(rendered, 'zh', SITE).snippet);
    expect(o.height).toBe(embedInfo(rendered, 'zh', SITE).height);
    expect(Number(o.width)).toBeGreaterThan(0);
  });
});

describe('the embed page script', () => {
  it('posts the Datawrapper height message and sets the theme, with the same text (one CSP hash) on every page', () => {
    expect(EMBED_FRAME_SCRIPT).toContain(`"${HEIGHT_MESSAGE}"`);
    expect(HEIGHT_MESSAGE).toBe('datawrapper-height');
    expect(EMBED_FRAME_SCRIPT).toContain('data-theme');
    expect(EMBED_FRAME_SCRIPT).not.toMatch(/indicator-|story-/);
    expect(scriptHash(EMBED_FRAME_SCRIPT)).toBe(`sha256-${createHash('sha256').update(EMBED_FRAME_SCRIPT).digest('base64')}`);
  });
});

describe('public/embed.js, the host page script', () => {
  const js = readFileSync('public/embed.js', 'utf8');

  it('is at most 1 KB as written and loads nothing', () => {
    expect(Buffer.byteLength(js)).toBeLessThanOrEqual(1024);
    expect(js).not.toMatch(/import|require\(|fetch\(|XMLHttpRequest|createElement\(["']script/);
  });

  it('checks the origin and the sending frame before it resizes anything', () => {
    expect(js).toContain('e.origin!==o');
    expect(js).toContain('contentWindow===e.source');
    expect(js).toContain(`"${HEIGHT_MESSAGE}"`);
  });
});

describe('inlineChartSvg', () => {
  it('drops the <style> and style="" the CSP forbids, and nothing else', () => {
    const svg = inlineChartSvg(rendered.chart);
    expect(svg).not.toMatch(/<style|style="/);
    expect(svg.replace(/\s+/g, '')).toContain(rendered.chart.svg.replace(/<style>[\s\S]*?<\/style>/, '').replace(/ style="[^"]*"/, '').replace(/\s+/g, ''));
  });
});
