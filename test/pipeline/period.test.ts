// When a figure is (period.ts), on seed sentences.
import { describe, expect, it } from 'vitest';
import { periodAt } from '../../scripts/pipeline/period.ts';
import { sentenceAt } from '../../scripts/pipeline/segment.ts';
import { contextOf, figuresOf, figureWith, real } from './seeds.ts';

describe('period', () => {
  it('the year named before it: 2021年80个示范村 is 2021, 2022年88个 is 2022', () => {
    const f = figuresOf(real('siping-2022', '持续巩固2021年80个示范村创建成果,全力推进2022年88个示范村创建。'), 'siping-2022');
    expect(f.map((x) => [x.number_text, x.period])).toEqual([['80个', '2021'], ['88个', '2022']]);
  });

  it('a span of years: 2013年至2021年 is 2013-2021; 2022年至2023年冬春季 is 2022-2023', () => {
    const a = figuresOf(real('siping-2022', '2013年至2021年,累计投入各级扶贫资金(衔接资金)14.78亿元,实施项目769个'), 'siping-2022');
    expect(a.map((x) => x.period)).toEqual(['2013-2021', '2013-2021']);
    const b = figuresOf(real('anshun-2023', '2022年至2023年冬春季救助发放资金2097万余元,救助10.2346万人'), 'anshun-2023');
    expect(b.map((x) => x.period)).toEqual(['2022-2023', '2022-2023']);
  });

  it('去年/今年 resolve against the publication date, not the report period', () => {
    const text = real('anshun-2023', '去年,全市脱贫人口务工243179人');
    expect(figuresOf(text, 'anshun-2023')[0].period).toBe('2023'); // published early 2024
    expect(figuresOf(text, 'anshun-2023', { published: '2023-06-01' })[0].period).toBe('2022');
    const now = real('siping-2022', '今年已经理赔27人次');
    expect(figuresOf(now, 'siping-2022')[0].period).toBe('2022');
    expect(figuresOf(now, 'siping-2022', { period: '2021', published: '2021-12-01' })[0].period).toBe('2021');
  });

  it('a year that is the base of a comparison is not the period: 是2021年贷款金额的18倍', () => {
    const f = figuresOf(real('siping-2022', '全市新增小额贷款3043笔,贷款金额8646.95万元,完成年度任务180%,是2021年贷款金额的18倍。'), 'siping-2022');
    expect(figureWith(f, '18倍').period).toBe('2022');
    expect(f.every((x) => x.period === '2022')).toBe(true);
    const same = real('siping-2022', '完成政府预算采购任务32.09万元,高于去年同期水平');
    expect(figuresOf(same, 'siping-2022')[0].period).toBe('2022');
  });

  it('periodAt without any year in the sentence is the report period', () => {
    const text = '全市新建农村公路384.71公里';
    const pos = text.indexOf('384');
    expect(periodAt(text, pos, sentenceAt(text, pos), contextOf('siping-2022'))).toBe('2022');
    expect(periodAt('1949年前3人', 6, { start: 0, end: 8 }, contextOf('siping-2022'))).toBe('1949');
    expect(periodAt('1800年有3人', 6, { start: 0, end: 8 }, contextOf('siping-2022'))).toBe('2022');
  });
});
