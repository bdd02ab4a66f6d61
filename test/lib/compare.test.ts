import { describe, expect, it } from 'vitest';
import { comparabilityNotes, groupByTopic, per10k } from '../../src/lib/compare.ts';
import type { BoundaryChange, Figure, Indicator, Region } from '../../src/lib/data.ts';

const fig = (over: Partial<Figure>): Figure => ({
  figure_id: 'r:0', report: 'r', region_code: '220300', town_code: '', period: '2022', indicator: 'monitored', subject: '', value: 100, value_to: null,
  unit: 'persons', qualifier: 'exact', kind: 'actual', basis: '', number_text: '100人', number_start: 0, number_end: 4, quote: '100人',
  start: 0, end: 4, correction: '', ...over,
});
const reg = (over: Partial<Region>): Region => ({
  code: '220300', parent_code: '220000', level: 'prefecture', name_zh: '四平市', name_en: 'Siping', short_names: [],
  population_2020: 1814733, population_source: '', valid_from: null, valid_to: null, successor_code: null, note: '', ...over,
});
const ind = (key: string, topic: Indicator['topic']): Indicator => ({
  key, topic, label_zh: key, label_en: key, unit: 'persons', also_units: [], kinds: ['actual'], definition_zh: '', definition_en: '',
  phrases: [], population: [], measure: [], not: [], higher_is_better: true, per_capita: true, intensive: false,
});

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

describe('groupByTopic', () => {
  it('groups by topic in indicator order and puts unassigned figures last', () => {
    const figures = [fig({ indicator: '' }), fig({ indicator: 'b' }), fig({ indicator: 'a' }), fig({ indicator: 'c' })];
    const groups = groupByTopic(figures, [ind('a', 'jobs'), ind('b', 'income'), ind('c', 'jobs')]);
    expect(groups.map((g) => [g.topic, g.indicators.map((i) => i.indicator?.key ?? null)])).toEqual([
      ['jobs', ['a', 'c']], ['income', ['b']], ['', [null]],
    ]);
  });
});

describe('comparabilityNotes', () => {
  const none = () => [];

  it('says nothing when figures are like for like', () => {
    const rows = [{ figure: fig({}), region: reg({}) }, { figure: fig({ region_code: '520400' }), region: reg({ code: '520400' }) }];
    expect(comparabilityNotes(rows, none)).toEqual([]);
  });

  it('names different periods, targets, bounds and levels', () => {
    const rows = [
      { figure: fig({ period: '2021' }), region: reg({ code: '220000', level: 'province' }) },
      { figure: fig({ period: '2023', kind: 'target', qualifier: 'at_least' }), region: reg({ code: '231222', level: 'county' }) },
    ];
    const kinds = comparabilityNotes(rows, none).map((n) => n.kind);
    expect(kinds).toEqual(['periods', 'qualifiers', 'targets', 'levels']);
  });

  it('reports a boundary change between two periods of one region (Siping 2017 vs 2022)', () => {
    const change: BoundaryChange = {
      date: '2020-06-19', code: '220184', from_parent: '220300', to_parent: '220100', old_code: '220381', new_code: '220184', note: '', source: '',
    };
    const asked: string[][] = [];
    const rows = [{ figure: fig({ period: '2017' }), region: reg({}) }, { figure: fig({ period: '2022' }), region: reg({}) }];
    const notes = comparabilityNotes(rows, (code, from, to) => (asked.push([code, from, to]), [change]));
    expect(asked).toEqual([['220300', '2017', '2022']]);
    expect(notes).toContainEqual({ kind: 'boundary', change });
    expect(notes).toContainEqual({ kind: 'repeated', regions: ['220300'] });
  });

  it('says a region is repeated only when it comes from several periods or reports, not from several charts of one', () => {
    const once = [{ figure: fig({ period: '2021' }), region: reg({}) }, { figure: fig({ period: '2021', number_start: 99 }), region: reg({}) }];
    expect(comparabilityNotes(once, () => []).map((n) => n.kind)).not.toContain('repeated');
    const twoReports = [{ figure: fig({ period: '2021' }), region: reg({}) }, { figure: fig({ period: '2021', report: 'other' }), region: reg({}) }];
    expect(comparabilityNotes(twoReports, () => [])).toContainEqual({ kind: 'repeated', regions: ['220300'] });
  });
});
