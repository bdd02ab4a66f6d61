// The charts of the stories, declared as selections of figures (by indicator, region, kind, period), never
// as numbers. Filled by the stories; see chartRegistry.ts for the ChartSpec they return.
import type { ChartSpec } from './chartRegistry.ts';

export function storyChartSpecs(): ChartSpec[] {
  return [];
}
