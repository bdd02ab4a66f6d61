import { describe, expect, it } from 'vitest';
import { figureById, findIndicator, findRegion } from '../../../src/lib/queries/data.ts';
import { exploreData, exploreDomain } from '../../../src/lib/explore/exploreData.ts';

describe('the explorer data (/explore/figures.json)', () => {
  const data = exploreData();
  const n = data.figures.figure_id.length;

  it('has columns of one length', () => {
    expect(n).toBeGreaterThan(0);
    for (const [name, column] of Object.entries(data.figures)) expect(column, name).toHaveLength(n);
  });

  it('holds the levels a chart can draw: results and targets, in their indicator unit, as in figures.csv', () => {
    for (let i = 0; i < n; i++) {
      const f = figureById(data.figures.figure_id[i])!;
      expect(f, data.figures.figure_id[i]).toBeDefined();
      expect(f.kind).not.toBe('change');
      expect(f.unit).toBe(findIndicator(f.indicator)!.unit);
      expect([data.figures.value[i], data.figures.region_code[i], data.figures.period[i], data.figures.number_start[i]]).toEqual([f.value, f.region_code, f.period, f.number_start]);
    }
  });

  it('labels what the figures name, in both languages, and nothing more', () => {
    expect(new Set(data.indicators.map((i) => i.key))).toEqual(new Set(data.figures.indicator));
    expect(new Set(data.regions.map((r) => r.code))).toEqual(new Set(data.figures.region_code));
    expect(new Set(data.reports.map((r) => r.id))).toEqual(new Set(data.figures.report));
    for (const r of data.regions) expect(r.population).toBe(findRegion(r.code)!.population_2020);
    for (const r of data.reports) expect(r.href).toEqual({ zh: `/reports/${r.id}/`, en: `/en/reports/${r.id}/` });
    for (const i of data.indicators) expect(i.label.zh && i.label.en).toBeTruthy();
  });

  it('defaults to an indicator it has', () => {
    expect(exploreDomain(data).indicators).toContain(data.defaultIndicator);
  });
});
