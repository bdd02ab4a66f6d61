// Which figures of an indicator its chart plots, and the indicators whose charts head the home page.
import { indicators, type Indicator } from '../queries/data.ts';
import { indicatorRows, type IndicatorRow } from '../queries/derived.ts';
import { comparableForChart } from './chartData.ts';
import { chartableSubset, scaleViolations, type Measure } from '../comparability/comparability.ts';
import { populationMeasure } from '../queries/measure.ts';
import { isRate, siteScaleContext } from '../comparability/scale.ts';

/** A growth indicator reports changes (and growth targets), never levels: its chart draws the changes. */
const isGrowth = (ind: Indicator) => !ind.kinds.includes('actual');

// Asked for by the indicator page, its chart spec, the home page, the explorer and every region page: chosen once
// per indicator of the loaded atlas (a reloaded atlas has new indicator objects, so nothing stale is kept).
const chosenRows = new WeakMap<Indicator, { rows: IndicatorRow[]; measure: Measure } | undefined>();

/**
 * The rows of an indicator's chart and what they plot, chosen so that they may share a scale
 * (comparability.ts): rates as they are; totals per resident where every region has a census population that
 * fits, else the regions of the one level with most figures. Undefined when fewer than two rows remain: one
 * value is a figure card on the page, not a one-bar chart. The other figures stay in the page's table.
 */
export function indicatorChartRows(ind: Indicator): { rows: IndicatorRow[]; measure: Measure } | undefined {
  if (!chosenRows.has(ind)) chosenRows.set(ind, chooseChartRows(ind));
  return chosenRows.get(ind);
}

function chooseChartRows(ind: Indicator): { rows: IndicatorRow[]; measure: Measure } | undefined {
  const candidates = comparableForChart(indicatorRows(ind), ind.unit, isGrowth(ind));
  const ctx = siteScaleContext();
  const fits = (rows: IndicatorRow[], measure: Measure) =>
    rows.length >= 2 && scaleViolations(rows.map((r) => ({ ...r, measure })), ctx, { drawsTargets: true }).length === 0;
  if (fits(candidates, 'value')) return { rows: candidates, measure: 'value' };
  const options: { rows: IndicatorRow[]; measure: Measure }[] = [];
  const perResident = populationMeasure(ind.unit);
  if (ind.per_capita && perResident && !isRate(ind.key, ind.unit)) {
    const rows = candidates.filter((r) => r.region.population_2020 && ctx.denominatorFits(r.region.code, r.figure.period));
    if (fits(rows, perResident)) options.push({ rows, measure: perResident });
  }
  // Raw totals: the tier with most regions whose figures may share a scale (the explorer chooses the same way).
  const oneTier = chartableSubset(candidates.map((row) => ({ row, figure: row.figure, region: row.region, measure: 'value' as const })), ctx, { drawsTargets: true }).map((s) => s.row);
  if (oneTier.length >= 2) options.push({ rows: oneTier, measure: 'value' });
  // The most regions wins; per-resident rates before raw totals at equal counts.
  return options.sort((a, b) => b.rows.length - a.rows.length)[0];
}

/** Indicators whose chart compares the most regions: the headline comparisons of the home page. */
export function headlineIndicators(n: number): Indicator[] {
  return indicators()
    .map((ind) => ({ ind, regions: new Set(indicatorChartRows(ind)?.rows.map((r) => r.region.code) ?? []).size }))
    .filter((x) => x.regions >= 3)
    .sort((a, b) => b.regions - a.regions || a.ind.key.localeCompare(b.ind.key))
    .slice(0, n)
    .map((x) => x.ind);
}
