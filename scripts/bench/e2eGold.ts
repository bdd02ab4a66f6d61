// The end-to-end gold: reports written for the examination of issue #10 (test/devset/e2e/{dev,dev2,heldout,heldout2…heldout23}/<id>.txt),
// each with <id>.gold.yml read off the text by hand: what the report is about, and every figure it states with
// the number as written, its value, unit, qualifier, kind, place and indicator; plus numbers that must not be
// figures (dates, telephone numbers, document numbers, ranks). Fields: test/devset/e2e/README.md.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { readReportText } from '../pipeline/metadata.ts';
import { DOC_KINDS, KINDS, QUALIFIERS, UNITS } from '../pipeline/types.ts';

const code = z.string().regex(/^\d{6}$/);
const key = z.string().regex(/^[a-z0-9_]+$/);

const notFigure = z.strictObject({
  at: z.string().min(1),
  number: z.string().min(1),
  not_figure: z.literal(true),
  note: z.string().optional(),
});

const figure = z.strictObject({
  at: z.string().min(1),
  number: z.string().min(1),
  value: z.number(),
  unit: z.enum(UNITS),
  qualifier: z.enum(QUALIFIERS),
  kind: z.enum(KINDS),
  region: code,
  // null: no indicator measures this figure as defined in data/indicators.yml.
  indicator: key.nullable(),
  // Other answers that are not wrong (null: leaving it untagged is not wrong either).
  indicator_ok: z.array(key.nullable()).optional(),
  // A number that is a figure only in a loose sense (a count naming the places just listed): neither finding
  // nor missing it is scored, but its place and tag are, when it is extracted.
  optional: z.boolean().optional(),
  place: z.string().optional(),
  note: z.string().optional(),
});

const goldFile = z.strictObject({
  region: code,
  period: z.string().regex(/^\d{4}(-\d{4})?$/),
  doc_kind: z.enum(DOC_KINDS),
  figures: z.array(z.union([notFigure, figure])).min(1),
});

export type GoldFigure = z.infer<typeof figure>;
export type GoldNotFigure = z.infer<typeof notFigure>;
/** A gold entry with the offsets of its number in the text. */
export type Located = (GoldFigure | GoldNotFigure) & { start: number; end: number };

export interface GoldReport {
  id: string;
  text: string;
  region: string;
  period: string;
  docKind: (typeof DOC_KINDS)[number];
  entries: Located[];
}

export const isNotFigure = (e: Located): e is GoldNotFigure & { start: number; end: number } => 'not_figure' in e;

/** Where `needle` occurs in `hay`, which must be exactly once. */
function onlyIndex(hay: string, needle: string, what: string): number {
  const i = hay.indexOf(needle);
  if (i < 0) throw new Error(`${what}: ${JSON.stringify(needle)} not found`);
  if (hay.indexOf(needle, i + 1) >= 0) throw new Error(`${what}: ${JSON.stringify(needle)} occurs more than once`);
  return i;
}

/** Parses a gold file against its text: every `at` must occur once in the text, every `number` once in its `at`. */
export function parseGold(id: string, text: string, yml: string): GoldReport {
  const g = goldFile.parse(parse(yml));
  const entries = g.figures.map((f) => {
    const at = onlyIndex(text, f.at, `${id}: at`);
    const start = at + onlyIndex(f.at, f.number, `${id}: number in ${JSON.stringify(f.at)}`);
    return { ...f, start, end: start + f.number.length };
  });
  const seen = new Set<number>();
  for (const e of entries) {
    if (seen.has(e.start)) throw new Error(`${id}: two gold entries for the number at ${e.start} (${e.number})`);
    seen.add(e.start);
  }
  return { id, text, region: g.region, period: g.period, docKind: g.doc_kind, entries: entries.sort((a, b) => a.start - b.start) };
}

/** Every <id>.txt of a directory with its <id>.gold.yml, in name order. */
export function loadGoldDir(dir: string): GoldReport[] {
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    const id = basename(f, '.txt');
    return parseGold(id, readReportText(join(dir, f)), readFileSync(join(dir, `${id}.gold.yml`), 'utf8'));
  });
}
