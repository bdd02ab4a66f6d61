// Benchmark of the site build: the data pipeline and `npm run build` (as the quality gates run it, into
// .tmp/bench-site rather than dist/), then the pages built and their size on the wire.
//   npx node scripts/bench-site.ts      prints the table; scripts/bench.ts calls benchSite().
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { failureReport, projectScripts, ROOT, runCommand, siteBuildCommand } from '../test/site/build.ts';
import { pageWeight } from '../test/site/budgets.ts';
import { htmlPages } from '../test/site/files.ts';

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
}

const OUT_DIR = join(ROOT, '.tmp/bench-site');

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Runs the data pipeline and the site build once and measures them. Throws with the failing command's output. */
export async function benchSite(): Promise<BenchRow[]> {
  const scripts = projectScripts();
  const build = siteBuildCommand(scripts, OUT_DIR);
  // The data pipeline runs first unless the build already runs it.
  const steps = /\bscripts\/data\.ts\b/.test(build) || !scripts.data ? [build] : [scripts.data, build];
  rmSync(OUT_DIR, { recursive: true, force: true });
  let dataMs = 0;
  let buildMs = 0;
  for (const command of steps) {
    const result = await runCommand(command);
    if (result.code !== 0) throw new Error(`bench-site: ${failureReport(result)}`);
    if (command === build) buildMs = result.ms;
    else dataMs = result.ms;
  }
  const pages = htmlPages(OUT_DIR);
  const sizes = pages.map((page) => pageWeight(OUT_DIR, page).total);
  const largest = Math.max(...sizes);
  return [
    { metric: 'site build, data pipeline included', value: (dataMs + buildMs) / 1000, unit: 's' },
    { metric: 'data pipeline', value: dataMs / 1000, unit: 's' },
    { metric: 'site build (npm run build)', value: buildMs / 1000, unit: 's' },
    { metric: 'pages built', value: pages.length, unit: 'pages' },
    { metric: 'pages per second (site build)', value: pages.length / (buildMs / 1000), unit: 'pages/s' },
    { metric: `largest page transferred, gzip (${pages[sizes.indexOf(largest)]?.url ?? '—'})`, value: largest / 1024, unit: 'KB' },
    { metric: 'median page transferred, gzip', value: median(sizes) / 1024, unit: 'KB' },
  ];
}

export function formatRows(rows: BenchRow[]): string {
  const width = Math.max(...rows.map((r) => r.metric.length));
  return rows.map((r) => `${r.metric.padEnd(width)}  ${r.value.toFixed(r.unit === 'pages' ? 0 : 1).padStart(8)} ${r.unit}`).join('\n');
}

if (import.meta.main) {
  try {
    console.log(formatRows(await benchSite()));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
