// Per-chart downloads, made at build time from the same spec the page draws: the rows plotted as CSV, and the
// chart on its own as SVG and PNG (title, subtitle and source line drawn inside). Served by
// src/pages/charts/[file].ts as /charts/<id>.csv, /charts/<id>.<locale>.svg and /charts/<id>.<locale>.png.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { renderAsync } from '@resvg/resvg-js';
import { LOCALES, t, type Locale } from '../../i18n/index.ts';
import { allChartSpecs, renderSpec, specMeasure, type ChartSpec } from '../registry/chartRegistry.ts';
import { plottedValue } from '../queries/measure.ts';
import { cacheDir, PNG_FONT_FAMILY, pngFontFiles, pngSourceFonts, writeToCache } from './pngFont.ts';
import { report } from '../queries/data.ts';
import { palette } from './palette.ts';
import { absoluteUrl, figureHref, href } from '../urls/urls.ts';

export type DownloadFormat = 'csv' | 'svg' | 'png';

/** The file names of a chart's downloads: the CSV is one for both languages, the pictures one per language. */
export function downloadFile(id: string, format: DownloadFormat, locale?: Locale): string {
  if (format === 'csv') return `${id}.csv`;
  if (!locale) throw new Error(`downloads: a ${format} of chart "${id}" needs a locale`);
  return `${id}.${locale}.${format}`;
}

export const downloadHref = (id: string, format: DownloadFormat, locale?: Locale): string => `/charts/${downloadFile(id, format, locale)}`;

/** Every download file of every chart, for getStaticPaths. */
export function allDownloadFiles(): string[] {
  return allChartSpecs().flatMap((spec) => [
    downloadFile(spec.id, 'csv'),
    ...LOCALES.flatMap((locale) => [downloadFile(spec.id, 'svg', locale), downloadFile(spec.id, 'png', locale)]),
  ]);
}

/** '<id>.en.png' -> { id, format, locale }; throws on a name downloadFile() would not make. */
export function parseDownloadFile(file: string): { id: string; format: DownloadFormat; locale?: Locale } {
  const match = /^([a-z][a-z0-9-]*)(?:\.(zh|en)\.(svg|png)|\.(csv))$/.exec(file);
  if (!match) throw new Error(`downloads: "${file}" is not <chart id>.csv or <chart id>.<zh|en>.<svg|png>`);
  return match[4] ? { id: match[1], format: 'csv' } : { id: match[1], format: match[3] as DownloadFormat, locale: match[2] as Locale };
}

// ---------------------------------------------------------------------------------------------------------
// CSV: exactly the rows plotted, with what a reader needs to check each one against its source.

export const CHART_CSV_COLUMNS = [
  'figure_id', 'report', 'region_code', 'region_name_zh', 'region_name_en', 'period', 'indicator', 'measure', 'plotted_value',
  'value', 'unit', 'qualifier', 'kind', 'number_text', 'quote', 'source_url', 'report_url',
] as const;

/**
 * The rows a chart plots, one per mark, in the order the spec gives them: `plotted_value` is the number drawn
 * (the figure's `value`, or that over the region's census population, as `measure` says). source_url is the
 * figure's sentence in the atlas's reader; report_url is where the report was published, when known.
 * A UTF-8 byte-order mark leads the file: without it Excel on Windows garbles the Chinese.
 */
export function chartCsv(spec: Pick<ChartSpec, 'rows' | 'measure'>, site: URL | string): string {
  const measure = specMeasure(spec);
  const rows = spec.rows().map(({ figure, region }) => ({
    figure_id: figure.figure_id,
    report: figure.report,
    region_code: figure.region_code,
    region_name_zh: region.name_zh,
    region_name_en: region.name_en,
    period: figure.period,
    indicator: figure.indicator,
    measure,
    // Rates to six significant digits: more than the census denominator supports, enough to recompute the chart.
    plotted_value: measure === 'value' ? figure.value : Number(plottedValue(figure, region, measure).toPrecision(6)),
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    kind: figure.kind,
    number_text: figure.number_text,
    quote: figure.quote,
    source_url: absoluteUrl(site, figureHref('zh', figure)),
    report_url: report(figure.report).url ?? '',
  }));
  // A text cell opening with = + - @ tab or CR would run as a formula in a spreadsheet: it gets a leading
  // apostrophe, as OWASP's CSV-injection advice says. Numbers (value) are left alone, so −3.5 stays a number.
  return '\uFEFF' + Papa.unparse({ fields: [...CHART_CSV_COLUMNS], data: rows.map((r) => CHART_CSV_COLUMNS.map((c) => r[c])) }, { newline: '\n', escapeFormulae: true }) + '\n';
}

// ---------------------------------------------------------------------------------------------------------
// SVG: a file that renders the same anywhere (a browser, Illustrator, resvg): no CSS variables, no inherited
// font, absolute links, a paper background.

/** The light side of the chart colours of src/styles/palette.css, which the chart SVG names as CSS variables. */
export const DOWNLOAD_PALETTE: Record<string, string> = Object.fromEntries(
  Object.entries(palette().light).filter(([name]) => name.startsWith('--chart-')),
);
export const DOWNLOAD_BACKGROUND = '#ffffff';
/** Noto Sans SC first: the PNG is drawn with it, so the SVG looks the same where it is installed. */
export const DOWNLOAD_FONT_FAMILY = "'Noto Sans SC', 'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Helvetica Neue', Arial, sans-serif";

const CREDIT_HEIGHT = 18;
const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Turns the standalone chart SVG into a self-contained file; `credit` (the site and the chart's page) is
 * drawn in a line of its own at the bottom, so the picture says where it comes from wherever it goes.
 */
export function selfContainedSvg(svg: string, site: URL | string, credit?: string): string {
  const open = /^<svg[^>]*>/.exec(svg);
  if (!open) throw new Error('downloads: not an <svg> element');
  let root = open[0]
    .replace(/ style="[^"]*"/, '')
    .replace(/ font-family="[^"]*"/, '')
    .replace(/ width="[^"]*"/, '')
    .replace(/ height="[^"]*"/, '');
  const viewBox = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(root);
  if (!viewBox) throw new Error('downloads: the chart SVG has no viewBox');
  const width = Number(viewBox[1]);
  const height = Number(viewBox[2]) + (credit ? CREDIT_HEIGHT : 0);
  root = root.replace(/viewBox="[^"]*"/, `viewBox="0 0 ${width} ${height}"`);
  root = root.replace(/>$/, ` width="${width}" height="${height}" font-family="${DOWNLOAD_FONT_FAMILY.replace(/"/g, '&quot;')}" color="${DOWNLOAD_PALETTE['--chart-text']}">`);
  let body = svg.slice(open[0].length);
  body = body.replace(/var\((--[a-z0-9-]+),\s*([^)]+)\)/g, (_, name: string, fallback: string) => DOWNLOAD_PALETTE[name] ?? fallback.trim());
  body = body.replace(/ href="(\/[^"]*)"/g, (_, path: string) => ` href="${absoluteUrl(site, path)}"`);
  // The background goes after <title>/<desc>, before anything drawn.
  const background = `<rect width="100%" height="100%" fill="${DOWNLOAD_BACKGROUND}"/>`;
  const afterDesc = body.indexOf('</desc>');
  body = afterDesc >= 0 ? body.slice(0, afterDesc + 7) + background + body.slice(afterDesc + 7) : background + body;
  if (/var\(--/.test(body)) throw new Error('downloads: a CSS variable is left in the SVG');
  if (credit) {
    const line = `<text x="0" y="${height - 5}" font-size="10" text-anchor="start" fill-opacity="0.6">${escapeXml(credit)}</text>`;
    body = body.replace(/<\/svg>\s*$/, `${line}</svg>`);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${root}${body}\n`;
}

/** The chart on its own, with title, subtitle and source line: /charts/<id>.<locale>.svg. */
export function chartSvg(spec: ChartSpec, locale: Locale, site: URL | string): string {
  const credit = `${t(locale, 'site.name')} · ${absoluteUrl(site, href(locale, spec.page))}`;
  return selfContainedSvg(renderSpec(spec, locale, { standalone: true }).chart.svg, site, credit);
}

// ---------------------------------------------------------------------------------------------------------
// PNG: the SVG above at 2×, drawn by resvg with Noto Sans SC loaded explicitly (pngFont.ts), so Chinese renders
// the same on any machine and never as boxes.

export const PNG_SCALE = 2;
export { PNG_FONT_FAMILY };

/** Draws an SVG at PNG_SCALE with the given fonts and nothing else (no system fonts: the same picture everywhere). */
export async function svgToPng(svg: string, fontFiles: string[] = pngSourceFonts()): Promise<Buffer> {
  const image = await renderAsync(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: DOWNLOAD_BACKGROUND,
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: PNG_FONT_FAMILY, sansSerifFamily: PNG_FONT_FAMILY },
    logLevel: 'off',
  });
  return image.asPng();
}

// The PNGs are drawn in parallel from fonts cut down to the charts' characters, and kept in a cache keyed by
// what determines the picture (SVG, fonts, resvg version): a rebuild with unchanged charts draws nothing.
const resvgVersion = () => (JSON.parse(readFileSync(join('node_modules/@resvg/resvg-js/package.json'), 'utf8')) as { version: string }).version;
const sha256 = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

async function cachedPng(svg: string, fontFiles: string[]): Promise<Buffer> {
  // The subset fonts are named by the hash of what made them, so their paths stand for their bytes.
  const fonts = fontFiles.map((f) => f.slice(f.lastIndexOf('/') + 1)).join('|');
  const file = join(cacheDir(), 'png', `${sha256(`${resvgVersion()}\n${PNG_SCALE}\n${fonts}\n${svg}`)}.png`);
  if (existsSync(file)) return readFileSync(file);
  const png = await svgToPng(svg, fontFiles);
  writeToCache(file, png);
  return png;
}

let pngs: Map<string, Promise<Buffer>> | undefined;

/** The PNG of one chart in one language; the first call starts drawing all of them, one per core at a time. */
export function chartPng(spec: ChartSpec, locale: Locale, site: URL | string): Promise<Buffer> {
  if (!pngs) {
    const jobs = allChartSpecs().flatMap((s) => LOCALES.map((l) => ({ key: `${s.id}.${l}`, svg: chartSvg(s, l, site) })));
    // Every character of every SVG: a superset of the text drawn, so no glyph the charts need is emptied.
    const chars = new Set(jobs.flatMap((j) => [...j.svg]));
    const fonts = pngFontFiles(chars);
    pngs = new Map();
    const resolvers = new Map<string, { resolve: (b: Buffer) => void; reject: (e: unknown) => void }>();
    for (const job of jobs) pngs.set(job.key, new Promise((res, rej) => resolvers.set(job.key, { resolve: res, reject: rej })));
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const r = resolvers.get(job.key)!;
        try { r.resolve(await cachedPng(job.svg, await fonts)); } catch (e) { r.reject(e); }
      }
    };
    for (let i = 0; i < Math.max(1, availableParallelism()); i++) void worker();
  }
  const png = pngs.get(`${spec.id}.${locale}`);
  if (!png) throw new Error(`downloads: no PNG for chart "${spec.id}" in ${locale}`);
  return png;
}

/** The width and height a PNG's header states (IHDR), for checks. */
export function pngSize(png: Uint8Array): { width: number; height: number } {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (signature.some((b, i) => png[i] !== b)) throw new Error('not a PNG: bad signature');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  if (String.fromCharCode(...png.subarray(12, 16)) !== 'IHDR') throw new Error('not a PNG: no IHDR first');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}
