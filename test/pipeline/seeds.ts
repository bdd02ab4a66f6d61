// The five seed reports, for tests that need real sentences: every example is looked up in the verbatim
// text first, so a test cannot quietly drift away from what the reports say.
import { readFileSync } from 'node:fs';
import { loadReportMeta, reportContext } from '../../scripts/pipeline/metadata.ts';
import { extractOne, loadReference } from '../../scripts/pipeline/run.ts';
import { findNumbers } from '../../scripts/pipeline/numbers.ts';
import { surroundingsOf, type Surroundings } from '../../scripts/pipeline/surroundings.ts';
import type { Figure, ReportContext } from '../../scripts/pipeline/types.ts';

export const REPORT_IDS = ['siping-2017', 'siping-2022', 'jilin-2021', 'anshun-2023', 'lanxi-2023-plan'] as const;
export type ReportId = (typeof REPORT_IDS)[number];

export const reference = loadReference('data');

const texts = new Map<string, string>();
export function seedText(id: ReportId): string {
  if (!texts.has(id)) texts.set(id, readFileSync(`data/reports/${id}.txt`, 'utf8'));
  return texts.get(id)!;
}

/** The report context of a seed, as the pipeline builds it, with optional overrides. */
export function contextOf(id: ReportId, overrides: Partial<ReportContext> = {}): ReportContext {
  return { ...reportContext(loadReportMeta(`data/reports/${id}.yml`)), ...overrides };
}

/** `snippet` as it stands in the report (throws when it does not): a real sentence, copied from the source. */
export function real(id: ReportId, snippet: string): string {
  if (!seedText(id).includes(snippet)) throw new Error(`not in data/reports/${id}.txt: ${snippet}`);
  return snippet;
}

/** Figures of `text` read as if it were (part of) report `id`. */
export function figuresOf(text: string, id: ReportId, overrides: Partial<ReportContext> = {}): Figure[] {
  return extractOne(text, contextOf(id, overrides), reference.regions, reference.indicators).figures;
}

/** The one figure whose number_text is `numberText` (fails when there is none or several). */
export function figureWith(figures: Figure[], numberText: string): Figure {
  const found = figures.filter((f) => f.number_text === numberText);
  if (found.length !== 1) throw new Error(`expected one figure ${numberText}, found ${found.length}: ${figures.map((f) => f.number_text).join(' ')}`);
  return found[0];
}

/** The surroundings of the number written `numberText` in `text`, with every number of `text` taken as a figure. */
export function surroundingsAt(text: string, numberText: string): Surroundings {
  const numbers = findNumbers(text);
  const k = numbers.findIndex((t) => text.slice(t.start, t.unitEnd) === numberText);
  if (k < 0) throw new Error(`no number ${numberText} in ${text}`);
  return surroundingsOf(text, numbers, k);
}
