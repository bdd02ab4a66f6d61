// Which indicator a figure measures, from the phrases data/indicators.yml lists for each (read by load.ts).
import type { Indicator } from '../../src/schema/indicator.ts';
import { compileRules, decide, type Cue, type MatchInput, type Rule } from './indicators/match.ts';
import type { Synonyms } from './indicators/synonyms.ts';

export { indicatorSchema, type Indicator } from '../../src/schema/indicator.ts';

export type IndicatorRules = Rule[];

/** Indicators with their synonym classes expanded (data/synonyms.yml) into matching rules. */
export function compileIndicatorRules(indicators: Indicator[], synonyms: Synonyms): IndicatorRules {
  return compileRules(indicators, synonyms);
}

export interface ClassifyInput extends MatchInput {}

/** The indicator key for a figure, or '' when no indicator fits (a wrong key is worse than none). */
export function classify(input: ClassifyInput, indicatorRules: IndicatorRules): string {
  return decide(input, indicatorRules).key;
}

/** The key and where its words were found; a cue only in the clause before is weak (npm run review). */
export function classifyWithCue(input: ClassifyInput, indicatorRules: IndicatorRules): { key: string; cue: Cue | '' } {
  return decide(input, indicatorRules);
}
