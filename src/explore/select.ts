// The explorer's filtering, with arquero: the figures are one column table; a view is a filter and an order
// on it. arquero's public API compiles table expressions with `new Function`, which the site's CSP forbids
// (no 'unsafe-eval'), and its entry module pulls in every verb and format; so the explorer takes arquero's
// Table and its filter/orderby verbs by path and hands them plain functions, which they run as they are.
import { Table } from 'arquero/src/table/Table.js';
import { _filter } from 'arquero/src/verbs/filter.js';
import { _orderby } from 'arquero/src/verbs/orderby.js';
import type { Kind, Qualifier, Unit } from '../../scripts/pipeline/types.ts';
import { per10k } from '../lib/compare.ts';
import type { ExploreColumns, ExploreData, ExploreState } from '../lib/explore.ts';

type Locale = 'zh' | 'en';
type Columns = { [K in keyof ExploreColumns]: { at(row: number): ExploreColumns[K][number] } };

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
  marks: ExploreMark[];
  /** Figures the choice matched but per 10,000 residents could not show (no population, not a count of people). */
  leftOut: number;
}

export function figureTable(data: ExploreData): Table {
  return new Table(data.figures as unknown as Record<string, unknown[]>);
}

const KIND_ORDER: Record<Kind, number> = { actual: 0, target: 1, change: 2 };

/** The figures of one indicator for the chosen regions, results before targets, largest first. */
export function selectMarks(table: Table, data: ExploreData, state: ExploreState, indicator: string, locale: Locale): Selection {
  const ind = data.indicators.find((i) => i.key === indicator);
  if (!ind) throw new Error(`explore: unknown indicator "${indicator}"`);
  const regions = new Map(data.regions.map((r) => [r.code, r]));
  const reports = new Map(data.reports.map((r) => [r.id, r]));
  const chosen = state.regions.length ? new Set(state.regions) : null;
  const shown = (row: number, d: Columns) => {
    const value = d.value.at(row);
    if (!state.per10k) return value;
    return ind.perCapita ? per10k({ value, unit: ind.unit }, { population_2020: regions.get(d.region_code.at(row))?.population ?? null }) : null;
  };
  const matching = _filter(table, (row: number, d: Columns) => d.indicator.at(row) === indicator && (!chosen || chosen.has(d.region_code.at(row))));
  const plotted = _filter(matching, (row: number, d: Columns) => shown(row, d) !== null);
  const ordered = _orderby(plotted, (a: number, b: number, d: Columns) =>
    KIND_ORDER[d.kind.at(a)] - KIND_ORDER[d.kind.at(b)] ||
    (shown(b, d) ?? 0) - (shown(a, d) ?? 0) ||
    d.region_code.at(a).localeCompare(d.region_code.at(b)) ||
    d.period.at(a).localeCompare(d.period.at(b)) ||
    d.figure_id.at(a).localeCompare(d.figure_id.at(b)));
  const d = ordered.data() as Columns;
  const marks = Array.from(ordered.indices() as Uint32Array, (row): ExploreMark => {
    const rep = reports.get(d.report.at(row))!;
    const region = regions.get(d.region_code.at(row))!;
    return {
      figure_id: d.figure_id.at(row),
      region: region.code,
      label: region.name[locale],
      period: d.period.at(row),
      kind: d.kind.at(row),
      qualifier: d.qualifier.at(row),
      unit: ind.unit,
      value: shown(row, d)!,
      reported: d.value.at(row),
      href: `${rep.href[locale]}#f-${d.number_start.at(row)}`,
      report: rep.label[locale],
    };
  });
  return { marks, leftOut: (matching.numRows() as number) - marks.length };
}

/**
 * Two indicators against each other: one dot per region and period with exactly one result for each (two
 * different results for one region and year are ambiguous, and stay out).
 */
export function selectScatter(table: Table, data: ExploreData, state: ExploreState, locale: Locale): { points: ScatterPoint[]; leftOut: number } {
  if (!state.indicator2) return { points: [], leftOut: 0 };
  const xs = selectMarks(table, data, state, state.indicator, locale);
  const ys = selectMarks(table, data, state, state.indicator2, locale);
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
