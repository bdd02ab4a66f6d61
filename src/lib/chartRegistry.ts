// Every chart on the site, by a stable id. A page, an embed page, the downloads (CSV, SVG, PNG) and the
// oEmbed answer all draw the same chart from the same spec, so a chart id means one picture everywhere.
// Indicator charts come from the data (one per indicator with chartable figures); story charts are
// declared in stories/charts.ts as selections of figures.
import type { Locale } from '../i18n/index.ts';
import { t } from '../i18n/index.ts';
import type { Chart, ChartDatum, ChartOptions } from '../charts/types.ts';
import { barChart } from '../charts/bar.ts';
import { targetActualChart } from '../charts/targetActual.ts';
import { thenAndNowChart } from '../charts/thenAndNow.ts';
import { indicators, region, report, type Figure, type Indicator, type Region } from './data.ts';
import { chartDatum, responsiveChart } from './chartData.ts';
import { indicatorLabel, periodLabel, reportShortLabel } from './display.ts';
import { indicatorChartRows } from './indicatorView.ts';
import { assertComparable } from './comparability.ts';
import type { Measure } from '../schema/measures.ts';
import { plottedValue } from './measure.ts';
import { measureUnitLabel } from '../format/measure.ts';
import { siteScaleContext } from './scale.ts';
import { indicatorPath, type SitePath } from './urls.ts';
import { storyChartSpecs } from './stories/charts.ts';
import { specMeasure, type ChartSpec, type ChartType, type PlottedRow } from './chartSpec.ts';
import { punct } from '../i18n/punctuation.ts';

export { specMeasure, type ChartSpec, type ChartType, type PlottedRow } from './chartSpec.ts';

export interface RenderedChart {
  spec: ChartSpec;
  chart: Chart;
  /** The same chart drawn for phones, when its labels fit (see responsiveChart). */
  narrow?: Chart;
  title: string;
  subtitle: string; // unit and periods
  source: string; // the reports, short labels
  description: string; // alt text
  rows: PlottedRow[];
}

const MAKE: Record<ChartType, (data: readonly ChartDatum[], options: ChartOptions) => Chart> = {
  bar: barChart,
  targetActual: targetActualChart,
  thenAndNow: thenAndNowChart,
};

const ID = /^[a-z][a-z0-9-]*$/;

const list = (items: string[], locale: Locale) => items.join(punct(locale).list);

/** Title, subtitle (unit, periods), source line and alt text of a chart in one language. */
export function chartWords(spec: ChartSpec, rows: readonly PlottedRow[], locale: Locale): Pick<RenderedChart, 'title' | 'subtitle' | 'source' | 'description'> {
  const title = spec.title(locale);
  const units = [...new Set(rows.map((r) => r.figure.unit))].map((u) => measureUnitLabel(u, specMeasure(spec), locale));
  const periods = [...new Set(rows.map((r) => r.figure.period))].sort().map((p) => periodLabel(p, locale));
  const reports = [...new Set(rows.map((r) => r.figure.report))].sort();
  const source = list(reports.map((id) => { const rep = report(id); return reportShortLabel(rep, region(rep.region), locale); }), locale);
  const unitsAndPeriods = t(locale, 'indicator.chartSubtitle', { unit: list(units, locale), periods: list(periods, locale) });
  const subtitle = spec.what ? `${spec.what(locale)}${punct(locale).stop}${unitsAndPeriods}` : unitsAndPeriods;
  const base = t(locale, 'indicator.chartDescription', { label: title, n: rows.length });
  const description = spec.note ? `${base} ${spec.note(locale)}` : base;
  return { title, subtitle, source, description };
}

/** The chart data in one language: labels, links to the source reader, and the number plotted. */
export function chartData(rows: readonly PlottedRow[], locale: Locale, measure: Measure = 'value'): ChartDatum[] {
  return rows.map((r) => {
    const datum = chartDatum(r.figure, r.region, locale, { label: r.label?.[locale], series: r.series?.[locale] });
    return measure === 'value' ? datum : { ...datum, value: plottedValue(r.figure, r.region, measure), measure };
  });
}

/**
 * Draws a spec. On a page: the wide chart plus a phone-width one. Standalone (downloads, PNG): one chart with
 * title, subtitle and source line drawn inside the SVG.
 */
export function renderSpec(spec: ChartSpec, locale: Locale, options: { standalone?: boolean; width?: number } = {}): RenderedChart {
  const rows = spec.rows();
  if (rows.length === 0) throw new Error(`chart "${spec.id}": no figures selected`);
  const words = chartWords(spec, rows, locale);
  const chartOptions: ChartOptions = {
    id: spec.id,
    locale,
    title: words.title,
    description: words.description,
    ...(options.standalone ? { standalone: true, subtitle: words.subtitle, source: words.source } : {}),
    ...(options.width ? { width: options.width } : {}),
  };
  const data = chartData(rows, locale, specMeasure(spec));
  const make = MAKE[spec.type];
  if (options.standalone) return { spec, chart: make(data, chartOptions), ...words, rows };
  const { wide, narrow } = responsiveChart(make, data, chartOptions);
  return { spec, chart: wide, ...(narrow ? { narrow } : {}), ...words, rows };
}

export const indicatorChartId = (key: string): string => `indicator-${key.replace(/_/g, '-')}`;

/** The chart of an indicator page (and of the home page's headlines), or undefined when nothing is chartable. */
export function indicatorChartSpec(ind: Indicator): ChartSpec | undefined {
  const chosen = indicatorChartRows(ind);
  if (!chosen) return undefined;
  return {
    id: indicatorChartId(ind.key),
    type: chosen.rows.some((r) => r.figure.kind === 'target') ? 'targetActual' : 'bar',
    page: indicatorPath(ind.key),
    title: (locale) => indicatorLabel(ind, locale),
    rows: () => indicatorChartRows(ind)!.rows.map(({ figure, region }) => ({ figure, region })),
    ...(chosen.measure === 'value' ? {} : { measure: chosen.measure }),
  };
}

/** Chart types that draw targets distinctly (outlined and labelled), so targets may share their scale. */
const DRAWS_TARGETS: Record<ChartType, boolean> = { bar: true, targetActual: true, thenAndNow: false };

/** Throws, naming the chart and the rule, when a spec puts unlike figures on one scale (comparability.ts). */
export function checkSpec(spec: ChartSpec): void {
  const rows = spec.rows().map((r) => ({ figure: r.figure, region: r.region, measure: specMeasure(spec) }));
  assertComparable(spec.id, rows, siteScaleContext(), { drawsTargets: DRAWS_TARGETS[spec.type] });
}

let cache: Map<string, ChartSpec> | undefined;

/** Every chart on the site, sorted by id; ids are checked for shape and uniqueness. */
export function allChartSpecs(): ChartSpec[] {
  if (!cache) {
    const specs = [
      ...indicators().flatMap((ind) => indicatorChartSpec(ind) ?? []),
      ...storyChartSpecs(),
    ];
    cache = new Map();
    for (const spec of specs) {
      if (!ID.test(spec.id)) throw new Error(`chart id "${spec.id}" must match ${ID}`);
      if (cache.has(spec.id)) throw new Error(`chart id "${spec.id}" is used twice`);
      checkSpec(spec);
      cache.set(spec.id, spec);
    }
  }
  return [...cache.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export function chartSpec(id: string): ChartSpec {
  allChartSpecs();
  const spec = cache!.get(id);
  if (!spec) throw new Error(`no chart with id "${id}"`);
  return spec;
}

/** For tests: forget the specs (the data they read may have changed). */
export function resetChartSpecs(): void {
  cache = undefined;
}
