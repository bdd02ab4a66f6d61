import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultState, parseState, stateQuery, type ExploreState, type StateDomain } from '../../../src/lib/explore/explore.ts';

const domain: StateDomain = { indicators: ['a_b', 'c', 'd'], regions: ['220000', '220300', '520400'], defaultIndicator: 'c' };

describe('the explorer state in the URL', () => {
  it('is the default for an empty query, and the default has an empty query', () => {
    expect(parseState('', domain)).toEqual(defaultState(domain));
    expect(stateQuery(defaultState(domain), domain)).toBe('');
  });

  it('reads every field', () => {
    expect(parseState('?indicator=a_b&indicator2=d&regions=520400,220000&per10k=1&view=table', domain)).toEqual({
      indicator: 'a_b', indicator2: 'd', regions: ['220000', '520400'], per10k: true, view: 'table',
    });
  });

  it('drops what it does not know, so an old or hand-edited link still opens', () => {
    expect(parseState('?indicator=gone&indicator2=c&regions=999999,220300,220300&per10k=yes&view=map', domain)).toEqual({
      indicator: 'c', indicator2: null, regions: ['220300'], per10k: false, view: 'chart',
    });
  });

  it('round-trips every state: one view, one URL', () => {
    const state = fc.record({
      indicator: fc.constantFrom(...domain.indicators),
      indicator2: fc.option(fc.constantFrom(...domain.indicators), { nil: null }),
      regions: fc.subarray([...domain.regions]).map((r) => [...r].sort()),
      per10k: fc.boolean(),
      view: fc.constantFrom('chart' as const, 'table' as const),
    }).map((s): ExploreState => ({ ...s, indicator2: s.indicator2 === s.indicator ? null : s.indicator2 }));
    fc.assert(fc.property(state, (s) => {
      const query = stateQuery(s, domain);
      expect(parseState(query, domain)).toEqual(s);
      expect(stateQuery(parseState(query, domain), domain)).toBe(query);
    }));
  });

  it('keeps the region list readable in the URL', () => {
    expect(stateQuery({ ...defaultState(domain), regions: ['520400', '220000'] }, domain)).toBe('?regions=220000,520400');
  });
});
