// Which indicator a figure measures, from the phrases data/indicators.yml lists for each.
import { z } from 'zod';
import { indicatorSchema, type Indicator } from '../../src/schema/indicator.ts';
import { readYaml } from '../../src/schema/read.ts';
import type { Kind, Unit } from './types.ts';

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

interface CompiledPhrase {
  indicator: Indicator;
  re: RegExp;
  weight: number; // characters matched: the more specific phrase wins
}

/** '消除…风险' matches 消除 then 风险 with up to 12 characters between. */
function compile(phrase: string): RegExp {
  const parts = phrase.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(parts.join('[^。；;]{0,12}?'));
}

export function compileLexicon(indicators: Indicator[]): CompiledPhrase[] {
  return indicators.flatMap((indicator) => indicator.phrases.map((p) => ({ indicator, re: compile(p), weight: p.replace(/…/g, '').length })));
}

export interface ClassifyInput {
  own: string; // the figure's clause, number and all
  before: string; // the part of the clause before the number
  previous: string; // the clause before, in the same sentence
  /** The words right after the number and its measure word: '2780个村庄规划编制' names what it counts. */
  after?: string;
  unit: Unit;
  kind: Kind;
}

/**
 * The indicator key for a figure, or ''. A phrase naming what the number counts right after its measure word
 * counts most ('完成…分类布局、2780个村庄规划编制': village plans, not layout), then the figure's own words before
 * the number, then anywhere in its clause, then in the clause before ('全市乡村公益岗位保持规模稳定，安置脱贫劳动力30241人').
 */
export function classify(input: ClassifyInput, lexicon: CompiledPhrase[]): string {
  let best: { key: string; score: number } | null = null;
  for (const { indicator, re, weight } of lexicon) {
    if (indicator.unit !== input.unit && !indicator.also_units.includes(input.unit)) continue;
    if (!indicator.kinds.includes(input.kind)) continue;
    const score = re.exec(input.after ?? '')?.index === 0 ? 4000 + weight : re.test(input.before) ? 3000 + weight : re.test(input.own) ? 2000 + weight : re.test(input.previous) ? 1000 + weight : 0;
    if (score && (!best || score > best.score)) best = { key: indicator.key, score };
  }
  return best?.key ?? '';
}
