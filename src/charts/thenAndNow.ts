// "Then and now": one row per label, a hollow dot for the earlier period, a filled dot for the later one and
// an arrow between them (e.g. Siping 2017 vs 2022). Each dot is labelled with its value and period, on the
// outer side so the two labels never meet; dots and labels link to their source figures.
import * as Plot from '@observablehq/plot';
import { chartTable, checkData, valueText } from './labels.ts';
import { renderChart } from './render.ts';
import { ACCENT, MUTED, ROW_HEIGHT, TARGET, TARGET_DASH, textWidth } from './theme.ts';
import type { Chart, ChartDatum, ChartOptions } from './types.ts';
import { punct } from '../i18n/punctuation.ts';

interface Point {
  row: string; // band key: label (· series)
  datum: ChartDatum;
  later: boolean;
  side: 'left' | 'right'; // where its label goes
  text: string;
}

const R = 5; // dot radius
const GAP = 6;
const MARGIN = 8;

/** Pairs each row's two figures and decides which label goes left (the smaller) and which right. */
function points(data: readonly ChartDatum[], options: ChartOptions, periods: [string, string]): Point[] {
  const rows = new Map<string, ChartDatum[]>();
  for (const d of data) {
    const row = d.series ? `${d.label} · ${d.series}` : d.label;
    const list = rows.get(row) ?? [];
    if (list.some((e) => e.period === d.period)) {
      throw new Error(`then-and-now chart "${options.id}": two figures for "${row}" in ${d.period} (${list[0].figure_id}, ${d.figure_id})`);
    }
    rows.set(row, [...list, d]);
  }
  return [...rows].flatMap(([row, list]) => {
    const pair = [...list].sort((a, b) => (a.period < b.period ? -1 : 1));
    return pair.map((datum, i): Point => {
      const other = pair[1 - i];
      const left = other !== undefined && (datum.value < other.value || (datum.value === other.value && i === 0));
      return { row, datum, later: datum.period === periods[1], side: left ? 'left' : 'right', text: valueText(datum, options.locale, true) };
    });
  });
}

/** Compares two periods row by row: thenAndNowChart(figures2017and2022, { id, locale, title, description }). */
export function thenAndNowChart(data: readonly ChartDatum[], options: ChartOptions): Chart {
  const unit = checkData('then-and-now chart', data, options);
  const periods = [...new Set(data.map((d) => d.period))].sort();
  if (periods.length !== 2) {
    throw new Error(`then-and-now chart "${options.id}": needs exactly two periods, got ${periods.join(', ')}`);
  }
  const all = points(data, options, periods as [string, string]);
  const rows = [...new Set(all.map((p) => p.row))];
  const values = all.map((p) => p.datum.value);
  let [lo, hi] = [Math.min(...values), Math.max(...values)];
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const widest = (side: Point['side']) => R + GAP + Math.max(0, ...all.filter((p) => p.side === side).map((p) => textWidth(p.text) + 2));
  const arrows = rows.flatMap((row) => {
    const pair = all.filter((p) => p.row === row);
    return pair.length === 2 ? [{ row, from: pair[0].datum.value, to: pair[1].datum.value }] : [];
  });
  const href = (p: Point) => p.datum.href;
  const title = (p: Point) => `${p.datum.label}${punct(options.locale).colon}${p.text}`;
  const dot = { x: (p: Point) => p.datum.value, y: 'row', r: R, href, title, strokeWidth: 2 } as const;
  const label = { x: (p: Point) => p.datum.value, y: 'row', text: 'text', href, ariaLabel: title, className: 'xa-value' } as const;
  const isTarget = (p: Point) => p.datum.kind === 'target';

  return renderChart({
    height: options.height ?? 2 * MARGIN + rows.length * ROW_HEIGHT,
    marginTop: MARGIN,
    marginBottom: MARGIN,
    marginLeft: MARGIN + Math.max(...rows.map((r) => textWidth(r))) + GAP,
    marginRight: MARGIN,
    x: { axis: null, domain: [lo, hi], insetLeft: widest('left'), insetRight: widest('right') },
    y: { domain: rows, tickSize: 0, label: null },
    marks: [
      Plot.arrow(arrows, { x1: 'from', x2: 'to', y1: 'row', y2: 'row', stroke: MUTED, strokeWidth: 1.5, headLength: 6, insetStart: R + 2, insetEnd: R + 2, className: 'xa-arrow' }),
      Plot.dot(all.filter((p) => !p.later && !isTarget(p)), { ...dot, fill: 'transparent', stroke: MUTED, className: 'xa-before' }),
      Plot.dot(all.filter((p) => p.later && !isTarget(p)), { ...dot, fill: ACCENT, stroke: ACCENT, className: 'xa-after' }),
      Plot.dot(all.filter(isTarget), { ...dot, fill: 'transparent', stroke: TARGET, strokeDasharray: TARGET_DASH, className: 'xa-target' }),
      Plot.text(all.filter((p) => p.side === 'left'), { ...label, textAnchor: 'end', dx: -(R + GAP) }),
      Plot.text(all.filter((p) => p.side === 'right'), { ...label, textAnchor: 'start', dx: R + GAP }),
    ],
  }, options, chartTable(all.map((p) => p.datum), options, unit));
}
