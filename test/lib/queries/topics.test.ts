import { describe, expect, it } from 'vitest';
import { groupByTopic } from '../../../src/lib/queries/topics.ts';
import { fig, ind } from '../fake.ts';

describe('groupByTopic', () => {
  it('groups by topic in indicator order and puts unassigned figures last', () => {
    const figures = [fig({ indicator: '' }), fig({ indicator: 'b' }), fig({ indicator: 'a' }), fig({ indicator: 'c' })];
    const groups = groupByTopic(figures, [ind('a', 'jobs'), ind('b', 'income'), ind('c', 'jobs')]);
    expect(groups.map((g) => [g.topic, g.indicators.map((i) => i.indicator?.key ?? null)])).toEqual([
      ['jobs', ['a', 'c']], ['income', ['b']], ['', [null]],
    ]);
  });
});
