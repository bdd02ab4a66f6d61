// The site's one way into the data: the generated CSVs and the hand-kept reference files, read once per
// build, typed, joined and checked. Pages and components ask the query helpers below; none reads a file.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import {
  FIGURE_COLUMNS, InputError, KINDS, MENTION_COLUMNS, MENTION_STATUSES, QUALIFIERS, UNITS,
  type DocKind, type Figure, type Kind, type Mention, type Qualifier, type Unit,
} from '../../scripts/pipeline/types.ts';
import { loadReportMeta, readReportText, type ReportMeta } from '../../scripts/pipeline/metadata.ts';
import {
  boundaryChangesAffecting, loadBoundaryChanges, loadRegions, regionIndex, type BoundaryChange, type Region,
} from '../../scripts/pipeline/reference.ts';
import { loadIndicators, type Indicator } from '../../scripts/pipeline/classify.ts';
import { BLOCK_KINDS, type BlockKind } from '../../scripts/pipeline/clean.ts';
import { BLOCK_FIELDS } from '../../scripts/pipeline/datapackage.ts';

export type { Figure, Mention, Unit, Kind, Qualifier, DocKind, Region, BoundaryChange, Indicator };

/** data/reports/<id>.yml: where a report comes from (schema in scripts/pipeline/metadata.ts). */
export type Report = ReportMeta;

// ---------------------------------------------------------------------------------------------------------
// Parsing: explicit conversion of every field, errors naming file, line and field.

type Row = Record<string, string>;

function readCsv(text: string, file: string, columns: readonly string[]): Row[] {
  const parsed = Papa.parse<Row>(text.replace(/^\uFEFF/, ''), { header: true, dynamicTyping: false, skipEmptyLines: true });
  const bad = parsed.errors[0];
  if (bad) throw new InputError(file, `${(bad.row ?? 0) + 2}`, bad.message);
  const header = parsed.meta.fields ?? [];
  const missing = columns.filter((c) => !header.includes(c));
  if (missing.length) throw new InputError(file, '1', `missing column(s) ${missing.join(', ')}`);
  return parsed.data;
}

/** Field converters; `where` is 'line:column' for the error message. */
function int(value: string, file: string, where: string): number {
  if (!/^-?\d+$/.test(value)) throw new InputError(file, where, `expected an integer, got "${value}"`);
  return Number(value);
}

function num(value: string, file: string, where: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new InputError(file, where, `expected a number, got "${value}"`);
  return n;
}

function oneOf<T extends string>(allowed: readonly T[], value: string, file: string, where: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new InputError(file, where, `"${value}" is not one of ${allowed.join('|')}`);
  }
  return value as T;
}

function required(value: string | undefined, file: string, where: string): string {
  if (value === undefined || value.trim() === '') throw new InputError(file, where, 'empty');
  return value;
}

export function parseFigures(text: string, file = 'data/figures.csv'): Figure[] {
  return readCsv(text, file, FIGURE_COLUMNS).map((r, i) => {
    const at = (col: string) => `${i + 2}:${col}`;
    const figure: Figure = {
      figure_id: required(r.figure_id, file, at('figure_id')),
      report: required(r.report, file, at('report')),
      region_code: required(r.region_code, file, at('region_code')),
      period: required(r.period, file, at('period')),
      indicator: r.indicator ?? '',
      subject: r.subject ?? '',
      value: num(r.value, file, at('value')),
      unit: oneOf(UNITS, r.unit, file, at('unit')),
      qualifier: oneOf(QUALIFIERS, r.qualifier, file, at('qualifier')),
      kind: oneOf(KINDS, r.kind, file, at('kind')),
      number_text: required(r.number_text, file, at('number_text')),
      number_start: int(r.number_start, file, at('number_start')),
      number_end: int(r.number_end, file, at('number_end')),
      quote: required(r.quote, file, at('quote')),
      start: int(r.start, file, at('start')),
      end: int(r.end, file, at('end')),
      correction: r.correction ?? '',
    };
    if (!/^\d{4}(-\d{4})?$/.test(figure.period)) throw new InputError(file, at('period'), `bad period "${figure.period}"`);
    if (figure.figure_id !== `${figure.report}:${figure.number_start}`) {
      throw new InputError(file, at('figure_id'), `"${figure.figure_id}" is not <report>:<number_start>`);
    }
    if (!(figure.start <= figure.number_start && figure.number_start < figure.number_end && figure.number_end <= figure.end)) {
      throw new InputError(file, at('number_start'), 'number_text is not inside the quote');
    }
    return figure;
  });
}

export function parseMentions(text: string, file = 'data/mentions.csv'): Mention[] {
  return readCsv(text, file, MENTION_COLUMNS).map((r, i) => {
    const at = (col: string) => `${i + 2}:${col}`;
    return {
      report: required(r.report, file, at('report')),
      start: int(r.start, file, at('start')),
      end: int(r.end, file, at('end')),
      text: required(r.text, file, at('text')),
      status: oneOf(MENTION_STATUSES, r.status, file, at('status')),
      figure_id: r.figure_id ?? '',
      reason: r.reason ?? '',
    };
  });
}

/** One row of data/blocks.csv: a line of a report and what the cleaner made of it (for the source reader). */
export interface TextBlock {
  report: string;
  start: number;
  end: number;
  kind: BlockKind;
  reason: string;
}

const BLOCK_COLUMNS = BLOCK_FIELDS.map((f) => f.name);

export function parseBlocks(text: string, file = 'data/blocks.csv'): TextBlock[] {
  return readCsv(text, file, BLOCK_COLUMNS).map((r, i) => {
    const at = (col: string) => `${i + 2}:${col}`;
    const block = {
      report: required(r.report, file, at('report')),
      start: int(r.start, file, at('start')),
      end: int(r.end, file, at('end')),
      kind: oneOf(BLOCK_KINDS, r.kind, file, at('kind')),
      reason: r.reason ?? '',
    };
    if (block.end <= block.start) throw new InputError(file, at('end'), 'end is not after start');
    return block;
  });
}

// ---------------------------------------------------------------------------------------------------------
// Loading and joining, once per process.

export interface Atlas {
  figures: Figure[];
  mentions: Mention[];
  regions: Region[];
  boundaryChanges: BoundaryChange[];
  indicators: Indicator[];
  reports: Report[];
  texts: Map<string, string>; // report id -> verbatim text
  blocks: TextBlock[];
}

/** The data directory: `data/` of the project; ATLAS_DATA_DIR points elsewhere (tests, fixtures). */
export function dataDir(): string {
  return resolve(process.env.ATLAS_DATA_DIR ?? 'data');
}

function pathOf(dir: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new InputError(`data/${name}`, '', `not found in ${dir}: run \`npm run data\``);
  return path;
}

const read = (dir: string, name: string): string => readFileSync(pathOf(dir, name), 'utf8');

/** Reads and cross-checks everything under `dir`. */
export function loadAtlas(dir = dataDir()): Atlas {
  const reportDir = join(dir, 'reports');
  // regions.csv and boundary_changes.csv are checked by their own loaders (parents, codes, dates).
  const regions = loadRegions(pathOf(dir, 'regions.csv'));
  const boundaryChanges = loadBoundaryChanges(pathOf(dir, 'boundary_changes.csv'), regionIndex(regions));
  const regionCodes = new Set(regions.map((r) => r.code));
  const ids = readdirSync(reportDir).filter((f) => f.endsWith('.yml')).map((f) => f.slice(0, -4)).sort();
  // The metadata checks id = file name, a known region and the text's sha256.
  const reports = ids.map((id) => loadReportMeta(join(reportDir, `${id}.yml`), join(reportDir, `${id}.txt`), regionCodes));
  // The verbatim text, unchanged: offsets in figures.csv are JS string indices into exactly this.
  const texts = new Map(ids.map((id) => [id, readReportText(join(reportDir, `${id}.txt`))]));
  const atlas: Atlas = {
    figures: parseFigures(read(dir, 'figures.csv')),
    mentions: parseMentions(read(dir, 'mentions.csv')),
    regions,
    boundaryChanges,
    indicators: loadIndicators(pathOf(dir, 'indicators.yml')),
    reports,
    texts,
    blocks: parseBlocks(read(dir, 'blocks.csv')),
  };
  checkJoins(atlas);
  atlas.figures.sort((a, b) => a.report.localeCompare(b.report) || a.number_start - b.number_start);
  return atlas;
}

/** Every reference resolves and every figure sits where it says in its report: a page can then trust a join. */
export function checkJoins(atlas: Atlas): void {
  const regionCodes = new Set(atlas.regions.map((r) => r.code));
  const indicatorKeys = new Set(atlas.indicators.map((i) => i.key));
  atlas.blocks.forEach((b, i) => {
    const text = atlas.texts.get(b.report);
    if (text === undefined) throw new InputError('data/blocks.csv', `${i + 2}`, `unknown report "${b.report}"`);
    if (b.end > text.length || text.slice(b.start, b.end).includes('\n')) {
      throw new InputError('data/blocks.csv', `${i + 2}`, `[${b.start},${b.end}) is not one line of ${b.report}.txt`);
    }
  });
  atlas.figures.forEach((f, i) => {
    const where = `${i + 2}`;
    const text = atlas.texts.get(f.report);
    if (text === undefined) throw new InputError('data/figures.csv', where, `unknown report "${f.report}"`);
    if (!regionCodes.has(f.region_code)) throw new InputError('data/figures.csv', where, `unknown region ${f.region_code}`);
    if (f.indicator && !indicatorKeys.has(f.indicator)) throw new InputError('data/figures.csv', where, `unknown indicator "${f.indicator}"`);
    if (text.slice(f.number_start, f.number_end) !== f.number_text) {
      throw new InputError('data/figures.csv', where, `number_text "${f.number_text}" is not at [${f.number_start},${f.number_end}) of ${f.report}.txt`);
    }
  });
}

let cache: Atlas | undefined;

/** The atlas, loaded on first use and kept for the rest of the build. */
export function atlas(): Atlas {
  cache ??= loadAtlas();
  return cache;
}

/** For tests: forget the cached atlas. */
export function resetAtlas(): void {
  cache = undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Queries used by pages.

function index<T, K>(items: T[], key: (item: T) => K): Map<K, T> {
  return new Map(items.map((item) => [key(item), item]));
}

let indexes: { atlas: Atlas; regions: Map<string, Region>; indicators: Map<string, Indicator>; reports: Map<string, Report>; figures: Map<string, Figure> } | undefined;

function lookup() {
  const a = atlas();
  if (indexes?.atlas !== a) {
    indexes = {
      atlas: a,
      regions: index(a.regions, (r) => r.code),
      indicators: index(a.indicators, (i) => i.key),
      reports: index(a.reports, (r) => r.id),
      figures: index(a.figures, (f) => f.figure_id),
    };
  }
  return indexes;
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`data: no ${what}`);
  return value;
}

export const figures = (): Figure[] => atlas().figures;
export const regions = (): Region[] => atlas().regions;
export const indicators = (): Indicator[] => atlas().indicators;
export const reports = (): Report[] => atlas().reports;

export const figureById = (id: string): Figure | undefined => lookup().figures.get(id);
export const region = (code: string): Region => must(lookup().regions.get(code), `region ${code}`);
export const findRegion = (code: string): Region | undefined => lookup().regions.get(code);
export const indicator = (key: string): Indicator => must(lookup().indicators.get(key), `indicator ${key}`);
export const findIndicator = (key: string): Indicator | undefined => lookup().indicators.get(key);
export const report = (id: string): Report => must(lookup().reports.get(id), `report ${id}`);
export const reportText = (id: string): string => must(atlas().texts.get(id), `text of report ${id}`);

export const regionParent = (code: string): Region | undefined => {
  const parent = region(code).parent_code;
  return parent ? region(parent) : undefined;
};

export const regionChildren = (code: string): Region[] => regions().filter((r) => r.parent_code === code);

/** From the top of the hierarchy down to, but not including, `code`. */
export function regionAncestors(code: string): Region[] {
  const chain: Region[] = [];
  for (let r = regionParent(code); r; r = regionParent(r.code)) {
    if (chain.includes(r)) throw new Error(`data/regions.csv: parent cycle at ${r.code}`);
    chain.unshift(r);
  }
  return chain;
}

/** Every region below `code`, depth first. */
export function regionDescendants(code: string): Region[] {
  return regionChildren(code).flatMap((child) => [child, ...regionDescendants(child.code)]);
}

export function figuresByRegion(code: string, options: { includeDescendants?: boolean } = {}): Figure[] {
  const codes = new Set([code, ...(options.includeDescendants ? regionDescendants(code).map((r) => r.code) : [])]);
  return figures().filter((f) => codes.has(f.region_code));
}

export const figuresByIndicator = (key: string): Figure[] => figures().filter((f) => f.indicator === key);
export const figuresByReport = (id: string): Figure[] => figures().filter((f) => f.report === id);
export const mentionsByReport = (id: string): Mention[] => atlas().mentions.filter((m) => m.report === id);
export const blocksByReport = (id: string): TextBlock[] => atlas().blocks.filter((b) => b.report === id);

/** Regions that have figures of their own or below them: the ones worth a page in the index. */
export function regionsWithFigures(): Region[] {
  const withOwn = new Set(figures().map((f) => f.region_code));
  return regions().filter((r) => withOwn.has(r.code) || regionDescendants(r.code).some((d) => withOwn.has(d.code)));
}

/** Indicators that at least one figure measures. */
export function indicatorsWithFigures(): Indicator[] {
  const used = new Set(figures().map((f) => f.indicator));
  return indicators().filter((i) => used.has(i.key));
}

/** Boundary changes that make `code`'s figures for the two periods cover different territory. */
export function boundaryChangesBetween(code: string, fromPeriod: string, toPeriod: string): BoundaryChange[] {
  return boundaryChangesAffecting(code, fromPeriod, toPeriod, atlas().boundaryChanges, lookup().regions);
}

/** Topics in the order indicators.yml first names them. */
export function topics(): string[] {
  return [...new Set(indicators().map((i) => i.topic))];
}

// ---------------------------------------------------------------------------------------------------------
// Downloads: the data files as they sit in the repository, served under /data/ by src/pages/data/[...file].ts.

const DOWNLOAD = /^(figures\.csv|mentions\.csv|regions\.csv|boundary_changes\.csv|indicators\.csv|indicators\.yml|blocks\.csv|corrections\.yml|datapackage\.json|reports\/[a-z0-9-]+\.(txt|yml))$/;

/** Files offered for download, relative to data/: the generated tables, the reference tables, the reports. */
export function dataFiles(dir = dataDir()): string[] {
  const top = readdirSync(dir).filter((f) => DOWNLOAD.test(f));
  const reportFiles = readdirSync(join(dir, 'reports')).map((f) => `reports/${f}`).filter((f) => DOWNLOAD.test(f));
  return [...top, ...reportFiles].sort();
}

/** The bytes of one download, exactly as in the repository. */
export function dataFile(name: string, dir = dataDir()): Buffer {
  if (!DOWNLOAD.test(name)) throw new Error(`data: "${name}" is not a downloadable data file`);
  return readFileSync(pathOf(dir, name));
}

/** data/datapackage.json when the pipeline has written it, else null. */
export function dataPackage(dir = dataDir()): Record<string, unknown> | null {
  const path = join(dir, 'datapackage.json');
  if (!existsSync(path)) return null;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  } catch (e) {
    throw new InputError('data/datapackage.json', '', `invalid JSON (${(e as Error).message})`);
  }
}
