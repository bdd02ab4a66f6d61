// Synthetic reports for benchmarks and property tests: the seeds' own sentences recombined under other
// regions, periods and kinds of document. Deterministic: the same seed gives the same reports, byte for byte.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../pipeline/clean.ts';
import { loadReportMeta } from '../pipeline/metadata.ts';
import type { DocKind, ReportContext } from '../pipeline/types.ts';

export interface SeedSentence {
  report: string;
  text: string;
}

/** A report in memory, as the pipeline reads it: the synthetic ones here, the stress ones (stress.ts), the seeds. */
export interface SyntheticReport {
  id: string;
  text: string;
  ctx: ReportContext;
}

export interface SyntheticOptions {
  /** PRNG seed; the same seed gives the same reports. */
  seed?: number;
  /** Where the seed reports are (data/ by default). */
  dataDir?: string;
  /** Mean length of a report in characters; by default the seeds' mean, so times per report compare. */
  meanLength?: number;
  /** Chance that a break inside a paragraph carries an image caption, as on the web pages. */
  captionRate?: number;
}

const DEFAULT_DATA = join(import.meta.dirname, '..', '..', 'data');
const CAPTIONS = ['（资料图片）', '村民在合作社大棚里采摘蔬菜。(资料图片)', '新建的村级综合服务中心。（资料图片）'];

/** A small, fast, seedable PRNG (mulberry32): numbers in [0, 1). Math.random is never used. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function reportIds(dataDir: string): string[] {
  return readdirSync(join(dataDir, 'reports')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();
}

/** The sentences of the seeds' body text (boilerplate and captions left out), in report order. */
export function seedSentences(dataDir = DEFAULT_DATA): SeedSentence[] {
  const out: SeedSentence[] = [];
  for (const report of reportIds(dataDir)) {
    const { text } = clean(readFileSync(join(dataDir, 'reports', `${report}.txt`), 'utf8'));
    for (const line of text.split('\n')) {
      for (const m of line.matchAll(/[^。！？；;]+[。！？；;]?/g)) if (m[0].trim().length >= 4) out.push({ report, text: m[0].trim() });
    }
  }
  return out;
}

/** The contexts the seeds have: regions and document kinds to recombine sentences under. */
function seedContexts(dataDir: string): { region: string; docKind: DocKind }[] {
  return reportIds(dataDir).map((id) => {
    const meta = loadReportMeta(join(dataDir, 'reports', `${id}.yml`));
    return { region: meta.region, docKind: meta.doc_kind };
  });
}

/**
 * Paragraphs of 1–6 random sentences until their size (each with the blank line after it) reaches `target`. With
 * `captionRate`, a caption splits a paragraph now and then, as a web page would: '…目前已\n\n(资料图片)\n\n支出…'.
 */
export function randomParagraphs(random: () => number, sentences: readonly string[], target: number, size: (paragraph: string) => number, captionRate?: number): string[] {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const out: string[] = [];
  let length = 0;
  while (length < target) {
    let paragraph = '';
    const count = 1 + Math.floor(random() * 6);
    for (let k = 0; k < count; k++) {
      if (captionRate !== undefined && k > 0 && random() < captionRate) paragraph += `\n\n${pick(CAPTIONS)}\n\n`;
      paragraph += pick(sentences);
    }
    out.push(paragraph);
    length += size(paragraph) + 2;
  }
  return out;
}

/** `n` synthetic reports built from the seeds' sentences: paragraphs of 1–6 sentences, a caption now and then. */
export function syntheticReports(n: number, options: SyntheticOptions = {}): SyntheticReport[] {
  const dataDir = options.dataDir ?? DEFAULT_DATA;
  const random = mulberry32(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const sentences = seedSentences(dataDir).map((s) => s.text);
  const contexts = seedContexts(dataDir);
  const meanLength = options.meanLength
    ?? reportIds(dataDir).reduce((sum, id) => sum + readFileSync(join(dataDir, 'reports', `${id}.txt`), 'utf8').length, 0) / contexts.length;
  const captionRate = options.captionRate ?? 0.05;
  const reports: SyntheticReport[] = [];
  for (let i = 0; i < n; i++) {
    const paragraphs = randomParagraphs(random, sentences, meanLength * (0.5 + random()), (p) => p.length, captionRate);
    const { region, docKind } = pick(contexts);
    const year = 2016 + Math.floor(random() * 9);
    const published = random() < 0.8 ? `${year + 1}-0${1 + Math.floor(random() * 9)}-15` : null;
    const id = `synthetic-${String(i + 1).padStart(4, '0')}`;
    reports.push({ id, text: `${paragraphs.join('\n\n')}\n`, ctx: { id, region, period: String(year), docKind, published } });
  }
  return reports;
}
