// Hand-kept reference tables: data/regions.csv (GB/T 2260 regions the reports name, with their parents)
// and data/boundary_changes.csv (transfers and code changes that break comparisons over time). Their schemas
// and loaders are in src/schema/ (the site reads the same tables); here is what only the pipeline needs.
import { isValidAt, type Region } from '../../src/schema/region.ts';

export { REGION_LEVELS, type RegionLevel } from '../../src/schema/levels.ts';
export { ancestors, isValidAt, loadRegions, REGION_COLUMNS, regionIndex, type Region } from '../../src/schema/region.ts';
export { BOUNDARY_CHANGE_COLUMNS, boundaryChangesAffecting, loadBoundaryChanges, type BoundaryChange } from '../../src/schema/boundaryChange.ts';

/**
 * Official and short names with their codes, longest first so that 伊通满族自治县 wins over 伊通.
 * With atDate, only regions valid then: 公主岭 is 220381 before 2020-06-19 and 220184 from then on.
 */
export function regionNameLexicon(regions: readonly Region[], atDate?: string): { name: string; code: string }[] {
  const entries: { name: string; code: string }[] = [];
  for (const r of regions) {
    if (atDate !== undefined && !isValidAt(r, atDate)) continue;
    for (const name of new Set([r.name_zh, ...r.short_names])) entries.push({ name, code: r.code });
  }
  return entries.sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0) || (a.code < b.code ? -1 : 1));
}
