// Administrative levels of regions.csv.
import { z } from 'zod';

export const REGION_LEVELS = ['province', 'prefecture', 'county', 'county_city', 'district'] as const;
export type RegionLevel = (typeof REGION_LEVELS)[number];
export const regionLevelSchema = z.enum(REGION_LEVELS, { error: `expected one of ${REGION_LEVELS.join(', ')}` });
