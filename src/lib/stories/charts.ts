// The story charts as registry specs: each chart of src/content/storyCharts/<slug>.yml (read by chartFiles.ts)
// becomes a ChartSpec whose rows select their figures of data/figures.csv (cite.ts selects each, and fails
// the build when a row matches none or several). chartRegistry.ts adds these to the indicator charts.
import type { Locale } from '../../i18n/index.ts';
import type { ChartSpec, PlottedRow } from '../chartSpec.ts';
import { figures, findRegion } from '../data.ts';
import { selectFigure, type CiteSource } from '../cite.ts';
import { storyPath } from '../urls.ts';
import { readStoryCharts, type StoryChart } from './chartFiles.ts';

export type { StoryChart } from './chartFiles.ts';

let cache: StoryChart[] | undefined;

/** Every story chart, read once per process. */
export function storyCharts(): StoryChart[] {
  cache ??= readStoryCharts();
  return cache;
}

/** The figures of a declared chart, each selected by its row (errors name the file and line, the chart and the row). */
export function storyChartRows(chart: StoryChart, source: CiteSource): PlottedRow[] {
  return chart.rows.map((row, i) => {
    const where = `${chart.rowPlaces?.[i] ? `${chart.rowPlaces[i]}: ` : ''}chart "${chart.id}" row ${i + 1}`;
    const figure = selectFigure(source.figures, row.select, where);
    const reg = source.region(figure.region_code);
    if (!reg) throw new Error(`${where}: no region ${figure.region_code}`);
    return { figure, region: reg, ...(row.label ? { label: row.label } : {}), ...(row.series ? { series: row.series } : {}) };
  });
}

export function storyChartSpecs(charts: readonly StoryChart[] = storyCharts()): ChartSpec[] {
  return charts.map((chart) => ({
    id: chart.id,
    type: chart.type,
    page: storyPath(chart.story),
    title: (locale: Locale) => chart.title[locale],
    what: (locale: Locale) => chart.what[locale],
    rows: () => storyChartRows(chart, { figures: figures(), region: findRegion }),
    ...(chart.note ? { note: (locale: Locale) => chart.note![locale] } : {}),
    ...(chart.measure ? { measure: chart.measure } : {}),
  }));
}

/** The declared charts of one story. */
export const storyChartsOf = (slug: string): StoryChart[] => storyCharts().filter((c) => c.story === slug);
