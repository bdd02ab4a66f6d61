// Figures as the chart library takes them: each datum labelled in the page's language and linked to its
// sentence in the source reader, so every chart mark is one click from its source.
import type { Locale } from '../../i18n/index.ts';
import type { Chart, ChartDatum, ChartOptions } from '../../charts/types.ts';
import type { Figure, Region } from '../queries/data.ts';
import { regionName } from '../../format/display.ts';
import { figureHref } from '../urls/urls.ts';
import { markableRows } from '../comparability/comparability.ts';

export function chartDatum(figure: Figure, region: Region, locale: Locale, extra: { label?: string; series?: string } = {}): ChartDatum {
  return {
    figure_id: figure.figure_id,
    label: extra.label ?? regionName(region, locale),
    value: figure.value,
    unit: figure.unit,
    qualifier: figure.qualifier,
    kind: figure.kind,
    period: figure.period,
    href: figureHref(locale, figure),
    ...(extra.series ? { series: extra.series } : {}),
  };
}

/**
 * The figures of one indicator that can share a bar chart: in the indicator's unit, levels (actual or target)
 * or, for a growth indicator (one with no actual levels), its changes beside growth targets; of those, the rows
 * that can each be one mark (comparability.ts markableRows). Two different numbers for one region and year
 * (jilin-2021: 374 and 1,022 demonstration villages) need the words around them, so they stay in the table:
 * picking one for the chart would be a guess. Multi-year totals beside single years stay in the table too.
 */
export function comparableForChart<T extends { figure: Figure; region: Region }>(rows: readonly T[], unit: Figure['unit'], growth = false): T[] {
  return markableRows(rows.filter(({ figure }) => figure.unit === unit && (growth ? figure.kind !== 'actual' : figure.kind !== 'change')));
}

/** viewBox width of the phone rendering: at 320–430 px screens its 12 px text stays about 12 px. */
export const NARROW_WIDTH = 360;

/**
 * A chart twice: at the default width for wide screens and at NARROW_WIDTH for phones, where a scaled-down
 * wide SVG would shrink its text below legibility. The page shows one of them by CSS. When the rows' labels
 * do not fit the narrow width, only the wide chart is made (the page then lets it scroll sideways).
 */
export function responsiveChart<O extends ChartOptions>(make: (data: readonly ChartDatum[], options: O) => Chart, data: readonly ChartDatum[], options: O): { wide: Chart; narrow?: Chart } {
  const wide = make(data, options);
  try {
    return { wide, narrow: make(data, { ...options, id: `${options.id}-narrow`, width: NARROW_WIDTH }) };
  } catch (e) {
    if (!/too long for width/.test((e as Error).message)) throw e;
  }
  // Names too long to stand beside the bars go above them, on a line of their own.
  try {
    return { wide, narrow: make(data, { ...options, id: `${options.id}-narrow`, width: NARROW_WIDTH, labelsAbove: true }) };
  } catch (e) {
    if (/too long for width/.test((e as Error).message)) return { wide };
    throw e;
  }
}
