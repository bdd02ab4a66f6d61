// Declarative fixes of extraction results (data/corrections.yml, read by load.ts), each with the figure it
// targets, what it expects to find there and a reason. A correction that no longer matches fails the build: it is stale.
import { z } from 'zod';
import { kindSchema, qualifierSchema, unitSchema } from '../../src/schema/enums.ts';
import { periodSchema, regionCodeSchema } from '../../src/schema/values.ts';
import { InputError, type Figure } from './types.ts';

const fields = z.object({
  value: z.number().finite(),
  unit: unitSchema,
  kind: kindSchema,
  qualifier: qualifierSchema,
  subject: z.string().min(1),
  indicator: z.string(),
  period: periodSchema,
  region_code: regionCodeSchema,
}).partial().strict();

export const correctionSchema = z.object({
  figure: z.string().regex(/^[a-z0-9-]+:\d+$/, 'a figure_id: <report>:<number_start>'),
  expect: fields.refine((f) => Object.keys(f).length > 0, 'expect at least one field'),
  set: fields.refine((f) => Object.keys(f).length > 0, 'set at least one field'),
  reason: z.string().min(10, 'say why, in a sentence'),
}).strict();
export type Correction = z.infer<typeof correctionSchema> & { line: number };

/** Where a correction's `set` may point: known indicators and regions. */
export interface CorrectionTargets {
  indicators: ReadonlySet<string>;
  regions: ReadonlySet<string>;
}

/** Applies corrections in place of the figures they target; throws on a missing or stale target. */
export function applyCorrections(figures: Figure[], corrections: Correction[], path: string, targets?: CorrectionTargets): Figure[] {
  const byId = new Map(figures.map((f) => [f.figure_id, f]));
  for (const c of corrections) {
    if (targets && c.set.indicator && !targets.indicators.has(c.set.indicator)) {
      throw new InputError(path, `${c.line} (set.indicator)`, `unknown indicator "${c.set.indicator}" (not in data/indicators.yml)`);
    }
    if (targets && c.set.region_code && !targets.regions.has(c.set.region_code)) {
      throw new InputError(path, `${c.line} (set.region_code)`, `unknown region code "${c.set.region_code}" (not a region code of the gazetteer)`);
    }
    const f = byId.get(c.figure);
    if (!f) throw new InputError(path, `${c.line} (figure)`, `no figure ${c.figure} was extracted: the correction is stale`);
    for (const [key, expected] of Object.entries(c.expect)) {
      const actual = f[key as keyof Figure];
      if (actual !== expected) {
        throw new InputError(path, `${c.line} (expect.${key})`, `figure ${c.figure} has ${key} ${JSON.stringify(actual)}, the correction expects ${JSON.stringify(expected)}: it is stale`);
      }
    }
    Object.assign(f, c.set, { correction: c.reason });
    // A figure moved to another region is no longer about a town of the first.
    if (f.town_code && f.town_code.slice(0, 6) !== f.region_code) f.town_code = '';
  }
  return figures;
}
