// Whether figures may share one scale: the single place where the site decides what is like with like. Every
// chart (indicator pages, stories, home, explorer) passes its plotted rows through assertComparable at build
// time, and a chart that breaks a rule fails the build with the chart's id, the rule and the figures.
//
// The rules, each stated by what a reader would wrongly conclude without it:
// - one-definition: bars of two indicators (teams vs villages) read as one quantity rising or falling.
// - one-unit, one-measure: 万元 beside 元, or a raw count beside a rate, share a ruler only by accident.
// - levels-not-changes: a growth rate beside a level (15 % beside 9,000 yuan) has no common axis.
// - targets-marked: a target drawn where the chart does not draw targets distinctly reads as a result.
// - single-periods: a 2013–2021 running total beside single years looks nine times bigger than it is.
// - one-level-for-totals: a province's total dwarfs a county's because the province is bigger, not better.
// - no-sub-region-totals: a region's total beside the total of a place inside it counts that place twice.
// - denominator-boundary: a rate per 10,000 residents divides by the population of the territory at the
//   census (2020-11-01); a figure from before a boundary change covers other territory.
// - one-figure-per-mark: two values for one region, period and kind are a conflict to resolve, not two bars.
// - one-basis: a running total (累计) beside a year's own amount (新增), or part of a year (前三季度) beside whole
//   years, differ by how long they count, not by what happened.
// - points-not-ranges: a range written '3—5个' drawn as a bar at 3 claims a value the report does not give.
// - same-territory: a region's totals before and after a boundary change (四平 with and without 公主岭)
//   measure different places; the fall reads as a decline that is partly a transfer.

import type { Measure } from '../schema/measures.ts';

export type { Measure } from '../schema/measures.ts';

export type Rule =
  | 'one-definition' | 'one-unit' | 'one-measure' | 'levels-not-changes' | 'targets-marked' | 'single-periods'
  | 'one-level-for-totals' | 'no-sub-region-totals' | 'denominator-boundary' | 'one-figure-per-mark' | 'same-territory'
  | 'one-basis' | 'points-not-ranges';

export interface ScaleRow {
  /** basis: 'stock', 'flow', 'partial' or '' (not said), as in figures.csv; absent where unknown. */
  figure: { figure_id: string; indicator: string; unit: string; kind: string; period: string; basis?: string; qualifier?: string };
  region: { code: string; level: string };
  measure: Measure;
}

export interface ScaleContext {
  /** True when region `inner` lies inside region `outer` (a descendant, not itself). */
  within(inner: string, outer: string): boolean;
  /** True when the region's census population covers the same territory as in `period`. */
  denominatorFits(region: string, period: string): boolean;
  /** True for an intensive quantity (a percentage, an amount per person): those compare across levels. */
  isRate(indicator: string, unit: string): boolean;
  /** True when no boundary change moved territory in or out of the region between the two periods. */
  sameTerritory(region: string, periodA: string, periodB: string): boolean;
}

export interface ScaleOptions {
  /** The chart type draws targets distinctly (outlined, labelled): only then may targets share the scale. */
  drawsTargets: boolean;
}

export interface Violation {
  rule: Rule;
  detail: string;
}

const distinct = <T>(values: T[]): T[] => [...new Set(values)].sort();

/**
 * The tier of an administrative level, for 'regions of one level': districts, counties, county-level cities
 * and banners are all 县级 (county tier) and compare with each other; so do prefectures, cities and leagues.
 */
export function tier(level: string): string {
  if (['district', 'county', 'county_city', 'banner', 'autonomous_county', 'forestry_district', 'special_district'].includes(level)) return 'county';
  if (['prefecture', 'league', 'autonomous_prefecture', 'prefecture_city'].includes(level)) return 'prefecture';
  return level;
}
const isSpan = (period: string) => /^\d{4}-\d{4}$/.test(period);

/** Every rule `rows` break as one scale, in the order of the rules above; [] when they may share it. */
export function scaleViolations(rows: readonly ScaleRow[], ctx: ScaleContext, options: ScaleOptions): Violation[] {
  const out: Violation[] = [];
  const ids = (pick: (r: ScaleRow) => boolean) => rows.filter(pick).map((r) => r.figure.figure_id).join(', ');
  const indicators = distinct(rows.map((r) => r.figure.indicator));
  if (indicators.length > 1 || indicators[0] === '') out.push({ rule: 'one-definition', detail: `indicators ${indicators.map((i) => i || '(none)').join(' / ')}` });
  const units = distinct(rows.map((r) => r.figure.unit));
  if (units.length > 1) out.push({ rule: 'one-unit', detail: `units ${units.join(' / ')}` });
  const measures = distinct(rows.map((r) => r.measure));
  if (measures.length > 1) out.push({ rule: 'one-measure', detail: `measures ${measures.join(' / ')}` });
  const kinds = new Set(rows.map((r) => r.figure.kind));
  if (kinds.has('change') && kinds.has('actual')) out.push({ rule: 'levels-not-changes', detail: `changes ${ids((r) => r.figure.kind === 'change')} beside levels ${ids((r) => r.figure.kind === 'actual')}` });
  if (kinds.has('target') && !options.drawsTargets) out.push({ rule: 'targets-marked', detail: `targets ${ids((r) => r.figure.kind === 'target')} in a chart that does not mark targets` });
  const spans = rows.filter((r) => isSpan(r.figure.period));
  if (spans.length && spans.length < rows.length) out.push({ rule: 'single-periods', detail: `multi-year ${ids((r) => isSpan(r.figure.period))} beside single years` });
  else if (spans.length && distinct(spans.map((r) => r.figure.period)).length > 1) out.push({ rule: 'single-periods', detail: `different spans ${distinct(spans.map((r) => r.figure.period)).join(' / ')}` });

  const bases = new Set(rows.map((r) => r.figure.basis ?? ''));
  if ((bases.has('stock') && bases.has('flow')) || (bases.has('partial') && rows.some((r) => r.figure.basis !== 'partial'))) {
    out.push({ rule: 'one-basis', detail: `running totals, the period's own amounts or part-period figures together (${ids((r) => (r.figure.basis ?? '') !== '')})` });
  }

  const totals = rows.filter((r) => r.measure === 'value' && !ctx.isRate(r.figure.indicator, r.figure.unit));
  const levels = distinct(totals.map((r) => tier(r.region.level)));
  if (levels.length > 1) out.push({ rule: 'one-level-for-totals', detail: `raw totals of ${levels.join(' and ')}-tier regions (${ids((r) => totals.includes(r))})` });
  for (const outer of totals) {
    const inner = totals.find((r) => ctx.within(r.region.code, outer.region.code));
    if (inner) {
      out.push({ rule: 'no-sub-region-totals', detail: `${inner.figure.figure_id} (${inner.region.code}) lies inside ${outer.figure.figure_id} (${outer.region.code})` });
      break;
    }
  }
  const misfit = rows.filter((r) => r.measure === 'per_10k_residents' && !ctx.denominatorFits(r.region.code, r.figure.period));
  if (misfit.length) out.push({ rule: 'denominator-boundary', detail: `census population does not cover the territory of ${ids((r) => misfit.includes(r))}` });
  const ranges = rows.filter((r) => r.figure.qualifier === 'range');
  if (ranges.length) out.push({ rule: 'points-not-ranges', detail: `ranges ${ranges.map((r) => r.figure.figure_id).join(', ')}` });
  const key = (r: ScaleRow) => `${r.region.code}|${r.figure.period}|${r.figure.kind}`;
  const seen = new Map<string, string>();
  for (const r of rows) {
    const other = seen.get(key(r));
    if (other) {
      out.push({ rule: 'one-figure-per-mark', detail: `${other} and ${r.figure.figure_id}: one region, period and kind` });
      break;
    }
    seen.set(key(r), r.figure.figure_id);
  }
  for (const a of totals) {
    const b = totals.find((r) => r.region.code === a.region.code && r.figure.period !== a.figure.period && !ctx.sameTerritory(a.region.code, a.figure.period, r.figure.period));
    if (b) {
      out.push({ rule: 'same-territory', detail: `${a.figure.figure_id} (${a.figure.period}) and ${b.figure.figure_id} (${b.figure.period}) of ${a.region.code} cover different territory` });
      break;
    }
  }
  return out;
}

/** Throws when `rows` may not share a scale, naming the chart, every rule broken and the figures involved. */
export function assertComparable(chartId: string, rows: readonly ScaleRow[], ctx: ScaleContext, options: ScaleOptions): void {
  const violations = scaleViolations(rows, ctx, options);
  if (violations.length) {
    throw new Error(`chart "${chartId}" puts unlike figures on one scale: ${violations.map((v) => `${v.rule} (${v.detail})`).join('; ')}`);
  }
}

/** What the territory rules read of a boundary change (boundary_changes.csv). */
export interface TerritoryChange { date: string; code: string; from_parent: string | null; to_parent: string | null }

/** Whether the change moved territory in or out of `region`: the place itself moved, or left or joined it. */
const moves = (c: TerritoryChange, region: string) => c.code === region || c.from_parent === region || c.to_parent === region;

/** The census the per-10,000 rates divide by: the Seventh National Population Census, taken on this day. */
export const CENSUS_DATE = '2020-11-01';

/**
 * Whether a region's census population covers its territory in `period`: no boundary change that moved
 * territory in or out of it lies between the period and the census date.
 */
export function denominatorFits(
  region: string,
  period: string,
  changes: readonly TerritoryChange[],
  censusDate = CENSUS_DATE,
): boolean {
  const [from, to] = period.includes('-') ? period.split('-') : [period, period];
  const start = `${from}-01-01`;
  const end = `${to}-12-31`;
  return !changes.some((c) => {
    if (!moves(c, region)) return false;
    // The change lies between some day of the period and the census day.
    return (c.date > end && c.date <= censusDate) || (c.date <= start && c.date > censusDate) || (c.date > start && c.date <= end);
  });
}

/**
 * The largest subset of `rows` that may share a scale, for a chart that shows what it can and leaves the rest
 * to its table: never a range; single years before a stray multi-year total, one figure per mark (a region's two values for
 * one year and kind both stay out: choosing one would be a guess), then all rows if they fit, else the regions
 * of the one level with most rows. [] when nothing fits.
 */
export function chartableSubset<T extends ScaleRow>(rows: readonly T[], ctx: ScaleContext, options: ScaleOptions): T[] {
  const points = rows.filter((r) => r.figure.qualifier !== 'range');
  const singles = points.filter((r) => !isSpan(r.figure.period));
  let pool: T[] = singles.length ? singles : points;
  if (!singles.length) {
    const spans = new Map<string, number>();
    for (const r of pool) spans.set(r.figure.period, (spans.get(r.figure.period) ?? 0) + 1);
    const common = [...spans].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
    pool = pool.filter((r) => r.figure.period === common);
  }
  const key = (r: ScaleRow) => `${r.region.code}|${r.figure.period}|${r.figure.kind}`;
  const count = new Map<string, number>();
  for (const r of pool) count.set(key(r), (count.get(key(r)) ?? 0) + 1);
  pool = pool.filter((r) => count.get(key(r)) === 1);
  const fits = (subset: T[]) => subset.length > 0 && scaleViolations(subset, ctx, options).length === 0;
  if (fits(pool)) return pool;
  const byLevel = new Map<string, T[]>();
  for (const r of pool) byLevel.set(tier(r.region.level), [...(byLevel.get(tier(r.region.level)) ?? []), r]);
  return [...byLevel.values()].filter(fits).sort((a, b) => b.length - a.length)[0] ?? [];
}

/** Whether a boundary change moved territory in or out of `region` after period `a` began to differ from `b`. */
export function sameTerritory(
  region: string,
  a: string,
  b: string,
  changes: readonly TerritoryChange[],
): boolean {
  const [earlier, later] = a < b ? [a, b] : [b, a];
  const after = `${earlier.slice(-4)}-12-31`;
  const until = `${later.slice(-4)}-12-31`;
  return !changes.some((c) => moves(c, region) && c.date > after && c.date <= until);
}
