// The figures of one indicator as the indicator page and the headline charts show them.
import { figuresByIndicator, indicators, region, report, type Figure, type Indicator, type Region, type Report } from './data.ts';
import { per10k } from './compare.ts';
import { comparableForChart } from './chartData.ts';

export interface IndicatorRow {
  figure: Figure;
  region: Region;
  report: Report;
  rate: number | null; // per 10,000 residents, where indicators.yml says it makes sense and a population is known
}

const KIND_ORDER = { actual: 0, change: 1, target: 2 } as const;

/** Results first, then changes, then targets; within each by period, region and place in the text. */
export function indicatorRows(ind: Indicator): IndicatorRow[] {
  return figuresByIndicator(ind.key)
    .map((figure) => {
      const reg = region(figure.region_code);
      // people monitored per resident: yes; cadres sent per resident: no (per_capita in indicators.yml).
      return { figure, region: reg, report: report(figure.report), rate: ind.per_capita ? per10k(figure, reg) : null };
    })
    .sort((a, b) =>
      KIND_ORDER[a.figure.kind] - KIND_ORDER[b.figure.kind] ||
      a.figure.period.localeCompare(b.figure.period) ||
      a.region.code.localeCompare(b.region.code) ||
      a.figure.number_start - b.figure.number_start);
}

/** Indicators whose chart compares the most regions: the headline comparisons of the home page. */
export function headlineIndicators(n: number): Indicator[] {
  return indicators()
    .map((ind) => ({ ind, regions: new Set(comparableForChart(indicatorRows(ind), ind.unit).map((r) => r.region.code)).size }))
    .filter((x) => x.regions >= 3)
    .sort((a, b) => b.regions - a.regions || a.ind.key.localeCompare(b.ind.key))
    .slice(0, n)
    .map((x) => x.ind);
}
