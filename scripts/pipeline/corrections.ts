// Declarative fixes of extraction results (data/corrections.yml), each with the figure it targets, what it
// expects to find there and a reason. A correction that no longer matches fails the build: it is stale.
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { InputError, KINDS, QUALIFIERS, UNITS, type Figure } from './types.ts';

const fields = z.object({
  value: z.number().finite(),
  unit: z.enum(UNITS),
  kind: z.enum(KINDS),
  qualifier: z.enum(QUALIFIERS),
  subject: z.string().min(1),
  indicator: z.string(),
  period: z.string().regex(/^\d{4}(-\d{4})?$/),
  region_code: z.string().regex(/^\d{6}$/),
}).partial().strict();

export const correctionSchema = z.object({
  figure: z.string().regex(/^[a-z0-9-]+:\d+$/, 'a figure_id: <report>:<number_start>'),
  expect: fields.refine((f) => Object.keys(f).length > 0, 'expect at least one field'),
  set: fields.refine((f) => Object.keys(f).length > 0, 'set at least one field'),
  reason: z.string().min(10, 'say why, in a sentence'),
}).strict();
export type Correction = z.infer<typeof correctionSchema> & { line: number };

export function loadCorrections(path: string): Correction[] {
  const lineCounter = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter });
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new InputError(path, String(lineCounter.linePos(e.pos[0]).line), e.message.split('\n')[0]);
  }
  const raw = doc.toJS() ?? [];
  if (!Array.isArray(raw)) throw new InputError(path, '1', 'expected a list of corrections');
  return raw.map((entry: unknown, i: number) => {
    const node = doc.getIn([i], true) as { range?: [number, number] } | undefined;
    const line = node?.range ? lineCounter.linePos(node.range[0]).line : 0;
    const parsed = correctionSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new InputError(path, `${line} (${issue.path.join('.') || 'entry'})`, issue.message);
    }
    return { ...parsed.data, line };
  });
}

/** Applies corrections in place of the figures they target; throws on a missing or stale target. */
export function applyCorrections(figures: Figure[], corrections: Correction[], path: string): Figure[] {
  const byId = new Map(figures.map((f) => [f.figure_id, f]));
  for (const c of corrections) {
    const f = byId.get(c.figure);
    if (!f) throw new InputError(path, `${c.line} (figure)`, `no figure ${c.figure} was extracted: the correction is stale`);
    for (const [key, expected] of Object.entries(c.expect)) {
      const actual = f[key as keyof Figure];
      if (actual !== expected) {
        throw new InputError(path, `${c.line} (expect.${key})`, `figure ${c.figure} has ${key} ${JSON.stringify(actual)}, the correction expects ${JSON.stringify(expected)}: it is stale`);
      }
    }
    Object.assign(f, c.set, { correction: c.reason });
  }
  return figures;
}
