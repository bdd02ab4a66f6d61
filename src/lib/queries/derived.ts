// Tables derived from the published ones, computed once per loaded atlas with arquero: each indicator's
// figures with their rate per 10,000 residents, the figures a chart can draw as levels, and how many figures
// each indicator, report and region holds. Pages ask here instead of filtering every figure again for every
// region, report or indicator they list. Build time only: the explorer's island gets plain arrays
// (src/lib/explore/exploreSelect.ts).
import { escape, from, op, type ColumnTable } from 'arquero';
import { atlas, indicators, region, regionAncestors, regions, report, type Atlas, type Figure, type Indicator, type Region, type Report } from './data.ts';
import { per10k } from './measure.ts';

export interface IndicatorRow {
  figure: Figure;
  region: Region;
  report: Report;
  rate: number | null; // per 10,000 residents, where indicators.yml says it makes sense and a population is known
}

interface Derived {
  atlas: Atlas;
  /** Every figure (`row`: its index in atlas.figures) with its indicator's unit and per_capita and its rate. */
  figures: ColumnTable;
  indicatorRows: Map<string, IndicatorRow[]>;
  indicatorCounts: Map<string, { figures: number; regions: number }>;
  reportCounts: Map<string, number>;
  regionCounts: Map<string, number>;
  /** Figures of a region and of every region below it. */
  regionCountsWithin: Map<string, number>;
}

// Results first, then changes, then targets.
const KIND_ORDER = { actual: 0, change: 1, target: 2 } as const;

function derive(a: Atlas): Derived {
  const indicatorFacts = from(a.indicators).select({ key: 'indicator', unit: 'indicator_unit', per_capita: 'per_capita' });
  const populations = from(a.regions).select({ code: 'region_code', population_2020: 'population_2020' });
  const figures = from(a.figures)
    .derive({ row: () => op.row_number() - 1 })
    .lookup(indicatorFacts, 'indicator', 'indicator_unit', 'per_capita')
    .lookup(populations, 'region_code', 'population_2020')
    // people monitored per resident: yes; cadres sent per resident: no (per_capita in indicators.yml).
    .derive({ rate: escape((d: { per_capita?: boolean; value: number; unit: Figure['unit']; population_2020?: number | null }) => (d.per_capita ? per10k(d, { population_2020: d.population_2020 ?? null }) : null)) });

  // Within an indicator: by kind, period, region and place in the text; the row breaks the last ties.
  const ordered = figures
    .filter((d) => d.indicator !== '')
    .derive({ kind_order: escape((d: { kind: Figure['kind'] }) => KIND_ORDER[d.kind]) })
    .orderby('kind_order', 'period', 'region_code', 'number_start', 'row');
  const rows = Array.from(ordered.array('row')) as number[];
  const rates = Array.from(ordered.array('rate')) as (number | null)[];
  const indicatorRows = new Map<string, IndicatorRow[]>();
  rows.forEach((row, i) => {
    const figure = a.figures[row];
    if (!indicatorRows.has(figure.indicator)) indicatorRows.set(figure.indicator, []);
    indicatorRows.get(figure.indicator)!.push({ figure, region: region(figure.region_code), report: report(figure.report), rate: rates[i] });
  });

  // Each region with itself and every region above it: a figure counts for all of them.
  const lineage = from(a.regions.flatMap((r) => [r, ...regionAncestors(r.code)].map((within) => ({ region_code: r.code, within: within.code }))));
  const perIndicator = figures.groupby('indicator').rollup({ figures: op.count(), regions: op.distinct('region_code') });
  return {
    atlas: a,
    figures,
    indicatorRows,
    indicatorCounts: new Map((perIndicator.objects() as { indicator: string; figures: number; regions: number }[]).map((d) => [d.indicator, { figures: d.figures, regions: d.regions }])),
    reportCounts: countBy(figures, 'report'),
    regionCounts: countBy(figures, 'region_code'),
    regionCountsWithin: countBy(figures.join(lineage, 'region_code'), 'within'),
  };
}

/** How many rows hold each value of `key`. */
const countBy = (table: ColumnTable, key: string): Map<string, number> =>
  table.groupby(key).count({ as: 'n' }).rollup({ counts: op.map_agg(key, 'n') }).get('counts', 0) as Map<string, number>;

let cache: Derived | undefined;

function tables(): Derived {
  const a = atlas();
  if (cache?.atlas !== a) cache = derive(a);
  return cache;
}

/** An indicator's figures as its page lists them: results, then changes, then targets; each by period, region and place in the text. */
export const indicatorRows = (ind: Indicator): IndicatorRow[] => tables().indicatorRows.get(ind.key) ?? [];

/** How many figures measure an indicator, and in how many regions. */
export const indicatorCounts = (key: string): { figures: number; regions: number } => tables().indicatorCounts.get(key) ?? { figures: 0, regions: 0 };

/** Indicators that at least one figure measures, in the order of indicators.yml. */
export const indicatorsWithFigures = (): Indicator[] => indicators().filter((i) => tables().indicatorCounts.has(i.key));

export const reportFigureCount = (id: string): number => tables().reportCounts.get(id) ?? 0;

/** A region's own figures, or (includeDescendants) its own and those of every region below it. */
export const regionFigureCount = (code: string, options: { includeDescendants?: boolean } = {}): number =>
  (options.includeDescendants ? tables().regionCountsWithin : tables().regionCounts).get(code) ?? 0;

/** Regions that have figures of their own. */
export const measuredRegions = (): Region[] => regions().filter((r) => tables().regionCounts.has(r.code));

/**
 * The figures a chart can draw as levels: results and targets in their indicator's unit, as single values of
 * a region, not of a town in it (changes, ranges, towns' figures and figures in another unit need the words around them and stay in the tables). Columns as
 * in figures.csv.
 */
export const levelFigures = (): ColumnTable =>
  tables().figures.filter((d) => d.kind !== 'change' && d.qualifier !== 'range' && !d.town_code && d.unit === d.indicator_unit);
