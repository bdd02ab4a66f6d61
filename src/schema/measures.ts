// What a chart plots of a figure: its value, or the value over the region's census population. A vocabulary of
// the chart downloads (the `measure` column of every chart's CSV), the comparability rules and the formatting.
export const MEASURES = ['value', 'per_10k_residents', 'per_resident'] as const;
export type Measure = (typeof MEASURES)[number];
