import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify, compileIndicatorRules, type ClassifyInput } from '../../scripts/pipeline/classify.ts';
import { loadIndicators, loadReference, loadSynonyms } from '../../scripts/pipeline/load.ts';
import { UNITS } from '../../scripts/pipeline/types.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { figuresOf, figureWith, real } from './seeds.ts';
import { inputErrorOf, scratchDir } from './scratch.ts';

const indicators = loadIndicators('data/indicators.yml');
const synonyms = loadSynonyms('data/synonyms.yml');
const indicatorRules = compileIndicatorRules(indicators, synonyms);
const dir = scratchDir('classify-test');

/** A clause split at its number, as figures.ts hands it over. */
function input(clause: string, number: string, unit: ClassifyInput['unit'], kind: ClassifyInput['kind'] = 'actual', previous = ''): ClassifyInput {
  return { own: clause, before: clause.slice(0, clause.indexOf(number)), previous, unit, kind };
}
function errorOf(yaml: string): string {
  const path = join(dir, 'indicators.yml');
  writeFileSync(path, yaml);
  return inputErrorOf(() => loadIndicators(path));
}

describe('data/indicators.yml', () => {
  it('loads, with unique keys, known units, and both labels and definitions', () => {
    expect(indicators.length).toBeGreaterThan(20);
    expect(new Set(indicators.map((i) => i.key)).size).toBe(indicators.length);
    for (const i of indicators) {
      expect(UNITS).toContain(i.unit);
      expect(i.label_zh && i.label_en && i.definition_zh && i.definition_en).toBeTruthy();
    }
  });
});

describe('classify', () => {
  it('finds the indicator a real clause names', () => {
    expect(classify(input(real('siping-2022', '安排各级衔接资金2.9475亿元'), '2.9475', 'yuan'), indicatorRules)).toBe('bridging_funds');
    expect(classify(input(real('siping-2022', '全市农村自来水普及率达97.46%'), '97.46', 'percent'), indicatorRules)).toBe('tap_water_coverage');
    expect(classify(input(real('siping-2022', '全市纳入监测对象1237户2502人'), '1237', 'households'), indicatorRules)).toBe('monitored_households');
  });

  it('a phrase with a gap: 消除致贫返贫风险…占比 in the clause before', () => {
    const prev = real('siping-2022', '消除致贫返贫风险1125户2246人');
    expect(classify({ ...input('占比89.76%', '89.76', 'percent'), previous: `${prev}，占比89.76%` }, indicatorRules)).toBe('risk_removed_share');
  });

  it('the unit and kind must fit the indicator', () => {
    expect(classify(input('安排各级衔接资金2.9475亿元', '2.9475', 'persons'), indicatorRules)).toBe('');
    // rural_income_growth takes changes only.
    expect(classify(input('全省农民收入增速10.4%', '10.4', 'percent', 'change'), indicatorRules)).toBe('rural_income_growth');
    expect(classify(input('全省农民收入增速10.4%', '10.4', 'percent', 'actual'), indicatorRules)).toBe('');
  });

  it('the words before the number count more than words after it', () => {
    const clause = '新建农村公路19公里,自来水普及率';
    expect(classify(input(clause, '19', 'km'), indicatorRules)).toBe('rural_roads_built');
  });

  it('what the number counts, named right after its measure word, beats a phrase earlier in the clause', () => {
    const f = figuresOf(real('jilin-2021', '完成全省6类村庄分类布局、2780个村庄规划编制'), 'jilin-2021');
    expect(figureWith(f, '2780个').indicator).toBe('village_plans');
  });

  it('nothing fits: empty', () => {
    expect(classify(input(real('siping-2022', '送演出下乡基层209场'), '209', 'count'), indicatorRules)).toBe('');
  });

  it('in the pipeline: the figures of a real paragraph get their indicators', () => {
    const f = figuresOf(real('siping-2022', '目前,全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人,占比89.76%'), 'siping-2022');
    expect(f.map((x) => x.indicator)).toEqual(['monitored_households', 'monitored_persons', 'risk_removed_households', 'risk_removed_persons', 'risk_removed_share']);
    expect(figureWith(f, '89.76%').subject).toContain('消除致贫返贫风险');
  });
});

describe('loadIndicators errors name file, line and field', () => {
  const valid = readFileSync('data/indicators.yml', 'utf8');
  it('invalid YAML, with its line', () => {
    expect(errorOf('- key: a\n  topic: [income\n')).toMatch(/indicators\.yml:\d+: /);
  });
  it('a bad unit names the line and the path', () => {
    const msg = errorOf(valid.replace('unit: yuan', 'unit: dollars'));
    expect(msg).toMatch(/indicators\.yml:\d+ \(\d+\.unit\): /);
  });
  it('a duplicate key', () => {
    const first = valid.indexOf('- key: ');
    const second = valid.indexOf('- key: ', first + 1);
    expect(errorOf(valid + valid.slice(first, second))).toMatch(/duplicate indicator key/);
  });
});

describe('indicators by facets (data/synonyms.yml)', () => {
  // `number` with its measure word, as the number reader hands it over.
  const cls = (clause: string, number: string, unit: ClassifyInput['unit'], kind: ClassifyInput['kind'] = 'actual') => {
    const at = clause.indexOf(number);
    return classify({ own: clause, before: clause.slice(0, at), after: clause.slice(at + number.length), previous: '', unit, kind }, indicatorRules);
  };
  it('a population term and a measure term in either order, a few characters apart', () => {
    expect(cls('全旗脱贫户家庭年人均纯收入9876元', '9876元', 'yuan')).toBe('exited_income_per_capita');
    expect(cls('实现务工就业的脱贫劳动力2.4万人', '2.4万人', 'persons')).toBe('exited_workers');
    expect(cls('财政衔接推进乡村振兴补助资金7.7亿元', '7.7亿元', 'yuan')).toBe('bridging_funds');
  });
  it('the unit separates what is counted: posts, people in posts', () => {
    expect(cls('聘用乡村公益岗位人员880人', '880人', 'persons')).toBe('public_welfare_post_workers');
    expect(cls('设置乡村公益岗位880个', '880个', 'count')).toBe('public_welfare_posts');
  });
  it('negative cues: income components, promoted secretaries, teams counted as villages', () => {
    expect(cls('其中转移性收入增长3.1%', '3.1%', 'percent', 'change')).toBe('');
    expect(cls('3名第一书记被提拔使用', '3名', 'persons')).toBe('');
    expect(cls('选派驻村工作队77支', '77支', 'count')).toBe('work_teams');
    expect(cls('77个村派驻了驻村工作队', '77个', 'count')).toBe('villages_with_work_teams');
  });
  it('a count followed by its own noun is judged on that noun only', () => {
    expect(cls('评出4个星级党建品牌示范村', '4个', 'count')).toBe('');
    expect(cls('建成9个和美乡村示范村', '9个', 'count')).toBe('demonstration_villages');
  });
  it('a later list item or a part of a total with words of its own is named by them or not at all', () => {
    const item = (clause: string, first: string, number: string, unit: ClassifyInput['unit']) => {
      const from = clause.indexOf(first) + first.length;
      const at = clause.indexOf(number, from);
      return classify({ own: clause, before: clause.slice(from, at).replace(/^[、，,]/, ''), after: clause.slice(at + number.length), previous: '', unit, kind: 'actual' }, indicatorRules);
    };
    expect(item('建成和美乡村示范村31个、示范街区6个', '31个', '6个', 'count')).toBe('');
    expect(item('完成农村危房改造640户其中新建95户', '640户', '95户', 'households')).toBe('');
    // A verb with a bare group still leans on the item before it.
    expect(item('发放脱贫人口小额信贷2.2亿元、惠及脱贫户5100户', '2.2亿元', '5100户', 'households')).toBe('microcredit_households');
  });
  it('a quantity no indicator fits stays unclassified', () => {
    expect(cls('培育家庭农场430家', '430家', 'count')).toBe('');
    expect(cls('脱贫户人均纯收入5000元以下的有33户', '5000元', 'yuan')).toBe('');
  });
  it('a verb with groups joined by 和/及 leans on the clause before; the groups alone name no count of themselves', () => {
    const lean = (clause: string, number: string, unit: ClassifyInput['unit'], sentenceBefore: string) => {
      const at = clause.indexOf(number);
      return classify({ own: clause, before: clause.slice(0, at), after: clause.slice(at + number.length), previous: '', sentenceBefore, unit, kind: 'actual' }, indicatorRules);
    };
    expect(lean('安置脱贫劳动力和监测对象15.1万人', '15.1万人', 'persons', '统筹开发乡村公益性岗位15.6万个，')).toBe('public_welfare_post_workers');
    expect(lean('吸纳脱贫人口和监测对象就业2140人', '2140人', 'persons', '目前全区共有帮扶车间93个，')).toBe('workshop_workers');
    expect(lean('支持7.8万户脱贫户和监测户发展生产', '7.8万户', 'households', '全年发放脱贫人口小额信贷38.7亿元，')).toBe('microcredit_households');
    // Without a verb the group is what is counted.
    expect(cls('全省脱贫户和监测户7.8万户', '7.8万户', 'households')).not.toBe('microcredit_households');
  });
  it('a qualifier after a count is no noun of its own', () => {
    expect(cls('新认定就业帮扶车间100个左右', '100个', 'count')).toBe('employment_workshops');
    expect(cls('建成就业帮扶车间20个以上', '20个', 'count')).toBe('employment_workshops');
  });
  it('a bound with 的 after it sorts people: no value of the indicator', () => {
    const bounded = (clause: string, number: string, qualifier: ClassifyInput['qualifier']) => {
      const at = clause.indexOf(number);
      return classify({ own: clause, before: clause.slice(0, at - 2), after: clause.slice(at + number.length), previous: '', unit: 'yuan', kind: 'actual', qualifier }, indicatorRules);
    };
    expect(bounded('脱贫人口年人均纯收入低于1万元的农户全部纳入重点帮扶', '1万元', 'at_most')).toBe('');
    expect(bounded('脱贫人口年人均纯收入超过1万元，增长12%', '1万元', 'at_least')).toBe('exited_income_per_capita');
  });
  it('in the pipeline: a bare share leans on the clause that says what it is a share of', () => {
    const figs = figuresOf('全区上半年安排财政衔接资金3.86亿元，其中用于产业发展2.43亿元，占比62.95%。', 'anshun-2023');
    expect(figureWith(figs, '62.95%').indicator).toBe('bridging_funds_industry_share');
  });
  it('in the pipeline: a growth clause leans through a change clause to the one that names the income', () => {
    const figs = figuresOf('建档立卡脱贫人口人均纯收入为11865元，较上年增加1320元，增幅12.5%。', 'anshun-2023');
    expect(figureWith(figs, '12.5%').indicator).toBe('exited_income_growth');
  });
  it('an amount for each unit, a gap between places, and a count of something else before the measure name no indicator', () => {
    expect(cls('每个县建设乡村振兴示范村5个', '5个', 'count')).toBe('');
    expect(cls('全县建设乡村振兴示范村5个', '5个', 'count')).toBe('demonstration_villages');
    expect(cls('乐业镇、者海镇、娜姑镇3个重点镇集中安置点配套建设就业帮扶车间17个', '3个', 'count')).toBe('');
    expect(cls('七星关区帮扶车间数量比大方县多21个', '21个', 'count', 'change')).toBe('');
    expect(cls('七星关区帮扶车间数量比上年多21个', '21个', 'count', 'change')).toBe('employment_workshops');
  });
  it('in the pipeline: 分别 hands each number its own item of the subject', () => {
    const figs = figuresOf('城镇、农村常住居民人均可支配收入分别达到38620元、15480元，分别增长4.6%、8.2%。', 'anshun-2023');
    expect(['38620元', '15480元', '4.6%', '8.2%'].map((n) => figureWith(figs, n).indicator)).toEqual(['', 'rural_income_per_capita', '', 'rural_income_growth']);
  });
  it('in the pipeline: a part (其中) of a total just given is not a second value of its indicator', () => {
    const figs = figuresOf('全市消费帮扶销售额达到50亿元，其中东西部协作消费帮扶15亿元。', 'anshun-2023');
    expect([figureWith(figs, '50亿元').indicator, figureWith(figs, '15亿元').indicator]).toEqual(['consumption_assistance_sales', '']);
  });
  it('in the pipeline: a clause of a goal verb alone reads the clause before; one with a noun after the number does not lean', () => {
    const figs = figuresOf('脱贫人口人均纯收入增长10%以上，力争突破1.5万元。', 'anshun-2023');
    expect(figureWith(figs, '1.5万元').indicator).toBe('exited_income_per_capita');
    expect(figureWith(figs, '1.5万元').quote).toBe('脱贫人口人均纯收入增长10%以上，力争突破1.5万元');
    const done = figuresOf('到2017年年底，实现16153人稳定脱贫。', 'anshun-2023');
    expect(figureWith(done, '16153人').quote).toBe('实现16153人稳定脱贫');
  });
  it('the words of domain rules: 获贷 leans on the loans, 在岗 on the posts, 帮助销售…农产品 is consumption assistance, the line that sorts households into monitoring is the monitoring threshold', () => {
    const figs = figuresOf('今年新发放脱贫人口小额信贷1.08亿元，获贷2615户，户均4.13万元。开发乡村公益性岗位5.3万个，在岗脱贫劳动力五万一千余人。帮助销售六安瓜片、霍山石斛等农产品6450万元。将家庭年人均纯收入7800元以下的农户纳入监测范围。', 'anshun-2023');
    expect(['2615户', '4.13万元', '五万一千余人', '6450万元', '7800元'].map((n) => figureWith(figs, n).indicator))
      .toEqual(['microcredit_households', '', 'public_welfare_post_workers', 'consumption_assistance_sales', 'monitoring_income_threshold']);
  });
  it('全地区 is no 脱贫地区, 城镇 income and jobs are not the poverty-exited\'s, work outside the region (疆外) is a part', () => {
    expect(cls('全年全地区脱贫人口人均纯收入达到15268元', '15268元', 'yuan')).toBe('exited_income_per_capita');
    expect(cls('新增城镇就业6000人以上', '6000人', 'persons', 'target')).toBe('');
    expect(cls('脱贫劳动力疆外就业1.2万人', '1.2万人', 'persons')).toBe('');
  });
  it('in the pipeline: parts of a total in brackets or after 其中, through the items between, are no second values', () => {
    const figs = figuresOf('今年落实衔接资金4.52亿元（中央2.96亿元、市级1.08亿元），其中用于产业发展3.0亿元。全年消费帮扶销售额32.7亿元，其中宣恩县、咸丰县茶叶销售额分别为1.2亿元、8500万元。', 'anshun-2023');
    expect(['4.52亿元', '2.96亿元', '1.08亿元', '32.7亿元', '8500万元'].map((n) => figureWith(figs, n).indicator))
      .toEqual(['bridging_funds', '', '', 'consumption_assistance_sales', '']);
  });
  it('workers gone to one place, and people placed (安置) in posts, are not the total in work', () => {
    expect(cls('帮助脱贫劳动力到广东省就业超过62万人', '62万人', 'persons')).toBe('');
    expect(cls('全年安置脱贫劳动力就业20.35万人', '20.35万人', 'persons')).not.toBe('exited_workers');
    expect(cls('全省脱贫劳动力务工就业规模达到275万人', '275万人', 'persons')).toBe('exited_workers');
  });
  it('in the pipeline: a figure for some of the region\'s counties, or a count of townships, names no indicator', () => {
    const figs = figuresOf('20个国家乡村振兴重点帮扶县脱贫人口人均纯收入达到13386元。58个脱贫县农村居民人均可支配收入12560元。完成新政镇、金城镇等15个乡镇村庄规划编制。', 'anshun-2023');
    expect(['13386元', '12560元', '15个'].map((n) => figureWith(figs, n).indicator)).toEqual(['', 'exited_area_rural_income', '']);
  });
  it('all the jobs a workshop offers are not its poverty-exited workers; 农村牧区常住居民 are rural residents; 信息员 are monitors', () => {
    expect(cls('全区帮扶车间吸纳就业1.14万人', '1.14万人', 'persons')).toBe('');
    expect(cls('农村牧区常住居民人均可支配收入21360元', '21360元', 'yuan')).toBe('rural_income_per_capita');
    expect(cls('全旗嘎查村配备防返贫信息员418名', '418名', 'persons')).toBe('poverty_monitors');
  });
  it('in the pipeline: a share whose measure follows its qualifier and 已; a total that leans on the count before', () => {
    const figs = figuresOf('全省累计纳入防返贫监测对象9.3万户21.6万人，其中78%以上已消除风险。新认定就业帮扶车间6家，全县总数达到48家。', 'anshun-2023');
    expect(['78%', '48家'].map((n) => figureWith(figs, n).indicator)).toEqual(['risk_removed_share', 'employment_workshops']);
  });
  it('in the pipeline: workers a workshop brings into work, a later item of a leaning list, a part naming only a place, and the 832 platform', () => {
    const figs = figuresOf('认定就业帮扶车间26家，带动脱贫劳动力和监测对象就业634人。全县现有就业帮扶车间31个，吸纳脱贫劳动力412人、监测对象58人。4个县脱贫人口人均纯收入均超过1.7万元，其中白沙黎族自治县达到19105元。通过832平台销售农产品560万元。', 'anshun-2023');
    expect(['634人', '412人', '58人', '19105元', '560万元'].map((n) => figureWith(figs, n).indicator))
      .toEqual(['workshop_workers', 'workshop_workers', '', 'exited_income_per_capita', 'consumption_assistance_sales']);
  });
  it('a later list item with words of its own is still named by them alone (示范乡镇 are no 示范村)', () => {
    const figs = figuresOf('累计打造市级乡村振兴示范村64个、示范乡镇9个。', 'anshun-2023');
    expect(figureWith(figs, '9个').indicator).toBe('');
  });
  it('an unknown synonym class is an input error naming the indicator', () => {
    const broken = indicators.map((i) => (i.key === 'bridging_funds' ? { ...i, measure: ['不存在的类'] } : i));
    expect(inputErrorOf(() => compileIndicatorRules(broken, synonyms))).toMatch(/bridging_funds\.measure.*不存在的类/);
  });
});

describe('indicators of whole sentences (heldout5 phrasings)', () => {
  const reference = loadReference('data');
  const ctx = { id: 't', region: '640000', period: '2024', docKind: 'review' as const, published: null };
  const tags = (text: string) => extractOne(`${text}\n`, ctx, reference).figures.map((f) => [f.number_text, f.indicator]);
  it('a part that names only a group is counted as its total was, across a clause that leans itself', () => {
    expect(tags('全区认定就业帮扶车间412个，吸纳就业9850人，其中脱贫劳动力6230人。'))
      .toEqual([['412个', 'employment_workshops'], ['9850人', ''], ['6230人', 'workshop_workers']]);
  });
  it('a sentence that opens with a measure speaks of the population of the sentence before', () => {
    expect(tags('全区下达衔接资金3.42亿元。用于产业发展的比例为60.7%。')).toEqual([['3.42亿元', 'bridging_funds'], ['60.7%', 'bridging_funds_industry_share']]);
    expect(tags('全区发放小额信贷3.42亿元。用于产业发展的比例为60.7%。')[1]).toEqual(['60.7%', '']);
  });
  it('people in posts are counted as 在岗人员; those dismissed are not', () => {
    expect(tags('开发乡村公益性岗位2.1万个，在岗人员1.96万人。')[1]).toEqual(['1.96万人', 'public_welfare_post_workers']);
    expect(tags('核查乡村公益性岗位，清退不符合条件人员47人。')).toEqual([['47人', '']]);
  });
  it('a bare change is the change of what the clause it leans on names; an aside naming levels is no word', () => {
    expect(tags('脱贫县（区）农村居民人均可支配收入15236元，增长7.0%。'))
      .toEqual([['15236元', 'exited_area_rural_income'], ['7.0%', 'exited_area_rural_income_growth']]);
    expect(tags('农村居民人均工资性收入6170元，增长8.3%。')).toEqual([['6170元', ''], ['8.3%', '']]);
  });
  it('a goal verb alone names nothing: the item leans on the one before; a share after an amount is of what it names', () => {
    expect(tags('确保脱贫人口人均纯收入增长10%以上、力争达到2万元。')).toEqual([['10%', 'exited_income_growth'], ['2万元', 'exited_income_per_capita']]);
    expect(tags('全区投入衔接资金4.12亿元，其中产业项目资金2.61亿元，占比63.3%。')[2]).toEqual(['63.3%', 'bridging_funds_industry_share']);
    expect(tags('每年统筹不低于60%的衔接资金用于产业发展。')).toEqual([['60%', 'bridging_funds_industry_share']]);
  });
  it('as much for each place listed is no total; groups helped into work near home lean on the workshops; cooperation money spent is not bridging funds', () => {
    expect(tags('在城厢镇、平孟镇各打造1个乡村振兴示范村。')).toEqual([['1个', '']]);
    expect(tags('全区认定就业帮扶车间2176个，带动脱贫人口和监测对象就近就业3.28万人。')[1]).toEqual(['3.28万人', 'workshop_workers']);
    expect(tags('实施协作项目46个，投入援助资金5882万元，项目资金支出进度达到100%。')[2]).toEqual(['100%', '']);
    expect(tags('已支出衔接资金1.87亿元，支出进度54.7%。')[1]).toEqual(['54.7%', 'bridging_funds_spent_share']);
  });
  it('people counted by their noun (136万搬迁群众), a bare change in a list (、增长11.6%), a clause that only sums up (累计达到286个)', () => {
    expect(tags('全省136万搬迁群众中劳动力就业率达94.7%。')[0]).toEqual(['136万', 'relocated_persons']);
    expect(tags('全州脱贫户人均纯收入达到15872元、增长11.6%。')).toEqual([['15872元', 'exited_income_per_capita'], ['11.6%', 'exited_income_growth']]);
    expect(tags('新认定就业帮扶车间41个，累计达到286个，吸纳脱贫劳动力5130人。')[2]).toEqual(['5130人', 'workshop_workers']);
    expect(tags('推动消费援疆销售额突破1.5亿元。')).toEqual([['1.5亿元', 'consumption_assistance_sales']]);
  });
  it('groups after a verb are no count of themselves, even with nothing before to lean on; another group is not the one the sentence named', () => {
    expect(tags('共实施协作项目41个，带动脱贫人口和监测对象1.26万人。')[1]).toEqual(['1.26万人', '']);
    expect(tags('组织脱贫劳动力务工5380人；帮助农村劳动力就近就地就业8920人。')[1]).toEqual(['8920人', '']);
    expect(tags('组织赴津务工脱贫劳动力1万人以上。')).toEqual([['1万人', '']]);
    expect(tags('带动320名脱贫群众在园区务工，人均年工资收入2.8万元。')[1]).toEqual(['2.8万元', '']);
  });
  it('workers gone to a province named by its short form are a part, not the total', () => {
    expect(tags('组织脱贫劳动力赴福建稳定就业1.34万人。')).toEqual([['1.34万人', '']]);
    expect(tags('脱贫劳动力稳定就业1.34万人。')).toEqual([['1.34万人', 'exited_workers']]);
  });
});

describe('indicators of whole sentences (heldout10 phrasings)', () => {
  const reference = loadReference('data');
  const ctx = { id: 't', region: '510000', period: '2024', docKind: 'review' as const, published: null };
  const tags = (text: string) => extractOne(`${text}\n`, ctx, reference).figures.map((f) => [f.number_text, f.indicator]);
  it('a sample, those with a shortcoming and what each of several has are no totals', () => {
    expect(tags('抽查的45个衔接资金项目中有6个未建立利益联结机制。')[0]).toEqual(['45个', '']);
    expect(tags('全省实施衔接资金项目1071个。')).toEqual([['1071个', 'projects_funded']]);
    expect(tags('全省仍有0.87万户监测户帮扶措施落实不到位。')).toEqual([['0.87万户', '']]);
    expect(tags('全省监测户0.87万户。')).toEqual([['0.87万户', 'monitored_households']]);
    expect(tags('各县支出进度均在97%以上。')).toEqual([['97%', '']]);
    expect(tags('有劳动力的搬迁家庭均实现至少1人就业。')).toEqual([['1人', '']]);
    // '中央和省' are kinds of money, not places: the region's own share is bounded.
    expect(tags('中央和省衔接资金投入产业比例均超过55%。')).toEqual([['55%', 'bridging_funds_industry_share']]);
    expect(tags('每个结对乡镇至少培育1个协作示范村。')).toEqual([['1个', '']]);
  });
  it('interest subsidies are no loans, subsidy recipients no workers, beneficiaries no monitored households', () => {
    expect(tags('落实小额信贷贴息3215万元。')).toEqual([['3215万元', '']]);
    expect(tags('发放脱贫人口小额信贷6.84亿元。')).toEqual([['6.84亿元', 'microcredit_amount']]);
    expect(tags('为外出务工的脱贫劳动力发放交通补助1.86万人。')).toEqual([['1.86万人', '']]);
    expect(tags('项目直接受益脱贫户和监测户14.3万户。')).toEqual([['14.3万户', '']]);
    expect(tags('受益群众对衔接资金项目满意度为96.8%。')).toEqual([['96.8%', '']]);
    expect(tags('脱贫人口家庭医生签约服务率保持在99%以上。')).toEqual([['99%', 'family_doctor_coverage']]);
  });
  it('those examined, workers sent to a named place and those still at risk are no totals; a total alone leans', () => {
    expect(tags('复核就业帮扶车间48个，取消认定6个。')[0]).toEqual(['48个', '']);
    expect(tags('帮助3260名脱贫劳动力到北京等地稳定就业。')).toEqual([['3260名', '']]);
    expect(tags('未消除风险的监测户中，因病、因残的分别占41.2%和18.6%。').map(([, k]) => k)).toEqual(['', '']);
    expect(tags('全县监测对象2816户，风险消除率80.0%。')[1]).toEqual(['80.0%', 'risk_removed_share']);
    expect(tags('新认定就业帮扶车间31个、总数达到146个。')).toEqual([['31个', 'employment_workshops'], ['146个', 'employment_workshops']]);
    expect(tags('累计纳入防返贫监测对象5218户16940人，其中3375户11206人已稳定消除风险。').slice(2))
      .toEqual([['3375户', 'risk_removed_households'], ['11206人', 'risk_removed_persons']]);
  });
  it('monthly pay, livestock demonstration villages, households of two groups and shortfalls are none of the indicators', () => {
    expect(tags('吸纳就业1860人，人均月收入在2500元至3500元之间。')[1]).toEqual(['2500元至3500元', '']);
    expect(tags('镇上去年新建养殖示范村4个。')).toEqual([['4个', '']]);
    expect(tags('全县新建乡村振兴示范村4个。')).toEqual([['4个', 'demonstration_villages']]);
    expect(tags('对3864户发展种养业的脱贫户和监测户给予奖补。')).toEqual([['3864户', '']]);
    expect(tags('督导发现有46户监测对象帮扶措施针对性不强。')).toEqual([['46户', '']]);
    // The gap after 高于…平均水平 is no level.
    expect(tags('朝阳市脱贫人口人均纯收入9210元，高于全省平均水平284元。')[1]).toEqual(['284元', '']);
  });
  it('the rest of a total, workers gone to a place named by its short form, and new workers are no totals', () => {
    expect(tags('加快剩余3个衔接资金项目建设。')).toEqual([['3个', '']]);
    expect(tags('全县剩余贫困人口35633人。')).toEqual([['35633人', 'remaining_poor']]);
    expect(tags('帮助农村劳动力转移就业2145人，其中脱贫劳动力1380人，到兰溪就业486人。')[2]).toEqual(['486人', '']);
    expect(tags('新增务工就业200人以上。')).toEqual([['200人', '']]);
    // A gap after a base whose value is in brackets is no level; the parts in brackets after a count are not its words.
    expect(tags('全镇脱贫人口人均纯收入达到16850元，高于全县平均水平（16320元）530元。')[2]).toEqual(['530元', '']);
    expect(tags('累计纳入防返贫监测对象196户812人（其中脱贫不稳定户89户）。').slice(0, 2))
      .toEqual([['196户', 'monitored_households'], ['812人', 'monitored_persons']]);
  });
  it('the income that sets the scope of monitoring is the monitoring line', () => {
    expect(tags('按照省定年人均纯收入7600元的监测范围，全县累计纳入防返贫监测对象1086户。')[0]).toEqual(['7600元', 'monitoring_income_threshold']);
  });
  it('consumption cooperation is goods sold, not money given; all the rural workers in workshops are more than those out of poverty', () => {
    expect(tags('力争消费协作金额达到15亿元以上。')).toEqual([['15亿元', 'consumption_assistance_sales']]);
    expect(tags('援建就业帮扶车间41个，吸纳农村劳动力1260人，其中脱贫劳动力587人。').map(([, k]) => k)).toEqual(['employment_workshops', '', 'workshop_workers']);
  });
  it('the level of a comparison\'s base is a value of the base', () => {
    expect(tags('全乡脱贫户人均纯收入达到14385元，比全县平均水平14020元高出365元。'))
      .toEqual([['14385元', 'exited_income_per_capita'], ['14020元', 'exited_income_per_capita'], ['365元', '']]);
    expect(tags('农村居民人均可支配收入15120元，略低于全县15480元的平均水平。')[1]).toEqual(['15480元', 'rural_income_per_capita']);
  });
  it('a change leans past a rank to the value it changes; a change of a part is the part\'s', () => {
    expect(tags('遵义市脱贫人口人均纯收入达到9315元，居全省第1位，增长10.2%。'))
      .toEqual([['9315元', 'exited_income_per_capita'], ['10.2%', 'exited_income_growth']]);
    expect(tags('20个国家乡村振兴重点帮扶县脱贫人口人均纯收入达到7452元，增长10.6%。').slice(1)).toEqual([['7452元', ''], ['10.6%', '']]);
  });
});
