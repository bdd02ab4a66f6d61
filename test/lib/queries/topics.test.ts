import { describe, expect, it } from 'vitest';
import { groupByTopic } from '../../../src/lib/queries/topics.ts';
import type { Figure, Indicator } from '../../../src/lib/queries/data.ts';

const fig = (over: Partial<Figure>): Figure => ({
  figure_id: 'r:0', report: 'r', region_code: '220300', period: '2022', indicator: 'monitored', subject: '', value: 100,
  unit: 'persons', qualifier: 'exact', kind: 'actual', basis: '', number_text: '100人', number_start: 0, number_end: 4, quote: '100人',
  start: 0, end: 4, correction: '', ...over,
});
const ind = (key: string, topic: Indicator['topic']): Indicator => ({
  key, topic, label_zh: key, label_en: key, unit: 'persons', also_units: [], kinds: ['actual'], definition_zh: '', definition_en: '',
  phrases: [], population: [], measure: [], not: [], higher_is_better: true, per_capita: true,
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
