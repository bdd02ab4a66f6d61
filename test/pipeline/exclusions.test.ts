import { describe, expect, it } from 'vitest';
import { exclusionReason, exclusionSpans } from '../../scripts/pipeline/exclusions.ts';
import { findNumbers } from '../../scripts/pipeline/numbers.ts';
import { figuresOf, real } from './seeds.ts';

/** Every number-like token of `text` with why it is not a figure (null: it may be one). */
function reasons(text: string): [string, string | null][] {
  const spans = exclusionSpans(text);
  return findNumbers(text).map((t) => [text.slice(t.start, t.unitEnd), exclusionReason(text, t, spans)]);
}
const reasonOf = (text: string, numberText: string) => {
  const found = reasons(text).filter(([n]) => n === numberText);
  expect(found, `${numberText} in ${text}`).toHaveLength(1);
  return found[0][1];
};

describe('numbers that are not figures, from the seed reports', () => {
  it('dates and times', () => {
    const byline = real('siping-2017', '2018-03-26 10:13:14');
    expect(reasons(byline).every(([, r]) => r === 'date')).toBe(true);
    expect(reasons(real('jilin-2021', '2021年2月25日,在全国脱贫攻坚总结表彰大会上')).map(([, r]) => r)).toEqual(['date', 'date', 'date']);
    expect(reasons(real('siping-2022', '今年5月、8月、10月,聚焦农户收支变化')).map(([, r]) => r)).toEqual(['date', 'date', 'date']);
    expect(reasons(real('siping-2022', '11月5日,梨树县喇嘛甸镇')).map(([, r]) => r)).toEqual(['date', 'date']);
    expect(reasons(real('siping-2022', '10月13日至10月31日,伊通县卫健局组织22个督导组')))
      .toEqual([['10', 'date'], ['13', 'date'], ['10', 'date'], ['31', 'date'], ['22个', null]]);
    expect(reasons(real('anshun-2023', '特别是去年6月28日全省问题整改推进会议以来')).map(([, r]) => r)).toEqual(['date', 'date']);
  });

  it('years, also the start and end of a span', () => {
    expect(reasonOf(real('siping-2022', '持续巩固2021年80个示范村创建成果'), '2021年')).toBe('year');
    expect(reasonOf(real('siping-2022', '持续巩固2021年80个示范村创建成果'), '80个')).toBeNull();
    expect(reasons(real('siping-2022', '2013年至2021年,累计投入各级扶贫资金(衔接资金)14.78亿元')))
      .toEqual([['2013年', 'year'], ['2021年', 'year'], ['14.78亿元', null]]);
    expect(reasonOf(real('siping-2017', '盘点2017四平民生实事'), '2017')).toBe('year');
  });

  it('document numbers', () => {
    expect(reasons(real('lanxi-2023-plan', '兰农工组发[2023]2号')).map(([, r]) => r)).toEqual(['document_number', 'document_number']);
    expect(reasons(real('lanxi-2023-plan', '(黑乡振联〔2023〕5号)')).map(([, r]) => r)).toEqual(['document_number', 'document_number']);
  });

  it('phone, licence numbers and addresses', () => {
    expect(reasonOf(real('siping-2017', '热线:0431-81126178'), '0431')).toBe('phone');
    expect(reasonOf(real('jilin-2021', '投诉举报电话:0431-88600732'), '0431')).toBe('phone');
    expect(reasonOf(real('lanxi-2023-plan', '用好政策“明白纸”和12317 热线'), '12317')).toBe('phone');
    expect(reasonOf(real('jilin-2021', '备案号:吉ICP备18006035号'), '18006035')).toBe('licence_number');
    expect(reasonOf(real('jilin-2021', '地址:长春市高新区火炬路1518号'), '1518')).toBe('address');
  });

  it('policy names: 1+16, 321工程, 15431, 3+1, 6+N+1', () => {
    expect(reasons(real('siping-2022', '全面落实“1+16”方案体系,形成16个专项工作方案'))).toEqual([['1', 'policy_name'], ['16', 'policy_name'], ['16个', null]]);
    expect(reasonOf(real('siping-2017', '开展了“321”工程,县领导3户'), '321')).toBe('policy_name');
    expect(reasonOf(real('siping-2017', '开展了“321”工程,县领导3户'), '3户')).toBeNull();
    expect(reasonOf(real('lanxi-2023-plan', '县委“ 15431” 发展思路'), '15431')).toBe('policy_name');
    expect(reasons(real('anshun-2023', '巩固拓展“3+1”保障成果')).map(([, r]) => r)).toEqual(['policy_name', 'policy_name']);
    expect(reasons(real('jilin-2021', '脱贫户“6+N+1”产业保险保费规模达到8670万元')))
      .toEqual([['6', 'policy_name'], ['1', 'policy_name'], ['8670万元', null]]);
    expect(reasonOf(real('siping-2022', '监测人口“服务111”“先诊疗后付费”'), '111')).toBe('policy_name');
    expect(reasonOf(real('lanxi-2023-plan', '落实“四个一”包保措施'), '四个')).toBe('policy_name');
  });

  it('ordinals, with or without 第', () => {
    expect(reasonOf(real('siping-2022', '向150个村选派了第一书记'), '150个')).toBeNull();
    expect(reasonOf(real('anshun-2023', '“五年过渡期”的第三年'), '三年')).toBe('ordinal');
    expect(reasonOf(real('jilin-2021', '省十二次党代会胜利召开'), '十二次')).toBe('ordinal');
    expect(reasonOf(real('siping-2017', '资金投入占比全省居第一位'), '一位')).toBe('ordinal');
  });

  it('list numbering at the start of a line', () => {
    expect(reasonOf(`责任单位:各乡镇党委政府\n${real('lanxi-2023-plan', '2.突出抓好脱贫人口稳岗就业')}`, '2')).toBe('list_numbering');
    expect(reasonOf(`\n${real('lanxi-2023-plan', '1.实施乡村规划建设管理行动')}`, '1')).toBe('list_numbering');
    // The list number of a line that the cleaner kept apart (see clean.test.ts).
    expect(reasonOf(`${real('lanxi-2023-plan', '三、强化脱贫村和脱贫群众内生发展动力,确保持续稳定增收')}\n1.突出抓好培育增收产业。`, '1')).toBe('list_numbering');
  });

  it('ages, durations, names with Latin letters, organising counts and descriptive numerals', () => {
    expect(reasons(real('anshun-2023', '发放80岁及以上高龄津贴2470.49万元'))).toEqual([['80', 'age'], ['2470.49万元', null]]);
    expect(reasonOf(real('jilin-2021', '发放60周岁以上脱贫老年人补贴22.01万人'), '60')).toBe('age');
    expect(reasonOf(real('siping-2022', '产出能力。3年来,共改良土壤6000亩'), '3年')).toBe('duration');
    expect(reasonOf(real('lanxi-2023-plan', '已消除风险户设立一年跟踪期'), '一年')).toBe('duration');
    // A span of months is no count: '前10个月' is not ten things.
    expect(reasons('前10个月，全镇新增就业120人')).toEqual([['10个', 'duration'], ['120人', null]]);
    expect(reasonOf(real('anshun-2023', '新建5G基站2697个'), '5')).toBe('name');
    expect(reasonOf(real('anshun-2023', '新建5G基站2697个'), '2697个')).toBeNull();
    expect(reasonOf(real('anshun-2023', '3人制篮球场'), '3人')).toBe('name');
    expect(reasonOf(real('lanxi-2023-plan', '引导域内更多企业入驻 832平台'), '832')).toBe('name');
    expect(reasonOf(real('siping-2022', '精准帮扶3个方面的重点工作内容'), '3个')).toBe('abstract_count');
    expect(reasonOf(real('siping-2017', '梳理出9个方面65项126条工作任务'), '9个')).toBe('abstract_count');
    expect(reasonOf(real('jilin-2021', '开展两轮“三保障”和饮水安全摸排整改提升专项行动'), '两轮')).toBe('descriptive_numeral');
    expect(reasonOf(real('siping-2022', '配肥站一座'), '一座')).toBe('descriptive_numeral');
    expect(reasonOf(real('siping-2022', '建设56基站590个'), '56')).toBe('no_unit');
  });

  it('a number glued to a Latin letter or too large for a figure (made-up bad input)', () => {
    // '9.9e30亿元' is not 30亿元; a 40-digit number is no figure, whatever its unit.
    expect(reasons('贷款余额9.9e30亿元')).toEqual([['9.9', 'name'], ['30亿元', 'name']]);
    expect(reasons(`贷款余额${'1234567890'.repeat(4)}元`)).toEqual([[`${'1234567890'.repeat(4)}元`, 'too_large']]);
    expect(reasons('贷款余额9007199254740993元')[0][1]).toBe('too_large');
    expect(reasons('贷款余额9007199254740991元')[0][1]).toBeNull();
    expect(reasons('贷款余额99999999亿元')[0][1]).toBe('too_large');
  });

  it('a figure keeps null: the counts of a real sentence are not excluded', () => {
    expect(reasons(real('siping-2022', '全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人,占比89.76%')).every(([, r]) => r === null)).toBe(true);
  });
});

describe('counted places that frame another figure', () => {
  it('助力4个县建…车间74家: the 4 counties are the scope, the 74 workshops the figure', () => {
    const f = figuresOf(real('anshun-2023', '助力4个县建就业帮扶车间74家'), 'anshun-2023');
    expect(f.map((x) => x.number_text)).toEqual(['74家']);
  });

  it('a list of counts counts each: no count in it frames the next', () => {
    expect(reasons('全县辖17个乡镇、158个行政村。')).toEqual([['17个', null], ['158个', null]]);
    expect(reasons('共抽查41个县（市、区）、246个乡镇、738个行政村。')).toEqual([['41个', null], ['246个', null], ['738个', null]]);
    expect(reasonOf('助力4个县建就业帮扶车间74家', '4个')).toBe('scope');
  });

  it('a place in a ranking is an ordinal', () => {
    expect(reasonOf('综合评价排名后3位的县要约谈', '3位')).toBe('ordinal');
    expect(reasonOf('进入全省前10名', '10名')).toBe('ordinal');
    expect(reasons('综合排名前3位和后3位的乡镇')).toEqual([['3位', 'ordinal'], ['3位', 'ordinal']]);
    expect(reasons('兰溪市16个镇（乡、街道）与通江县26个镇结对')).toEqual([['16个', null], ['26个', null]]);
    expect(reasonOf('选派专家3位', '3位')).toBe(null);
  });

  it('a count of villages on its own is still a figure (向139个村派驻了驻村工作队)', () => {
    const f = figuresOf(real('siping-2022', '向139个村派驻了驻村工作队'), 'siping-2022');
    expect(f.map((x) => x.number_text)).toEqual(['139个']);
  });
});
