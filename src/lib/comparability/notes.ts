// What a reader should know before putting the figures of one table or chart side by side: the reasons two
// numbers may not be like for like (years, units, qualifiers, targets, levels, boundaries, repeats).
import type { BoundaryChange, Figure, Region } from '../queries/data.ts';

/** A reason figures in one comparison may not be like for like, with what to name in the sentence. */
export type ComparabilityNote =
  | { kind: 'periods'; periods: string[] }
  | { kind: 'units'; units: Figure['unit'][] }
  | { kind: 'qualifiers'; count: number }
  | { kind: 'targets'; count: number }
  | { kind: 'changes'; count: number }
  | { kind: 'levels'; levels: Region['level'][] }
  | { kind: 'boundary'; change: BoundaryChange }
  | { kind: 'repeated'; regions: string[] };

/**
 * The notes that apply to a set of figures. `changesFor(code, from, to)` reports boundary changes between two
 * periods of one region (data.boundaryChangesBetween).
 */
export function comparabilityNotes(
  rows: readonly { figure: Figure; region: Region }[],
  changesFor: (code: string, fromPeriod: string, toPeriod: string) => BoundaryChange[],
): ComparabilityNote[] {
  const notes: ComparabilityNote[] = [];
  const distinct = <T>(values: T[]): T[] => [...new Set(values)].sort();
  const periods = distinct(rows.map((r) => r.figure.period));
  if (periods.length > 1) notes.push({ kind: 'periods', periods });
  const units = distinct(rows.map((r) => r.figure.unit));
  if (units.length > 1) notes.push({ kind: 'units', units });
  const approximate = rows.filter((r) => r.figure.qualifier !== 'exact').length;
  if (approximate) notes.push({ kind: 'qualifiers', count: approximate });
  const targets = rows.filter((r) => r.figure.kind === 'target').length;
  if (targets) notes.push({ kind: 'targets', count: targets });
  const changes = rows.filter((r) => r.figure.kind === 'change').length;
  if (changes && changes < rows.length) notes.push({ kind: 'changes', count: changes });
  const levels = distinct(rows.map((r) => r.region.level));
  if (levels.length > 1) notes.push({ kind: 'levels', levels });

  // One region measured in several periods: did its territory change in between?
  const byRegion = new Map<string, string[]>();
  for (const r of rows) byRegion.set(r.region.code, [...(byRegion.get(r.region.code) ?? []), r.figure.period]);
  const seen = new Set<string>();
  for (const [code, regionPeriods] of byRegion) {
    const ps = distinct(regionPeriods);
    if (ps.length < 2) continue;
    for (const change of changesFor(code, ps[0], ps[ps.length - 1])) {
      const id = `${change.date}:${change.code}`;
      if (!seen.has(id)) notes.push({ kind: 'boundary', change });
      seen.add(id);
    }
  }
  // A region in several charts of one report and year is not 'repeated': only several reports or periods are.
  const reportsOf = new Map<string, Set<string>>();
  for (const r of rows) reportsOf.set(r.region.code, (reportsOf.get(r.region.code) ?? new Set()).add(r.figure.report));
  const repeated = [...byRegion].filter(([code, ps]) => distinct(ps).length > 1 || (reportsOf.get(code)?.size ?? 0) > 1).map(([code]) => code);
  if (repeated.length) notes.push({ kind: 'repeated', regions: repeated });
  return notes;
}
