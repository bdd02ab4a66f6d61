// The site's facts behind the comparability rules (src/lib/comparability/comparability.ts): the region tree, the boundary
// changes, and which indicators are rates.
import { atlas, findIndicator, regionAncestors } from '../queries/data.ts';
import { denominatorFits, sameTerritory, type ScaleContext } from './comparability.ts';

/** Units that are already ratios: they compare across regions of any size. */
const RATE_UNITS = new Set(['percent', 'percentage_points', 'times']);

/** An amount per person (人均…: income per head) compares across levels; a total does not. */
export const isRate = (indicator: string, unit: string): boolean =>
  RATE_UNITS.has(unit) || /人均/.test(findIndicator(indicator)?.label_zh ?? '');

export function siteScaleContext(): ScaleContext {
  return {
    within: (inner, outer) => regionAncestors(inner).some((r) => r.code === outer),
    denominatorFits: (region, period) => denominatorFits(region, period, atlas().boundaryChanges),
    isRate,
    sameTerritory: (region, a, b) => sameTerritory(region, a, b, atlas().boundaryChanges),
  };
}
