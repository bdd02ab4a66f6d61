// data/regions.csv: the GB/T 2260 regions the reports name, with their parents and census population.
// Hand-kept and published as it is; every row is validated, and the hierarchy must hold (a prefecture
// 22xx00 sits under its province 220000, a county 2203xx under its prefecture 220300).
import { column, defineTable, orList, type RowOf } from './columns.ts';
import { InputError } from './errors.ts';
import { REGION_LEVELS } from './levels.ts';
import { readTableLines } from './read.ts';
import { isoDateSchema, regionCodeSchema } from './values.ts';
import { z } from 'zod';

export const regionTable = defineTable({
  name: 'regions',
  file: 'regions.csv',
  description: 'Regions named in the reports, with codes, hierarchy and census population.',
  primaryKey: ['code'],
  columns: {
    code: column.value(regionCodeSchema, 'GB/T 2260 administrative division code.'),
    parent_code: column.optional(regionCodeSchema, 'Code of the parent region.'),
    level: column.oneOf(REGION_LEVELS, `${orList(REGION_LEVELS)}.`),
    name_zh: column.text('Official Chinese name.', { required: true, trim: true }),
    name_en: column.text('English name.', { required: true, trim: true }),
    // Other names the texts use (伊通县, 伊通); 我省/全市 are resolved by the pipeline, not here.
    short_names: {
      ...column.text('Other names the reports use, separated by |.'),
      cell: z.string()
        .transform((s) => (s.trim() === '' ? [] : s.split('|').map((n) => n.trim())))
        .refine((names) => names.every((n) => n !== ''), "empty name between '|' separators"),
    },
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
    note: column.text('Notes: ambiguous names, boundary changes.', { trim: true }),
  },
});

/**
 * data/places.csv, written by the pipeline: every region a report or figure is about, in the columns of
 * regions.csv (its hand-kept rows, and the gazetteer's name, level and parent for the others). The site reads it.
 */
export const placeTable = {
  ...regionTable,
  name: 'places',
  file: 'places.csv',
  description: 'Every region a report or figure is about: the rows of regions.csv, and for the others the gazetteer\'s name, level and parent with an English name from pinyin.',
};

/** One row of data/regions.csv. Valid over [valid_from, valid_to); null means open-ended. */
export type Region = RowOf<typeof regionTable>;
export const REGION_COLUMNS = regionTable.columns;

/**
 * data/regions.csv, validated: each row, no duplicate code, a parent present and consistent with GB/T 2260,
 * a successor present, valid_from before valid_to.
 */
export function loadRegions(path: string): Region[] {
  const rows = readTableLines(path, regionTable);
  const regions = rows.map((r) => r.row);

  const lineOf = new Map<string, number>();
  for (const { line, row: r } of rows) {
    const first = lineOf.get(r.code);
    if (first !== undefined) throw new InputError(path, `${line} (code)`, `duplicate code ${r.code} (first on line ${first})`);
    lineOf.set(r.code, line);
  }

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
    if (r.successor_code !== null && r.valid_to === null) {
      throw new InputError(path, at('valid_to'), 'a region with a successor_code needs valid_to');
    }
    if (r.valid_from !== null && r.valid_to !== null && r.valid_from >= r.valid_to) {
      throw new InputError(path, at('valid_to'), `valid_to ${r.valid_to} is not after valid_from ${r.valid_from}`);
    }
  }
  return regions;
}

export function regionIndex(regions: readonly Region[]): Map<string, Region> {
  return new Map(regions.map((r) => [r.code, r]));
}

/** Whether a region exists at an ISO date: valid over [valid_from, valid_to). */
export function isValidAt(region: Region, atDate: string): boolean {
  return (region.valid_from === null || region.valid_from <= atDate) && (region.valid_to === null || atDate < region.valid_to);
}

/** Parent, grandparent, … of a region, nearest first. */
export function ancestors(code: string, index: Map<string, Region>): string[] {
  const region = index.get(code);
  if (!region) throw new Error(`unknown region code ${code}`);
  const chain: string[] = [];
  for (let p = region.parent_code; p !== null && !chain.includes(p); p = index.get(p)?.parent_code ?? null) chain.push(p);
  return chain;
}
