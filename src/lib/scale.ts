// The site's facts behind the comparability rules (src/lib/comparability.ts): the region tree, the boundary
// changes, and which indicators are rates.
import { atlas, findIndicator, regionAncestors } from './data.ts';
import { denominatorFits, sameTerritory, type ScaleContext } from './comparability.ts';
import { RATIO_UNITS } from '../schema/indicator.ts';

/**
 * A share, or an amount per person (income per head), compares across levels; a total does not. The indicator
 * says which it is (intensive in indicators.yml); a figure in a ratio unit is one whatever its indicator.
 */
export const isRate = (indicator: string, unit: string): boolean =>
  RATIO_UNITS.includes(unit) || findIndicator(indicator)?.intensive === true;

export function siteScaleContext(): ScaleContext {
  return {
    within: (inner, outer) => regionAncestors(inner).some((r) => r.code === outer),
    denominatorFits: (region, period) => denominatorFits(region, period, atlas().boundaryChanges),
    isRate,
    sameTerritory: (region, a, b) => sameTerritory(region, a, b, atlas().boundaryChanges),
  };
}
