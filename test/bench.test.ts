import { describe, expect, it } from 'vitest';
import { benchPipeline, formatTable, growth, type BenchRow } from '../scripts/bench.ts';

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
