// The words of a chart: value labels on marks, the data table, and the checks every chart makes on its data.
import type { Locale } from '../i18n/index.ts';
import { formatPeriod } from '../format/format.ts';
import { formatMeasured, measureUnitLabel } from '../format/measure.ts';
import type { Kind } from '../schema/kinds.ts';
import type { Unit } from '../schema/units.ts';
import type { ChartDatum, ChartOptions, ChartTable } from './types.ts';
import { punct } from '../i18n/punctuation.ts';

// The charts' few UI words live here rather than in src/i18n, so a chart renders without the site.
const WORDS: Record<Locale, { label: string; period: string; kind: string; value: string; series: string; kinds: Record<Kind, string> }> = {
  zh: { label: '地区', period: '时期', kind: '类别', value: '数值', series: '系列', kinds: { actual: '实际', target: '目标', change: '变化' } },
  en: { label: 'Region', period: 'Period', kind: 'Kind', value: 'Value', series: 'Series', kinds: { actual: 'actual', target: 'target', change: 'change' } },
};

export function kindWord(kind: Kind, locale: Locale): string {
  return WORDS[locale].kinds[kind];
}

/** Checks what every chart needs and returns the one unit; errors name the chart and the figure. */
export function checkData(chart: string, data: readonly ChartDatum[], options: ChartOptions): Unit {
  const where = `${chart} "${options.id}"`;
  if (data.length === 0) throw new Error(`${where}: no data`);
  for (const d of data) {
    if (!Number.isFinite(d.value)) throw new Error(`${where}: figure ${d.figure_id}: value ${d.value} is not a number`);
    if (!d.href) throw new Error(`${where}: figure ${d.figure_id}: no href to its source`);
    if (!/^(\/|#|https?:\/\/)/.test(d.href)) throw new Error(`${where}: figure ${d.figure_id}: href "${d.href}" is not a path or http(s) URL`);
    if (!d.label) throw new Error(`${where}: figure ${d.figure_id}: no label`);
    formatPeriod(d.period, options.locale); // throws on a malformed period
  }
  const units = [...new Set(data.map((d) => d.unit))];
  if (units.length > 1) throw new Error(`${where}: no ${chart} mixing units (${units.join(', ')})`);
  const measures = [...new Set(data.map((d) => d.measure ?? 'value'))];
  if (measures.length > 1) throw new Error(`${where}: no ${chart} mixing measures (${measures.join(', ')})`);
  return units[0];
}

/** True when the data span more than one period: then each mark says its period. */
export function periodsDiffer(data: readonly ChartDatum[]): boolean {
  return new Set(data.map((d) => d.period)).size > 1;
}

/** The label on a mark: '≈2.95亿元', '目标 ≥90%', '+3.3 pp (2022)'. */
export function valueText(d: ChartDatum, locale: Locale, showPeriod: boolean): string {
  const value = formatMeasured(d.value, d.unit, d.measure ?? 'value', locale, { qualifier: d.qualifier, sign: d.kind === 'change' });
  const target = d.kind === 'target' ? `${kindWord('target', locale)} ` : '';
  const period = !showPeriod ? '' : locale === 'zh' ? `（${formatPeriod(d.period, locale)}）` : ` (${formatPeriod(d.period, locale)})`;
  return target + value + period;
}

/** The data table beside the chart: label, [series,] period, kind, value (linked to its source). */
export function chartTable(data: readonly ChartDatum[], options: ChartOptions, unit: Unit): ChartTable {
  const { locale } = options;
  const w = WORDS[locale];
  const series = data.some((d) => d.series);
  const measure = data[0]?.measure ?? 'value';
  const valueHeader = `${w.value}${punct(locale).open}${options.unitLabel ?? measureUnitLabel(unit, measure, locale)}${punct(locale).close}`;
  return {
    headers: [options.labelHeader ?? w.label, ...(series ? [w.series] : []), w.period, w.kind, valueHeader],
    rows: data.map((d) => [
      { text: d.label },
      ...(series ? [{ text: d.series ?? '' }] : []),
      { text: formatPeriod(d.period, locale) },
      { text: kindWord(d.kind, locale) },
      { text: formatMeasured(d.value, d.unit, d.measure ?? 'value', locale, { qualifier: d.qualifier, sign: d.kind === 'change' }), href: d.href },
    ]),
  };
}
