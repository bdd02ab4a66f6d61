// The explorer's filtering: the figures arrive as columns (made with arquero at build time, exploreData.ts);
// a view is a filter and an order on their row numbers. Plain arrays, not arquero, in the browser: for a few
// hundred rows arquero's table and verbs would cost 49 KB of gzip JavaScript on a phone for nothing a loop
// cannot do, and its expressions need `new Function`, which the site's CSP forbids.
import type { Kind } from '../../schema/kinds.ts';
import type { Qualifier } from '../../schema/qualifiers.ts';
import type { Unit } from '../../schema/units.ts';
import { per10k } from '../queries/measure.ts';
import { chartableSubset, denominatorFits, sameTerritory, type ScaleContext } from '../comparability/comparability.ts';
import type { ExploreData, ExploreState } from './explore.ts';

type Locale = 'zh' | 'en';

/** One figure as the explorer shows it: a bar (or a dot's coordinate) and a table row. */
export interface ExploreMark {
  figure_id: string;
  region: string; // code
  label: string; // region name in the locale
  period: string;
  kind: Kind;
  qualifier: Qualifier;
  unit: Unit;
  value: number; // as shown: as reported, or per 10,000 residents
  reported: number; // as reported
  href: string; // the figure's sentence in the source reader
  report: string; // the report's short label
}

export interface ScatterPoint {
  region: string;
  label: string;
  period: string;
  x: ExploreMark;
  y: ExploreMark;
}

export interface Selection {
  /** Every figure the choice matched and the measure can show: the table. */
  marks: ExploreMark[];
  /** The marks that may share one scale (src/lib/comparability/comparability.ts), at least two, or none: the chart. */
  charted: ExploreMark[];
  /** Figures the choice matched but per 10,000 residents could not show (no population, not a count of people). */
  leftOut: number;
}

const KIND_ORDER: Record<Kind, number> = { actual: 0, target: 1, change: 2 };

/** The figures of one indicator for the chosen regions, results before targets, largest first. */
export function selectMarks(data: ExploreData, state: ExploreState, indicator: string, locale: Locale): Selection {
  const ind = data.indicators.find((i) => i.key === indicator);
  if (!ind) throw new Error(`explore: unknown indicator "${indicator}"`);
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  const reports = new Map(data.reports.map((r) => [r.id, r]));
  const chosen = state.regions.length ? new Set(state.regions) : null;
  const d = data.figures;
  const shown = (row: number): number | null => {
    if (!state.per10k) return d.value[row];
    return ind.perCapita ? per10k({ value: d.value[row], unit: ind.unit }, { population_2020: regions.get(d.region_code[row])?.population ?? null }) : null;
  };
  const matching = d.figure_id.flatMap((_, row) => (d.indicator[row] === indicator && (!chosen || chosen.has(d.region_code[row])) ? [row] : []));
  const plotted = matching.filter((row) => shown(row) !== null);
  plotted.sort((a, b) =>
    KIND_ORDER[d.kind[a]] - KIND_ORDER[d.kind[b]] ||
    shown(b)! - shown(a)! ||
    d.region_code[a].localeCompare(d.region_code[b]) ||
    d.period[a].localeCompare(d.period[b]) ||
    d.figure_id[a].localeCompare(d.figure_id[b]));
  const marks = plotted.map((row): ExploreMark => {
    const rep = reports.get(d.report[row])!;
    const region = regions.get(d.region_code[row])!;
    return {
      figure_id: d.figure_id[row],
      region: region.code,
      label: region.name[locale],
      period: d.period[row],
      kind: d.kind[row],
      qualifier: d.qualifier[row],
      unit: ind.unit,
      value: shown(row)!,
      reported: d.value[row],
      href: `${rep.href[locale]}#f-${d.number_start[row]}`,
      report: rep.label[locale],
    };
  });
  const measure = state.per10k ? 'per_10k_residents' as const : 'value' as const;
  const scaleRows = marks.map((m) => ({
    mark: m, measure,
    figure: { figure_id: m.figure_id, indicator, unit: m.unit, kind: m.kind, period: m.period },
    region: { code: m.region, level: regions.get(m.region)!.level },
  }));
  const subset = chartableSubset(scaleRows, exploreScaleContext(data), { drawsTargets: true });
  // One bar compares nothing: then the table alone shows the figures.
  const charted = new Set(subset.length >= 2 ? subset.map((r) => r.mark) : []);
  return { marks, charted: marks.filter((m) => charted.has(m)), leftOut: matching.length - marks.length };
}

/** The comparability rules' facts, from what the explorer's data carries. */
export function exploreScaleContext(data: ExploreData): ScaleContext {
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  const rates = new Set(data.indicators.filter((i) => i.rate).map((i) => i.key));
  return {
    within: (inner, outer) => regions.get(inner)?.ancestors.includes(outer) ?? false,
    denominatorFits: (region, period) => denominatorFits(region, period, data.boundaryChanges),
    isRate: (indicator) => rates.has(indicator),
    sameTerritory: (region, a, b) => sameTerritory(region, a, b, data.boundaryChanges),
  };
}

/**
 * Two indicators against each other: one dot per region and period with exactly one result for each (two
 * different results for one region and year are ambiguous, and stay out).
 */
export function selectScatter(data: ExploreData, state: ExploreState, locale: Locale): { points: ScatterPoint[]; leftOut: number } {
  if (!state.indicator2) return { points: [], leftOut: 0 };
  const xs = selectMarks(data, state, state.indicator, locale);
  const ys = selectMarks(data, state, state.indicator2, locale);
  const only = (marks: ExploreMark[]) => {
    const by = new Map<string, ExploreMark[]>();
    for (const m of marks.filter((m) => m.kind === 'actual')) by.set(`${m.region}|${m.period}`, [...(by.get(`${m.region}|${m.period}`) ?? []), m]);
    return by;
  };
  const xBy = only(xs.marks);
  const yBy = only(ys.marks);
  const points: ScatterPoint[] = [];
  for (const [key, x] of xBy) {
    const y = yBy.get(key);
    if (x.length === 1 && y?.length === 1) points.push({ region: x[0].region, label: x[0].label, period: x[0].period, x: x[0], y: y[0] });
  }
  points.sort((a, b) => a.region.localeCompare(b.region) || a.period.localeCompare(b.period));
  return { points, leftOut: xs.leftOut + ys.leftOut };
}
