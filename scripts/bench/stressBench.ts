// The stress cases of `npm run bench`: each runs in a child process (scripts/bench/case.ts) several times, and the
// fastest run counts, since a shared machine only ever adds time. Each case is set against the five seed reports,
// and the doubling series show how time and memory grow as the text doubles (linear: ×1.00 per doubled byte).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { availableParallelism, loadavg } from 'node:os';
import type { CaseName, CaseResult } from './case.ts';

export interface StressCase {
  label: string;
  name: CaseName;
  size: number;
  /** Cases of one series double in size, in order. */
  series?: string;
}

const MB = 1_000_000;

/** The cases; `scale` shrinks every size (the unit test runs them tiny). */
export function stressCases(scale = 1): StressCase[] {
  const s = (n: number) => Math.max(1, Math.round(n * scale));
  return [
    { label: 'seed reports', name: 'seeds', size: 0 },
    { label: `${num(s(10_000))} numbers in one report`, name: 'numbers', size: s(10_000) },
    { label: `one ${num(s(5 * MB) / MB, 2)} MB report`, name: 'large', size: s(5 * MB) },
    { label: `${num(s(1000))} reports`, name: 'reports', size: s(1000) },
    ...[1.25, 2.5, 5].map((mb): StressCase => ({ label: `${num(s(mb * MB) / MB, 2)} MB report`, name: 'large', size: s(mb * MB), series: 'report' })),
    ...[1.25, 2.5, 5].map((mb): StressCase => ({ label: `${num(s(mb * MB) / MB, 2)} MB unpunctuated`, name: 'unpunctuated', size: s(mb * MB), series: 'unpunctuated' })),
  ];
}

export interface StressRow extends CaseResult {
  label: string;
  name: CaseName;
  series?: string;
  runs: number;
  /** Time (CPU seconds) relative to the seed reports, whole and per byte. */
  vsSeeds: number;
  vsSeedsPerByte: number;
  /** Against the previous case of its series: CPU time ×, time per byte ×, peak memory ×. */
  doubling?: { time: number; perByte: number; memory: number };
}

/** One run of a case in a fresh process; throws with the child's error output when it fails. */
export function runChild(name: CaseName, size: number, dataDir?: string): CaseResult {
  const script = join(import.meta.dirname, 'case.ts');
  const args = [script, name, String(size), ...(dataDir ? ['--data', dataDir] : [])];
  const child = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(`bench case ${name} ${size}: ${(child.stderr || child.stdout).trim().split('\n').pop()}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as CaseResult;
}

/** Runs every case `repeats` times and keeps, per figure, the smallest (the least disturbed run). */
export function benchStress({ repeats = 3, scale = 1, dataDir, log = () => {} }: { repeats?: number; scale?: number; dataDir?: string; log?: (line: string) => void } = {}): StressRow[] {
  const rows: StressRow[] = [];
  const cache = new Map<string, CaseResult>();
  for (const c of stressCases(scale)) {
    const key = `${c.name} ${c.size}`;
    let best = cache.get(key);
    if (!best) {
      for (let i = 0; i < repeats; i++) {
        const r = runChild(c.name, c.size, dataDir);
        best = best ? { ...r, seconds: Math.min(best.seconds, r.seconds), cpuSeconds: Math.min(best.cpuSeconds, r.cpuSeconds), maxRssMB: Math.min(best.maxRssMB, r.maxRssMB) } : r;
      }
      cache.set(key, best!);
    }
    log(`  ${c.label}: ${best!.cpuSeconds.toFixed(2)} s CPU`);
    const seeds = rows[0] ?? best!;
    const prev = c.series ? [...rows].reverse().find((r) => r.series === c.series) : undefined;
    rows.push({
      ...best!, label: c.label, name: c.name, series: c.series, runs: repeats,
      vsSeeds: best!.cpuSeconds / seeds.cpuSeconds,
      vsSeedsPerByte: (best!.cpuSeconds / best!.bytes) / (seeds.cpuSeconds / seeds.bytes),
      doubling: prev && {
        time: best!.cpuSeconds / prev.cpuSeconds,
        perByte: (best!.cpuSeconds / best!.bytes) / (prev.cpuSeconds / prev.bytes),
        memory: best!.maxRssMB / prev.maxRssMB,
      },
    });
  }
  return rows;
}

const num = (x: number, digits = 0) => x.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** The stress rows as an aligned table. */
export function formatStress(rows: StressRow[]): string {
  const head = ['case', 'MB', 'numbers', 'figures', 'wall s', 'CPU s', 'peak MB', '× seeds', '×/byte', 'doubling: ×time', '×/byte', '×memory'];
  const body = rows.map((r) => [
    r.label, num(r.bytes / MB, 2), num(r.mentions), num(r.figures), num(r.seconds, 2), num(r.cpuSeconds, 2), num(r.maxRssMB),
    num(r.vsSeeds, 1), num(r.vsSeedsPerByte, 2),
    r.doubling ? num(r.doubling.time, 2) : '', r.doubling ? num(r.doubling.perByte, 2) : '', r.doubling ? num(r.doubling.memory, 2) : '',
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

/**
 * The goals, checked on the rows: 5 MB in ≤ 10 s and ≤ 500 MB, ≤ 1.2× time per byte per doubling. Time is
 * CPU time: on a shared machine the wall clock also counts the other processes (the load average is printed).
 */
export function stressGoals(rows: StressRow[]): string[] {
  const big = rows.find((r) => r.name === 'large' && !r.series && r.size === 5 * MB);
  const worst = Math.max(...rows.filter((r) => r.doubling).map((r) => r.doubling!.perByte));
  const out: string[] = [];
  if (big) {
    const met = big.cpuSeconds <= 10 && big.maxRssMB <= 500;
    out.push(`goal 5 MB in ≤ 10 s and ≤ 500 MB: ${met ? 'met' : 'MISSED'} (${big.cpuSeconds.toFixed(2)} s CPU, ${big.seconds.toFixed(2)} s wall `
      + `at load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores, ${big.maxRssMB.toFixed(0)} MB peak)`);
  }
  if (Number.isFinite(worst)) out.push(`goal ≤ 1.2× time per byte per doubling: ${worst <= 1.2 ? 'met' : 'MISSED'} (worst ×${worst.toFixed(2)})`);
  return out;
}
