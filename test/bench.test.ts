import { describe, expect, it } from 'vitest';
import { benchPipeline, formatTable, growth, type BenchRow } from '../scripts/bench.ts';
import { buildStages } from '../scripts/bench/site.ts';
import { benchStress, formatStress, stressCases, stressGoals } from '../scripts/bench/stressBench.ts';

describe('bench', () => {
  it('benchPipeline returns the seed rows and a synthetic row with counts (no timing asserted)', () => {
    const rows = benchPipeline({ synthetic: 10, repeats: 1 });
    expect(rows.map((r) => r.reports)).toEqual([5, 5, 10]);
    expect(rows[0].figures).toBe(rows[1].figures);
    for (const r of rows) {
      expect(r.figures).toBeGreaterThan(0);
      expect(r.characters).toBeGreaterThan(0);
      expect(r.seconds).toBeGreaterThan(0);
    }
  });

  it('formatTable aligns columns and leaves counts that do not apply empty', () => {
    const rows: BenchRow[] = [
      { label: 'a', reports: 5, characters: 24706, figures: 414, seconds: 0.25 },
      { label: 'site build', reports: null, characters: null, figures: null, seconds: 6, note: '198 pages' },
    ];
    const lines = formatTable(rows).split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[2]).toMatch(/^a\s+5\s+24,706\s+414\s+0\.250\s+1,656\s+50\.00$/);
    expect(lines[3]).toMatch(/^site build\s+6\.000\s+198 pages$/);
    // Numbers are right-aligned under their header.
    const end = (line: string, cell: string) => line.indexOf(cell) + cell.length;
    expect(end(lines[2], '0.250')).toBe(end(lines[0], 'seconds'));
    expect(end(lines[3], '6.000')).toBe(end(lines[0], 'seconds'));
  });

  it('growth compares time per report and per character', () => {
    const small: BenchRow = { label: '', reports: 5, characters: 25_000, figures: 400, seconds: 0.05 };
    const large: BenchRow = { label: '', reports: 1000, characters: 5_000_000, figures: 80_000, seconds: 20 };
    expect(growth(small, large)).toEqual({ perReport: 2, perCharacter: 2 });
  });
});

describe('stress cases', () => {
  it('run each case in a child process and set it against the seeds and, in a series, the case half its size', () => {
    const rows = benchStress({ repeats: 1, scale: 0.001 });
    expect(rows.map((r) => r.name)).toEqual(stressCases(0.001).map((c) => c.name));
    expect(rows[0]).toMatchObject({ name: 'seeds', reports: 5, vsSeeds: 1, vsSeedsPerByte: 1 });
    for (const r of rows) {
      expect(r.mentions).toBeGreaterThan(0);
      expect(r.cpuSeconds).toBeGreaterThan(0);
      expect(r.maxRssMB).toBeGreaterThan(0);
      expect(r.vsSeeds).toBeCloseTo(r.cpuSeconds / rows[0].cpuSeconds, 9);
    }
    // The 10,000-numbers case at 1/1000 holds at least 10 numbers; the sizes of a series double.
    expect(rows[1].mentions).toBeGreaterThanOrEqual(10);
    for (const series of ['report', 'unpunctuated']) {
      const s = rows.filter((r) => r.series === series);
      expect(s).toHaveLength(3);
      expect(s[0].doubling).toBeUndefined();
      expect(s[2].size).toBe(2 * s[1].size);
      expect(s[2].doubling!.time).toBeCloseTo(s[2].cpuSeconds / s[1].cpuSeconds, 9);
      expect(s[2].bytes / s[1].bytes).toBeGreaterThan(1.5);
    }
    const table = formatStress(rows).split('\n');
    expect(table).toHaveLength(rows.length + 2);
    expect(stressGoals(rows).some((g) => g.startsWith('goal ≤ 1.2× time per byte per doubling'))).toBe(true);
  }, 120_000);
});

describe('site build stages', () => {
  it('are read from the build log: stage times and render time summed by kind of page', () => {
    const log = [
      '10:00:00 [content] Syncing content', '10:00:01 [build] Collecting build info...', '10:00:02 [build] ✓ Completed in 1.00s.',
      '10:00:02 [build] Building static entrypoints...', '10:00:07 [build] Rearranging server assets...', ' generating static routes ',
      '10:00:08   ├─ /charts/a.zh.png/ (+1.50s) ', '10:00:09   ├─ /en/charts/a.en.png/ (+500ms) ', '10:00:09   ├─ /reports/x/index.html (+20ms) ',
      '10:00:09   └─ /index.html (+5ms) ', '10:00:20 ✓ Completed in 12.50s.', '10:00:20 [build] ✓ Completed in 18.00s.',
      '10:00:31 [xiangcun-search-index] search index: 4 pages',
    ].join('\n');
    const { stages, routes } = buildStages(log);
    expect(stages).toEqual([
      ['astro: content, types, build info', 2], ['astro: bundle (vite)', 5], ['astro: render pages', 12.5], ['astro: search index (pagefind)', 11],
    ]);
    expect(routes[0]).toEqual(['/charts/*.png', 2]);
    expect(routes.map((r) => r[0])).toEqual(['/charts/*.png', '/reports/*', '/index.html']);
  });
});
