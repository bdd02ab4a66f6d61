import { describe, expect, it } from 'vitest';
import { bareNumbers, bareNumbersInStory } from '../../../src/lib/stories/bareNumbers.ts';

describe('the bare-number rule', () => {
  const bare = (s: string) => bareNumbers(s, ['四平市', '四平']).map((b) => b.text);

  it('lets years, year ranges, dates and document numbers through', () => {
    for (const ok of [
      '2022年，全市纳入监测对象', '2013—2021年累计投入', '2013–2021', 'in 2022, Siping', 'from 2017 to 2022.', 'the 2020 census',
      '2022年3月22日', '11月5日', '2022-05-17', 'on 19 June 2020', 'November 5', '兰农工组发[2023]2号', '2022年至2023年冬春季',
      "2022's review",
    ]) expect(bare(ok), ok).toEqual([]);
  });

  it('lets ordinals, idioms, names and the story’s own counts through', () => {
    for (const ok of [
      '过渡期的第一年', '第七次全国人口普查', '进一步巩固', '之一', '统一标准', '一些地方', '一方面', '四平市的报告', '四舍五入',
      '两份报告', '这两组数字', '三地的普及率', '两个时期', '一个县', '二〇二二年', '五年间', '一是…二是…', '十分接近', '百姓', '每万常住人口',
      '两市', '另一处', '百分点', '5G基站', 'the first year', 'one county', 'two reports', 'three years apart', 'second year', 'per 10,000 residents',
    ]) expect(bare(ok), ok).toEqual([]);
  });

  it('catches typed quantities in digits, with units or without', () => {
    expect(bare('纳入监测对象2502人')).toEqual(['2502']);
    expect(bare('达到12,079元')).toEqual(['12,079']);
    expect(bare('增长20.18%')).toEqual(['20.18', '%']);
    expect(bare('CNY 3.75 billion')).toEqual(['3.75', 'billion']);
    expect(bare('2000 households')).toEqual(['2000']); // a year-shaped number before a unit
    expect(bare('2022元')).toEqual(['2022']);
    expect(bare('１２３人')).toEqual(['１２３']); // full-width
    expect(bare('the 3rd county')).toEqual(['3']);
    expect(bare('a 12-month plan')).toEqual(['12']);
  });

  it('catches Chinese numerals used as quantities', () => {
    for (const [text, hit] of [
      ['近九成的监测对象', '九'], ['翻了一番', '翻了一番'], ['三万余人', '三万'], ['七个示范村', '七'], ['两位数增幅', '两'],
      ['超过一半', '一半'], ['数倍于', '数倍'], ['增加了几个百分点', '几个'], ['上百个村', '百'], ['一千二百户', '一千二百'],
      ['两次', '两'], ['三项', '三'],
    ] as const) expect(bare(text), text).toContain(hit);
  });

  it('catches English number words, magnitudes, fractions and multipliers', () => {
    for (const [text, hit] of [
      ['five counties', 'five'], ['twelve thousand households', 'twelve'], ['thousands of households', 'thousands'], ['more than half', 'half'],
      ['a third of them', 'a third'], ['two-thirds', 'two-thirds'], ['doubled', 'doubled'], ['a tenfold rise', 'tenfold'], ['twice as many', 'twice'],
      ['the two shares', 'two'], ['in double figures', 'double'],
    ] as const) expect(bare(text), text).toContain(hit);
    expect(bare('a manifold problem as the plan unfolds')).toEqual([]);
  });

  it('names file, line and context for a story', () => {
    const found = bareNumbersInStory('---\ntitle: x\n---\n\n全市共有监测对象2502人。\n', 'zh/m.mdx');
    expect(found).toEqual(['zh/m.mdx:5: "2502" in “全市共有监测对象2502人。”']);
  });
});
