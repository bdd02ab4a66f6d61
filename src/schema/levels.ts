// Administrative levels of regions.csv.
// Data only (read in the browser); its zod schema is in enums.ts.

export const REGION_LEVELS = ['province', 'prefecture', 'county', 'county_city', 'district'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
