// Hand-kept reference tables: data/regions.csv (what no package knows about a region: census population,
// validity, notes) and data/boundary_changes.csv (transfers and code changes that break comparisons over
// time). Their schemas and loaders are in src/schema/ (the site reads the same tables).
export { REGION_LEVELS, type RegionLevel } from '../../src/schema/levels.ts';
export {
  ancestors, HAND_KEPT_REGION_COLUMNS, loadPlaces, loadRegions, REGION_COLUMNS, regionIndex, type HandKeptRegion, type KnownCodes, type Region,
} from '../../src/schema/region.ts';
export { BOUNDARY_CHANGE_COLUMNS, boundaryChangesAffecting, loadBoundaryChanges, type BoundaryChange } from '../../src/schema/boundaryChange.ts';
