// The indicator layer scored on the development set (test/devset/indicators.devset.yml): sentences written
// for it, not taken from the seeds, so the score says how the indicator rules generalise. Called by npm run bench.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { extractOne } from './pipeline/run.ts';
import { loadReference } from './pipeline/load.ts';
import { UNITS, KINDS, type Figure } from './pipeline/types.ts';

const expected = z.tuple([z.number(), z.enum(UNITS), z.enum(KINDS), z.string()]).rest(z.enum(['stock', 'flow', 'partial']));
const devsetSchema = z.array(z.object({ s: z.string().min(2), f: z.array(expected).min(1) }).strict());
export type DevSentence = z.infer<typeof devsetSchema>[number];

/** The quantities the issue asks to compare across regions: the headline of the score. */
export const COMMON_QUANTITIES = [
  'exited_income_per_capita', 'exited_income_growth', 'monitored_households', 'monitored_persons', 'monitored_new_households',
  'monitored_new_persons', 'risk_removed_households', 'risk_removed_persons', 'risk_removed_share', 'exited_workers',
  'public_welfare_posts', 'public_welfare_post_workers', 'employment_workshops', 'workshop_workers', 'bridging_funds',
  'bridging_funds_industry_share', 'microcredit_amount', 'microcredit_households', 'consumption_assistance_sales',
  'relocated_persons', 'dilapidated_houses_renovated', 'village_plans', 'demonstration_villages', 'work_teams',
  'first_secretaries', 'resident_cadres',
];

export interface IndicatorScore { key: string; expected: number; tagged: number; right: number }
export interface DevsetScore {
  sentences: number;
  figures: number; // expected figures
  found: number; // found with value and unit right
  expectedTagged: number; // expected figures that have an indicator
  tagged: number; // extracted figures that carry an indicator
  right: number; // tagged with the expected indicator
  wrongTags: { sentence: string; number: string; got: string; want: string }[];
  missed: { sentence: string; number: string; want: string }[];
  basis: { checked: number; right: number };
  perIndicator: IndicatorScore[];
}

export function loadDevset(path: string): DevSentence[] {
  return devsetSchema.parse(parse(readFileSync(path, 'utf8')));
}

const close = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) <= 1e-9 * Math.max(1, Math.abs(b));

/** Extracts every sentence as a one-sentence review and compares its figures with the expected ones. */
export function scoreDevset(dataDir: string, devset: DevSentence[]): DevsetScore {
  const reference = loadReference(dataDir);
  const { regions, gazetteer } = reference;
  // The first province of regions.csv (吉林省): the sentences are read as one of its reports.
  const root = regions.find((r) => gazetteer.places.get(r.code)?.level === 'province')!.code;
  const score: DevsetScore = {
    sentences: devset.length, figures: 0, found: 0, expectedTagged: 0, tagged: 0, right: 0, wrongTags: [], missed: [], basis: { checked: 0, right: 0 }, perIndicator: [],
  };
  const per = new Map<string, IndicatorScore>();
  const at = (key: string) => per.get(key) ?? per.set(key, { key, expected: 0, tagged: 0, right: 0 }).get(key)!;
  devset.forEach((d, i) => {
    const ctx = { id: `dev-${i}`, region: root, period: '2023', docKind: 'review' as const, published: '2023-12-31' };
    const figures = extractOne(d.s, ctx, reference).figures;
    const used = new Set<Figure>();
    for (const [value, unit, , want, basis] of d.f) {
      score.figures++;
      if (want) { score.expectedTagged++; at(want).expected++; }
      const f = figures.find((g) => !used.has(g) && g.unit === unit && close(g.value, value));
      if (!f) { if (want) score.missed.push({ sentence: d.s, number: `${value} ${unit}`, want }); continue; }
      used.add(f);
      score.found++;
      if (basis) { score.basis.checked++; if ((f as Figure & { basis?: string }).basis === basis) score.basis.right++; }
      if (f.indicator) { score.tagged++; at(f.indicator).tagged++; }
      if (f.indicator && f.indicator === want) { score.right++; at(want).right++; }
      else if (f.indicator) score.wrongTags.push({ sentence: d.s, number: f.number_text, got: f.indicator, want: want || '(none)' });
      else if (want) score.missed.push({ sentence: d.s, number: f.number_text, want });
    }
    // A tagged figure the set does not expect at all is a wrong tag too.
    for (const f of figures) {
      if (used.has(f) || !f.indicator) continue;
      score.tagged++; at(f.indicator).tagged++;
      score.wrongTags.push({ sentence: d.s, number: f.number_text, got: f.indicator, want: '(not a figure)' });
    }
  });
  score.perIndicator = [...per.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
  return score;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** The table npm run bench prints: coverage = right / expected, precision = right / tagged. */
export function formatDevset(s: DevsetScore, verbose = false): string {
  const common = s.perIndicator.filter((p) => COMMON_QUANTITIES.includes(p.key));
  const sum = (ps: IndicatorScore[], k: keyof Omit<IndicatorScore, 'key'>) => ps.reduce((a, p) => a + p[k], 0);
  const lines = [
    `indicator development set: ${s.sentences} sentences, ${s.figures} figures, ${s.found} found with value and unit (${pct(s.found, s.figures)})`,
    `  all indicators:     coverage ${pct(s.right, s.expectedTagged)} (${s.right}/${s.expectedTagged}), precision ${pct(s.right, s.tagged)} (${s.right}/${s.tagged}), wrong tags ${pct(s.tagged - s.right, s.tagged)}`,
    `  common quantities:  coverage ${pct(sum(common, 'right'), sum(common, 'expected'))} (${sum(common, 'right')}/${sum(common, 'expected')}), precision ${pct(sum(common, 'right'), sum(common, 'tagged'))}`,
    `  basis (stock/flow/partial) right: ${pct(s.basis.right, s.basis.checked)} (${s.basis.right}/${s.basis.checked})`,
    '',
    `  ${'indicator'.padEnd(34)} ${'expected'.padStart(8)} ${'tagged'.padStart(6)} ${'right'.padStart(5)} ${'coverage'.padStart(8)} ${'precision'.padStart(9)}`,
    ...s.perIndicator.map((p) => `  ${p.key.padEnd(34)} ${String(p.expected).padStart(8)} ${String(p.tagged).padStart(6)} ${String(p.right).padStart(5)} ${pct(p.right, p.expected).padStart(8)} ${pct(p.right, p.tagged).padStart(9)}`),
  ];
  if (verbose) {
    lines.push('', '  wrong tags:', ...s.wrongTags.map((w) => `    ${w.number} → ${w.got} (want ${w.want}): ${w.sentence}`));
    lines.push('', '  missed:', ...s.missed.map((m) => `    ${m.number} → want ${m.want}: ${m.sentence}`));
  }
  return lines.join('\n');
}

const DEVSET_DIR = join(import.meta.dirname, '..', 'test', 'devset');

/** The development set, then the held-out sentences written after the first tuning round, each scored alone. */
export function benchIndicators(dataDir = join(import.meta.dirname, '..', 'data'), verbose = false): string {
  return ['indicators.devset.yml', 'indicators.heldout.yml']
    .map((f) => `${f}\n${formatDevset(scoreDevset(dataDir, loadDevset(join(DEVSET_DIR, f))), verbose)}`).join('\n\n');
}

if (import.meta.main) console.log(benchIndicators(undefined, process.argv.includes('--verbose')));
