// The synonym classes of data/synonyms.yml (read by load.ts): how reports name a population group and a measure.
import { z } from 'zod';
import { InputError } from '../types.ts';

const classes = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));
export const synonymsSchema = z.object({ population: classes, measure: classes }).strict();
export type Synonyms = z.infer<typeof synonymsSchema>;

/** The terms of a class, longest first so that a regex alternation takes the most specific. */
export function termsOf(synonyms: Synonyms, facet: 'population' | 'measure', name: string, indicator: string): string[] {
  const terms = synonyms[facet][name];
  if (!terms) throw new InputError('data/indicators.yml', `(${indicator}.${facet})`, `unknown ${facet} class '${name}' (data/synonyms.yml)`);
  return [...terms].sort((a, b) => b.length - a.length);
}
