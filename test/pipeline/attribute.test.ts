import { describe, expect, it } from 'vitest';
import { figureKindAt, kindForPeriod, periodAt, sectionAt } from '../../scripts/pipeline/attribute.ts';
import { clauseAt, sentenceAt } from '../../scripts/pipeline/segment.ts';
import { contextOf, figuresOf, figureWith, real, seedText } from './seeds.ts';

const SIPING = '220300';
const SHUANGLIAO = '220382';
const LISHU = '220322';
const YITONG = '220323';
const TIEXI = '220302';

/** region_code of each figure of `text` read as part of report `id`, by number_text. */
const regions = (text: string, id: Parameters<typeof figuresOf>[1] = 'siping-2022') =>
  Object.fromEntries(figuresOf(text, id).map((f) => [f.number_text, f.region_code]));

describe('region: a figure about a county inside a city report', () => {
  it('the county named before it in the sentence: 梨树县对74处…, 双辽市对22个村…, 伊通县新建47口…', () => {
    const text = real('siping-2022', '抓饮水安全。健全农村供水工程长效管护机制,全市1487处农村供水水质全部达标。全力抓好农村供水标准化改造:梨树县对74处水源井加装了锰砂过滤设备和消毒设备,双辽市对22个村水源井增加了净水设备,伊通县新建47口水井房,有效防止规模性系统性饮水安全问题。');
    expect(regions(text)).toEqual({ '1487处': SIPING, '74处': LISHU, '22个': SHUANGLIAO, '47口': YITONG });
  });

  it('the county named after it in its clause: 投资1500万元建设伊通县县域医共体', () => {
    const text = real('siping-2022', '投资1500万元建设伊通县县域医共体,为280名乡村医生开展了业务培训;推动农村养老服务体系建设,建设养老机构3所');
    expect(regions(text)).toEqual({ '1500万元': YITONG, '280名': YITONG, '3所': SIPING });
  });

  it('the county a paragraph is about, until the text turns to the whole again (全区 is the district)', () => {
    const text = real('siping-2022', '西八大村只是一个缩影。今年以来,铁西区按照群众意愿,重点改善人居环境,将20个村进行功能划分,重点区域重点打造。全区共栽植树木16万余棵、花草36万余株,改造17处危房,新建农村公路19公里。');
    expect(new Set(Object.values(regions(text)))).toEqual(new Set([TIEXI]));
    const city = real('siping-2022', '铁西区结合实际,扎实做好脱贫人口和监测对象的就业帮扶工作') + '。' + real('siping-2022', '全市脱贫人口就业务工总规模13832人');
    expect(regions(city)['13832人']).toBe(SIPING);
  });

  it('several counties together are the city: 梨树县、双辽市共…', () => {
    const text = real('siping-2022', '开展新型农业经营主体对接,梨树县、双辽市共成功对接960家有融资需求的新型农业经营主');
    expect(regions(text)['960家']).toBe(SIPING);
    const split = real('siping-2022', '其中,梨树县肉牛产业融合发展示范区建设项目1.2亿元,双辽市肉牛产业融合发展示范区建设项目1亿元。');
    expect(regions(split)).toEqual({ '1.2亿元': LISHU, '1亿元': SHUANGLIAO });
  });

  it('a list of county products is no county: 西秀辣椒、平坝蔬菜… then the city grain output', () => {
    const text = real('anshun-2023', '大力发展特色产业。去年前三季度,全市农林牧渔业总产值248.3亿元,同比增长3.5%。蔬菜、辣椒、茶叶、水果、中药材产量和生猪出栏、牛出栏、水产品产量均实现同比增长。西秀辣椒、平坝蔬菜、普定韭黄、镇宁精品水果、关岭“关岭牛”、紫云红心薯等特色主导产业蓬勃发展。完成粮食种植212.53万亩,产量达65.42万吨。');
    expect(new Set(Object.values(regions(text, 'anshun-2023')))).toEqual(new Set(['520400']));
  });

  it('a province report: 汪清县 and 镇赉县 figures are theirs, the rest the province', () => {
    const text = real('jilin-2021', '地处东部山区的延边朝鲜族自治州汪清县,黑木耳年产值已达到34亿元,通过品质化、规模化、品牌化、联动化、融合化“五化”发展,真正成为“多镇一品”“数村一业”的富民大产业;位于西部大兴安岭南麓的白城市镇赉县坚持“三产融合”,推动“三业并举”,使脱贫人口年人均纯收入达到12662元');
    expect(regions(text, 'jilin-2021')).toEqual({ '34亿元': '222424', '12662元': '220821' });
    expect(regions(real('jilin-2021', '全省脱贫地区农民收入达到12906元,同比增长12.3%'), 'jilin-2021')).toEqual({ '12906元': '220000', '12.3%': '220000' });
  });

  it('through a dropped caption the paragraph stays the county’s: 双辽市…土地 (资料图片) 产出能力。…6000亩', () => {
    const figures = figuresOf(seedText('siping-2022'), 'siping-2022');
    for (const n of ['1100万元', '6605亩', '6000亩', '2000公斤', '1300多户']) expect(figureWith(figures, n).region_code).toBe(SHUANGLIAO);
  });

  it('a county outside the report’s region, named in the sentence, carries its own code (issue 10)', () => {
    // 伊通县 is under 四平市 (吉林), not under the 黑龙江 county of lanxi: the figure is still 伊通县's.
    expect(regions(real('siping-2022', '伊通县新建47口水井房'), 'lanxi-2023-plan')).toEqual({ '47口': YITONG });
  });
});

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
