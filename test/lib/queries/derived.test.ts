import { afterEach, describe, expect, it } from 'vitest';
import {
  indicatorCounts, indicatorRows, indicatorsWithFigures, levelFigures, measuredRegions, regionFigureCount, reportFigureCount,
} from '../../../src/lib/queries/derived.ts';
import { atlas, figures, figuresByRegion, figuresByReport, indicators, regions, reports, resetAtlas } from '../../../src/lib/queries/data.ts';
import { per10k } from '../../../src/lib/queries/measure.ts';

// The derived tables are checked against the plain definition of each, over the real data.
describe('derived tables of the real data', () => {
  afterEach(() => resetAtlas());

  it('lists every figure of an indicator once, results before changes before targets, then by period, region and place', () => {
    const order = { actual: 0, change: 1, target: 2 };
    for (const ind of indicators()) {
      const rows = indicatorRows(ind);
      expect(new Set(rows.map((r) => r.figure)), ind.key).toEqual(new Set(figures().filter((f) => f.indicator === ind.key)));
      const keys = rows.map((r) => [order[r.figure.kind], r.figure.period, r.region.code, r.figure.number_start] as const);
      const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1].localeCompare(b[1]) || a[2].localeCompare(b[2]) || a[3] - b[3]);
      expect(keys, ind.key).toEqual(sorted);
      for (const r of rows) {
        expect(r.region.code).toBe(r.figure.region_code);
        expect(r.report.id).toBe(r.figure.report);
      }
    }
  });

  it('gives a rate only where indicators.yml allows one and a census population exists, and then per10k’s', () => {
    let rated = 0;
    for (const ind of indicators()) {
      for (const r of indicatorRows(ind)) {
        expect(r.rate, r.figure.figure_id).toBe(ind.per_capita ? per10k(r.figure, r.region) : null);
        if (r.rate !== null) rated++;
      }
    }
    expect(rated).toBeGreaterThan(0);
  });

  it('counts the figures of each indicator, report and region as filtering them would', () => {
    for (const ind of indicators()) {
      const own = figures().filter((f) => f.indicator === ind.key);
      expect(indicatorCounts(ind.key), ind.key).toEqual({ figures: own.length, regions: new Set(own.map((f) => f.region_code)).size });
    }
    expect(indicatorsWithFigures().map((i) => i.key)).toEqual(indicators().filter((i) => indicatorCounts(i.key).figures > 0).map((i) => i.key));
    for (const r of reports()) expect(reportFigureCount(r.id), r.id).toBe(figuresByReport(r.id).length);
    for (const r of regions()) {
      expect(regionFigureCount(r.code), r.code).toBe(figuresByRegion(r.code).length);
      expect(regionFigureCount(r.code, { includeDescendants: true }), r.code).toBe(figuresByRegion(r.code, { includeDescendants: true }).length);
    }
    expect(measuredRegions().map((r) => r.code)).toEqual(regions().filter((r) => figuresByRegion(r.code).length > 0).map((r) => r.code));
    expect(regionFigureCount('no-such-region')).toBe(0);
  });

  it('keeps as levels the results and targets in their indicator’s unit, in figures.csv order', () => {
    const unit = new Map(indicators().map((i) => [i.key, i.unit]));
    const expected = figures().filter((f) => f.kind !== 'change' && unit.get(f.indicator) === f.unit).map((f) => f.figure_id);
    expect(expected.length).toBeGreaterThan(10);
    expect(Array.from(levelFigures().array('figure_id'))).toEqual(expected);
  });

  it('derives afresh from a reloaded atlas', () => {
    const ind = indicatorsWithFigures()[0];
    const before = indicatorRows(ind)[0].figure;
    resetAtlas();
    const after = indicatorRows(ind)[0].figure;
    expect(after).not.toBe(before);
    expect(atlas().figures).toContain(after);
  });
});
