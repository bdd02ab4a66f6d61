import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { allChartSpecs, chartSpec, renderSpec } from '../../../src/lib/registry/chartRegistry.ts';
import { figureById } from '../../../src/lib/queries/data.ts';
import {
  allDownloadFiles, CHART_CSV_COLUMNS, chartCsv, chartSvg, DOWNLOAD_PALETTE, downloadFile, downloadHref, parseDownloadFile,
  PNG_SCALE, pngSize, selfContainedSvg, svgToPng,
} from '../../../src/lib/sharing/downloads.ts';
import { readFileSync } from 'node:fs';
import { pngFontFiles } from '../../../src/lib/sharing/pngFont.ts';

const SITE = 'https://atlas.example.org';
const specs = allChartSpecs();

describe('download file names', () => {
  it('one CSV per chart and a picture per chart and language, round-tripping through parseDownloadFile', () => {
    const files = allDownloadFiles();
    expect(files).toHaveLength(specs.length * 5);
    expect(new Set(files).size).toBe(files.length);
    for (const f of files) {
      const { id, format, locale } = parseDownloadFile(f);
      expect(downloadFile(id, format, locale)).toBe(f);
    }
    expect(downloadHref('indicator-x', 'png', 'en')).toBe('/charts/indicator-x.en.png');
  });

  it('refuses names it would not make', () => {
    for (const bad of ['x.fr.svg', 'x.svg', 'x.zh.csv', '../x.csv', 'X.csv', 'x.en.png.exe']) expect(() => parseDownloadFile(bad), bad).toThrow(/is not/);
    expect(() => downloadFile('x', 'svg')).toThrow(/needs a locale/);
  });
});

describe('chartCsv', () => {
  it('has exactly the rows the chart plots, with quote, report and figure_id, in the order of the spec', () => {
    for (const spec of specs) {
      const text = chartCsv(spec, SITE);
      expect(text.startsWith('\uFEFF')).toBe(true);
      const parsed = Papa.parse<Record<string, string>>(text.slice(1), { header: true, skipEmptyLines: true });
      expect(parsed.errors, spec.id).toEqual([]);
      expect(parsed.meta.fields).toEqual([...CHART_CSV_COLUMNS]);
      const rows = spec.rows();
      expect(parsed.data.map((r) => r.figure_id)).toEqual(rows.map((r) => r.figure.figure_id));
      parsed.data.forEach((row, i) => {
        const f = figureById(row.figure_id)!;
        expect(row.quote).toBe(f.quote);
        expect(row.report).toBe(f.report);
        expect(Number(row.value)).toBe(f.value);
        expect(row.measure).toBe(spec.measure ?? 'value');
        if (row.measure === 'value') expect(row.plotted_value).toBe(row.value);
        else expect(Number(row.plotted_value)).toBeCloseTo((f.value / rows[i].region.population_2020!) * (row.measure === 'per_10k_residents' ? 10_000 : 1), 3);
        expect(row.region_name_zh).toBe(rows[i].region.name_zh);
        expect(row.source_url).toBe(`${SITE}/reports/${f.report}/#f-${f.number_start}`);
      });
    }
  });

  it('opens no cell as a formula in a spreadsheet, and keeps negative numbers numbers', () => {
    const { figure, region } = specs[0].rows()[0];
    const hostile = ['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tx', '\rx'];
    const rows = hostile.map((quote) => ({ figure: { ...figure, quote, value: -3.5 }, region }));
    const parsed = Papa.parse<Record<string, string>>(chartCsv({ rows: () => rows }, SITE).slice(1), { header: true, skipEmptyLines: true });
    expect(parsed.data.map((r) => r.quote)).toEqual(hostile.map((q) => `'${q}`));
    expect(parsed.data.map((r) => r.value)).toEqual(hostile.map(() => '-3.5'));
    expect(parsed.data.every((r) => !/^[=+\-@\t\r]/.test(r.region_name_zh))).toBe(true);
  });
});

describe('the downloaded SVG', () => {
  const spec = specs[0];
  const svg = chartSvg(spec, 'zh', SITE);

  it('stands alone: no CSS variables, an explicit font and colour, a background, absolute links', () => {
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg')).toBe(true);
    expect(svg).not.toContain('var(--');
    expect(svg).toMatch(/<svg[^>]* font-family="[^"]*Noto Sans SC/);
    expect(svg).toMatch(/<svg[^>]* color="#1b1b1b"/);
    expect(svg).toContain('<rect width="100%" height="100%" fill="#ffffff"/>');
    expect(svg).toContain(DOWNLOAD_PALETTE['--chart-accent']);
    const hrefs = [...svg.matchAll(/ href="([^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.length).toBeGreaterThan(0);
    for (const h of hrefs) expect(h).toMatch(/^https:\/\/atlas\.example\.org\/reports\/[a-z0-9-]+\/#f-\d+$/);
    expect(svg).not.toMatch(/ style="/);
  });

  it('says where it comes from: title, source line and a credit line with the chart page', () => {
    const r = renderSpec(spec, 'zh', { standalone: true });
    expect(svg).toContain(r.title);
    expect(svg).toContain(r.source);
    expect(svg).toContain(`乡村图集 · ${SITE}/indicators/`);
  });

  it('is taller than the standalone chart by the credit line, with width and height equal to the viewBox', () => {
    const [, w, h] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)!;
    expect(svg).toMatch(new RegExp(`<svg[^>]* width="${w}" height="${h}"`));
    const plain = selfContainedSvg(renderSpec(spec, 'zh', { standalone: true }).chart.svg, SITE);
    const [, , h0] = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(plain)!;
    expect(Number(h)).toBeGreaterThan(Number(h0));
  });

  it('uses the light side of every chart colour of palette.css', () => {
    const css = readFileSync('src/styles/palette.css', 'utf8');
    const names = [...css.matchAll(/(--chart-[a-z0-9-]+):/g)].map((m) => m[1]);
    expect(Object.keys(DOWNLOAD_PALETTE).sort()).toEqual(names.sort());
    for (const name of names) {
      const light = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]+)`).exec(css)![1];
      expect(DOWNLOAD_PALETTE[name], name).toBe(light);
      expect(svg.includes('var(--')).toBe(false);
    }
  });
});

describe('the PNG', () => {
  it('is drawn at 2× with the CJK font, and its header states the size', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><text x="4" y="24" font-size="14">四平市 Siping</text></svg>';
    const png = await svgToPng(svg);
    expect(pngSize(png)).toEqual({ width: 120 * PNG_SCALE, height: 40 * PNG_SCALE });
  });

  it('draws Chinese as glyphs, not as empty boxes: a character inks more than a box outline would', async () => {
    const ink = async (text: string) => {
      const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><text x="4" y="30" font-size="28">${text}</text></svg>`;
      const png = await svgToPng(svg);
      return png.length;
    };
    // 繁 has many strokes, 一 one: with a real font their pictures differ in size; two tofu boxes would not.
    expect(Math.abs((await ink('繁')) - (await ink('一')))).toBeGreaterThan(100);
  });

  it('reads the size from the IHDR chunk and refuses what is not a PNG', () => {
    expect(() => pngSize(Buffer.from('GIF89a......................'))).toThrow(/not a PNG/);
  });

  it('draws a chart with the cut-down font exactly as with the full one', async () => {
    const svg = chartSvg(chartSpec(specs[0].id), 'zh', SITE) + '';
    const [full, cut] = await Promise.all([svgToPng(svg), svgToPng(svg, await pngFontFiles([...svg]))]);
    expect(cut.equals(full)).toBe(true);
  });
});
