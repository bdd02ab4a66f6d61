// What a chart plots of a figure (comparability.ts's Measure): its value, or the value over the region's
// census population, for totals of regions of different size.
import type { Locale } from '../i18n/index.ts';
import type { Measure } from './comparability.ts';
import { formatNumber, formatValue, unitLabel, type FormatOptions } from './format.ts';
import type { Figure, Region } from './data.ts';

/** Counts of people or households read per 10,000 residents; money per resident; nothing else is divided. */
export function populationMeasure(unit: Figure['unit']): Measure | null {
  if (unit === 'yuan') return 'per_resident';
  if (unit === 'persons' || unit === 'households' || unit === 'person_times' || unit === 'household_times') return 'per_10k_residents';
  return null;
}

/** The number a chart draws for `figure` under `measure`; throws when the region has no census population. */
export function plottedValue(figure: Pick<Figure, 'value' | 'figure_id'>, region: Pick<Region, 'code' | 'population_2020'>, measure: Measure): number {
  if (measure === 'value') return figure.value;
  if (!region.population_2020) throw new Error(`figure ${figure.figure_id}: no census population for region ${region.code}, so no ${measure}`);
  return measure === 'per_10k_residents' ? (figure.value / region.population_2020) * 10_000 : figure.value / region.population_2020;
}

// Rates are shown to one decimal: the census denominator is not more precise than that.
const RATE_DIGITS = 1;
const PER_10K: Record<Locale, (amount: string, unit: string) => string> = {
  zh: (amount, unit) => `每万人${amount}${unit}`,
  en: (amount, unit) => `${amount}${unit ? ` ${unit}` : ''} per 10,000 residents`,
};

/** A plotted number in words: '≈2.95亿元', '每万人34.6人', '34.6 persons per 10,000 residents', 'CNY 155.8 per resident'. */
export function formatMeasured(value: number, unit: Figure['unit'], measure: Measure, locale: Locale, options: FormatOptions = {}): string {
  if (measure === 'value') return formatValue(value, unit, locale, options);
  const prefix = options.qualifier === 'approx' ? '≈' : options.qualifier === 'at_least' ? '≥' : options.qualifier === 'at_most' ? '≤' : '';
  const amount = formatNumber(value, locale, RATE_DIGITS);
  if (measure === 'per_resident') return prefix + (locale === 'zh' ? `人均${amount}${unitLabel(unit, locale)}` : `CNY ${amount} per resident`);
  const en = unit === 'households' ? 'households' : unit === 'person_times' ? 'person-times' : unit === 'household_times' ? 'household-times' : 'people';
  return prefix + PER_10K[locale](amount, locale === 'zh' ? unitLabel(unit, locale) : en);
}

/** The unit of a chart's axis or table column under `measure`: '元', 'CNY per resident', '人/万人', 'people per 10,000 residents'. */
export function measureUnitLabel(unit: Figure['unit'], measure: Measure, locale: Locale): string {
  if (measure === 'value') return unitLabel(unit, locale);
  if (measure === 'per_resident') return locale === 'zh' ? `${unitLabel(unit, locale)}/常住人口` : 'CNY per resident';
  return locale === 'zh' ? `${unitLabel(unit, locale)}/万常住人口` : `${unit === 'households' ? 'households' : 'people'} per 10,000 residents`;
}
