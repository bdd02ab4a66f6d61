// What a chart plots of a figure (src/schema/measures.ts): its value, or the value over the region's census
// population, for totals of regions of different size. Its words are in src/format/measure.ts.
import type { Measure } from '../../schema/measures.ts';
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
