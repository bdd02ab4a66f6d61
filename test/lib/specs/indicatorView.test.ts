import { describe, expect, it } from 'vitest';
import { headlineIndicators, indicatorChartRows } from '../../../src/lib/specs/indicatorView.ts';
import { indicatorRows } from '../../../src/lib/queries/derived.ts';
import { scaleViolations } from '../../../src/lib/comparability/comparability.ts';
import { siteScaleContext } from '../../../src/lib/comparability/scale.ts';
import { indicators } from '../../../src/lib/queries/data.ts';

describe('indicator views of the real data', () => {
  it('heads the home page with charts comparing at least three regions, widest first', () => {
    const heads = headlineIndicators(3);
    const width = (key: string) => {
      const ind = indicators().find((i) => i.key === key)!;
      return new Set(indicatorChartRows(ind)?.rows.map((r) => r.region.code)).size;
    };
    const widths = heads.map((i) => width(i.key));
    for (const w of widths) expect(w).toBeGreaterThanOrEqual(3);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
  });

  it('charts every indicator it can with rows that may share a scale, and never one bar', () => {
    let charted = 0;
    for (const ind of indicators()) {
      const chosen = indicatorChartRows(ind);
      if (!chosen) continue;
      charted++;
      expect(chosen.rows.length, ind.key).toBeGreaterThanOrEqual(2);
      const rows = chosen.rows.map((r) => ({ ...r, measure: chosen.measure }));
      expect(scaleViolations(rows, siteScaleContext(), { drawsTargets: true }), ind.key).toEqual([]);
    }
    expect(charted).toBeGreaterThan(5);
  });

  it('charts totals of a province and its cities per resident, not side by side', () => {
    const funds = indicators().find((i) => i.key === 'bridging_funds')!;
    const chosen = indicatorChartRows(funds);
    const levels = new Set(indicatorRows(funds).map((r) => r.region.level));
    expect(levels.size).toBeGreaterThan(1);
    if (chosen?.measure === 'value') expect(new Set(chosen.rows.map((r) => r.region.level)).size).toBe(1);
  });

  it('charts a growth indicator by its changes', () => {
    const growth = indicators().find((i) => i.key === 'exited_income_growth')!;
    expect(indicatorChartRows(growth)?.rows.some((r) => r.figure.kind === 'change')).toBe(true);
  });
});
