// Every way a report writes a number, in running text through the whole pipeline, in simplified and
// Traditional script: value, unit, qualifier, kind and sign. Sentences are our own, in the reports' style.
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../scripts/pipeline/types.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { contextOf, figuresOf, reference } from './seeds.ts';

type Case = [sentence: string, numberText: string, value: number, unit: Figure['unit'], qualifier: Figure['qualifier'], kind: Figure['kind']];

// [simplified, Traditional] pairs of the same sentence, with what both must read as.
const PAIRS: [string, string, string, string, number, Figure['unit'], Figure['qualifier'], Figure['kind']][] = [
  // Chinese decimals with 亿
  ['落实各级衔接资金十二点五亿元', '落實各級銜接資金十二點五億元', '十二点五亿元', '十二點五億元', 1250000000, 'yuan', 'exact', 'actual'],
  ['消费帮扶销售额达零点八亿元', '消費幫扶銷售額達零點八億元', '零点八亿元', '零點八億元', 80000000, 'yuan', 'exact', 'actual'],
  // Declines are negative changes; increases stay positive
  ['农村居民收入同比下降3.5%', '農村居民收入同比下降3.5%', '3.5%', '3.5%', -3.5, 'percent', 'exact', 'change'],
  ['小额信贷余额比上年减少1200万元', '小額信貸餘額比上年減少1200萬元', '1200万元', '1200萬元', -12000000, 'yuan', 'exact', 'change'],
  ['务工收入占比回落2.1个百分点', '務工收入佔比回落2.1個百分點', '2.1个百分点', '2.1個百分點', -2.1, 'percentage_points', 'exact', 'change'],
  ['农产品收购价格降低5%', '農產品收購價格降低5%', '5%', '5%', -5, 'percent', 'exact', 'change'],
  ['规模以上工业产值负增长4.2%', '規模以上工業產值負增長4.2%', '4.2%', '4.2%', -4.2, 'percent', 'exact', 'change'],
  ['脱贫人口人均纯收入比上年增加1200元', '脫貧人口人均純收入比上年增加1200元', '1200元', '1200元', 1200, 'yuan', 'exact', 'change'],
  ['全市生猪出栏同比增长12%', '全市生豬出欄同比增長12%', '12%', '12%', 12, 'percent', 'exact', 'change'],
  ['粮食产量同比减少近3万吨', '糧食產量同比減少近3萬噸', '3万吨', '3萬噸', -30000, 'tonnes', 'approx', 'change'],
  ['农民收入增速为-1.5%', '農民收入增速為-1.5%', '-1.5%', '-1.5%', -1.5, 'percent', 'exact', 'change'],
  ['农民收入增速为负3.5%', '農民收入增速為負3.5%', '负3.5%', '負3.5%', -3.5, 'percent', 'exact', 'change'],
  ['工资性收入增长为负3.5%', '工資性收入增長為負3.5%', '负3.5%', '負3.5%', -3.5, 'percent', 'exact', 'change'],
  ['农产品价格降幅为2.1%', '農產品價格降幅為2.1%', '2.1%', '2.1%', -2.1, 'percent', 'exact', 'change'],
  ['两项补贴分别下降3%、5%', '兩項補貼分別下降3%、5%', '5%', '5%', -5, 'percent', 'exact', 'change'],
  // A level reached after a fall is not a change
  ['贫困发生率回落到2.4%', '貧困發生率回落到2.4%', '2.4%', '2.4%', 2.4, 'percent', 'exact', 'actual'],
  ['贫困发生率下降为0.5%', '貧困發生率下降為0.5%', '0.5%', '0.5%', 0.5, 'percent', 'exact', 'actual'],
  // 百分之, 千分之, 万分之 (the last two as percent)
  ['人均可支配收入增长百分之八点五', '人均可支配收入增長百分之八點五', '百分之八点五', '百分之八點五', 8.5, 'percent', 'exact', 'change'],
  ['村集体经济收入增长百分之十二', '村集體經濟收入增長百分之十二', '百分之十二', '百分之十二', 12, 'percent', 'exact', 'change'],
  ['基本医疗保险参保率达到百分之百', '基本醫療保險參保率達到百分之百', '百分之百', '百分之百', 100, 'percent', 'exact', 'actual'],
  ['返贫发生率控制在千分之三以内', '返貧發生率控制在千分之三以內', '千分之三', '千分之三', 0.3, 'percent', 'at_most', 'actual'],
  ['安全事故发生率为万分之二', '安全事故發生率為萬分之二', '万分之二', '萬分之二', 0.02, 'percent', 'exact', 'actual'],
  ['产业资金占比超过百分之五十五', '產業資金佔比超過百分之五十五', '百分之五十五', '百分之五十五', 55, 'percent', 'at_least', 'actual'],
  // 成 (tenths, as percent)
  ['衔接资金用于产业的比例超过五成', '銜接資金用於產業的比例超過五成', '五成', '五成', 50, 'percent', 'at_least', 'actual'],
  ['近三成脱贫户发展了庭院经济', '近三成脫貧戶發展了庭院經濟', '三成', '三成', 30, 'percent', 'approx', 'actual'],
  ['八成以上农户加入了合作社', '八成以上農戶加入了合作社', '八成', '八成', 80, 'percent', 'at_least', 'actual'],
  ['务工收入占比两成多', '務工收入佔比兩成多', '两成多', '兩成多', 20, 'percent', 'approx', 'actual'],
  // Financial numerals
  ['募集帮扶资金人民币壹佰万元', '募集幫扶資金人民幣壹佰萬元', '壹佰万元', '壹佰萬元', 1000000, 'yuan', 'exact', 'actual'],
  ['企业捐赠资金贰拾叁万伍仟元', '企業捐贈資金貳拾叁萬伍仟元', '贰拾叁万伍仟元', '貳拾叁萬伍仟元', 235000, 'yuan', 'exact', 'actual'],
  ['爱心人士捐款壹万贰仟元伍角', '愛心人士捐款壹萬貳仟圓伍角', '壹万贰仟元伍角', '壹萬貳仟圓伍角', 12000.5, 'yuan', 'exact', 'actual'],
  // 翻番 and 倍
  ['村集体经济收入翻一番', '村集體經濟收入翻一番', '翻一番', '翻一番', 2, 'times', 'exact', 'change'],
  ['农民人均收入比2010年翻两番', '農民人均收入比2010年翻兩番', '翻两番', '翻兩番', 4, 'times', 'exact', 'change'],
  ['电商销售额增长1.5倍', '電商銷售額增長1.5倍', '1.5倍', '1.5倍', 1.5, 'times', 'exact', 'change'],
  ['合作社分红增长两倍', '合作社分紅增長兩倍', '两倍', '兩倍', 2, 'times', 'exact', 'change'],
  // Fractions (as percent)
  ['全县有四分之一的脱贫户发展特色种植', '全縣有四分之一的脫貧戶發展特色種植', '四分之一', '四分之一', 25, 'percent', 'exact', 'actual'],
  // Mixed forms, separators, Traditional units
  ['培训农村劳动力1.2万余人', '培訓農村勞動力1.2萬餘人', '1.2万余人', '1.2萬餘人', 12000, 'persons', 'approx', 'actual'],
  ['发展庭院经济3千多户', '發展庭院經濟3千多戶', '3千多户', '3千多戶', 3000, 'households', 'approx', 'actual'],
  ['带动千余人就业', '帶動千餘人就業', '千余人', '千餘人', 1000, 'persons', 'approx', 'actual'],
  ['全市脱贫人口务工243,179人', '全市脫貧人口務工243,179人', '243,179人', '243,179人', 243179, 'persons', 'exact', 'actual'],
  ['发放临时救助资金１２，３４５万元', '發放臨時救助資金１２，３４５萬元', '１２，３４５万元', '１２，３４５萬元', 123450000, 'yuan', 'exact', 'actual'],
  ['纳入防返贫监测对象3000户', '納入防返貧監測對象3000戶', '3000户', '3000戶', 3000, 'households', 'exact', 'actual'],
  ['累计救助困难群众5.6万人', '累計救助困難群眾5.6萬人', '5.6万人', '5.6萬人', 56000, 'persons', 'exact', 'actual'],
  ['辐射带动农户近1300户', '輻射帶動農戶近1300戶', '1300户', '1300戶', 1300, 'households', 'approx', 'actual'],
  ['新建产业路超过120公里', '新建產業路超過120公里', '120公里', '120公里', 120, 'km', 'at_least', 'actual'],
];

const CASES: Case[] = PAIRS.flatMap(([s, t, ns, nt, ...rest]) => [[s, ns, ...rest] as Case, [t, nt, ...rest] as Case]);

describe('number forms in running text (simplified and Traditional)', () => {
  it.each(CASES)('%s → %s', (sentence, numberText, value, unit, qualifier, kind) => {
    const found = figuresOf(`${sentence}。`, 'siping-2022').filter((f) => f.number_text === numberText);
    expect(found.map((f) => ({ value: f.value, unit: f.unit, qualifier: f.qualifier, kind: f.kind })))
      .toEqual([{ value, unit, qualifier, kind }]);
  });
});

// Tokens that cannot be read with certainty: no figure at all, or the number exactly as written; never another.
const DOUBTFUL: [sentence: string, allowed: number[]][] = [
  ['投入衔接资金.5亿元', []], ['投入銜接資金.5億元', []],
  ['修建产业路1,2公里', []], ['修建產業路1,2公里', []],
  ['培训脱贫劳动力12,34人', []], ['培訓脫貧勞動力12,34人', []],
  ['新建项目1,2345个', []],
  ['村里有零点一人', [0.1]], ['村裡有零點一人', [0.1]],
  ['帮扶三四百人', []], ['幫扶三四百人', []],
  ['共有二三十户', []],
  ['完成率达七成五', []],
  ['培训脱贫劳动力1 234人', []],   ['筹集几十万元资金', []], ['籌集幾十萬元資金', []], ['带动数百户增收', []],
];

describe('doubtful numerals are read as written or not at all', () => {
  it.each(DOUBTFUL)('%s', (sentence, allowed) => {
    const values = figuresOf(`${sentence}。`, 'siping-2022').map((f) => f.value);
    expect(values.filter((v) => !allowed.includes(v))).toEqual([]);
  });
});

describe('a doubted token is listed in mentions, excluded with the doubt as its reason', () => {
  it.each([
    ['投入衔接资金.5亿元', '5亿元', 'ambiguous_decimal'], ['修建产业路1,2公里', '2公里', 'ambiguous_separator'],
    ['幫扶三四百人', '三四百人', 'approximate_range'], ['筹集几十万元资金', '十万元', 'approximate_range'],
    ['完成率达七成五', '七成', 'ambiguous_tenths'],
  ])('%s: %s is %s', (sentence, text, reason) => {
    const { mentions } = extractOne(`${sentence}。`, contextOf('siping-2022'), reference);
    expect(mentions.filter((m) => m.text === text).map((m) => [m.status, m.reason])).toEqual([['excluded', reason]]);
  });
});
