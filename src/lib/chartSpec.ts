// What a chart is, as the registry (chartRegistry.ts) and the story charts (stories/charts.ts) both name it:
// apart from both so that neither imports the other.
import type { Locale } from '../i18n/index.ts';
import type { Measure } from '../schema/measures.ts';
import type { Figure, Region } from './data.ts';
import type { SitePath } from './urls.ts';

export const CHART_TYPES = ['bar', 'targetActual', 'thenAndNow'] as const;
export type ChartType = (typeof CHART_TYPES)[number];

/** One plotted figure; label/series override the region name (e.g. 'Siping · roads'). */
export interface PlottedRow {
  figure: Figure;
  region: Region;
  label?: Record<Locale, string>;
  series?: Record<Locale, string>;
}

export interface ChartSpec {
  /** Stable across builds and languages: [a-z][a-z0-9-]*. Embeds and downloads are addressed by it. */
  id: string;
  type: ChartType;
  /** The page the chart belongs to: embeds link back to it. */
  page: SitePath;
  title: (locale: Locale) => string;
  /** What is measured (story charts, whose title states a finding): leads the subtitle. */
  what?: (locale: Locale) => string;
  /** The figures plotted, in the order the chart should consider them. */
  rows: () => PlottedRow[];
  /** Extra words after the automatic alt text, e.g. what the comparison shows. */
  note?: (locale: Locale) => string;
  /** What is plotted of each figure (default: its value); comparability.ts decides whether the rows may share a scale. */
  measure?: Measure;
}

/** The measure a spec plots. */
export const specMeasure = (spec: Pick<ChartSpec, 'measure'>): Measure => spec.measure ?? 'value';
