// A plotted number in words, for each measure (src/schema/measures.ts): what charts, tables and the explorer
// write, the same way the stories write their rates.
import type { Locale } from '../i18n/index.ts';
import type { Measure } from '../schema/measures.ts';
import type { Unit } from '../schema/units.ts';
import { formatNumber, formatValue, qualifierPrefix, unitLabel, type FormatOptions } from './format.ts';

// Rates are shown to one decimal: the census denominator is not more precise than that.
const RATE_DIGITS = 1;
const PER_10K: Record<Locale, (amount: string, unit: string) => string> = {
  zh: (amount, unit) => `每万人${amount}${unit}`,
  en: (amount, unit) => `${amount}${unit ? ` ${unit}` : ''} per 10,000 residents`,
};

/** A plotted number in words: '≈2.95亿元', '每万人34.6人', '34.6 persons per 10,000 residents', 'CNY 155.8 per resident'. */
export function formatMeasured(value: number, unit: Unit, measure: Measure, locale: Locale, options: FormatOptions = {}): string {
  if (measure === 'value') return formatValue(value, unit, locale, options);
  const prefix = qualifierPrefix(options.qualifier);
  const amount = formatNumber(value, locale, RATE_DIGITS);
  if (measure === 'per_resident') return prefix + (locale === 'zh' ? `人均${amount}${unitLabel(unit, locale)}` : `CNY ${amount} per resident`);
  const en = unit === 'households' ? 'households' : unit === 'person_times' ? 'person-times' : unit === 'household_times' ? 'household-times' : 'people';
  return prefix + PER_10K[locale](amount, locale === 'zh' ? unitLabel(unit, locale) : en);
}

/** The unit of a chart's axis or table column under `measure`: '元', 'CNY per resident', '人/万人', 'people per 10,000 residents'. */
export function measureUnitLabel(unit: Unit, measure: Measure, locale: Locale): string {
  if (measure === 'value') return unitLabel(unit, locale);
  if (measure === 'per_resident') return locale === 'zh' ? `${unitLabel(unit, locale)}/常住人口` : 'CNY per resident';
  return locale === 'zh' ? `${unitLabel(unit, locale)}/万常住人口` : `${unit === 'households' ? 'households' : 'people'} per 10,000 residents`;
}
