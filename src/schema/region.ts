// Two region tables. data/regions.csv is hand-kept and holds only what no package knows: census population
// with its source, validity dates, successor codes, notes, and an English name where pinyin gets it wrong.
// data/places.csv is written by the pipeline: every region a report or figure is about, with the gazetteer's
// name, level, parent and short forms merged with regions.csv. The site reads places.csv; its hierarchy must
// hold (a prefecture 22xx00 sits under its province 220000, a county 2203xx under its prefecture 220300).
import { column, defineTable, orList, type RowOf } from './columns.ts';
import { InputError } from './errors.ts';
import { REGION_LEVELS } from './levels.ts';
import { readTableLines } from './read.ts';
import { isoDateSchema, regionCodeSchema } from './values.ts';
import { z } from 'zod';

/** Codes a table may refer to, and what knows them (for the error message). */
export interface KnownCodes {
  has(code: string): boolean;
  source: string;
}

// What regions.csv keeps of a region beside its code: the last columns of both tables, in this order.
const handKeptColumns = {
  population_2020: {
    ...column.integer('Resident population, Seventh National Population Census (2020-11-01), where a source was verified.'),
    cell: z.string()
      .refine((s) => /^\d*$/.test(s.trim()), 'expected a whole number of persons, digits only, or empty')
      .transform((s) => (s.trim() === '' ? null : Number(s))),
  },
  population_source: column.text('Where the population comes from, or why it is missing.', { trim: true }),
  valid_from: column.optional(isoDateSchema, 'Date the region (with this code) came into being, if after 2000.'),
  valid_to: column.optional(isoDateSchema, 'Date it ceased to exist under this code.'),
  successor_code: column.optional(regionCodeSchema, 'Code it continued under.'),
  note: column.text('Notes: ambiguous names, boundary changes, sources.', { trim: true }),
};

export const regionTable = defineTable({
  name: 'regions',
  file: 'regions.csv',
  description: 'What no package knows about the regions: 2020 census population with its source, validity dates, successor codes, notes, and an English name only where the pinyin one is wrong. Names, levels, parents and short forms come from the gazetteer package (see data/places.csv).',
  primaryKey: ['code'],
  columns: {
    code: column.value(regionCodeSchema, 'GB/T 2260 code the gazetteer knows (the package, or a retired code of boundary_changes.csv).'),
    name_en: column.text('English name where the pinyin one in places.csv is wrong or an official English name differs (the note says which); empty otherwise.', { trim: true }),
    ...handKeptColumns,
  },
});

export const placeTable = defineTable({
  name: 'places',
  file: 'places.csv',
  description: "Every region a report or figure is about, with its ancestors: the gazetteer's name, level, parent and short forms, an English name from pinyin (or regions.csv), and what regions.csv adds.",
  primaryKey: ['code'],
  columns: {
    code: column.value(regionCodeSchema, 'GB/T 2260 administrative division code.'),
    parent_code: column.optional(regionCodeSchema, 'Code of the parent region.'),
    level: column.oneOf(REGION_LEVELS, `${orList(REGION_LEVELS)}.`),
    name_zh: column.text('Official Chinese name (gazetteer).', { required: true, trim: true }),
    name_en: column.text('English name: from regions.csv where given, else from pinyin.', { required: true, trim: true }),
    // Other names the texts use (伊通县, 伊通); 我省/全市 are resolved by the pipeline, not here.
    short_names: {
      ...column.text('Other names a text may use, by the gazetteer\'s rule, separated by |.'),
      cell: z.string()
        .transform((s) => (s.trim() === '' ? [] : s.split('|').map((n) => n.trim())))
        .refine((names) => names.every((n) => n !== ''), "empty name between '|' separators"),
    },
    ...handKeptColumns,
  },
});

/** One row of data/regions.csv: the hand-kept facts about a region. Valid over [valid_from, valid_to). */
export type HandKeptRegion = RowOf<typeof regionTable>;
export const HAND_KEPT_REGION_COLUMNS = regionTable.columns;

/** One row of data/places.csv: a region as the site shows it. Valid over [valid_from, valid_to); null means open-ended. */
export type Region = RowOf<typeof placeTable>;
export const REGION_COLUMNS = placeTable.columns;

/** A duplicate code is an error naming both lines. */
function checkUnique(path: string, rows: { line: number; row: { code: string } }[]): void {
  const lineOf = new Map<string, number>();
  for (const { line, row: r } of rows) {
    const first = lineOf.get(r.code);
    if (first !== undefined) throw new InputError(path, `${line} (code)`, `duplicate code ${r.code} (first on line ${first})`);
    lineOf.set(r.code, line);
  }
}

function checkDates(path: string, line: number, r: { valid_from: string | null; valid_to: string | null; successor_code: string | null }): void {
  if (r.successor_code !== null && r.valid_to === null) throw new InputError(path, `${line} (valid_to)`, 'a region with a successor_code needs valid_to');
  if (r.valid_from !== null && r.valid_to !== null && r.valid_from >= r.valid_to) {
    throw new InputError(path, `${line} (valid_to)`, `valid_to ${r.valid_to} is not after valid_from ${r.valid_from}`);
  }
}

/**
 * data/regions.csv, validated: each row, no duplicate code, valid_from before valid_to, a successor only with
 * an end date; with `known` (the gazetteer's codes), the code and successor of every row.
 */
export function loadRegions(path: string, known?: KnownCodes): HandKeptRegion[] {
  const rows = readTableLines(path, regionTable);
  checkUnique(path, rows);
  for (const { line, row: r } of rows) {
    if (known && !known.has(r.code)) throw new InputError(path, `${line} (code)`, `${r.code} is not a region code in ${known.source}`);
    if (known && r.successor_code !== null && !known.has(r.successor_code)) {
      throw new InputError(path, `${line} (successor_code)`, `successor ${r.successor_code} is not a region code in ${known.source}`);
    }
    checkDates(path, line, r);
  }
  return rows.map((r) => r.row);
}

/**
 * data/places.csv, validated: each row, no duplicate code, a parent present and consistent with GB/T 2260,
 * a successor present, valid_from before valid_to.
 */
export function loadPlaces(path: string): Region[] {
  const rows = readTableLines(path, placeTable);
  const regions = rows.map((r) => r.row);
  checkUnique(path, rows);
  const byCode = regionIndex(regions);
  for (const { line, row: r } of rows) {
    const at = (column: string) => `${line} (${column})`;
    if (r.level === 'province') {
      if (r.parent_code !== null) throw new InputError(path, at('parent_code'), `a province has no parent, got ${r.parent_code}`);
      if (!r.code.endsWith('0000')) throw new InputError(path, at('code'), `a province code ends in 0000, got ${r.code}`);
    } else {
      if (r.parent_code === null) throw new InputError(path, at('parent_code'), `a ${r.level} needs a parent_code`);
      const parent = byCode.get(r.parent_code);
      if (!parent) throw new InputError(path, at('parent_code'), `parent ${r.parent_code} is not in the table`);
      if (r.level === 'prefecture') {
        if (!r.code.endsWith('00') || r.code.endsWith('0000') || parent.level !== 'province' || r.code.slice(0, 2) !== parent.code.slice(0, 2)) {
          throw new InputError(path, at('code'), `prefecture ${r.code} does not fit under ${parent.level} ${parent.code} (expected ${parent.code.slice(0, 2)}xx00 under a province)`);
        }
      // A county-level unit sits under its prefecture (2203xx under 220300), or directly under a province: the
      // districts of a municipality (110101 under 110000) and cities the province runs itself (429004 仙桃).
      } else if (r.code.endsWith('00') || (parent.level === 'province' ? r.code.slice(0, 2) !== parent.code.slice(0, 2) : r.code.slice(0, 4) !== parent.code.slice(0, 4))) {
        throw new InputError(path, at('code'), `county-level ${r.code} does not fit under ${parent.code} (expected ${parent.code.slice(0, 4)}xx)`);
      }
    }
    if (r.successor_code !== null && !byCode.has(r.successor_code)) {
      throw new InputError(path, at('successor_code'), `successor ${r.successor_code} is not in the table`);
    }
    checkDates(path, line, r);
  }
  return regions;
}

export function regionIndex(regions: readonly Region[]): Map<string, Region> {
  return new Map(regions.map((r) => [r.code, r]));
}

/** Parent, grandparent, … of a region, nearest first. */
export function ancestors(code: string, index: Map<string, Region>): string[] {
  const region = index.get(code);
  if (!region) throw new Error(`unknown region code ${code}`);
  const chain: string[] = [];
  for (let p = region.parent_code; p !== null && !chain.includes(p); p = index.get(p)?.parent_code ?? null) chain.push(p);
  return chain;
}
