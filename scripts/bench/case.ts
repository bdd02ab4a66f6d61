// One bench case in a process of its own, so that its peak memory (maxRSS) is its own:
//   node scripts/bench/case.ts <seeds|reports|large|numbers|unpunctuated> [size] [--data dir]
// prints one JSON line: counts, seconds of extract + validate (the generator not included) and peak RSS in MB.
import { join } from 'node:path';
import { args, main } from '../lib/cli.ts';
import { reportContext } from '../pipeline/metadata.ts';
import { extractOne } from '../pipeline/run.ts';
import { loadReference, loadReports, type ReferenceData } from '../pipeline/load.ts';
import { regionCodeSet } from '../pipeline/gazetteer.ts';
import { validateFigures } from '../pipeline/validate.ts';
import { InputError } from '../pipeline/types.ts';
import { largeReport, numbersReport, unpunctuatedReport } from './stress.ts';
import { syntheticReports, type SyntheticReport } from './synthetic.ts';

export const CASES = ['seeds', 'reports', 'large', 'numbers', 'unpunctuated'] as const;
export type CaseName = (typeof CASES)[number];

export interface CaseResult {
  case: CaseName;
  size: number;
  reports: number;
  /** UTF-8 bytes and UTF-16 characters of the texts. */
  bytes: number;
  characters: number;
  mentions: number;
  figures: number;
  seconds: number;
  /** CPU seconds (user + system) of the same stretch: on a shared machine less noisy than the wall clock. */
  cpuSeconds: number;
  /** Peak resident memory of the whole process, in MB. */
  maxRssMB: number;
}

/** What `npm run data` does per report, in memory: extract, then check the invariants. */
export function extractAll(reports: SyntheticReport[], reference: ReferenceData): { figures: number; mentions: number } {
  let figures = 0;
  let mentions = 0;
  const known = { regions: regionCodeSet(reference.gazetteer), indicators: new Map(reference.indicators.map((i) => [i.key, i])) };
  for (const r of reports) {
    const out = extractOne(r.text, r.ctx, reference);
    const errors = validateFigures(out.figures, out.mentions, { ...known, texts: new Map([[r.id, r.text]]) });
    if (errors.length) throw new Error(`${r.id}: ${errors[0]}`);
    figures += out.figures.length;
    mentions += out.mentions.length;
  }
  return { figures, mentions };
}

/** The seed reports as the pipeline reads them. */
export function seedReports(dataDir: string, reference: ReferenceData): SyntheticReport[] {
  return loadReports(dataDir, regionCodeSet(reference.gazetteer)).map(({ meta, text }) => ({ id: meta.id, text, ctx: reportContext(meta) }));
}

/** The reports of a case; `size` is a count (reports, numbers) or UTF-8 bytes (large, unpunctuated). */
export function caseReports(name: CaseName, size: number, dataDir: string, reference: ReferenceData): SyntheticReport[] {
  switch (name) {
    case 'seeds': return seedReports(dataDir, reference);
    case 'reports': return syntheticReports(size, { dataDir });
    case 'large': return [largeReport(size, { dataDir })];
    case 'numbers': return [numbersReport(size, { dataDir })];
    case 'unpunctuated': return [unpunctuatedReport(size, { dataDir })];
  }
}

export function runCase(name: CaseName, size: number, dataDir: string): CaseResult {
  const reference = loadReference(dataDir);
  const reports = caseReports(name, size, dataDir, reference);
  const start = performance.now();
  const cpu = process.cpuUsage();
  const { figures, mentions } = extractAll(reports, reference);
  const seconds = (performance.now() - start) / 1000;
  const used = process.cpuUsage(cpu);
  return {
    case: name, size, reports: reports.length, bytes: reports.reduce((s, r) => s + Buffer.byteLength(r.text), 0),
    characters: reports.reduce((s, r) => s + r.text.length, 0), mentions, figures, seconds, cpuSeconds: (used.user + used.system) / 1e6,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
  };
}

if (import.meta.main) {
  await main(() => {
    const { values, positionals } = args({ data: { type: 'string', default: join(import.meta.dirname, '..', '..', 'data') } });
    const name = positionals[0] as CaseName;
    if (!(CASES as readonly string[]).includes(name)) throw new InputError('bench/case', 'arguments', `case must be one of ${CASES.join(', ')}`);
    console.log(JSON.stringify(runCase(name, Number(positionals[1] ?? 0), values.data!)));
  });
}
