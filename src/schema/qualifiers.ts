// How exact a figure is as written (余/左右 approx, 以上 at least, 以内 at most), with the sign a reader sees.
import { z } from 'zod';

export const QUALIFIER_SIGNS = { exact: '', approx: '≈', at_least: '≥', at_most: '≤' } as const;
export type Qualifier = keyof typeof QUALIFIER_SIGNS;
export const QUALIFIERS = Object.keys(QUALIFIER_SIGNS) as [Qualifier, ...Qualifier[]];
export const qualifierSchema = z.enum(QUALIFIERS, { error: `expected one of ${QUALIFIERS.join(', ')}` });
