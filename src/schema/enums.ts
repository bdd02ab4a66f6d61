// The zod schemas of the vocabularies, for the readers of YAML and CSV. Kept apart from the vocabularies
// themselves (units.ts, kinds.ts, qualifiers.ts, levels.ts), which the browser code imports without zod.
import { z } from 'zod';
import { KINDS } from './kinds.ts';
import { REGION_LEVELS } from './levels.ts';
import { QUALIFIERS } from './qualifiers.ts';
import { UNITS } from './units.ts';

const oneOf = <T extends string>(values: readonly [T, ...T[]]) => z.enum(values, { error: `expected one of ${values.join(', ')}` });

export const unitSchema = oneOf(UNITS);
export const kindSchema = oneOf(KINDS);
export const qualifierSchema = oneOf(QUALIFIERS);
export const regionLevelSchema = oneOf(REGION_LEVELS);
