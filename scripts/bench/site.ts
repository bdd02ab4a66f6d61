// Benchmark of the site build: the data pipeline and `npm run build` (as the quality gates run it, into .tmp/
// rather than dist/), the pages built, the time of each stage, and the slowest kind of page.
//   node scripts/bench/site.ts                   the project's own data
//   node scripts/bench/site.ts --reports 1000    the seeds plus 1,000 synthetic reports (scripts/bench/corpus.ts),
//                                                built from .tmp/bench-site-data-1000 through ATLAS_DATA_DIR
// scripts/bench.ts calls benchSite() (and with --site, the scale runs).
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { args, main } from '../lib/cli.ts';
import { failureReport, projectScripts, ROOT, runCommand, siteBuildCommand } from '../lib/siteBuild.ts';
import { htmlPages } from '../lib/siteFiles.ts';
import { writeCorpus } from './corpus.ts';

const GNU_TIME = '/usr/bin/time';

export interface BenchRow {
  metric: string;
  value: number;
  unit: string;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const seconds = (hms: string) => hms.split(':').reduce((s, x) => s * 60 + Number(x), 0);

/**
 * The stages of an `astro build` from its log (timestamps to the second; rendering from its own total), and the
 * rendering time summed by kind of page ('/charts/*.png', '/reports/*'), from the '(+12ms)' after each route.
 */
export function buildStages(log: string): { stages: [string, number][]; routes: [string, number][] } {
  const lines = log.split('\n');
  const at = (re: RegExp, last = false) => {
    const line = last ? lines.findLast((l) => re.test(l)) : lines.find((l) => re.test(l));
    const t = line && /^(\d\d:\d\d:\d\d)/.exec(line);
    return t ? seconds(t[1]) : null;
  };
  const start = at(/^\d\d:\d\d:\d\d /);
  const bundle = at(/Building static entrypoints/);
  const rendering = at(/Rearranging server assets|generating static routes/);
  const built = at(/\[build\] ✓ Completed in/, true); // the last: the first closes 'Collecting build info'
  const searched = at(/\[xiangcun-search-index\]/);
  const renderTotal = /^\S+ ✓ Completed in ([\d.]+)(m?s)\./m.exec(log);
  const stages: [string, number][] = [];
  if (start !== null && bundle !== null) stages.push(['astro: content, types, build info', bundle - start]);
  if (bundle !== null && rendering !== null) stages.push(['astro: bundle (vite)', rendering - bundle]);
  const routes = routeTimes(log);
  // Astro's own total when its line is found; else the sum of the routes' times.
  const render = renderTotal ? Number(renderTotal[1]) / (renderTotal[2] === 'ms' ? 1000 : 1) : routes.reduce((sum, [, t]) => sum + t, 0);
  if (routes.length || renderTotal) stages.push(['astro: render pages', render]);
  if (built !== null && searched !== null) stages.push(['astro: search index (pagefind)', searched - built]);
  return { stages, routes };
}

/** Render time summed by kind of page, slowest first. */
function routeTimes(log: string): [string, number][] {
  const routes = new Map<string, number>();
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(m?s)\)/g)) {
    const path = m[1].replace(/^\/en\//, '/');
    const ext = /\.(png|svg|csv|json)\/?$/.exec(path)?.[1];
    const kind = `/${path.split('/')[1] || ''}${path.split('/').length > 3 || ext ? '/*' : ''}${ext ? `.${ext}` : ''}`;
    routes.set(kind, (routes.get(kind) ?? 0) + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1));
  }
  return [...routes].sort((a, b) => b[1] - a[1]);
}

/**
 * Runs the data pipeline and the site build once and measures them. With `reports`, on a scratch corpus of the
 * seeds plus that many synthetic reports. Throws with the failing command's output.
 */
export async function benchSite({ reports }: { reports?: number } = {}): Promise<BenchRow[]> {
  const tag = reports === undefined ? '' : `-${reports}`;
  const outDir = join(ROOT, `.tmp/bench-site${tag}`);
  const dataDir = reports === undefined ? join(ROOT, 'data') : join(ROOT, `.tmp/bench-site-data${tag}`);
  const total = reports === undefined ? null : writeCorpus(dataDir, reports);
  const scripts = projectScripts();
  const build = `ATLAS_DATA_DIR=${dataDir} ${siteBuildCommand(scripts, outDir)}`;
  // The data pipeline runs first unless the build already runs it.
  const data = /\bscripts\/data\.ts\b/.test(build) || !scripts.data ? null : `node scripts/data.ts --quiet --data ${dataDir}`;
  rmSync(outDir, { recursive: true, force: true });
  let dataSeconds = 0;
  if (data) {
    const result = await runCommand(data);
    if (result.code !== 0) throw new Error(`bench-site: ${failureReport(result)}`);
    dataSeconds = result.ms / 1000;
  }
  // GNU time reports the peak memory of the largest process; a machine without it gets no memory row.
  const timed = existsSync(GNU_TIME) ? `${GNU_TIME} -f 'maxrss %M' sh -c '${build.replace(/'/g, `'\\''`)}' 2>&1` : `${build} 2>&1`;
  const result = await runCommand(timed);
  if (result.code !== 0) throw new Error(`bench-site: ${failureReport(result)}`);
  const buildSeconds = result.ms / 1000;
  const maxRss = Number(/maxrss (\d+)/.exec(result.stdout)?.[1] ?? NaN) / 1024;
  const pages = htmlPages(outDir);
  const sizes = pages.map((page) => gzipSync(readFileSync(join(outDir, page.file))).length);
  const { stages, routes } = buildStages(result.stdout);
  const all: [string, number][] = [...(data ? [['data pipeline (npm run data)', dataSeconds] as [string, number]] : []), ...stages];
  const slowest = all.reduce((a, b) => (b[1] > a[1] ? b : a), ['none', 0]);
  return [
    ...(total === null ? [] : [{ metric: 'reports (seeds + synthetic)', value: total, unit: 'reports' }]),
    { metric: 'site build, data pipeline included', value: dataSeconds + buildSeconds, unit: 's' },
    ...all.map(([name, s]) => ({ metric: name, value: s, unit: 's' })),
    { metric: `slowest stage: ${slowest[0]}`, value: slowest[1], unit: 's' },
    ...routes.slice(0, 3).map(([kind, s]) => ({ metric: `render time of ${kind} pages`, value: s, unit: 's' })),
    { metric: 'site build (npm run build)', value: buildSeconds, unit: 's' },
    ...(Number.isFinite(maxRss) ? [{ metric: 'site build peak memory (largest process)', value: maxRss, unit: 'MB' }] : []),
    { metric: 'pages built', value: pages.length, unit: 'pages' },
    { metric: 'pages per second (site build)', value: pages.length / buildSeconds, unit: 'pages/s' },
    { metric: `largest page HTML, gzip (${pages[sizes.indexOf(Math.max(...sizes))]?.url ?? '—'})`, value: Math.max(...sizes) / 1024, unit: 'KB' },
    { metric: 'median page HTML, gzip', value: median(sizes) / 1024, unit: 'KB' },
  ];
}

export function formatRows(rows: BenchRow[]): string {
  const width = Math.max(...rows.map((r) => r.metric.length));
  return rows.map((r) => `${r.metric.padEnd(width)}  ${r.value.toFixed(r.unit === 'pages' || r.unit === 'reports' ? 0 : 1).padStart(8)} ${r.unit}`).join('\n');
}

if (import.meta.main) {
  await main(async () => {
    const { values } = args({ reports: { type: 'string' } });
    const reports = values.reports === undefined ? undefined : Number(values.reports);
    console.log(formatRows(await benchSite({ reports })));
  });
}
