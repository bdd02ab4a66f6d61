// npm run bench [-- --synthetic 1000 --repeats 5 --stress-repeats 3 --skip-stress --pipeline-only --site --site-reports 50,100,200]
// npm run bench -- --e2e   only the end-to-end examination (scripts/bench/e2e.ts), with every miss listed
// Times the pipeline on the five seed reports and on synthetic reports built from their sentences, and prints
// one table. Growth should be near linear: the time per report at 1,000 reports close to that at 5.
// Then the stress cases (scripts/bench/stressBench.ts: 10,000 numbers, 5 MB, 1,000 reports, doubling series),
// each in a child process, against the seeds; --skip-stress leaves them out.
// Other benchmarks add rows through a hook: scripts/bench/site.ts, when it exists, exports `benchSite()`; its
// rows join the table when shaped like BenchRow, else its own `formatRows()` prints them below. --pipeline-only skips it.
// --site builds the whole site on the seeds plus each --site-reports count of synthetic reports (slow: minutes each).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { args, main } from './lib/cli.ts';
import { renderOutputs } from './pipeline/outputs.ts';
import { runPipeline } from './pipeline/run.ts';
import { loadReference } from './pipeline/load.ts';
import { syntheticReports } from './bench/synthetic.ts';
import { extractAll, seedReports } from './bench/case.ts';
import { benchStress, formatStress, stressGoals } from './bench/stressBench.ts';

/** One line of the table. Counts that do not apply (a site build has no figures) are null. */
export interface BenchRow {
  label: string;
  reports: number | null;
  characters: number | null;
  figures: number | null;
  seconds: number;
  note?: string;
}

export interface BenchOptions {
  dataDir?: string;
  /** How many synthetic reports. */
  synthetic?: number;
  /** Runs of the small cases; the median is reported. */
  repeats?: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function timed<T>(fn: () => T): { value: T; seconds: number } {
  const start = performance.now();
  const value = fn();
  return { value, seconds: (performance.now() - start) / 1000 };
}

/** The pipeline rows: the seeds through runPipeline (as npm run data), the seeds in memory, and synthetic reports. */
export function benchPipeline(options: BenchOptions = {}): BenchRow[] {
  const dataDir = options.dataDir ?? join(import.meta.dirname, '..', 'data');
  const repeats = options.repeats ?? 5;
  const n = options.synthetic ?? 1000;
  const reference = loadReference(dataDir);

  const full = Array.from({ length: repeats }, () => timed(() => {
    const result = runPipeline(dataDir);
    renderOutputs(result, dataDir);
    return result;
  }));
  const result = full[0].value;
  const seeds = seedReports(dataDir, reference);
  const characters = seeds.reduce((sum, r) => sum + r.text.length, 0);
  const inMemory = Array.from({ length: repeats }, () => timed(() => extractAll(seeds, reference).figures));
  const synthetic = syntheticReports(n, { dataDir });
  const big = timed(() => extractAll(synthetic, reference).figures);

  return [
    { label: 'seed reports, npm run data (in process)', reports: seeds.length, characters, figures: result.figures.length, seconds: median(full.map((r) => r.seconds)), note: `median of ${repeats}` },
    { label: 'seed reports, extract + validate', reports: seeds.length, characters, figures: inMemory[0].value, seconds: median(inMemory.map((r) => r.seconds)), note: `median of ${repeats}` },
    { label: 'synthetic reports, extract + validate', reports: n, characters: synthetic.reduce((sum, r) => sum + r.text.length, 0), figures: big.value, seconds: big.seconds, note: 'one run' },
  ];
}

const fmt = (x: number | null, digits = 0) => (x === null ? '' : x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits }));

/** The rows as an aligned plain-text table. */
export function formatTable(rows: BenchRow[]): string {
  const head = ['case', 'reports', 'characters', 'figures', 'seconds', 'figures/s', 'ms/report', 'note'];
  const body = rows.map((r) => [
    r.label, fmt(r.reports), fmt(r.characters), fmt(r.figures), fmt(r.seconds, 3),
    r.figures === null || r.seconds === 0 ? '' : fmt(r.figures / r.seconds),
    r.reports ? fmt((1000 * r.seconds) / r.reports, 2) : '', r.note ?? '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/** Time per report and per character at scale, relative to the seeds: near 1 means linear growth. */
export function growth(small: BenchRow, large: BenchRow): { perReport: number; perCharacter: number } {
  return {
    perReport: (large.seconds / large.reports!) / (small.seconds / small.reports!),
    perCharacter: (large.seconds / large.characters!) / (small.seconds / small.characters!),
  };
}

if (import.meta.main) {
  await main(async () => {
    const { values } = args({
      synthetic: { type: 'string', default: '1000' }, repeats: { type: 'string', default: '5' },
      'pipeline-only': { type: 'boolean', default: false }, data: { type: 'string' },
      'stress-repeats': { type: 'string', default: '3' }, 'skip-stress': { type: 'boolean', default: false },
      site: { type: 'boolean', default: false }, 'site-reports': { type: 'string', default: '50,100,200' },
      e2e: { type: 'boolean', default: false },
    });
    if (values.e2e) {
      // Seconds, not minutes: the reports of test/devset/e2e scored as `npm run extract` reads them, each set (dev, dev2, held-out, second held-out) apart.
      const { benchE2e } = await import('./bench/e2e.ts');
      console.log(benchE2e(values.data, true));
      return;
    }
    const rows = benchPipeline({ synthetic: Number(values.synthetic), repeats: Number(values.repeats), dataDir: values.data });
    const g = growth(rows[1], rows[2]);
    const goal = rows[0].seconds <= 0.5 ? 'met' : 'MISSED';
    const notes = [
      `time per report at ${rows[2].reports} vs at ${rows[1].reports}: ×${g.perReport.toFixed(2)}; per character: ×${g.perCharacter.toFixed(2)} (1.00 = linear)`,
      `goal ≤ 0.5 s for the seed reports through npm run data: ${goal} (${rows[0].seconds.toFixed(3)} s)`,
    ];
    // Hook for other benchmarks: scripts/bench/site.ts adds its measurements when it exists. Rows shaped like
    // BenchRow join this table; rows of its own shape are printed by its own formatRows, after this table.
    const site = join(import.meta.dirname, 'bench', 'site.ts');
    let siteTable = '';
    if (!values['pipeline-only'] && existsSync(site)) {
      const mod = (await import(new URL('./bench/site.ts', import.meta.url).href)) as {
        benchSite?: () => Promise<unknown[]>; formatRows?: (rows: unknown[]) => string;
      };
      const siteRows = mod.benchSite ? await mod.benchSite() : [];
      if (siteRows.every((r) => typeof (r as BenchRow).label === 'string' && typeof (r as BenchRow).seconds === 'number')) rows.push(...(siteRows as BenchRow[]));
      else if (mod.formatRows) siteTable = mod.formatRows(siteRows);
    }
    console.log(formatTable(rows));
    if (siteTable) console.log(`\n${siteTable}\n`);
    for (const n of notes) console.log(n);
    if (!values['skip-stress']) {
      const stress = benchStress({ repeats: Number(values['stress-repeats']), dataDir: values.data, log: (l) => console.error(l) });
      console.log(`\nstress cases, each in its own process, fastest of ${values['stress-repeats']} runs; × seeds on CPU time; doubling: against the case half its size\n`);
      console.log(formatStress(stress));
      for (const g of stressGoals(stress)) console.log(g);
    }
    if (values.site) {
      const { benchSite, formatRows } = await import('./bench/site.ts');
      for (const n of values['site-reports']!.split(',').map(Number)) {
        console.log(`\nsite build with the seeds and ${n} synthetic reports\n`);
        console.log(formatRows(await benchSite({ reports: n })));
      }
    }
    // The indicator layer on its development set (scripts/bench-indicators.ts).
    const { benchIndicators } = await import('./bench-indicators.ts');
    console.log(`\n${benchIndicators(values.data)}`);
    // Whole reports end to end, given only the file (scripts/bench/e2e.ts; --e2e lists every miss).
    const { benchE2e } = await import('./bench/e2e.ts');
    console.log(`\n${benchE2e(values.data)}`);
  });
}
