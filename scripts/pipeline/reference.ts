// Hand-kept reference tables: data/regions.csv (GB/T 2260 regions the reports name, with their parents)
// and data/boundary_changes.csv (transfers and code changes that break comparisons over time).
// Every row is validated; bad input throws InputError naming file, line and column.

import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { z } from 'zod';
import { InputError } from './types.ts';

export const REGION_LEVELS = ['province', 'prefecture', 'county', 'county_city', 'district'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];

export const REGION_COLUMNS = [
  'code', 'parent_code', 'level', 'name_zh', 'name_en', 'short_names', 'population_2020', 'population_source',
  'valid_from', 'valid_to', 'successor_code', 'note',
] as const;

export const BOUNDARY_CHANGE_COLUMNS = ['date', 'code', 'from_parent', 'to_parent', 'old_code', 'new_code', 'note', 'source'] as const;

/** One row of data/regions.csv. Valid over [valid_from, valid_to); null means open-ended. */
export interface Region {
  code: string;
  parent_code: string | null;
  level: RegionLevel;
  name_zh: string;
  name_en: string;
  short_names: string[]; // other names the texts use (伊通县, 伊通); 我省/全市 are resolved by the pipeline, not here
  population_2020: number | null; // Seventh National Population Census, resident population
  population_source: string;
  valid_from: string | null;
  valid_to: string | null;
  successor_code: string | null;
  note: string;
}

/** One row of data/boundary_changes.csv; code is the region's code after the change. */
export interface BoundaryChange {
  date: string;
  code: string;
  from_parent: string | null;
  to_parent: string | null;
  old_code: string | null;
  new_code: string | null;
  note: string;
  source: string;
}

const CODE = /^\d{6}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

const emptyToNull = (s: string) => (s.trim() === '' ? null : s.trim());
const code = z.string().regex(CODE, 'expected a six-digit GB/T 2260 code');
const optionalCode = z.string().transform(emptyToNull).pipe(code.nullable());
const date = z.string().regex(ISO_DATE, 'expected ISO date YYYY-MM-DD').refine(isCalendarDate, 'not a calendar date');
const optionalDate = z.string().transform(emptyToNull).pipe(date.nullable());
const required = z.string().trim().min(1, 'required');

const regionRowSchema = z.object({
  code,
  parent_code: optionalCode,
  level: z.enum(REGION_LEVELS, { error: `expected one of ${REGION_LEVELS.join(', ')}` }),
  name_zh: required,
  name_en: required,
  short_names: z
    .string()
    .transform((s) => (s.trim() === '' ? [] : s.split('|').map((n) => n.trim())))
    .refine((names) => names.every((n) => n !== ''), "empty name between '|' separators"),
  population_2020: z
    .string()
    .refine((s) => /^\d*$/.test(s.trim()), 'expected a whole number of persons, digits only, or empty')
    .transform((s) => (s.trim() === '' ? null : Number(s))),
  population_source: z.string().trim(),
  valid_from: optionalDate,
  valid_to: optionalDate,
  successor_code: optionalCode,
  note: z.string().trim(),
});

const boundaryChangeRowSchema = z.object({
  date,
  code,
  from_parent: optionalCode,
  to_parent: optionalCode,
  old_code: optionalCode,
  new_code: optionalCode,
  note: required,
  source: required,
});

interface CsvRow {
  line: number; // 1-based line where the row starts
  record: Record<string, string>;
}

/** Parses an RFC 4180 CSV whose header must be exactly `columns`; keeps each row's starting line. */
function readCsv(path: string, columns: readonly string[]): CsvRow[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new InputError(path, '', `cannot read file (${(e as Error).message})`);
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1; // where the next row starts
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      const end = result.meta.cursor; // just past this row's line break
      const rowLine = line;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
      const [error] = result.errors;
      if (error) throw new InputError(path, String(rowLine), `invalid CSV: ${error.message}`);
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return; // blank line
      rows.push({ line: rowLine, cells });
    },
  });
  if (rows.length === 0) throw new InputError(path, '1', 'empty file: expected a header row');

  const [header, ...body] = rows;
  if (header.cells.join(',') !== columns.join(',')) {
    throw new InputError(path, '1', `expected the header ${columns.join(',')}, got ${header.cells.join(',')}`);
  }
  return body.map(({ line, cells }) => {
    if (cells.length !== columns.length) {
      throw new InputError(path, String(line), `expected ${columns.length} fields, got ${cells.length}`);
    }
    return { line, record: Object.fromEntries(columns.map((c, i) => [c, cells[i]])) };
  });
}

function validateRow<T>(path: string, row: CsvRow, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(row.record);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const column = String(issue.path[0] ?? '');
  const got = JSON.stringify(row.record[column] ?? '');
  throw new InputError(path, `${row.line} (${column})`, `${issue.message}, got ${got}`);
}

/**
 * data/regions.csv, validated: code format, level, parent present and consistent with GB/T 2260
 * (a prefecture 22xx00 sits under its province 220000, a county 2203xx under its prefecture 220300),
 * no duplicate code, successor present, valid_from before valid_to.
 */
export function loadRegions(path: string): Region[] {
  const rows = readCsv(path, REGION_COLUMNS);
  const regions: Region[] = rows.map((row) => validateRow(path, row, regionRowSchema));

  const lineOf = new Map<string, number>();
  regions.forEach((r, i) => {
    const line = rows[i].line;
    const first = lineOf.get(r.code);
    if (first !== undefined) throw new InputError(path, `${line} (code)`, `duplicate code ${r.code} (first on line ${first})`);
    lineOf.set(r.code, line);
  });

  const byCode = regionIndex(regions);
  regions.forEach((r, i) => {
    const at = (column: string) => `${rows[i].line} (${column})`;
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
      } else if (r.code.endsWith('00') || r.code.slice(0, 4) !== parent.code.slice(0, 4)) {
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
  });
  return regions;
}

export function regionIndex(regions: readonly Region[]): Map<string, Region> {
  return new Map(regions.map((r) => [r.code, r]));
}

/** Whether a region exists at an ISO date: valid over [valid_from, valid_to). */
export function isValidAt(region: Region, atDate: string): boolean {
  return (region.valid_from === null || region.valid_from <= atDate) && (region.valid_to === null || atDate < region.valid_to);
}

/**
 * Official and short names with their codes, longest first so that 伊通满族自治县 wins over 伊通.
 * With atDate, only regions valid then: 公主岭 is 220381 before 2020-06-19 and 220184 from then on.
 */
export function regionNameLexicon(regions: readonly Region[], atDate?: string): { name: string; code: string }[] {
  const entries: { name: string; code: string }[] = [];
  for (const r of regions) {
    if (atDate !== undefined && !isValidAt(r, atDate)) continue;
    for (const name of new Set([r.name_zh, ...r.short_names])) entries.push({ name, code: r.code });
  }
  return entries.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.code < b.code ? -1 : 1));
}

/** Parent, grandparent, … of a region, nearest first. */
export function ancestors(code: string, index: Map<string, Region>): string[] {
  const region = index.get(code);
  if (!region) throw new Error(`unknown region code ${code}`);
  const chain: string[] = [];
  for (let p = region.parent_code; p !== null && !chain.includes(p); p = index.get(p)?.parent_code ?? null) chain.push(p);
  return chain;
}

/** data/boundary_changes.csv; with an index, every code must be in data/regions.csv. */
export function loadBoundaryChanges(path: string, index?: Map<string, Region>): BoundaryChange[] {
  const rows = readCsv(path, BOUNDARY_CHANGE_COLUMNS);
  return rows.map((row) => {
    const change: BoundaryChange = validateRow(path, row, boundaryChangeRowSchema);
    if (index) {
      for (const column of ['code', 'from_parent', 'to_parent', 'old_code', 'new_code'] as const) {
        const value = change[column];
        if (value !== null && !index.has(value)) throw new InputError(path, `${row.line} (${column})`, `region ${value} is not in data/regions.csv`);
      }
    }
    return change;
  });
}

/** First and last day of a period '2022' or '2013-2021'. */
function periodSpan(period: string): [string, string] {
  const m = /^(\d{4})(?:-(\d{4}))?$/.exec(period);
  if (!m) throw new Error(`expected a period like '2022' or '2013-2021', got '${period}'`);
  return [`${m[1]}-01-01`, `${m[2] ?? m[1]}-12-31`];
}

/**
 * Changes that make figures for `code` in two periods cover different territory: those dated after
 * the first day of the earlier period and no later than the last day of the later one, touching the
 * region itself or, as a former or new parent, the region. With an index, a change also counts for an
 * ancestor on one side only (a transfer between provinces changes both provinces, not one within).
 * Siping 2017 vs 2022 -> the 2020-06-19 transfer of 公主岭市.
 */
export function boundaryChangesAffecting(
  code: string,
  fromPeriod: string,
  toPeriod: string,
  changes: readonly BoundaryChange[],
  index?: Map<string, Region>,
): BoundaryChange[] {
  const spans = [periodSpan(fromPeriod), periodSpan(toPeriod)];
  const first = spans.map((s) => s[0]).sort()[0];
  const last = spans.map((s) => s[1]).sort()[1];
  const lineage = (c: string | null): string[] => (c === null ? [] : index?.has(c) ? [c, ...ancestors(c, index)] : [c]);
  return changes.filter((ch) => {
    if (!(ch.date > first && ch.date <= last)) return false;
    if ([ch.code, ch.old_code, ch.new_code].includes(code)) return true;
    return lineage(ch.from_parent).includes(code) !== lineage(ch.to_parent).includes(code);
  });
}
