// What the explorer writes as text: a mark's value label and a table row's cells. Apart from draw.ts so that
// a table view, and the island's first load, need no Plot (the chart code is loaded when a chart is drawn).
import { kindWord } from '../charts/labels.ts';
import { formatPeriod, formatValue } from '../format/format.ts';
import { formatMeasured } from '../format/measure.ts';
import type { ExploreMark } from '../lib/explore/exploreSelect.ts';

type Locale = 'zh' | 'en';

/**
 * The value as a mark's label and a table cell: '≈2.95亿元', or per 10,000 residents '每万人12.3人' / '12.3 people
 * per 10,000 residents', written as the stories write their rates (src/lib/queries/measure.ts).
 */
export function valueLabel(m: ExploreMark, locale: Locale, per10k: boolean): string {
  if (per10k) return formatMeasured(m.value, m.unit, 'per_10k_residents', locale, { qualifier: m.qualifier });
  return formatValue(m.value, m.unit, locale, { qualifier: m.qualifier });
}

/** The cells of a table row, as the page (build time) and the island (browser) both write them. */
export function tableCells(m: ExploreMark, locale: Locale, per10k: boolean): { region: string; period: string; kind: string; value: string; href: string; report: string } {
  return { region: m.label, period: formatPeriod(m.period, locale), kind: kindWord(m.kind, locale), value: valueLabel(m, locale, per10k), href: m.href, report: m.report };
}
