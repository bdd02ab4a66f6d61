// The explorer's pictures, drawn with Plot: bars for one indicator, dots for two. The same code draws the
// default view at build time (with linkedom's document) and every view in the browser (with an inert
// document, so nothing is styled inline under the page's CSP before it is cleaned), so the page without
// JavaScript shows exactly the marks the island would.
import { barX, dot, plot, ruleX, text } from '@observablehq/plot';
import { hideAxes, labelLinks } from '../charts/a11y.ts';
import { ACCENT, FONT_SIZE, ROW_HEIGHT, TARGET, TARGET_DASH, textWidth } from '../charts/theme.ts';
import { kindWord } from '../charts/labels.ts';
import { formatPeriod } from '../format/format.ts';
import { valueLabel } from './cells.ts';
import type { ExploreMark, ScatterPoint } from '../lib/exploreSelect.ts';
import { punct } from '../i18n/punctuation.ts';

type Locale = 'zh' | 'en';

export interface DrawOptions {
  document: Document;
  locale: Locale;
  width: number;
  title: string; // the SVG's <title>
  description: string; // its <desc>
  per10k: boolean;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const GAP = 6;
const MARGIN = 8;
export const EXPLORE_CHART_ID = 'explore';

/** Row labels: the region, with the period where the marks span several. */
function rowLabels(marks: readonly ExploreMark[], locale: Locale): string[] {
  const periods = new Set(marks.map((m) => m.period)).size > 1;
  return marks.map((m) => (periods ? `${m.label} ${formatPeriod(m.period, locale)}` : m.label));
}

/** Removes what the CSP forbids (a <style> element, style="") and sets what every site chart has. */
function finish(svg: Element, o: DrawOptions, height: number): Element {
  hideAxes(svg);
  labelLinks(svg, EXPLORE_CHART_ID);
  for (const el of [svg, ...svg.querySelectorAll('[aria-label], [aria-description]')]) {
    if (el.localName !== 'a') el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  for (const el of [svg, ...svg.querySelectorAll('[style]')]) el.removeAttribute('style');
  const title = o.document.createElementNS(SVG_NS, 'title');
  title.setAttribute('id', 'explore-chart-title');
  title.textContent = o.title;
  const desc = o.document.createElementNS(SVG_NS, 'desc');
  desc.setAttribute('id', 'explore-chart-desc');
  desc.textContent = o.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);
  svg.setAttribute('class', 'xa-chart-explore');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-labelledby', 'explore-chart-title');
  svg.setAttribute('aria-describedby', 'explore-chart-desc');
  svg.setAttribute('font-family', 'inherit');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('width', String(o.width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${o.width} ${height}`);
  return svg;
}

const tooltip = (m: ExploreMark, o: DrawOptions) =>
  `${m.label} ${formatPeriod(m.period, o.locale)}${punct(o.locale).colon}${m.kind === 'target' ? `${kindWord('target', o.locale)} ` : ''}${valueLabel(m, o.locale, o.per10k)}`;

/** Horizontal bars from zero, results filled and targets dashed, every bar and label a link to its figure. */
export function barSvg(marks: readonly ExploreMark[], o: DrawOptions): Element {
  if (marks.length === 0) throw new Error('explore: nothing to draw');
  const ticks = rowLabels(marks, o.locale);
  const rows = marks.map((m, i) => ({ key: String(i), tick: ticks[i], m, text: `${m.kind === 'target' ? `${kindWord('target', o.locale)} ` : ''}${valueLabel(m, o.locale, o.per10k)}` }));
  type Row = (typeof rows)[number];
  const hi = Math.max(0, ...marks.map((m) => m.value));
  const lo = Math.min(0, ...marks.map((m) => m.value));
  const marginLeft = MARGIN + GAP + Math.min(o.width / 2, Math.max(...ticks.map((t) => textWidth(t))));
  const labelWidth = Math.max(...rows.map((r) => textWidth(r.text))) + GAP + 2;
  const height = 2 * MARGIN + rows.length * ROW_HEIGHT;
  const common = { y: 'key', href: (r: Row) => r.m.href, title: (r: Row) => tooltip(r.m, o) } as const;
  const svg = plot({
    document: o.document,
    width: o.width,
    height,
    marginTop: MARGIN,
    marginBottom: MARGIN,
    marginLeft,
    marginRight: MARGIN,
    x: { axis: null, domain: [lo, hi === lo ? 1 : hi], insetRight: labelWidth },
    y: { domain: rows.map((r) => r.key), tickFormat: (key: string) => rows[Number(key)].tick, tickSize: 0, label: null, padding: 0.25 },
    marks: [
      barX(rows.filter((r) => r.m.kind !== 'target'), { ...common, x: (r: Row) => r.m.value, fill: ACCENT, className: 'xa-bar' }),
      barX(rows.filter((r) => r.m.kind === 'target'), {
        ...common, x: (r: Row) => r.m.value, fill: 'transparent', stroke: TARGET, strokeWidth: 1.5, strokeDasharray: TARGET_DASH, inset: 0.75, className: 'xa-target',
      }),
      text(rows, { ...common, x: (r: Row) => Math.max(0, r.m.value), text: 'text', textAnchor: 'start', dx: GAP, ariaLabel: (r: Row) => tooltip(r.m, o), className: 'xa-value' }),
      ruleX([0]),
    ],
  }) as unknown as Element;
  return finish(svg, o, height);
}

/** One dot per region: x the first indicator, y the second; the dot and its label link to the x figure. */
export function scatterSvg(points: readonly ScatterPoint[], o: DrawOptions & { xLabel: string; yLabel: string }): Element {
  if (points.length === 0) throw new Error('explore: nothing to draw');
  const height = Math.round(Math.min(420, Math.max(260, o.width * 0.6)));
  const label = (p: ScatterPoint) =>
    `${p.label} ${formatPeriod(p.period, o.locale)}${punct(o.locale).colon}${valueLabel(p.x, o.locale, o.per10k)}${punct(o.locale).comma}${valueLabel(p.y, o.locale, o.per10k)}`;
  const svg = plot({
    document: o.document,
    width: o.width,
    height,
    // Room for the longest y tick label ('250,000'), estimated as the chart text is.
    marginLeft: 16 + textWidth(Math.round(Math.max(...points.map((p) => Math.abs(p.y.value)))).toLocaleString('en')),
    marginRight: 24 + Math.max(...points.map((p) => textWidth(p.label))) / 2,
    marginBottom: 40,
    marginTop: 24,
    grid: true,
    x: { label: o.xLabel, nice: true, zero: true, ticks: o.width < 480 ? 3 : 5 },
    y: { label: o.yLabel, nice: true, zero: true, ticks: 5 },
    marks: [
      dot(points, { x: (p: ScatterPoint) => p.x.value, y: (p: ScatterPoint) => p.y.value, r: 5, fill: ACCENT, href: (p: ScatterPoint) => p.x.href, title: label }),
      text(points, {
        x: (p: ScatterPoint) => p.x.value, y: (p: ScatterPoint) => p.y.value, text: 'label', dy: -11, href: (p: ScatterPoint) => p.x.href, ariaLabel: label, className: 'xa-value',
      }),
    ],
  }) as unknown as Element;
  return finish(svg, o, height);
}
