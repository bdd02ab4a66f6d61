import { describe, expect, it } from 'vitest';
import { headlineIndicators, indicatorRows } from '../../src/lib/indicatorView.ts';
import { comparableForChart } from '../../src/lib/chartData.ts';
import { indicators } from '../../src/lib/data.ts';

describe('indicator views of the real data', () => {
  it('orders results before changes before targets', () => {
    const order = { actual: 0, change: 1, target: 2 };
    for (const ind of indicators()) {
      const kinds = indicatorRows(ind).map((r) => order[r.figure.kind]);
      expect(kinds, ind.key).toEqual([...kinds].sort((a, b) => a - b));
    }
  });

  it('gives a rate only where indicators.yml allows one and a census population exists', () => {
    for (const ind of indicators()) {
      for (const r of indicatorRows(ind)) {
        if (r.rate !== null) {
          expect(ind.per_capita, ind.key).toBe(true);
          expect(r.region.population_2020, r.figure.figure_id).not.toBeNull();
        }
      }
    }
  });

  it('heads the home page with charts comparing at least three regions, widest first', () => {
    const heads = headlineIndicators(3);
    const width = (key: string) => {
      const ind = indicators().find((i) => i.key === key)!;
      return new Set(comparableForChart(indicatorRows(ind), ind.unit).map((r) => r.region.code)).size;
    };
    const widths = heads.map((i) => width(i.key));
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(3);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
  });
});
