// The rules of inference, one at a time; whole openings and the seeds are measured in test/devset/openings.test.ts.
import { describe, expect, it } from 'vitest';
import { findTitle, inferDocKind, inferPeriod, inferPublished, inferRegion } from '../../scripts/pipeline/infer.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';

const g = loadReference('data').gazetteer;

describe('findTitle', () => {
  it('knows reports, speeches and replies by their genre words', () => {
    expect(findTitle('苏州市2024年度东西部协作工作情况报告\n\n苏协作〔2025〕3号\n正文……')).toBe('苏州市2024年度东西部协作工作情况报告');
    expect(findTitle('在全省乡村振兴工作会议上的讲话（摘要）\n（2025年2月21日）')).toBe('在全省乡村振兴工作会议上的讲话（摘要）');
  });
  it('takes the first short opening line that names a genre, past navigation and datelines', () => {
    expect(findTitle('首页 新闻\n日期:2024年01月12日\n——我省乡村振兴工作综述\n正文。')).toBe('我省乡村振兴工作综述');
    expect(findTitle('我市坚持高位推动,打造乡村振兴样板区。\n')).toBe(''); // a paragraph, not a title
  });
});

describe('inferPeriod', () => {
  it('a plan range in the title is the period', () => {
    expect(inferPeriod('', '实施方案(2023—2025年)', null)?.value).toBe('2023-2025');
    expect(inferPeriod('', '2021年至2025年规划', null)?.value).toBe('2021-2025');
  });
  it('the year a review sums up, and 今年 by the year of the document\'s number', () => {
    expect(inferPeriod('同志们：这次会议总结2024年工作，部署2025年重点任务。2025年……', '', '2025-02-21')?.value).toBe('2024');
    expect(inferPeriod('政府工作报告\n一、2023年工作回顾\n2024年……2024年', '', '2024-01-10')?.value).toBe('2023');
    expect(inferPeriod('沂乡振字〔2024〕19号\n今年以来……今年……2025年……', '', null)?.value).toBe('2024');
  });
  it('a government work report delivered early in a year reviews the year before, whatever years it names most', () => {
    const text = '政府工作报告（摘要）\n——2025年1月14日在某市人民代表大会第五次会议上\n今年……2025年……2025年……2025年目标……';
    expect(inferPeriod(text, '政府工作报告（摘要）', '2025-01-14')?.value).toBe('2024');
    // Delivered in the autumn, a report to the congress tells of its own year.
    expect(inferPeriod(text, '政府工作报告（摘要）', '2025-09-20')?.value).toBe('2025');
  });
  it('a plan range in the document the opening lines issue (关于印发《…（2025—2027年）》的通知)', () => {
    const text = '康保县人民政府办公室关于印发《康保县三年提升行动方案（2025—2027年）》的通知\n\n2027年，全县……2027年……2027年……';
    expect(inferPeriod(text, '', null)?.value).toBe('2025-2027');
  });
  it('a rectification report tells of the year it works in, not the year assessed (关于2023年度…评估反馈问题整改情况的报告)', () => {
    const title = '关于2023年度第三方评估反馈问题整改情况的报告';
    expect(inferPeriod(`${title}\n2024年4月，评估组向我县反馈了问题。截至2024年8月底，已整改9个。`, title, null)?.value).toBe('2024');
    expect(inferPeriod('', '2023年度工作总结', null)?.value).toBe('2023');
  });
  it('a year in the title, else in the opening sentence', () => {
    expect(inferPeriod('', '2024年工作要点', null)?.value).toBe('2024');
    expect(inferPeriod('标题\n2022年,全县新建公路。去年以来成效明显。\n', '', null)?.value).toBe('2022');
  });
  it('else the year named most, 今年/去年 counted against the publication date; a full date is no period', () => {
    const text = '题\n日期:2019年03月02日\n去年,全市新增岗位。去年以来成效明显。2017年底已完成。\n';
    expect(inferPeriod(text, '题', '2019-03-02')).toMatchObject({ value: '2018' });
  });
});

describe('inferPublished', () => {
  it('reads a dateline in the opening lines, and only a calendar date', () => {
    expect(inferPublished('题\n2018-03-26 10:13:14 | 来源')?.value).toBe('2018-03-26');
    expect(inferPublished('题\n日期:2022年5月7日')?.value).toBe('2022-05-07');
    expect(inferPublished('题\n2022年13月40日')).toBeNull();
    // A date inside a sentence is an event, not a dateline; a document signed at its end is dated there.
    const signed = '关于巡察反馈意见整改情况的通报\n根据统一部署，2024年4月8日至6月7日，巡察组对全区巩固拓展脱贫攻坚成果工作开展了专项巡察，现将整改进展情况通报如下。\n整改完成率92%。\n中共某区委员会\n2024年12月26日\n';
    expect(inferPublished(signed)?.value).toBe('2024-12-26');
    // Its deadline in the year after ('2025年3月底前', '2025年…力争') does not make it a text of that year.
    expect(inferPeriod(`${signed}2024年全区投入资金。2024年全区新建车间。2025年3月底前全部完成。2025年力争达到95%。`, '', '2024-12-26')?.value).toBe('2024');
  });
});

describe('inferDocKind', () => {
  it('a plan word in the title or an issued plan makes a plan; else a review', () => {
    expect(inferDocKind('', '2023年工作要点').value).toBe('plan');
    expect(inferDocKind('关于印发《重点工作实施方案》的通知\n', '').value).toBe('plan');
    expect(inferDocKind('', '乡村振兴工作综述').value).toBe('review');
    // How a plan went is a review.
    expect(inferDocKind('', '2024年度衔接推进乡村振兴补助资金项目计划完成情况公告').value).toBe('review');
    expect(inferDocKind('', '下南乡2024年工作总结和2025年工作计划').value).toBe('review');
    expect(inferDocKind('', '2025年工作计划和2024年工作总结').value).toBe('plan');
    expect(inferDocKind('力争达到。确保完成。', '').value).toBe('review');
  });
  it('a municipality\'s press conference is about the municipality: 全市 there is the province-level 重庆市', () => {
    const text = '重庆市人民政府新闻办公室新闻发布会实录\n\n主题：2025年上半年全市巩固拓展脱贫攻坚成果工作情况\n全市脱贫人口人均纯收入8425元。全市监测对象…全市…全市…全市…城口县、巫溪县…赴辽宁省建平县学习。\n';
    expect(inferRegion(text, findTitle(text), loadReference('data').gazetteer)?.value).toBe('500000');
  });
});

describe('inferRegion', () => {
  it('the most specific place of the title', () => {
    expect(inferRegion('', '铜仁市德江县乡村振兴工作综述', g)).toMatchObject({ value: '520626' });
  });
  it('without one: the region of the level the text calls its own (我省/全县), named most or holding most named places', () => {
    expect(inferRegion('我省……吉林省……全省……四平市……', '', g)?.value).toBe('220000');
    expect(inferRegion('全省……乾安县……长岭县……抚松县……', '', g)?.value).toBe('220000');
    expect(inferRegion('全县……德江县……铜仁市……', '', g)?.value).toBe('520626');
  });
  it('a short form inside another word stands alone; the report\'s own county comes with its prefecture and province', () => {
    const text = '——访拉孜县县长扎西平措。拉孜县位于日喀则市中部。扎西平措说，全县……扎西平措说，全县……扎西平措说，拉孜县……日喀则市、西藏自治区……';
    expect(inferRegion(text, '', g)?.value).toBe('540225');
  });
  it('a province that speaks of 我省 and names its own places beats a partner province it names as given to', () => {
    const text = '全省……全省……全省……全年向甘肃省投入资金……甘肃省……和政县……曹县……菏泽、临沂两市……';
    expect(inferRegion(text, '', g)?.value).toBe('370000');
  });
  it('a town report is about its county: a short form inside the town\'s name is not another county\'s, unless the town lies in it', () => {
    const title = '龙泉关镇2024年工作总结';
    expect(inferRegion(`${title}\n龙泉关镇全年……为建设新阜平作出贡献。`, title, g)).toMatchObject({ value: '130624' });
    const lazi = '全县……在拉孜镇……在拉孜镇……全县……';
    expect(inferRegion(lazi, '', g)?.value).toBe('540225');
  });
  it('a banner by the abbreviation its reports use (科右前旗, data/place_names.yml); 我旗 looks for a banner', () => {
    expect(inferRegion('', '科右前旗农牧局2024年工作总结', g)).toMatchObject({ value: '152221' });
    expect(inferRegion('我局会同各苏木镇……全旗……全旗……乌兰浩特市……科尔沁右翼前旗……', '', g)?.value).toBe('152221');
  });
  it('nothing named: no region', () => {
    expect(inferRegion('全县新建公路。', '', g)).toBeNull();
  });
});
