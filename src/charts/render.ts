// Runs Observable Plot against a server-side DOM (linkedom) and turns its <svg> into what the site inlines:
// stable ids and class, <title>/<desc> and named links for assistive technology, colours and font from the page, numbers
// rounded, no script. Every chart type builds Plot options and hands them here.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { hideAxes, labelLinks } from './a11y.ts';
import { addStandaloneText } from './standalone.ts';
import { DEFAULT_WIDTH, FONT_SIZE } from './theme.ts';
import type { Chart, ChartOptions, ChartTable } from './types.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const ID = /^[a-z][a-z0-9-]*$/;

/** The CSS class of a chart's root <svg>; deterministic, unlike a generated one. */
export function chartClass(id: string): string {
  return `xa-chart-${id}`;
}

/** Ids of the <title> and <desc> inside the chart, for aria-labelledby / aria-describedby. */
export function chartIds(id: string): { title: string; desc: string } {
  return { title: `${id}-title`, desc: `${id}-desc` };
}

export function chartWidth(options: ChartOptions): number {
  return options.width ?? DEFAULT_WIDTH;
}

// Attributes holding coordinates: rounded to 2 decimals so output is small and free of float noise.
const COORDINATE_ATTRS = ['x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'd', 'transform', 'viewBox', 'points', 'dx', 'dy'];

export function roundNumbers(text: string): string {
  return text.replace(/-?\d*\.\d+(?:e-?\d+)?/g, (n) => {
    const r = Math.round(Number(n) * 100) / 100;
    return String(Object.is(r, -0) ? 0 : r);
  });
}


function styleSheet(cls: string): string {
  // Links on marks: hover and keyboard focus underline labels and outline shapes. No '>' (it would be escaped).
  return [
    `.${cls} text, .${cls} tspan { white-space: pre; }`,
    `.${cls} a:hover text, .${cls} a:focus-visible text { text-decoration: underline; }`,
    `.${cls} a:focus-visible rect, .${cls} a:focus-visible circle { stroke: currentColor; stroke-width: 2px; }`,
  ].join('\n');
}

/**
 * Renders Plot options into a Chart. `plotOptions` carries marks, scales, margins and height; this adds
 * the document, the class, the width and everything about the root element.
 */
export function renderChart(plotOptions: Plot.PlotOptions, options: ChartOptions, table: ChartTable): Chart {
  const { id } = options;
  if (!ID.test(id)) throw new Error(`chart id "${id}" must match ${ID} (it becomes element ids and a CSS class)`);
  if (!options.title) throw new Error(`chart "${id}": no title`);
  if (!options.description) throw new Error(`chart "${id}": no description (the alt text)`);
  const cls = chartClass(id);
  const width = chartWidth(options);
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  const plotted = Plot.plot({ ...plotOptions, width, className: cls, document: document as unknown as Document, figure: false });
  const svg = plotted as unknown as Element;
  if (svg.localName !== 'svg') throw new Error(`chart "${id}": Plot returned <${svg.localName}>, not <svg>`);
  // Plot signals a warning with a ⚠️ text in the picture; a published chart must not carry one.
  if (svg.querySelector('text[font-family="initial"]')) throw new Error(`chart "${id}": Plot warned while rendering (see the console)`);

  hideAxes(svg);
  labelLinks(svg, id);
  // Plot's own aria-labels (in English, on every group) would be read as group names; the links speak.
  for (const el of [svg, ...svg.querySelectorAll('[aria-label], [aria-description]')]) {
    if (el.localName !== 'a') el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
  }
  svg.querySelector('style')!.textContent = styleSheet(cls);

  let height = Number(svg.getAttribute('height'));
  if (options.standalone) height = addStandaloneText(svg, document as unknown as Document, options, width, height);

  const ids = chartIds(id);
  const title = document.createElementNS(SVG_NS, 'title') as unknown as Element;
  title.setAttribute('id', ids.title);
  title.textContent = options.title;
  const desc = document.createElementNS(SVG_NS, 'desc') as unknown as Element;
  desc.setAttribute('id', ids.desc);
  desc.textContent = options.description;
  svg.insertBefore(desc, svg.firstChild);
  svg.insertBefore(title, svg.firstChild);

  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('role', 'group'); // see a11y.ts: not 'img', which would hide the links
  svg.setAttribute('aria-labelledby', ids.title);
  svg.setAttribute('aria-describedby', ids.desc);
  svg.setAttribute('font-family', 'inherit');
  svg.setAttribute('font-size', String(FONT_SIZE));
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('style', 'display:block;width:100%;height:auto');

  for (const el of svg.querySelectorAll('*')) {
    for (const name of COORDINATE_ATTRS) {
      const value = el.getAttribute(name);
      if (value !== null) el.setAttribute(name, roundNumbers(value));
    }
  }
  return { id, svg: svg.outerHTML, table };
}
