// Made-up records for the tests of src/lib: a Siping figure of 100 persons in 2022 and its region, changed as a
// test needs.
import type { Figure, Indicator, Region } from '../../src/lib/queries/data.ts';

export const fig = (over: Partial<Figure>): Figure => ({
  figure_id: 'r:0', report: 'r', region_code: '220300', town_code: '', period: '2022', indicator: 'monitored', subject: '', value: 100, value_to: null,
  unit: 'persons', qualifier: 'exact', kind: 'actual', basis: '', number_text: '100人', number_start: 0, number_end: 4, quote: '100人',
  start: 0, end: 4, correction: '', ...over,
});

export const reg = (over: Partial<Region>): Region => ({
  code: '220300', parent_code: '220000', level: 'prefecture', name_zh: '四平市', name_en: 'Siping', short_names: [],
  population_2020: 1814733, population_source: '', valid_from: null, valid_to: null, successor_code: null, note: '', ...over,
});

export const ind = (key: string, topic: Indicator['topic']): Indicator => ({
  key, topic, label_zh: key, label_en: key, unit: 'persons', also_units: [], kinds: ['actual'], definition_zh: '', definition_en: '',
  phrases: [], population: [], measure: [], not: [], not_in_sentence: [], higher_is_better: true, per_capita: true, intensive: false,
});
