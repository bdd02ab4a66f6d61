import { describe, expect, it } from 'vitest';
import { selectMarks, selectScatter } from '../../../src/lib/explore/exploreSelect.ts';
import { defaultState } from '../../../src/lib/explore/explore.ts';
import { data } from '../../explore/fake.ts';

const base = defaultState({ indicators: ['people', 'money'], regions: ['100000', '200000', '300000'], defaultIndicator: 'people' });

describe('selectMarks', () => {
  it('takes one indicator, results before targets, largest first, each linked to its figure', () => {
    const { marks, leftOut } = selectMarks(data, base, 'people', 'en');
    expect(marks.map((m) => m.figure_id)).toEqual(['r-2022:20', 'r-2022:10', 'r-2022:30', 'r-2022:40']);
    expect(leftOut).toBe(0);
    expect(marks[0]).toMatchObject({ label: 'Yi', kind: 'actual', qualifier: 'approx', value: 200, href: '/en/reports/r-2022/#f-20', report: 'Report 2022' });
    expect(selectMarks(data, base, 'people', 'zh').marks[0].href).toBe('/reports/r-2022/#f-20');
  });

  it('keeps only the chosen regions', () => {
    const { marks } = selectMarks(data, { ...base, regions: ['100000'] }, 'people', 'en');
    expect(marks.map((m) => m.figure_id)).toEqual(['r-2022:10', 'r-2022:40']);
  });

  it('divides by the population per 10,000 residents and leaves out regions without one', () => {
    const { marks, leftOut } = selectMarks(data, { ...base, per10k: true }, 'people', 'en');
    expect(marks.map((m) => [m.figure_id, m.reported])).toEqual([['r-2022:20', 200], ['r-2022:10', 100], ['r-2022:40', 300]]);
    [4, 1, 3].forEach((rate, i) => expect(marks[i].value).toBeCloseTo(rate, 9));
    expect(leftOut).toBe(1);
  });

  it('shows nothing per 10,000 residents for an indicator that is not a count of people', () => {
    expect(selectMarks(data, { ...base, per10k: true }, 'money', 'en')).toMatchObject({ marks: [], leftOut: 2 });
  });

  it("charts only what may share a scale and keeps every figure in the table: a county total stays off the chart of its city", () => {
    const { marks, charted } = selectMarks(data, base, 'people', 'en');
    expect(marks.map((m) => m.region)).toContain('300000');
    expect(charted.map((m) => m.figure_id)).toEqual(['r-2022:20', 'r-2022:10', 'r-2022:40']);
    // Per 10,000 residents the cities compare; the county has no population and is left out.
    expect(selectMarks(data, { ...base, per10k: true }, 'people', 'en').charted.map((m) => m.region)).toEqual(['200000', '100000', '100000']);
  });

  it('refuses an unknown indicator', () => {
    expect(() => selectMarks(data, base, 'nope', 'en')).toThrow(/unknown indicator "nope"/);
  });
});

describe('selectScatter', () => {
  it('pairs the results of two indicators by region and period', () => {
    const { points } = selectScatter(data, { ...base, indicator2: 'money' }, 'en');
    expect(points.map((p) => [p.region, p.period, p.x.value, p.y.value])).toEqual([['100000', '2022', 100, 5e6], ['200000', '2022', 200, 7e6]]);
  });

  it('is empty without a second indicator', () => {
    expect(selectScatter(data, base, 'en').points).toEqual([]);
  });
});

