// The synonym classes of data/synonyms.yml: how reports name a population group and a measure.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { InputError } from '../types.ts';

const classes = z.record(z.string().min(1), z.array(z.string().min(1)).min(1));
const synonymsSchema = z.object({ population: classes, measure: classes }).strict();
export type Synonyms = z.infer<typeof synonymsSchema>;

export const SYNONYMS_PATH = join(import.meta.dirname, '..', '..', '..', 'data', 'synonyms.yml');

let cached: Synonyms | null = null;

/** Reads and checks data/synonyms.yml (once per process for the default path). */
export function loadSynonyms(path = SYNONYMS_PATH): Synonyms {
  if (path === SYNONYMS_PATH && cached) return cached;
  const parsed = synonymsSchema.safeParse(parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(path, `(${issue.path.join('.')})`, issue.message);
  }
  if (path === SYNONYMS_PATH) cached = parsed.data;
  return parsed.data;
}

/** The terms of a class, longest first so that a regex alternation takes the most specific. */
export function termsOf(synonyms: Synonyms, facet: 'population' | 'measure', name: string, indicator: string): string[] {
  const terms = synonyms[facet][name];
  if (!terms) throw new InputError('data/indicators.yml', `(${indicator}.${facet})`, `unknown ${facet} class '${name}' (data/synonyms.yml)`);
  return [...terms].sort((a, b) => b.length - a.length);
}
