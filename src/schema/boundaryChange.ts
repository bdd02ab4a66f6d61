// data/boundary_changes.csv: transfers and code changes of regions that break comparisons over time
// (公主岭 moved from 四平 to 长春 on 2020-06-19). Hand-kept and published as it is.
import { column, defineTable, type RowOf } from './columns.ts';
import { InputError } from './errors.ts';
import { readTableLines } from './read.ts';
import { ancestors, type KnownCodes, type Region } from './region.ts';
import { isoDateSchema, periodYears, regionCodeSchema } from './values.ts';

export const boundaryChangeTable = defineTable({
  name: 'boundary_changes',
  file: 'boundary_changes.csv',
  description: 'Transfers and code changes of regions that break comparisons over time.',
  columns: {
    date: column.value(isoDateSchema, 'Date the change took effect (YYYY-MM-DD).'),
    code: column.value(regionCodeSchema, 'GB/T 2260 code of the region after the change.'),
    from_parent: column.optional(regionCodeSchema, 'Code of the parent it left, for a transfer.'),
    to_parent: column.optional(regionCodeSchema, 'Code of the parent it joined, for a transfer.'),
    old_code: column.optional(regionCodeSchema, 'Code before a code change.'),
    new_code: column.optional(regionCodeSchema, 'Code after a code change.'),
    note: column.text('What changed and why it matters for comparisons.', { required: true, trim: true }),
    source: column.text('Where the change is documented.', { required: true, trim: true }),
  },
});

/** One row of data/boundary_changes.csv; code is the region's code after the change. */
export type BoundaryChange = RowOf<typeof boundaryChangeTable>;
export const BOUNDARY_CHANGE_COLUMNS = boundaryChangeTable.columns;

/** data/boundary_changes.csv; with `known` (the gazetteer's codes, or data/places.csv), every code must be known there. */
export function loadBoundaryChanges(path: string, known?: KnownCodes): BoundaryChange[] {
  return readTableLines(path, boundaryChangeTable).map(({ line, row: change }) => {
    if (known) {
      for (const column of ['code', 'from_parent', 'to_parent', 'old_code', 'new_code'] as const) {
        const value = change[column];
        if (value !== null && !known.has(value)) throw new InputError(path, `${line} (${column})`, `region ${value} is not in ${known.source}`);
      }
    }
    return change;
  });
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
  const spans = [fromPeriod, toPeriod].map((p) => periodYears(p)).map(([from, to]) => [`${from}-01-01`, `${to}-12-31`]);
  const first = spans.map((s) => s[0]).sort()[0];
  const last = spans.map((s) => s[1]).sort()[1];
  const lineage = (c: string | null): string[] => (c === null ? [] : index?.has(c) ? [c, ...ancestors(c, index)] : [c]);
  return changes.filter((ch) => {
    if (!(ch.date > first && ch.date <= last)) return false;
    if ([ch.code, ch.old_code, ch.new_code].includes(code)) return true;
    return lineage(ch.from_parent).includes(code) !== lineage(ch.to_parent).includes(code);
  });
}
