// The site's one way into the data: the published tables of data/ (the pipeline's output, among them
// places.csv, the regions merged from the gazetteer and regions.csv, plus the hand-kept boundary_changes.csv)
// and the verbatim report texts, read once per build through the schemas of src/schema/, joined and checked.
// Pages and components ask the query helpers below; none reads a file. Nothing here reaches into the pipeline (scripts/).
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { blockTable, type TextBlock } from '../schema/block.ts';
import { boundaryChangesAffecting, loadBoundaryChanges, type BoundaryChange } from '../schema/boundaryChange.ts';
import { InputError } from '../schema/errors.ts';
import { figureTable, type Figure } from '../schema/figure.ts';
import { indicatorTable, type Indicator } from '../schema/indicator.ts';
import type { Kind } from '../schema/kinds.ts';
import { mentionTable, type Mention } from '../schema/mention.ts';
import type { Qualifier } from '../schema/qualifiers.ts';
import { parseTable, readInput, readTable } from '../schema/read.ts';
import { loadPlaces, loadRegions, type HandKeptRegion, type Region } from '../schema/region.ts';
import { reportTable, type DocKind, type ReportMeta } from '../schema/report.ts';
import { townTable, type Town } from '../schema/town.ts';
import type { Unit } from '../schema/units.ts';

export type { Figure, Mention, Unit, Kind, Qualifier, DocKind, Region, Town, BoundaryChange, Indicator, TextBlock };

/** One row of data/reports.csv: where a report comes from (schema in src/schema/report.ts). */
export type Report = ReportMeta;

// ---------------------------------------------------------------------------------------------------------
// Parsing: each table through its schema, errors naming file, line and column.

const rows = <R>(lined: { row: R }[]): R[] => lined.map((r) => r.row);
export const parseFigures = (text: string, file = 'data/figures.csv'): Figure[] => rows(parseTable(text, file, figureTable));
export const parseMentions = (text: string, file = 'data/mentions.csv'): Mention[] => rows(parseTable(text, file, mentionTable));
export const parseBlocks = (text: string, file = 'data/blocks.csv'): TextBlock[] => rows(parseTable(text, file, blockTable));

// ---------------------------------------------------------------------------------------------------------
// Loading and joining, once per process.

export interface Atlas {
  figures: Figure[];
  mentions: Mention[];
  regions: Region[];
  /** The towns figures are about (figures.csv town_code). */
  towns: Town[];
  boundaryChanges: BoundaryChange[];
  indicators: Indicator[];
  reports: Report[];
  texts: Map<string, string>; // report id -> verbatim text
  blocks: TextBlock[];
}

/** The data directory: `data/` of the project; ATLAS_DATA_DIR points elsewhere (tests, fixtures). */
/** The journal file of a commit in progress (scripts/pipeline/commit.ts JOURNAL; a test keeps the two equal). */
export const PENDING_COMMIT = '.commit.json';

export function dataDir(): string {
  return resolve(process.env.ATLAS_DATA_DIR ?? 'data');
}

function pathOf(dir: string, name: string): string {
  const path = join(dir, name);
  if (!existsSync(path)) throw new InputError(`data/${name}`, '', `not found in ${dir}: run \`npm run data\``);
  return path;
}

/** Reads and cross-checks everything under `dir`. */
export function loadAtlas(dir = dataDir()): Atlas {
  // A journal left by an interrupted `npm run data` or add-report (scripts/pipeline/commit.ts) means the tables
  // may be a mix of two generations: refuse to build from them until the next run has finished or undone it.
  if (existsSync(join(dir, PENDING_COMMIT))) {
    throw new InputError(`data/${PENDING_COMMIT}`, '', 'an interrupted `npm run data` or add-report left the tables half-moved: run `npm run data` again');
  }
  // places.csv: every region a report, figure or boundary change is about, its hierarchy checked; the codes
  // of boundary_changes.csv must be among them.
  const regions = loadPlaces(pathOf(dir, 'places.csv'));
  const codes = new Set(regions.map((r) => r.code));
  const reports = readTable(pathOf(dir, 'reports.csv'), reportTable);
  // The verbatim text, unchanged: offsets in figures.csv are JS string indices into exactly this.
  const texts = new Map(reports.map((r) => [r.id, readInput(pathOf(dir, `reports/${r.id}.txt`), 'the report text')]));
  const atlas: Atlas = {
    figures: readTable(pathOf(dir, 'figures.csv'), figureTable),
    mentions: readTable(pathOf(dir, 'mentions.csv'), mentionTable),
    regions,
    towns: readTable(pathOf(dir, 'towns.csv'), townTable),
    boundaryChanges: loadBoundaryChanges(pathOf(dir, 'boundary_changes.csv'), { has: (c) => codes.has(c), source: 'data/places.csv' }),
    indicators: readTable(pathOf(dir, 'indicators.csv'), indicatorTable),
    reports,
    texts,
    blocks: readTable(pathOf(dir, 'blocks.csv'), blockTable),
  };
  checkJoins(atlas);
  atlas.figures.sort((a, b) => a.report.localeCompare(b.report) || a.number_start - b.number_start);
  return atlas;
}

/** Every reference resolves and every figure sits where it says in its report: a page can then trust a join. */
export function checkJoins(atlas: Atlas): void {
  const regionCodes = new Set(atlas.regions.map((r) => r.code));
  const townCodes = new Set(atlas.towns.map((t) => t.code));
  const indicatorKeys = new Set(atlas.indicators.map((i) => i.key));
  atlas.reports.forEach((r, i) => {
    const where = `${i + 2}`;
    if (!regionCodes.has(r.region)) throw new InputError('data/places.csv', where, `no region ${r.region} for report ${r.id}: run \`npm run data\``);
    // The text must be the one the metadata describes: offsets and quotes index exactly these bytes.
    const sha = createHash('sha256').update(atlas.texts.get(r.id)!).digest('hex');
    if (sha !== r.sha256) throw new InputError('data/reports.csv', where, `sha256 of reports/${r.id}.txt is ${sha}, the table says ${r.sha256}: run \`npm run data\``);
  });
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
    // '' is a figure about a place the pipeline could not resolve: it is shown in its report, in no region.
    if (f.region_code !== '' && !regionCodes.has(f.region_code)) throw new InputError('data/figures.csv', where, `unknown region ${f.region_code}`);
    // Its county is region_code (the figure table checks that); the town must be named in towns.csv.
    if (f.town_code !== '' && !townCodes.has(f.town_code)) throw new InputError('data/figures.csv', where, `unknown town ${f.town_code} (not in data/towns.csv)`);
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

let indexes: { atlas: Atlas; regions: Map<string, Region>; towns: Map<string, Town>; indicators: Map<string, Indicator>; reports: Map<string, Report>; figures: Map<string, Figure> } | undefined;

function lookup() {
  const a = atlas();
  if (indexes?.atlas !== a) {
    indexes = {
      atlas: a,
      regions: index(a.regions, (r) => r.code),
      towns: index(a.towns, (t) => t.code),
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
/** The town a figure is about, or undefined when it is about its region as a whole (town_code ''). */
export const figureTown = (figure: Figure): Town | undefined => (figure.town_code ? lookup().towns.get(figure.town_code) : undefined);
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

const DOWNLOAD = /^(figures\.csv|reports\.csv|mentions\.csv|regions\.csv|places\.csv|towns\.csv|boundary_changes\.csv|indicators\.csv|indicators\.yml|blocks\.csv|corrections\.yml|datapackage\.json|reports\/[a-z0-9-]+\.(txt|yml))$/;

/** Files offered for download, relative to data/: the generated tables, the reference tables, the reports. */
export function dataFiles(dir = dataDir()): string[] {
  const top = readdirSync(dir).filter((f) => DOWNLOAD.test(f));
  const reportFiles = readdirSync(join(dir, 'reports')).map((f) => `reports/${f}`).filter((f) => DOWNLOAD.test(f));
  return [...top, ...reportFiles].sort();
}

/** data/regions.csv, the hand-kept facts about regions (the site shows places.csv, where they are merged in). */
export function handKeptRegions(dir = dataDir()): HandKeptRegion[] {
  return loadRegions(pathOf(dir, 'regions.csv'));
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
