// What a chart is drawn from and what it gives back. The site builds ChartDatum from figures.csv rows; a
// chart returns inline SVG plus the same numbers as a table, so the page can show an accessible data table
// (with the links to the sources) beside the picture.
import type { Locale } from '../i18n/index.ts';
import type { Kind } from '../schema/kinds.ts';
import type { Qualifier } from '../schema/qualifiers.ts';
import type { Unit } from '../schema/units.ts';
import type { Measure } from '../schema/measures.ts';

/** One figure as a chart shows it. */
export interface ChartDatum {
  figure_id: string; // `${report}:${number_start}`
  label: string; // what the row is, in the page's locale: usually the region name
  value: number; // base units, as in figures.csv
  unit: Unit;
  qualifier: Qualifier;
  kind: Kind;
  period: string; // '2022' or '2013-2021'
  href: string; // the source figure, locale-prefixed by the caller: '/en/reports/siping-2022/#f-1234'
  series?: string; // a second grouping, e.g. the indicator label when one region has several
  /** What `value` is: the figure's value (default) or its value over the region's census population. */
  measure?: Measure;
}

export interface ChartOptions {
  /** Stable id, unique on the page: element ids and the CSS class derive from it. [a-z][a-z0-9-]* */
  id: string;
  locale: Locale;
  title: string; // the <title> of the SVG (and its heading when standalone)
  description: string; // alt text: the <desc> of the SVG
  subtitle?: string; // drawn only when standalone
  source?: string; // source line text, drawn only when standalone
  /** Heading of the value column in the table, e.g. '元'; defaults to unitLabel(unit, locale). */
  unitLabel?: string;
  /** Heading of the label column in the table; defaults to '地区' / 'Region'. */
  labelHeader?: string;
  width?: number; // viewBox width in px, default 640; the SVG scales to its container
  height?: number; // default: from the number of rows
  /** Draw title, subtitle and source line inside the SVG, for use outside a page (downloads). Default false. */
  standalone?: boolean;
  /** Row labels on a line of their own above each bar (phones, where long names leave no room beside the bars). */
  labelsAbove?: boolean;
}

/** One table cell; `href` links the cell (the value cell links to the source figure). */
export interface ChartTableCell {
  text: string;
  href?: string;
}

/** The chart's numbers as a table: the first cell of each row is the row header (<th scope="row">). */
export interface ChartTable {
  headers: string[];
  rows: ChartTableCell[][];
}

export interface Chart {
  id: string;
  /** The <svg> element as a string, ready to be inlined (no <figure>, no script). */
  svg: string;
  table: ChartTable;
}
