// Which indicator a figure measures, from the phrases data/indicators.yml lists for each (read by load.ts).
import type { Indicator } from '../../src/schema/indicator.ts';
import { compileRules, decide, type Cue, type MatchInput, type Rule } from './indicators/match.ts';
import type { Synonyms } from './indicators/synonyms.ts';

export { indicatorSchema, type Indicator } from '../../src/schema/indicator.ts';

export type CompiledLexicon = Rule[];

/** Indicators with their synonym classes expanded (data/synonyms.yml) into matching rules. */
export function compileLexicon(indicators: Indicator[], synonyms: Synonyms): CompiledLexicon {
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
