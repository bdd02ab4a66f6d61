// Horizontal bars comparing one unit across rows (regions): value labels at the bar ends, no axis, every bar
// and label a link to its source figure. Targets are drawn as dashed outlines, actuals filled.
import * as Plot from '@observablehq/plot';
import { formatPeriod } from '../format/format.ts';
import { chartTable, checkData, periodsDiffer, valueText } from './labels.ts';
import { chartWidth, renderChart } from './render.ts';
import { ACCENT, ROW_HEIGHT, TARGET, TARGET_DASH, textWidth, YEAR_COLOURS } from './theme.ts';
import type { Chart, ChartDatum, ChartOptions, ChartTable } from './types.ts';
import { punct } from '../i18n/punctuation.ts';

/** One bar: `key` is unique (the band), `tick` is what the axis shows ('' to show nothing). */
export interface BarRow {
  key: string;
  tick: string;
  datum: ChartDatum;
  text: string; // the value label
}

export interface BarChartOptions extends ChartOptions {
  /** 'value' (default): largest first; 'data': the order given. */
  sort?: 'value' | 'data';
}

const GAP = 6; // px between a bar's end and its label
const MARGIN = 8;
const LEGEND_HEIGHT = 20; // px above the bars for the periods' colours
const MARK_GAP = 4; // px more between a target's marker and its label
const LABEL_LINE = 14; // px a row gains when its label sits above the bar

function tooltip(d: ChartDatum, options: ChartOptions): string {
  return `${d.label}${punct(options.locale).colon}${valueText(d, options.locale, true)}`;
}

/** Lays out and renders rows as horizontal bars from zero; shared with the target-vs-actual chart. */
export function barPlot(rows: readonly BarRow[], options: ChartOptions, table: ChartTable): Chart {
  const values = rows.map((r) => r.datum.value);
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  // A target's label stands clear of its marker (MARK_GAP more).
  const gapOf = (r: BarRow) => GAP + (r.datum.kind === 'target' ? MARK_GAP : 0);
  const widest = (side: BarRow[]) => Math.max(0, ...side.map((r) => textWidth(r.text) + gapOf(r) + 2));
  const positive = rows.filter((r) => r.datum.value >= 0);
  const negative = rows.filter((r) => r.datum.value < 0);
  const above = options.labelsAbove === true;
  const marginLeft = above ? MARGIN : MARGIN + Math.max(0, ...rows.map((r) => textWidth(r.tick))) + (rows.some((r) => r.tick) ? GAP : 0);
  const rowHeight = above ? ROW_HEIGHT + LABEL_LINE : ROW_HEIGHT;
  const isTarget = (r: BarRow) => r.datum.kind === 'target';
  // Results of different periods take one colour each, oldest lightest, named in a legend above the bars.
  const periods = [...new Set(rows.filter((r) => !isTarget(r)).map((r) => r.datum.period))].sort();
  const byYear = periods.length > 1 && periods.length <= YEAR_COLOURS.length;
  const colourOf = (period: string) => (byYear ? YEAR_COLOURS[YEAR_COLOURS.length - periods.length + periods.indexOf(period)] : ACCENT);
  const legendHeight = byYear ? LEGEND_HEIGHT : 0;
  const height = options.height ?? 2 * MARGIN + legendHeight + rows.length * rowHeight;
  const common = { y: 'key', href: (r: BarRow) => r.datum.href, title: (r: BarRow) => tooltip(r.datum, options) } as const;
  const label = { y: 'key', x: (r: BarRow) => r.datum.value, text: 'text', href: common.href, ariaLabel: common.title, className: 'xa-value' } as const;
  if (marginLeft > chartWidth(options) / 2) throw new Error(`chart "${options.id}": row labels are too long for width ${chartWidth(options)}`);
  if (above && rows.some((r) => textWidth(r.tick) > chartWidth(options) - 2 * MARGIN)) throw new Error(`chart "${options.id}": a row label is too long for width ${chartWidth(options)}, even above its bar`);
  // Above its bar, a label starts where the bar does: at zero, or at the left edge when bars run negative.
  // Each row takes two bands then, its label's and its bar's.
  const labelKey = (r: BarRow) => `${r.key}\u0000label`;
  const ticksAbove = above ? [Plot.text(rows.filter((r) => r.tick), { y: labelKey, x: lo, text: 'tick', textAnchor: 'start', dx: 3, dy: 3, className: 'xa-tick' })] : [];

  const legend: Plot.Markish[] = [];
  let at = 0;
  for (const period of byYear ? periods : []) {
    const text = formatPeriod(period, options.locale);
    legend.push(
      Plot.dot([0], { frameAnchor: 'top-left', dx: at + 5 - marginLeft, dy: -legendHeight + 6, r: 5, symbol: 'square', fill: colourOf(period), className: 'xa-legend' }),
      Plot.text([text], { frameAnchor: 'top-left', dx: at + 14 - marginLeft, dy: -legendHeight + 6, textAnchor: 'start', className: 'xa-legend' }),
    );
    at += 14 + textWidth(text) + 14;
  }

  return renderChart({
    height,
    marginTop: MARGIN + legendHeight,
    marginBottom: MARGIN,
    marginLeft,
    marginRight: MARGIN,
    x: { axis: null, domain: [lo, hi === lo ? 1 : hi], insetLeft: widest(negative), insetRight: widest(positive) },
    y: above
      ? { domain: rows.flatMap((r) => [labelKey(r), r.key]), axis: null, padding: 0.15 }
      : { domain: rows.map((r) => r.key), ticks: rows.filter((r) => r.tick).map((r) => r.key), tickFormat: (key: string) => rows.find((r) => r.key === key)!.tick, tickSize: 0, label: null, padding: 0.25 },
    marks: [
      Plot.barX(rows.filter((r) => !isTarget(r)), { ...common, x: (r: BarRow) => r.datum.value, fill: byYear ? (r: BarRow) => colourOf(r.datum.period) : ACCENT, className: 'xa-bar' }),
      Plot.barX(rows.filter(isTarget), {
        ...common, x: (r: BarRow) => r.datum.value, fill: 'transparent', stroke: TARGET, strokeWidth: 1.5,
        strokeDasharray: TARGET_DASH, inset: 0.75, className: 'xa-target',
      }),
      // A marker at the target's value: an outline a few pixels long (a small target on a large scale) would
      // vanish, the marker does not.
      Plot.dot(rows.filter(isTarget), { y: 'key', x: (r: BarRow) => r.datum.value, ariaHidden: 'true', symbol: 'diamond', r: 4.5, fill: 'none', stroke: TARGET, strokeWidth: 1.5, className: 'xa-target-mark' }),
      Plot.text(positive.filter((r) => !isTarget(r)), { ...label, textAnchor: 'start', dx: GAP }),
      Plot.text(positive.filter(isTarget), { ...label, textAnchor: 'start', dx: GAP + MARK_GAP }),
      Plot.text(negative.filter((r) => !isTarget(r)), { ...label, textAnchor: 'end', dx: -GAP }),
      Plot.text(negative.filter(isTarget), { ...label, textAnchor: 'end', dx: -(GAP + MARK_GAP) }),
      Plot.ruleX([0]),
      ...ticksAbove,
      ...legend,
    ],
  }, options, table);
}

/** Row labels: the label (· series), with the period added only where labels would otherwise repeat. */
function rowTicks(data: readonly ChartDatum[], options: ChartOptions): string[] {
  const base = data.map((d) => (d.series ? `${d.label} · ${d.series}` : d.label));
  const seen = new Map<string, ChartDatum>();
  data.forEach((d, i) => {
    const other = seen.get(`${base[i]}\n${d.period}`);
    if (other) throw new Error(`bar chart "${options.id}": two figures for "${base[i]}" in ${d.period} (${other.figure_id}, ${d.figure_id})`);
    seen.set(`${base[i]}\n${d.period}`, d);
  });
  return base.map((b, i) => (base.indexOf(b) !== base.lastIndexOf(b) ? `${b} ${formatPeriod(data[i].period, options.locale)}` : b));
}

/** Compares one unit across rows: barChart(figuresOfOneIndicator, { id, locale, title, description }). */
export function barChart(data: readonly ChartDatum[], options: BarChartOptions): Chart {
  const unit = checkData('bar chart', data, options);
  const sorted = options.sort === 'data' ? [...data] : [...data].sort((a, b) => b.value - a.value || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
  const ticks = rowTicks(sorted, options);
  const showPeriod = periodsDiffer(sorted);
  const rows = sorted.map((datum, i) => ({ key: ticks[i], tick: ticks[i], datum, text: valueText(datum, options.locale, showPeriod) }));
  return barPlot(rows, options, chartTable(sorted, options, unit));
}
