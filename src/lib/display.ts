// How data records read on a page in each language: names, titles, labels, and the numbers themselves.
import type { Locale } from '../i18n/index.ts';
import { t, tk } from '../i18n/index.ts';
import type { Figure, Indicator, Region, Report, Qualifier, Town } from './data.ts';
import { formatNumber, formatPeriod, formatValue, unitLabel } from '../format/format.ts';

export const regionName = (region: Region, locale: Locale): string => (locale === 'zh' ? region.name_zh : region.name_en);
/** What follows the region's name when a figure is about one of its towns: 双辽市 + '双山镇', 'Shuangliao (county-level city)' + ', Shuangshan Town'. */
export const townAfterRegion = (town: Town, locale: Locale): string => (locale === 'zh' ? town.name_zh : `, ${town.name_en}`);
export const indicatorLabel = (indicator: Indicator, locale: Locale): string =>
  locale === 'zh' ? indicator.label_zh : indicator.label_en;
export const indicatorDefinition = (indicator: Indicator, locale: Locale): string =>
  locale === 'zh' ? indicator.definition_zh : indicator.definition_en;
export const reportTitle = (report: Report, locale: Locale): string => (locale === 'zh' ? report.title : report.title_en);

/** A report in a table cell: its region and period ('四平市 2022年', 'Lanxi County 2023 (plan)'); the title goes in a tooltip. */
export const reportShortLabel = (report: Report, region: Region, locale: Locale): string =>
  `${regionName(region, locale)} ${formatPeriod(report.period, locale)}${report.doc_kind === 'plan' ? t(locale, 'report.short.plan') : ''}`;

/** The language a free-text field is written in (metadata notes are English or Chinese): for lang="". */
export function langOf(text: string): 'zh-CN' | 'en' {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  return han * 2 >= latin ? 'zh-CN' : 'en';
}

export const kindLabel = (kind: Figure['kind'], locale: Locale): string => tk(locale, `kind.${kind}`);
export const qualifierLabel = (qualifier: Qualifier, locale: Locale): string => tk(locale, `qualifier.${qualifier}`);
export const topicLabel = (topic: string, locale: Locale): string => tk(locale, `topic.${topic}`);
export const levelLabel = (level: Region['level'], locale: Locale): string => tk(locale, `level.${level}`);

/** '2022年', '2013—2021年' / '2022', '2013–2021'. */
export const periodLabel = (period: string, locale: Locale): string => formatPeriod(period, locale);

export { formatValue, unitLabel };

/** A figure's normalised value as it reads in a table cell: '≥50个', '≈1,300 households', '+12.3%', '3—5个'. */
export const figureValue = (figure: Figure, locale: Locale): string =>
  formatValue(figure.value, figure.unit, locale, { qualifier: figure.qualifier, valueTo: figure.value_to, sign: figure.kind === 'change' });

/** A count in running text: 1,234 / 1,234. */
export const count = (n: number, locale: Locale): string => formatNumber(n, locale, 0);
