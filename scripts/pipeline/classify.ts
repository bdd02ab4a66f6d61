// Which indicator a figure measures, from the phrases data/indicators.yml lists for each.
import { readFileSync } from 'node:fs';
import { parseDocument, LineCounter } from 'yaml';
import { z } from 'zod';
import { InputError, KINDS, UNITS } from './types.ts';
import { compileRules, decide, type Cue, type MatchInput, type Rule } from './indicators/match.ts';
import { loadSynonyms, type Synonyms } from './indicators/synonyms.ts';

export const indicatorSchema = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]*$/, 'lower_snake_case'),
  topic: z.enum(['income', 'monitoring', 'jobs', 'money', 'infrastructure', 'services', 'agriculture', 'governance', 'poverty']),
  label_zh: z.string().min(1),
  label_en: z.string().min(1),
  unit: z.enum(UNITS),
  also_units: z.array(z.enum(UNITS)).default([]),
  kinds: z.array(z.enum(KINDS)).min(1),
  definition_zh: z.string().min(1),
  definition_en: z.string().min(1),
  // What the indicator measures (data/synonyms.yml classes), its literal phrases, and the words that rule it out.
  phrases: z.array(z.string().min(2)).default([]),
  population: z.array(z.string().min(1)).optional(),
  measure: z.array(z.string().min(1)).optional(),
  not: z.array(z.string().min(1)).optional(),
  higher_is_better: z.boolean().nullable(), // null: no direction (more people monitored is neither good nor bad)
  per_capita: z.boolean().default(false),
}).refine((i) => i.phrases.length > 0 || (i.measure?.length ?? 0) > 0 || (i.population?.length ?? 0) > 0, { message: 'name it by phrases or by population/measure classes', path: ['phrases'] });
export type Indicator = z.infer<typeof indicatorSchema>;

/** Reads and validates data/indicators.yml; errors name the file, line and field. */
export function loadIndicators(path: string): Indicator[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(path, String(lineCounter.linePos(e.pos[0]).line), e.message.split('\n')[0]);
  }
  const parsed = z.array(indicatorSchema).safeParse(doc.toJS());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const node = doc.getIn(issue.path, true) as { range?: [number, number] } | undefined
      ?? doc.getIn(issue.path.slice(0, -1), true) as { range?: [number, number] } | undefined;
    const line = node?.range ? String(lineCounter.linePos(node.range[0]).line) : '';
    throw new InputError(path, `${line}${line ? ' ' : ''}(${issue.path.join('.')})`, issue.message);
  }
  const seen = new Set<string>();
  for (const ind of parsed.data) {
    if (seen.has(ind.key)) throw new InputError(path, `(${ind.key})`, 'duplicate indicator key');
    seen.add(ind.key);
  }
  return parsed.data;
}

export type CompiledLexicon = Rule[];

/** Indicators with their synonym classes expanded (data/synonyms.yml) into matching rules. */
export function compileLexicon(indicators: Indicator[], synonyms: Synonyms = loadSynonyms()): CompiledLexicon {
  return compileRules(indicators, synonyms);
}

export interface ClassifyInput extends MatchInput {}

/** The indicator key for a figure, or '' when no indicator fits (a wrong key is worse than none). */
export function classify(input: ClassifyInput, lexicon: CompiledLexicon): string {
  return decide(input, lexicon).key;
}

/** The key and where its words were found; a cue only in the clause before is weak (npm run review). */
export function classifyWithCue(input: ClassifyInput, lexicon: CompiledLexicon): { key: string; cue: Cue | '' } {
  return decide(input, lexicon);
}
