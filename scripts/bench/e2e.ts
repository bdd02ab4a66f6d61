// End-to-end examination (issue #10): each report of test/devset/e2e/{dev,…,heldout23} is extracted as
// `npm run extract -- <file>` does, with no flags (region, period and kind inferred from the text), and scored
// against its hand-read gold (e2eGold.ts): inference right, figures found with value and unit right, figures
// invented, figures filed under a wrong place, indicators right. scoreReport is pure; the runner is below.
// Run: node scripts/bench/e2e.ts [--quiet]   (or npm run bench -- --e2e)
import { join } from 'node:path';
import { COMMON_QUANTITIES } from '../bench-indicators.ts';
import { inferReport } from '../pipeline/infer.ts';
import { extractOne } from '../pipeline/run.ts';
import { loadReference, type ReferenceData } from '../pipeline/load.ts';
import type { Figure } from '../pipeline/types.ts';
import { isNotFigure, loadGoldDir, type GoldFigure, type GoldReport, type Located } from './e2eGold.ts';

/** What the scorer reads of an extracted figure (a subset of figures.csv's row). */
export type GotFigure = Pick<Figure, 'value' | 'unit' | 'qualifier' | 'kind' | 'region_code' | 'indicator' | 'number_text' | 'number_start' | 'number_end'>;

/** What extraction made of one report: the inferred region, period and kind (null: none), and its figures. */
export interface GotReport {
  region: string | null;
  period: string | null;
  docKind: string | null;
  figures: GotFigure[];
}

export interface Counts {
  reports: number;
  regionRight: number;
  periodRight: number;
  docKindRight: number;
  /** Gold figures to find (optional ones and not-figures excluded). */
  gold: number;
  /** Extracted at the gold number with value and unit right (values compared without sign). */
  found: number;
  /** Extracted at the gold number with value or unit wrong. */
  wrongValue: number;
  missed: number;
  extracted: number;
  /** Extracted where the gold has no figure: not-figure numbers, unlisted numbers, second figures at one number. */
  invented: number;
  /** The part of invented that is a listed not-figure (date, telephone, document number, rank…). */
  notFigureHits: number;
  /** Found or optional figures whose place was checked. */
  placed: number;
  wrongPlace: number;
  unfiled: number;
  qualifierRight: number;
  kindRight: number;
  /** Gold figures that must carry an indicator, and how many of them carry an acceptable one. */
  expected: number;
  expectedRight: number;
  /** Extracted figures that carry an indicator, and how many of those are acceptable. */
  tagged: number;
  taggedRight: number;
  commonExpected: number;
  commonExpectedRight: number;
  commonTagged: number;
  commonTaggedRight: number;
}

export const ISSUE_CAUSES = ['region', 'period', 'doc kind', 'missed', 'wrong value', 'invented', 'not a figure', 'wrong place', 'unfiled', 'untagged', 'wrong tag', 'wrong kind'] as const;
export type IssueCause = (typeof ISSUE_CAUSES)[number];
export interface Issue { report: string; cause: IssueCause; line: string }
export interface ReportScore { id: string; counts: Counts; issues: Issue[] }

export const emptyCounts = (): Counts => ({
  reports: 0, regionRight: 0, periodRight: 0, docKindRight: 0, gold: 0, found: 0, wrongValue: 0, missed: 0, extracted: 0,
  invented: 0, notFigureHits: 0, placed: 0, wrongPlace: 0, unfiled: 0, qualifierRight: 0, kindRight: 0, expected: 0,
  expectedRight: 0, tagged: 0, taggedRight: 0, commonExpected: 0, commonExpectedRight: 0, commonTagged: 0, commonTaggedRight: 0,
});

const close = (a: number, b: number) => Math.abs(Math.abs(a) - Math.abs(b)) <= 1e-9 * Math.max(1, Math.abs(b));
const overlaps = (g: Located, f: GotFigure) => f.number_start < g.end && g.start < f.number_end;
const showGold = (g: GoldFigure) => `${g.number} = ${g.value} ${g.unit} @${g.region} ${g.indicator ?? '—'}`;
const showGot = (f: GotFigure) => `${f.number_text} = ${f.value} ${f.unit} @${f.region_code || '(unfiled)'} ${f.indicator || '—'}`;

/** Scores one report's extraction against its gold. `common` holds the indicator keys of the common quantities. */
export function scoreReport(gold: GoldReport, got: GotReport, common: ReadonlySet<string> = new Set(COMMON_QUANTITIES)): ReportScore {
  const c = emptyCounts();
  const issues: Issue[] = [];
  const say = (cause: IssueCause, line: string) => issues.push({ report: gold.id, cause, line });
  c.reports = 1;
  const check = (what: 'region' | 'period' | 'doc kind', want: string, have: string | null) => {
    if (want === have) return 1;
    say(what, `gold ${want} | got ${have ?? '(none)'}`);
    return 0;
  };
  c.regionRight = check('region', gold.region, got.region);
  c.periodRight = check('period', gold.period, got.period);
  c.docKindRight = check('doc kind', gold.docKind, got.docKind);
  c.extracted = got.figures.length;

  const used = new Set<GotFigure>();
  const tag = (f: GotFigure, ok: boolean) => {
    if (!f.indicator) return;
    c.tagged++; if (ok) c.taggedRight++;
    if (common.has(f.indicator)) { c.commonTagged++; if (ok) c.commonTaggedRight++; }
  };
  for (const g of gold.entries) {
    const candidates = got.figures.filter((f) => !used.has(f) && overlaps(g, f));
    if (isNotFigure(g)) {
      for (const f of candidates) {
        used.add(f); c.invented++; c.notFigureHits++; tag(f, false);
        say('not a figure', `${g.at}: ${g.number} (${g.note ?? 'not a figure'}) | got ${showGot(f)}`);
      }
      continue;
    }
    const valueRight = (f: GotFigure) => f.unit === g.unit && close(f.value, g.value);
    const f = candidates.find(valueRight) ?? candidates[0];
    const acceptable = new Set<string | null>([g.indicator, ...(g.indicator_ok ?? [])]);
    const mustTag = !g.optional && g.indicator !== null && !acceptable.has(null);
    if (mustTag) { c.expected++; if (common.has(g.indicator!)) c.commonExpected++; }
    if (!g.optional) c.gold++;
    if (!f) {
      if (!g.optional) { c.missed++; say('missed', `${g.at}: gold ${showGold(g)} | got nothing`); }
      continue;
    }
    used.add(f);
    const right = valueRight(f);
    if (!g.optional) {
      if (right) {
        c.found++;
        if (f.qualifier === g.qualifier) c.qualifierRight++;
        if (f.kind === g.kind) c.kindRight++;
        else say('wrong kind', `${g.at}: gold ${g.kind} | got ${f.kind}`);
      }
      else { c.wrongValue++; say('wrong value', `${g.at}: gold ${showGold(g)} | got ${showGot(f)}`); }
    }
    if (right || g.optional) {
      c.placed++;
      if (f.region_code === '') { c.unfiled++; say('unfiled', `${g.at}: gold ${showGold(g)} | got ${showGot(f)}`); }
      else if (f.region_code !== g.region) { c.wrongPlace++; say('wrong place', `${g.at}: gold ${showGold(g)} | got ${showGot(f)}`); }
    }
    const tagRight = (right || !!g.optional) && acceptable.has(f.indicator || null);
    tag(f, tagRight);
    if (mustTag && tagRight) { c.expectedRight++; if (common.has(g.indicator!)) c.commonExpectedRight++; }
    // A wrong value is said once, above; a tag is said when it is missing or not acceptable.
    if (right || g.optional) {
      if (mustTag && !f.indicator) say('untagged', `${g.at}: gold ${showGold(g)} | got ${showGot(f)}`);
      else if (f.indicator && !tagRight) say('wrong tag', `${g.at}: gold ${showGold(g)} | got ${showGot(f)}`);
    }
  }
  for (const f of got.figures) {
    if (used.has(f)) continue;
    c.invented++; tag(f, false);
    const around = gold.text.slice(Math.max(0, f.number_start - 8), f.number_end + 4).replace(/\n/g, ' ');
    say('invented', `${around}: gold no figure | got ${showGot(f)}`);
  }
  return { id: gold.id, counts: c, issues };
}

/** The sum of several reports' counts. */
export function totalCounts(scores: ReportScore[]): Counts {
  const t = emptyCounts();
  for (const s of scores) for (const k of Object.keys(t) as (keyof Counts)[]) t[k] += s.counts[k];
  return t;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '—');

/** The acceptance test of issue #10, each part with its measure on these counts. */
export function acceptance(t: Counts): { goal: string; value: string; met: boolean }[] {
  const share = (n: number, d: number) => (d ? n / d : 0);
  return [
    { goal: 'region and period inferred for every report', value: `${t.regionRight}/${t.reports} regions, ${t.periodRight}/${t.reports} periods`, met: t.regionRight === t.reports && t.periodRight === t.reports },
    { goal: '≥ 95% of figures found with value and unit right', value: pct(t.found, t.gold), met: share(t.found, t.gold) >= 0.95 },
    { goal: 'no figure invented', value: `${t.invented} (${t.notFigureHits} of them listed not-figures)`, met: t.invented === 0 },
    { goal: 'no figure filed under a wrong place', value: `${t.wrongPlace} wrong, ${t.unfiled} unfiled`, met: t.wrongPlace === 0 },
    { goal: '≥ 70% of common-quantity figures on the right indicator', value: pct(t.commonExpectedRight, t.commonExpected), met: share(t.commonExpectedRight, t.commonExpected) >= 0.7 },
    { goal: '≤ 3% of tagged figures wrong', value: pct(t.tagged - t.taggedRight, t.tagged), met: t.tagged > 0 && (t.tagged - t.taggedRight) / t.tagged <= 0.03 },
  ];
}

/** One table: a row per report and a total row, then the acceptance lines, then (verbose) every issue. */
export function formatE2e(label: string, scores: ReportScore[], verbose = false): string {
  const head = ['report', 'region', 'period', 'kind', 'figures', 'found', 'recall', 'wrong val', 'invented', 'precision', 'wrong place', 'unfiled', 'coverage', 'common cov', 'common prec', 'wrong tags'];
  const row = (id: string, c: Counts) => [
    id, `${c.regionRight}/${c.reports}`, `${c.periodRight}/${c.reports}`, `${c.docKindRight}/${c.reports}`, String(c.gold), String(c.found), pct(c.found, c.gold),
    String(c.wrongValue), String(c.invented), pct(c.found, c.found + c.wrongValue + c.invented), String(c.wrongPlace), String(c.unfiled),
    pct(c.expectedRight, c.expected), pct(c.commonExpectedRight, c.commonExpected), pct(c.commonTaggedRight, c.commonTagged), pct(c.tagged - c.taggedRight, c.tagged),
  ];
  const total = totalCounts(scores);
  const body = [...scores.map((s) => row(s.id, s.counts)), row('total', total)];
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((x, i) => (i === 0 ? x.padEnd(widths[i]) : x.padStart(widths[i]))).join('  ');
  const lines = [
    `${label}: ${scores.length} reports, extracted with no flags`,
    line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.slice(0, -1).map(line), widths.map((w) => '-'.repeat(w)).join('  '), line(body.at(-1)!),
    `qualifier right ${pct(total.qualifierRight, total.found)}, kind right ${pct(total.kindRight, total.found)} of the ${total.found} found; indicators: ${total.expectedRight}/${total.expected} expected tagged right, ${total.taggedRight}/${total.tagged} tags right; common: ${total.commonExpectedRight}/${total.commonExpected} expected, ${total.commonTaggedRight}/${total.commonTagged} tags`,
    ...acceptance(total).map((a) => `  ${a.met ? 'met   ' : 'MISSED'} ${a.goal}: ${a.value}`),
  ];
  if (verbose) {
    const issues = scores.flatMap((s) => s.issues);
    for (const cause of ISSUE_CAUSES) {
      const of = issues.filter((i) => i.cause === cause);
      if (of.length) lines.push('', `  ${cause} (${of.length}):`, ...of.map((i) => `    ${i.report}: ${i.line}`));
    }
  }
  return lines.join('\n');
}

/** What `npm run extract -- <file>` does with no flags, in memory: infer, then extract. */
export function extractAsCli(gold: Pick<GoldReport, 'id' | 'text'>, reference: ReferenceData): GotReport {
  const guess = inferReport(gold.text, reference.gazetteer);
  const region = guess.region?.value ?? null;
  const period = guess.period?.value ?? null;
  const docKind = guess.docKind.value;
  // Without a region or a year the command stops with an error: nothing is extracted.
  if (!region || !period) return { region, period, docKind, figures: [] };
  const ctx = { id: gold.id, region, period, docKind, published: guess.published?.value ?? null };
  return { region, period, docKind, figures: extractOne(gold.text, ctx, reference).figures };
}

const E2E_DIR = join(import.meta.dirname, '..', '..', 'test', 'devset', 'e2e');

/** The sets of test/devset/e2e, each with the heading it is printed under. */
export const E2E_SETS = {
  dev: 'end-to-end development reports (test/devset/e2e/dev)',
  dev2: 'end-to-end development reports, second set (test/devset/e2e/dev2)',
  heldout: 'end-to-end held-out reports (test/devset/e2e/heldout)',
  // Written by a second examiner after the first held-out set had been seen: blind again.
  heldout2: 'end-to-end second held-out reports (test/devset/e2e/heldout2)',
  // Written by a third examiner, blind to the pipeline's rules, after heldout2 had been seen.
  heldout3: 'end-to-end third held-out reports (test/devset/e2e/heldout3)',
  // Written by a fourth examiner, blind to the pipeline's rules and to the other sets' texts: the blind set now.
  heldout4: 'end-to-end fourth held-out reports (test/devset/e2e/heldout4)',
  // Written by a fifth examiner, blind to the rules and to the other sets' texts, after heldout4 had been seen.
  heldout5: 'end-to-end fifth held-out reports (test/devset/e2e/heldout5)',
  // Written by a sixth examiner alongside the fifth, scored once the rules heldout5 showed were in.
  heldout6: 'end-to-end sixth held-out reports (test/devset/e2e/heldout6)',
  // Written by a seventh examiner while heldout6's rules were made; scored once, on the code after them.
  heldout7: 'end-to-end seventh held-out reports (test/devset/e2e/heldout7)',
  // Written by an eighth examiner while heldout7's rules were made; scored once, on the code after them.
  heldout8: 'end-to-end eighth held-out reports (test/devset/e2e/heldout8)',
  // Written by a ninth examiner while heldout8's rules were made; scored once, on the code after them.
  heldout9: 'end-to-end ninth held-out reports (test/devset/e2e/heldout9)',
  // Written by a tenth examiner while heldout9's rules were made; scored once, on the code after them.
  heldout10: 'end-to-end tenth held-out reports (test/devset/e2e/heldout10)',
  // Written by an eleventh examiner alongside heldout10; scored once, on the code after heldout10's rules.
  heldout11: 'end-to-end eleventh held-out reports (test/devset/e2e/heldout11)',
  // Written by two more examiners while heldout11's rules were made; scored once, on the code after them.
  heldout12: 'end-to-end twelfth held-out reports (test/devset/e2e/heldout12)',
  heldout13: 'end-to-end thirteenth held-out reports (test/devset/e2e/heldout13)',
  // Written by two more examiners while heldout12's and heldout13's rules were made; scored once, on the code after them.
  heldout14: 'end-to-end fourteenth held-out reports (test/devset/e2e/heldout14)',
  heldout15: 'end-to-end fifteenth held-out reports (test/devset/e2e/heldout15)',
  // Written by two more examiners while heldout14's and heldout15's rules were made; scored once, on the code after them.
  heldout16: 'end-to-end sixteenth held-out reports (test/devset/e2e/heldout16)',
  heldout17: 'end-to-end seventeenth held-out reports (test/devset/e2e/heldout17)',
  // Written by two more examiners while heldout16's and heldout17's rules were made; scored once, on the code after them.
  heldout18: 'end-to-end eighteenth held-out reports (test/devset/e2e/heldout18)',
  heldout19: 'end-to-end nineteenth held-out reports (test/devset/e2e/heldout19)',
  // Written by two more examiners while heldout18's and heldout19's rules were made; scored once, on the code after them.
  heldout20: 'end-to-end twentieth held-out reports (test/devset/e2e/heldout20)',
  heldout21: 'end-to-end twenty-first held-out reports (test/devset/e2e/heldout21)',
  // Written by two more examiners while heldout20's and heldout21's rules were made; scored once, on the code after them.
  heldout22: 'end-to-end twenty-second held-out reports (test/devset/e2e/heldout22)',
  heldout23: 'end-to-end twenty-third held-out reports (test/devset/e2e/heldout23)',
} as const;

/** The development and held-out sets, each scored and printed on its own. */
export function benchE2e(dataDir = join(import.meta.dirname, '..', '..', 'data'), verbose = false): string {
  const reference = loadReference(dataDir);
  return (Object.keys(E2E_SETS) as (keyof typeof E2E_SETS)[]).map((set) => {
    const scores = loadGoldDir(join(E2E_DIR, set)).map((g) => scoreReport(g, extractAsCli(g, reference)));
    return formatE2e(E2E_SETS[set], scores, verbose);
  }).join('\n\n');
}

if (import.meta.main) console.log(benchE2e(undefined, !process.argv.includes('--quiet')));
