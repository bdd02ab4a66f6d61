// Stress reports for the bench and the scale tests: one report far larger, denser or less punctuated than any
// seed. Built from the seeds' own sentences, deterministic, so a slow case can be re-run exactly.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findNumbers } from '../pipeline/numbers.ts';
import { loadReportMeta, reportContext } from '../pipeline/metadata.ts';
import type { ReportContext } from '../pipeline/types.ts';
import { mulberry32, randomParagraphs, seedSentences, type SyntheticReport } from './synthetic.ts';

const DEFAULT_DATA = join(import.meta.dirname, '..', '..', 'data');


/** The context of the first seed report (sorted by id), under which a stress report is read. */
function firstSeedContext(dataDir: string, id: string): ReportContext {
  const first = readdirSync(join(dataDir, 'reports')).filter((f) => f.endsWith('.yml')).sort()[0];
  return { ...reportContext(loadReportMeta(join(dataDir, 'reports', first))), id };
}

/** Paragraphs of 1–6 seed sentences until the text is at least `bytes` long in UTF-8; `keep` filters the sentences. */
function paragraphs(bytes: number, seed: number, dataDir: string, keep: (s: string) => boolean = () => true): string[] {
  return randomParagraphs(mulberry32(seed), seedSentences(dataDir).map((s) => s.text).filter(keep), bytes, (p) => Buffer.byteLength(p));
}

/** One report of about `bytes` bytes of UTF-8 (a CJK character is 3 bytes). */
export function largeReport(bytes: number, { seed = 1, dataDir = DEFAULT_DATA } = {}): SyntheticReport {
  const id = `stress-large-${bytes}`;
  return { id, text: `${paragraphs(bytes, seed, dataDir).join('\n\n')}\n`, ctx: firstSeedContext(dataDir, id) };
}

/** One report holding at least `count` number tokens: only the seed sentences that carry a digit. */
export function numbersReport(count: number, { seed = 1, dataDir = DEFAULT_DATA } = {}): SyntheticReport {
  const id = `stress-numbers-${count}`;
  const withDigits = (s: string) => /[0-9]/.test(s);
  // Grow the text until it holds enough numbers; one pass in the common case.
  let bytes = count * 60;
  let text = '';
  for (;;) {
    text = `${paragraphs(bytes, seed, dataDir, withDigits).join('\n\n')}\n`;
    if (findNumbers(text).length >= count) break;
    bytes *= 2;
  }
  return { id, text, ctx: firstSeedContext(dataDir, id) };
}

/**
 * One report of about `bytes` bytes of UTF-8 with no sentence, clause or paragraph break at all: the seed sentences
 * with every punctuation mark and line break taken out, as a badly scraped page can arrive.
 */
export function unpunctuatedReport(bytes: number, { seed = 1, dataDir = DEFAULT_DATA } = {}): SyntheticReport {
  const id = `stress-unpunctuated-${bytes}`;
  const text = paragraphs(bytes, seed, dataDir).join('').replace(/[。！？!?；;，,：:、\n\s]/g, '');
  return { id, text: `${text}\n`, ctx: firstSeedContext(dataDir, id) };
}
