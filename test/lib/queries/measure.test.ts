import { describe, expect, it } from 'vitest';
import { per10k, plottedValue } from '../../../src/lib/queries/measure.ts';
import { fig, reg } from '../fake.ts';

describe('per10k', () => {
  it('divides counts of people by the census population', () => {
    expect(per10k(fig({ value: 26159 }), reg({ population_2020: 2470630 }))).toBeCloseTo(105.88, 2);
  });

  it('gives nothing without a population or for money and shares', () => {
    expect(per10k(fig({}), reg({ population_2020: null }))).toBeNull();
    expect(per10k(fig({ unit: 'yuan' }), reg({}))).toBeNull();
    expect(per10k(fig({ unit: 'percent' }), reg({}))).toBeNull();
  });
});

describe('plottedValue', () => {
  it('draws the value as reported, per 10,000 residents or per resident, as the measure says', () => {
    const region = reg({ population_2020: 2_000_000 });
    expect(plottedValue(fig({ value: 500 }), region, 'value')).toBe(500);
    expect(plottedValue(fig({ value: 500 }), region, 'per_10k_residents')).toBe(2.5);
    expect(plottedValue(fig({ value: 3_000_000, unit: 'yuan' }), region, 'per_resident')).toBe(1.5);
  });

  it('draws per 10,000 residents exactly the rate per10k gives, so a chart and its table agree', () => {
    const region = reg({ population_2020: 1814733 });
    expect(plottedValue(fig({ value: 26159 }), region, 'per_10k_residents')).toBe(per10k(fig({ value: 26159 }), region));
  });

  it('refuses a rate for a region without a census population, naming the figure', () => {
    expect(() => plottedValue(fig({ figure_id: 'siping-2022:9' }), reg({ population_2020: null }), 'per_resident')).toThrow(/siping-2022:9/);
  });
});
