import { describe, expect, it } from 'vitest';
import { assertComparable, chartableSubset, denominatorFits, sameTerritory, scaleViolations, tier, type ScaleContext, type ScaleRow } from '../../src/lib/comparability.ts';

// A small tree: a province, two of its prefectures, a county inside the first.
const PARENT: Record<string, string> = { '220300': '220000', '220100': '220000', '220382': '220300' };
const LEVEL: Record<string, string> = { '220000': 'province', '220300': 'prefecture', '220100': 'prefecture', '220382': 'county' };
const ctx: ScaleContext = {
  within: (inner, outer) => { for (let c = PARENT[inner]; c; c = PARENT[c]) if (c === outer) return true; return false; },
  denominatorFits: (region, period) => !(region === '220300' && period < '2021'),
  isRate: (indicator, unit) => unit === 'percent' || indicator === 'exited_income_per_capita',
  sameTerritory: (region, a, b) => region !== '220300' || (a < '2020') === (b < '2020'),
};
let n = 0;
const row = (region: string, over: Partial<ScaleRow['figure']> = {}, measure: ScaleRow['measure'] = 'value'): ScaleRow => ({
  figure: { figure_id: `r:${n++}`, indicator: 'bridging_funds', unit: 'yuan', kind: 'actual', period: '2022', ...over },
  region: { code: region, level: LEVEL[region] },
  measure,
});
const rules = (rows: ScaleRow[], drawsTargets = false) => scaleViolations(rows, ctx, { drawsTargets }).map((v) => v.rule);

describe('scaleViolations', () => {
  it('lets one indicator of regions of one level, not nested, share a scale', () => {
    expect(rules([row('220300'), row('220100', { period: '2021' })])).toEqual([]);
  });

  it('keeps a province total away from its own prefecture and county (the home page bridging-funds chart)', () => {
    expect(rules([row('220000'), row('220300'), row('220382')])).toEqual(['one-level-for-totals', 'no-sub-region-totals']);
    // Per 10,000 residents, or a rate, the same regions compare.
    expect(rules([row('220000', {}, 'per_10k_residents'), row('220300', {}, 'per_10k_residents'), row('220382', {}, 'per_10k_residents')])).toEqual([]);
    const income = { indicator: 'exited_income_per_capita' };
    expect(rules([row('220000', income), row('220300', income), row('220382', income)])).toEqual([]);
  });

  it('refuses two definitions, units or measures on one scale (663 teams beside 139 villages)', () => {
    expect(rules([row('220300', { indicator: 'work_teams', unit: 'count', period: '2017' }), row('220100', { indicator: 'villages_with_teams', unit: 'count' })])).toEqual(['one-definition']);
    expect(rules([row('220300', { unit: 'count' }), row('220100')])).toEqual(['one-unit']);
    expect(rules([row('220300', {}, 'per_resident'), row('220100')])).toEqual(['one-measure']);
    expect(rules([row('220300', { indicator: '' })])).toEqual(['one-definition']);
  });

  it('keeps growth rates off a chart of levels, and targets off a chart that does not mark them', () => {
    expect(rules([row('220300', { kind: 'change', unit: 'percent' }), row('220100', { unit: 'percent' })])).toEqual(['levels-not-changes']);
    const growth = { kind: 'change', unit: 'percent', indicator: 'exited_income_growth' };
    const target = { kind: 'target', unit: 'percent', indicator: 'exited_income_growth' };
    expect(rules([row('220300', growth), row('220100', target)])).toEqual(['targets-marked']);
    expect(rules([row('220300', growth), row('220100', target)], true)).toEqual([]);
  });

  it('keeps a 2013–2021 running total away from single years, and spans of different lengths apart', () => {
    expect(rules([row('220300', { period: '2013-2021' }), row('220100', { period: '2022' })])).toEqual(['single-periods']);
    expect(rules([row('220300', { period: '2013-2021' }), row('220100', { period: '2016-2020' })])).toEqual(['single-periods']);
    expect(rules([row('220300', { period: '2016-2020' }), row('220100', { period: '2016-2020' })])).toEqual([]);
  });

  it('refuses a rate whose census denominator covers other territory, and two values for one mark', () => {
    expect(rules([row('220300', { period: '2017' }, 'per_10k_residents'), row('220100', { period: '2017' }, 'per_10k_residents')])).toEqual(['denominator-boundary']);
    expect(rules([row('220300'), row('220300')])).toEqual(['one-figure-per-mark']);
  });

  it("keeps a region's totals from before and after a boundary change apart (Siping 2017 and 2022)", () => {
    expect(rules([row('220300', { period: '2017' }), row('220300', { period: '2022' })])).toEqual(['same-territory']);
    expect(rules([row('220300', { period: '2021' }), row('220300', { period: '2022' })])).toEqual([]);
    expect(rules([row('220100', { period: '2017' }), row('220100', { period: '2022' })])).toEqual([]);
  });
});

describe('one-basis', () => {
  it("keeps a running total from a year's own amount, and part of a year from whole years", () => {
    expect(rules([row('220300', { basis: 'stock' }), row('220100', { basis: 'flow' })])).toEqual(['one-basis']);
    expect(rules([row('220300', { basis: 'partial' }), row('220100', { basis: '' })])).toEqual(['one-basis']);
    expect(rules([row('220300', { basis: 'stock' }), row('220100', { basis: '' })])).toEqual([]);
  });
});

describe('points-not-ranges', () => {
  it('draws no range as a mark, and leaves it out of the chartable subset', () => {
    expect(rules([row('220300', { qualifier: 'range' }), row('220100')])).toEqual(['points-not-ranges']);
    expect(rules([row('220300', { qualifier: 'at_least' }), row('220100')])).toEqual([]);
    const subset = chartableSubset([row('220100', { qualifier: 'range', period: '2021' }), row('220100'), row('220300')], ctx, { drawsTargets: true });
    expect(subset.map((r) => r.figure.qualifier ?? 'exact')).toEqual(['exact', 'exact']);
  });
});

describe('assertComparable', () => {
  it('names the chart, the rule and the figures', () => {
    const a = row('220000');
    const b = row('220300');
    expect(() => assertComparable('home-funds', [a, b], ctx, { drawsTargets: false })).toThrow(
      new RegExp(`chart "home-funds" puts unlike figures on one scale: one-level-for-totals .*${a.figure.figure_id}.*no-sub-region-totals \\(${b.figure.figure_id} \\(220300\\) lies inside ${a.figure.figure_id}`),
    );
    expect(() => assertComparable('ok', [row('220300'), row('220100')], ctx, { drawsTargets: false })).not.toThrow();
  });
});

describe('denominatorFits', () => {
  // 公主岭 left 四平 for 长春 on 2020-06-19, before the census of 2020-11-01.
  const changes = [{ date: '2020-06-19', code: '220184', from_parent: '220300', to_parent: '220100' }];
  it('fails for the regions that lost or gained territory between the period and the census', () => {
    expect(denominatorFits('220300', '2017', changes)).toBe(false);
    expect(denominatorFits('220100', '2019', changes)).toBe(false);
    expect(denominatorFits('220184', '2013-2019', changes)).toBe(false);
    expect(denominatorFits('220300', '2020', changes)).toBe(false); // the change falls inside the year
  });
  it('holds after the change, and for regions it did not touch', () => {
    expect(denominatorFits('220300', '2022', changes)).toBe(true);
    expect(denominatorFits('220100', '2021', changes)).toBe(true);
    expect(denominatorFits('520400', '2017', changes)).toBe(true);
  });
});

describe('chartableSubset', () => {
  const ids = (rows: ScaleRow[]) => rows.map((r) => r.region.code);
  it('keeps everything that fits', () => {
    expect(ids(chartableSubset([row('220300'), row('220100')], ctx, { drawsTargets: true }))).toEqual(['220300', '220100']);
  });
  it('drops a stray running total and a doubled mark, then keeps the level with most regions', () => {
    const rows = [row('220000'), row('220300'), row('220100'), row('220382'), row('220300', { period: '2013-2021' }), row('220100', { period: '2022' })];
    // 220100 has two 2022 values: both stay out; one region is left per level, and the first level wins the tie.
    expect(ids(chartableSubset(rows, ctx, { drawsTargets: true }))).toEqual(['220000']);
    const clean = [row('220000'), row('220300'), row('220100'), row('220382')];
    expect(ids(chartableSubset(clean, ctx, { drawsTargets: true }))).toEqual(['220300', '220100']);
  });
  it('charts spans only among spans of one length', () => {
    const rows = [row('220300', { period: '2016-2020' }), row('220100', { period: '2016-2020' }), row('220000', { period: '2013-2021' })];
    expect(ids(chartableSubset(rows, ctx, { drawsTargets: true }))).toEqual(['220300', '220100']);
  });
});

describe('tier', () => {
  it('puts districts, counties and county-level cities in one tier, and keeps provinces and prefectures apart', () => {
    expect(new Set(['district', 'county', 'county_city'].map(tier))).toEqual(new Set(['county']));
    expect(tier('prefecture')).not.toBe(tier('province'));
    // A county and a county-level city compare as raw totals; a county and its prefecture do not.
    const c = { ...row('220382'), region: { code: '220382', level: 'county_city' } };
    const d = { ...row('220322'), region: { code: '220322', level: 'county' } };
    expect(scaleViolations([c, d], ctx, { drawsTargets: false })).toEqual([]);
  });
});

describe('sameTerritory', () => {
  const changes = [{ date: '2020-06-19', code: '220184', from_parent: '220300', to_parent: '220100' }];
  it('is false across the change for the regions it touched, true otherwise', () => {
    expect(sameTerritory('220300', '2017', '2022', changes)).toBe(false);
    expect(sameTerritory('220300', '2022', '2017', changes)).toBe(false);
    expect(sameTerritory('220100', '2019', '2020', changes)).toBe(false);
    expect(sameTerritory('220300', '2021', '2022', changes)).toBe(true);
    expect(sameTerritory('520400', '2017', '2022', changes)).toBe(true);
  });
});
