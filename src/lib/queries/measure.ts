// What a chart plots of a figure (src/schema/measures.ts): its value, or the value over the region's census
// population, for totals of regions of different size. Its words are in src/format/measure.ts. Pure and
// type-only imports: the explorer's island runs per10k in the browser.
import type { Measure } from '../../schema/measures.ts';
import type { Figure, Region } from './data.ts';

/** Units that count people or households: the ones read per 10,000 residents. */
const PER_10K_UNITS = new Set<Figure['unit']>(['persons', 'households', 'person_times', 'household_times']);

/** Counts of people or households read per 10,000 residents; money per resident; nothing else is divided. */
export function populationMeasure(unit: Figure['unit']): Measure | null {
  if (unit === 'yuan') return 'per_resident';
  if (PER_10K_UNITS.has(unit)) return 'per_10k_residents';
  return null;
}

/** The number a chart draws for `figure` under `measure`; throws when the region has no census population. */
export function plottedValue(figure: Pick<Figure, 'value' | 'figure_id'>, region: Pick<Region, 'code' | 'population_2020'>, measure: Measure): number {
  if (measure === 'value') return figure.value;
  if (!region.population_2020) throw new Error(`figure ${figure.figure_id}: no census population for region ${region.code}, so no ${measure}`);
  return measure === 'per_10k_residents' ? (figure.value / region.population_2020) * 10_000 : figure.value / region.population_2020;
}

/** Figures per 10,000 residents (2020 census), or null when there is no denominator or it would mislead. */
export function per10k(figure: Pick<Figure, 'value' | 'unit'>, region: Pick<Region, 'population_2020'>): number | null {
  if (!PER_10K_UNITS.has(figure.unit) || !region.population_2020) return null;
  return (figure.value / region.population_2020) * 10_000;
}
