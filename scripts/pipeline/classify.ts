// Which indicator a figure measures, from the phrases data/indicators.yml lists for each.
import { z } from 'zod';
import { indicatorSchema, type Indicator } from '../../src/schema/indicator.ts';
import { readYaml } from '../../src/schema/read.ts';
import { compileRules, decide, type Cue, type MatchInput, type Rule } from './indicators/match.ts';
import { loadSynonyms, type Synonyms } from './indicators/synonyms.ts';

export { indicatorSchema, type Indicator } from '../../src/schema/indicator.ts';

/** Reads and validates data/indicators.yml; errors name the file, line and field. */
export function loadIndicators(path: string): Indicator[] {
  const { value: indicators, errorAt } = readYaml(path, z.array(indicatorSchema, { error: 'expected a list of indicators' }));
  const seen = new Set<string>();
  indicators.forEach((ind, i) => {
    if (seen.has(ind.key)) throw errorAt([i, 'key'], `duplicate indicator key ${ind.key}`);
    seen.add(ind.key);
  });
  return indicators;
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
