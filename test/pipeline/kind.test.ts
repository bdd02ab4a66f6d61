// Whether a figure is a result, a goal or a change (kind.ts), on seed sentences.
import { describe, expect, it } from 'vitest';
import { figureKindAt, kindForPeriod, sectionAt } from '../../scripts/pipeline/kind.ts';
import { periodAt } from '../../scripts/pipeline/period.ts';
import { clauseAt, sentenceAt } from '../../scripts/pipeline/segment.ts';
import { figuresOf, real } from './seeds.ts';

describe('kind: actual, target or change', () => {
  const kinds = (text: string, id: Parameters<typeof figuresOf>[1] = 'siping-2022') => figuresOf(text, id).map((f) => [f.number_text, f.kind]);

  it('everything in a plan is a target, unless it says 已/已经 (done already)', () => {
    expect(kinds(real('lanxi-2023-plan', '全年计划改造农村低收入人群危房1125户'), 'lanxi-2023-plan')).toEqual([['1125户', 'target']]);
    expect(kinds(real('lanxi-2023-plan', '实施农村公路养护174.4公里'), 'lanxi-2023-plan')).toEqual([['174.4公里', 'target']]);
    expect(kinds(real('lanxi-2023-plan', '在已编制完成19个村庄规划的基础上'), 'lanxi-2023-plan')).toEqual([['19个', 'actual']]);
  });

  it('力争/确保…达到/计划/目标 in a review are targets', () => {
    expect(kinds(real('lanxi-2023-plan', '户均产业帮扶收入力争达到3000元以上'))).toEqual([['3000元', 'target']]);
    expect(kinds('全市脱贫人口就业务工总规模确保达到13832人')).toEqual([['13832人', 'target']]);
    expect(kinds('今年计划新建农村公路384.71公里')).toEqual([['384.71公里', 'target']]);
    expect(kinds('脱贫人口年人均纯收入目标是12662元')).toEqual([['12662元', 'target']]);
    // '确保342名…不用自己花钱' reports an outcome.
    expect(kinds(real('siping-2017', '确保342名贫困学生义务教育阶段不用自己花钱'), 'siping-2017')).toEqual([['342名', 'actual']]);
  });

  it('growth, percentage points and multiples are changes; 新增 counts new things', () => {
    expect(kinds(real('jilin-2021', '全省脱贫群众人均收入达到12079元,同比增长20.18%,高出全国平均水平3.3个百分点'), 'jilin-2021'))
      .toEqual([['12079元', 'actual'], ['20.18%', 'change'], ['3.3个百分点', 'change']]);
    expect(kinds(real('siping-2022', '创建就业帮扶车间14个,同比增加350%'))).toEqual([['14个', 'actual'], ['350%', 'change']]);
    expect(kinds(real('siping-2022', '是2021年贷款金额的18倍'))).toEqual([['18倍', 'change']]);
    expect(kinds(real('siping-2022', '全市新增小额贷款3043笔'))).toEqual([['3043笔', 'actual']]);
    expect(kinds(real('anshun-2023', '安置脱贫劳动力30241人,同比增加2641人'), 'anshun-2023')).toEqual([['30241人', 'actual'], ['2641人', 'change']]);
  });

  it('a list after 分别增长 takes the kind of its first item', () => {
    expect(kinds(real('jilin-2021', '其中经营性收入、工资性收入分别增长34.88%、27.55%'), 'jilin-2021')).toEqual([['34.88%', 'change'], ['27.55%', 'change']]);
  });

  it('a review\'s section of aims, opened by a numbered heading, sets goals; other sections and what is done there do not', () => {
    const text = '一、2024年主要成效\n新建车间12个。\n二、2025年工作打算\n新建车间15个，已完成选址3个。\n三、存在的问题\n空置车间2个。\n';
    const kind = (number: string) => {
      const pos = text.indexOf(number);
      return figureKindAt(text, pos, clauseAt(text, pos), 'count', '个', 'review');
    };
    expect([kind('12个'), kind('15个'), kind('3个'), kind('2个')]).toEqual(['actual', 'target', 'actual', 'actual']);
    expect(sectionAt('六、下半年工作安排\n力争…', 12)).toBe('aims');
    expect(sectionAt('一、资金安排情况\n全市安排…', 12)).toBe(null); // how money was allotted: no aims
    expect(sectionAt('一、总体进展\n（一）收入稳步增长。\n', 12)).toBe('done');
    expect(sectionAt('一、关于监测\n（一）收入稳步增长。\n', 12)).toBeNull();
    // A speech's musts set aims; a plan's section on where it starts from tells what is done.
    expect(sectionAt('会议要求：\n二要促进增收。确保增长9%以上。\n', 20)).toBe('aims');
    const plan = '一、发展基础\n全州易地扶贫搬迁13.6万人。\n二、主要目标\n新建车间20个。\n';
    const planKind = (number: string) => {
      const pos = plan.indexOf(number);
      return figureKindAt(plan, pos, clauseAt(plan, pos), 'persons', '人', 'plan');
    };
    expect([planKind('13.6万人'), planKind('20个')]).toEqual(['actual', 'target']);
  });

  it('figureKindAt on its own', () => {
    const text = '同比增长12.3%';
    const pos = text.indexOf('12');
    expect(figureKindAt(text, pos, clauseAt(text, pos), 'percent', '%', 'review')).toBe('change');
    expect(figureKindAt(text, pos, clauseAt(text, pos), 'percent', '%', 'plan')).toBe('target');
    expect(figureKindAt('提高0.6个百分点', 2, { start: 0, end: 10 }, 'percentage_points', '个百分点', 'review')).toBe('change');
    // The number after 目标任务 is the goal, unless it is far below the total the goal was beaten with.
    const at = (s: string, n: string, kind: 'review' | 'plan' = 'review') => figureKindAt(s, s.indexOf(n), clauseAt(s, s.indexOf(n)), 'persons', '万人', kind);
    expect(at('全省脱贫劳动力务工就业241.8万人，超过年度目标任务235万人', '235')).toBe('target');
    const beaten = '全省脱贫劳动力务工就业205.3万人，超过年度目标任务5.3万人';
    const by = beaten.lastIndexOf('5.3');
    expect(figureKindAt(beaten, by, clauseAt(beaten, by), 'persons', '万人', 'review')).toBe('change');
    expect(at('务工就业2.36万人，高于省里下达的2.3万人目标任务', '2.3万')).toBe('target');
    // In a review, 预计 estimates the year's result; 预计将/可 still sets a goal.
    expect(at('预计全年全市脱贫群众人均纯收入达到17236元', '17236')).toBe('actual');
    expect(at('预计年底全市脱贫人口人均纯收入可达到16500元以上', '16500')).toBe('target');
    expect(at('预计全年全市脱贫群众人均纯收入达到17236元', '17236', 'plan')).toBe('target');
    // A gap after a base whose value is in brackets.
    const bracketed = '全镇16850元，高于全县平均水平（16320元）530元';
    expect(figureKindAt(bracketed, bracketed.indexOf('530'), clauseAt(bracketed, bracketed.indexOf('530')), 'yuan', '元', 'review')).toBe('change');
    // The base's level after a word of comparison is no gap.
    const base = '收入15120元，略低于全县15480元的平均水平';
    expect(figureKindAt(base, base.indexOf('15480'), clauseAt(base, base.indexOf('15480')), 'yuan', '元', 'review')).toBe('actual');
    const gap = '收入15120元，低于全县360元';
    expect(figureKindAt(gap, gap.indexOf('360'), clauseAt(gap, gap.indexOf('360')), 'yuan', '元', 'review')).toBe('change');
  });

  it('a goal governs its list across clauses and semicolons; what is done, money secured and a goal beaten are not goals', () => {
    const kind = (text: string, number: string, doc: 'review' | 'plan' = 'review') => {
      const pos = text.lastIndexOf(number);
      return figureKindAt(text, pos, clauseAt(text, pos), 'count', '个', doc);
    };
    expect(kind('2024年，我们将确保收入增速不低于农村居民，组织消费帮扶活动200场次以上', '200')).toBe('target');
    expect(kind('主要预期目标是：地区生产总值增长6%左右；新增城镇就业6000人以上', '6000')).toBe('target');
    expect(kind('各地要确保脱贫人口收入增幅高于农民，脱贫劳动力务工就业规模稳定在18万人以上', '18万')).toBe('target');
    expect(kind('纳入年度危房改造计划，共完成农村危房改造257户', '257')).toBe('actual');
    expect(kind('梨树县争取中央、省预算衔接资金总金额9255万元', '9255')).toBe('actual');
    expect(kind('务工就业规模达到205.3万人，超过年度目标任务5.3万人', '5.3万')).toBe('change');
    expect(kind('农村居民收入仍比相邻的张北县低约1400元', '1400')).toBe('change');
    const growth = '全省将力争脱贫人口人均纯收入增长8%以上';
    expect(figureKindAt(growth, growth.indexOf('8'), clauseAt(growth, growth.indexOf('8')), 'percent', '%', 'review')).toBe('target');
  });

  it('a review\'s figure for a later year is a goal, unless the clause says it is done; a plan\'s for an earlier year is a result', () => {
    const ctx = { id: 'r', region: '620000', period: '2023', docKind: 'review' as const, published: null };
    expect(kindForPeriod('actual', '2024', ctx, '新增公益性岗位')).toBe('target');
    expect(kindForPeriod('actual', '2023', ctx, '新增公益性岗位')).toBe('actual');
    expect(kindForPeriod('actual', '2024', ctx, '已完成')).toBe('actual');
    expect(kindForPeriod('change', '2024', ctx, '增长')).toBe('change');
    const plan = { ...ctx, period: '2025-2027', docKind: 'plan' as const };
    expect(kindForPeriod('target', '2024', plan, '截至2024年底，全县纳入监测对象')).toBe('actual');
    expect(kindForPeriod('target', '2026', plan, '力争')).toBe('target');
    expect(kindForPeriod('target', '2024', plan, '2024年，全县脱贫人口人均纯收入同比增长')).toBe('change');
  });

  it('a year that opens a sentence governs its ；-list; a year inside a noun does not', () => {
    const ctx = { id: 'r', region: '620000', period: '2023', docKind: 'review' as const, published: null };
    const at = (text: string, number: string) => {
      const pos = text.indexOf(number);
      return periodAt(text, pos, sentenceAt(text, pos), ctx);
    };
    expect(at('2024年，全省生产总值增长6%；新增就业6000人。', '6000')).toBe('2024');
    expect(at('其中，2022年国家考核问题37个；杂志社反馈问题8个。', '8个')).toBe('2023');
  });

  it('a bound before the number is no change word: a floor or ceiling is a norm, also after 增长', () => {
    const kind = (text: string, number: string) => {
      const pos = text.indexOf(number);
      return figureKindAt(text, pos, clauseAt(text, pos), 'percent', '%', 'review');
    };
    expect(kind('衔接资金用于产业发展的比重不低于55%', '55')).toBe('target');
    expect(kind('小额信贷逾期率不超过1%', '1%')).toBe('target');
    // A floor for growth is a goal for growth.
    expect(kind('脱贫人口收入比上年增长不低于8%', '8')).toBe('target');
    expect(kind('人均纯收入低于1万元的农户', '1万')).toBe('actual');
    expect(kind('农村居民收入同比下降3%', '3')).toBe('change');
  });
});
