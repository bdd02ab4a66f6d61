// Putting figures side by side honestly: per-capita rates where a census denominator exists, and the
// reasons two numbers in one table may not be comparable (years, units, qualifiers, targets, boundaries).
import type { BoundaryChange, Figure, Indicator, Region } from '../queries/data.ts';

/** Units that count people or households: the ones a per-10,000-residents rate makes sense for. */
const PER_CAPITA_UNITS = new Set<Figure['unit']>(['persons', 'households', 'person_times', 'household_times']);

/** Figures per 10,000 residents (2020 census), or null when there is no denominator or it would mislead. */
export function per10k(figure: Pick<Figure, 'value' | 'unit'>, region: Pick<Region, 'population_2020'>): number | null {
  if (!PER_CAPITA_UNITS.has(figure.unit) || !region.population_2020) return null;
  return (figure.value / region.population_2020) * 10_000;
}

export interface TopicGroup {
  topic: string; // '' for figures not yet assigned to an indicator
  indicators: { indicator: Indicator | null; figures: Figure[] }[];
}

/**
 * Figures grouped by topic, then indicator, both in the order of indicators.yml; figures without an
 * indicator come last, in one group. Within a group the order of `figures` is kept.
 */
export function groupByTopic(figures: readonly Figure[], indicators: readonly Indicator[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  for (const indicator of indicators) {
    const own = figures.filter((f) => f.indicator === indicator.key);
    if (own.length === 0) continue;
    let group = groups.find((g) => g.topic === indicator.topic);
    if (!group) groups.push((group = { topic: indicator.topic, indicators: [] }));
    group.indicators.push({ indicator, figures: own });
  }
  const rest = figures.filter((f) => !f.indicator || !byKey.has(f.indicator));
  if (rest.length) groups.push({ topic: '', indicators: [{ indicator: null, figures: rest }] });
  return groups;
}

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
