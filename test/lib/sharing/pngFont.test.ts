import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allChartSpecs } from '../../../src/lib/registry/chartRegistry.ts';
import { chartSvg } from '../../../src/lib/sharing/downloads.ts';
import { PNG_FONT_FAMILY, pngFontFiles, pngSourceFonts } from '../../../src/lib/sharing/pngFont.ts';
import { LOCALES } from '../../../src/i18n/index.ts';

const svgs = allChartSpecs().flatMap((s) => LOCALES.map((l) => chartSvg(s, l, 'https://atlas.example.org')));
const text = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

async function pixels(svg: string, fontFiles: string[]): Promise<Buffer> {
  const image = await renderAsync(svg, { font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT_FAMILY }, logLevel: 'off' });
  return image.pixels;
}

// Each test run subsets into a cache of its own, so the subsetter really runs.
let before: string | undefined;
beforeAll(() => {
  before = process.env.ATLAS_CACHE_DIR;
  process.env.ATLAS_CACHE_DIR = mkdtempSync(join(tmpdir(), 'atlas-cache-'));
});
afterAll(() => {
  if (before === undefined) delete process.env.ATLAS_CACHE_DIR;
  else process.env.ATLAS_CACHE_DIR = before;
});

describe('pngSourceFonts', () => {
  it('finds a regular and a bold face in the installed npm package, outside any system font folder', () => {
    const files = pngSourceFonts();
    expect(files).toHaveLength(2);
    for (const f of files) {
      expect(f).toMatch(/node_modules\/@expo-google-fonts\/noto-sans-sc\//);
      expect(statSync(f).size).toBeGreaterThan(1_000_000);
    }
  });
});

describe('pngFontFiles', () => {
  it('cuts each face to a small fraction of its size, into the cache, and reuses it', async () => {
    const fonts = await pngFontFiles('四平市吉林省');
    fonts.forEach((f, i) => expect(statSync(f).size).toBeLessThan(statSync(pngSourceFonts()[i]).size / 20));
    expect(readdirSync(join(process.env.ATLAS_CACHE_DIR!, 'fonts')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(await pngFontFiles('市平四省林吉')).toEqual(fonts);
  });

  it('draws every character of the charts, and the words where ligatures form, exactly as the full font does', async () => {
    // Every character once, in both weights; and the words with an f, where fi/fl/ff ligatures form (GSUB
    // works on sequences).
    const chars = [...new Set(svgs.flatMap(text).join(''))].filter((c) => c.trim()).sort();
    const words = [...new Set(svgs.flatMap(text).flatMap((t) => t.split(/\s+/)).filter((w) => /f/.test(w)))].sort();
    const lines = [
      ...Array.from({ length: Math.ceil(chars.length / 40) }, (_, i) => chars.slice(i * 40, i * 40 + 40).join('')),
      ...Array.from({ length: Math.ceil(words.length / 6) }, (_, i) => words.slice(i * 6, i * 6 + 6).join(' ')),
    ];
    expect(chars.length).toBeGreaterThan(100);
    const row = (l: string, i: number, weight: string) => `<text x="2" y="${(i + 1) * 18}" font-size="13" font-weight="${weight}">${l}</text>`;
    const page = (part: string[]) => `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${part.length * 36 + 10}">${part.map((l, i) => row(l, i, 'normal')).join('')}${part.map((l, i) => row(l, part.length + i, 'bold')).join('')}</svg>`;
    const pages = Array.from({ length: 4 }, (_, k) => page(lines.filter((_, i) => i % 4 === k)));
    const cut = await pngFontFiles(svgs.flatMap((s) => [...s]));
    const results = await Promise.all(pages.map(async (svg) => [await pixels(svg, pngSourceFonts()), await pixels(svg, cut)]));
    for (const [full, subset] of results) expect(subset.equals(full)).toBe(true);
  }, 120_000);

  it('draws Chinese as glyphs: a many-stroke character inks more than a one-stroke one, in both weights', async () => {
    const fonts = await pngFontFiles('繁一');
    const ink = async (ch: string, weight: string) => {
      const px = await pixels(`<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="30" font-size="28" font-weight="${weight}">${ch}</text></svg>`, fonts);
      let dark = 0;
      for (let i = 3; i < px.length; i += 4) if (px[i] > 128) dark++;
      return dark;
    };
    for (const weight of ['normal', 'bold']) expect(await ink('繁', weight)).toBeGreaterThan(2 * (await ink('一', weight)));
    expect(await ink('繁', 'bold')).toBeGreaterThan(await ink('繁', 'normal'));
  });

  it('fails, naming the character, when a chart uses one the font cannot draw (it would vanish from the PNG)', async () => {
    await expect(pngFontFiles('四平\ue000')).rejects.toThrow(/cannot draw "\ue000" \(U\+E000\)/);
    // Traditional and rare place-name characters are in the face: 乾安, 戶, 珲春, 磐石.
    await expect(pngFontFiles('乾安戶珲春磐石')).resolves.toHaveLength(2);
  });
});
