import { statSync } from 'node:fs';
import { renderAsync } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { allChartSpecs } from '../../src/lib/chartRegistry.ts';
import { subsetCjkFont } from '../../src/lib/cjkFont.ts';
import { chartSvg, cjkFontFiles, pngFontFiles, PNG_FONT_FAMILY } from '../../src/lib/downloads.ts';
import { LOCALES } from '../../src/i18n/index.ts';

const [regular] = cjkFontFiles();
const svgs = allChartSpecs().flatMap((s) => LOCALES.map((l) => chartSvg(s, l, 'https://atlas.example.org')));
const text = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

async function pixels(svg: string, fontFiles: string[]): Promise<Buffer> {
  const image = await renderAsync(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT_FAMILY }, logLevel: 'off' });
  return image.pixels;
}

describe('subsetCjkFont', () => {
  it('makes a font a small fraction of the collection', () => {
    const font = subsetCjkFont(regular, PNG_FONT_FAMILY, '四平市吉林省 Siping');
    expect(font.toString('latin1', 0, 4)).toBe('OTTO');
    expect(font.length).toBeLessThan(statSync(regular).size / 5);
  });

  it('draws every character of the charts, and the words where ligatures form, exactly as the full font does', async () => {
    // Every character once, in both weights; and the words with an f, where fi/fl/ff ligatures form (GSUB
    // works on sequences). The full font draws slowly, so not every word of every chart.
    const chars = [...new Set(svgs.flatMap(text).join(''))].filter((c) => c.trim()).sort();
    const words = [...new Set(svgs.flatMap(text).flatMap((t) => t.split(/\s+/)).filter((w) => /f/.test(w)))].sort();
    const lines = [
      ...Array.from({ length: Math.ceil(chars.length / 40) }, (_, i) => chars.slice(i * 40, i * 40 + 40).join('')),
      ...Array.from({ length: Math.ceil(words.length / 6) }, (_, i) => words.slice(i * 6, i * 6 + 6).join(' ')),
    ];
    const row = (l: string, i: number, weight: string) => `<text x="2" y="${(i + 1) * 18}" font-size="13" font-weight="${weight}">${l}</text>`;
    const page = (part: string[]) => `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${part.length * 36 + 10}">${part.map((l, i) => row(l, i, 'normal')).join('')}${part.map((l, i) => row(l, part.length + i, 'bold')).join('')}</svg>`;
    // In a few pages, drawn in parallel (resvg renders off the main thread).
    const pages = Array.from({ length: 4 }, (_, k) => page(lines.filter((_, i) => i % 4 === k)));
    const cut = pngFontFiles(svgs.flatMap((s) => [...s]));
    const results = await Promise.all(pages.map(async (svg) => [await pixels(svg, cjkFontFiles()), await pixels(svg, cut)]));
    for (const [full, subset] of results) expect(subset.equals(full)).toBe(true);
  }, 120_000);

  it('draws a character it was not asked for as the missing-glyph box, never as nothing', async () => {
    const font = pngFontFiles(['四']);
    const svg = (t: string) => `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><text x="4" y="30" font-size="28">${t}</text></svg>`;
    const blank = await pixels('<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"></svg>', font);
    const box = await pixels(svg('\ue000'), font); // a private-use character: no font has it
    expect((await pixels(svg('四'), font)).equals(await pixels(svg('四'), cjkFontFiles()))).toBe(true);
    expect(box.equals(blank)).toBe(false);
    expect((await pixels(svg('平'), font)).equals(box)).toBe(true);
  });

  it('refuses a family the file does not have', () => {
    expect(() => subsetCjkFont(regular, 'No Such Family', 'x')).toThrow(/no face named "No Such Family"/);
  });
});
