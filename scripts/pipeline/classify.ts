// Which indicator a figure measures, from the phrases data/indicators.yml lists for each.
import { readFileSync } from 'node:fs';
import { parseDocument, LineCounter } from 'yaml';
import { z } from 'zod';
import { InputError, KINDS, UNITS, type Kind, type Unit } from './types.ts';

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
  phrases: z.array(z.string().min(2)).min(1),
  higher_is_better: z.boolean().nullable(), // null: no direction (more people monitored is neither good nor bad)
  per_capita: z.boolean().default(false),
});
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
