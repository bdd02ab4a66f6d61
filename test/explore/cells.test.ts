import { describe, expect, it } from 'vitest';
import { tableCells, valueLabel } from '../../src/explore/cells.ts';
import { selectMarks } from '../../src/lib/explore/exploreSelect.ts';
import { defaultState } from '../../src/lib/explore/explore.ts';
import { data } from './fake.ts';

const state = defaultState({ indicators: ['people', 'money'], regions: [], defaultIndicator: 'people' });

describe('valueLabel and tableCells', () => {
  const { marks } = selectMarks(data, state, 'people', 'zh');
  it('write the value with its unit and qualifier, or the rate per 10,000 residents as the stories write it', () => {
    const yi = marks.find((m) => m.figure_id === 'r-2022:20')!;
    expect(valueLabel(yi, 'zh', false)).toBe('≈200人');
    expect(valueLabel({ ...yi, value: 4.256 }, 'en', true)).toBe('≈4.3 people per 10,000 residents');
    expect(valueLabel({ ...yi, value: 4.256 }, 'zh', true)).toBe('≈每万人4.3人');
    expect(tableCells(yi, 'zh', false)).toEqual({ region: '乙市', period: '2022年', kind: '实际', value: '≈200人', href: '/reports/r-2022/#f-20', report: '报告 2022年' });
  });
});
