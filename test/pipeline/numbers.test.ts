import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { findNumbers, formatChineseAmount, type NumberToken } from '../../scripts/pipeline/numbers.ts';
import { FUZZ_RUNS } from './fuzzRuns.ts';
import { real } from './seeds.ts';

/** [number_text, value, unit, qualifier] of every token: the shape the assertions read best in. */
const read = (text: string) => findNumbers(text).map((t) => [text.slice(t.start, t.unitEnd), t.value, t.unit, t.qualifier]);
const one = (text: string): NumberToken => {
  const tokens = findNumbers(text);
  expect(tokens).toHaveLength(1);
  return tokens[0];
};
const toFullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/(?<=[０-９])\.(?=[０-９])/g, '．');

describe('findNumbers on the seed reports', () => {
  it('applies 万/亿: 2.9475亿元 is 294750000 yuan', () => {
    const t = one(real('siping-2022', '安排各级衔接资金2.9475亿元'));
    expect([t.numeral, t.value, t.unit, t.unitText, t.qualifier]).toEqual(['2.9475', 294750000, 'yuan', '亿元', 'exact']);
    expect(read(real('siping-2022', '贷款金额8646.95万元'))).toEqual([['8646.95万元', 86469500, 'yuan', 'exact']]);
    expect(read(real('anshun-2023', '救助10.2346万人'))).toEqual([['10.2346万人', 102346, 'persons', 'exact']]);
    expect(read(real('anshun-2023', '资助家庭经济困难学生44.69万人次、3.19亿元'))).toEqual([
      ['44.69万人次', 446900, 'person_times', 'exact'], ['3.19亿元', 319000000, 'yuan', 'exact']]);
    expect(read(real('jilin-2021', '当年全省涉农贷款余额5510亿元'))).toEqual([['5510亿元', 551000000000, 'yuan', 'exact']]);
  });

  it('reads one quote with several figures: 1237户2502人 is two figures', () => {
    expect(read(real('siping-2022', '全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人,占比89.76%'))).toEqual([
      ['1237户', 1237, 'households', 'exact'], ['2502人', 2502, 'persons', 'exact'],
      ['1125户', 1125, 'households', 'exact'], ['2246人', 2246, 'persons', 'exact'], ['89.76%', 89.76, 'percent', 'exact']]);
    expect(read(real('siping-2022', '绿化乡村112个、2000亩'))).toEqual([['112个', 112, 'count', 'exact'], ['2000亩', 2000, 'mu', 'exact']]);
  });

  it('takes units that begin like a multiplier (千瓦, 平方米) as units', () => {
    expect(read(real('lanxi-2023-plan', '145万千瓦风力发电项目'))).toEqual([['145万千瓦', 1450000, 'kw', 'exact']]);
    expect(read(real('siping-2017', '新建校舍3.4万平方米'))).toEqual([['3.4万平方米', 34000, 'square_metres', 'exact']]);
    expect(read(real('siping-2017', '驻村帮扶干部培训101期,合计14131人次'))).toEqual([['101期', 101, 'count', 'exact'], ['14131人次', 14131, 'person_times', 'exact']]);
  });

  it('qualifiers 余/多/左右 are approx', () => {
    expect(read(real('siping-2022', '创建玉米种植基地2600余亩'))).toEqual([['2600余亩', 2600, 'mu', 'approx']]);
    expect(read(real('siping-2022', '农户1300多户'))).toEqual([['1300多户', 1300, 'households', 'approx']]);
    expect(read(real('siping-2022', '公顷增产2000公斤左右'))).toEqual([['2000公斤', 2000, 'kg', 'approx']]);
    expect(read(real('siping-2022', '全区共栽植树木16万余棵'))).toEqual([['16万余棵', 160000, 'count', 'approx']]);
    expect(read(real('anshun-2023', '2097万余元'))).toEqual([['2097万余元', 20970000, 'yuan', 'approx']]);
    expect(read(real('anshun-2023', '获援助协作资金3.29余亿元'))).toEqual([['3.29余亿元', 329000000, 'yuan', 'approx']]);
    expect(read(real('siping-2022', '累计吸收闲置劳动力百余人'))).toEqual([['百余人', 100, 'persons', 'approx']]);
    expect(read(real('siping-2017', '规定改造后的住房面积在60平方米左右'))).toEqual([['60平方米', 60, 'square_metres', 'approx']]);
  });

  it('qualifiers 约/近 are approx (variants of seed sentences: the seeds have none)', () => {
    expect(read(`全市救助基金规模约${real('siping-2022', '1000万元')}`)).toEqual([['1000万元', 10000000, 'yuan', 'approx']]);
    expect(read('辐射带动有规模合作社11家、农户近1300户')[1]).toEqual(['1300户', 1300, 'households', 'approx']);
    const t = one('农户近1300户');
    expect('农户近1300户'.slice(t.qualifierStart, t.qualifierEnd)).toBe('近1300户');
  });

  it('qualifiers 以上/超过/不低于 are at_least', () => {
    expect(read(real('siping-2022', '增产粮食10%以上'))).toEqual([['10%', 10, 'percent', 'at_least']]);
    expect(read(real('siping-2022', '中央和省衔接资金投入产业比例均超过55%'))).toEqual([['55%', 55, 'percent', 'at_least']]);
    expect(read(real('anshun-2023', '农村自来水普及率达96%以上'))).toEqual([['96%', 96, 'percent', 'at_least']]);
    expect(read(real('lanxi-2023-plan', '比重达到 60%以上'))).toEqual([['60%', 60, 'percent', 'at_least']]);
    expect(read('今年财政衔接资金用于产业发展的比重不低于60%')).toEqual([['60%', 60, 'percent', 'at_least']]);
    const t = one(real('siping-2022', '增产粮食10%以上'));
    expect('增产粮食10%以上'.slice(t.qualifierStart, t.qualifierEnd)).toBe('10%以上');
  });

  it('qualifiers 以下/不超过/以内 are at_most (variants: the seeds have none)', () => {
    expect(read('贫困发生率降至2.4%以下')).toEqual([['2.4%', 2.4, 'percent', 'at_most']]);
    expect(read('中央和省衔接资金投入产业比例均不超过55%')).toEqual([['55%', 55, 'percent', 'at_most']]);
    expect(read('完成政府预算采购任务32.09万元以内')).toEqual([['32.09万元', 320900, 'yuan', 'at_most']]);
  });

  it('reads 万 before a noun for people as persons, the noun left to the subject', () => {
    expect(read('全市4.48万易地扶贫搬迁群众稳得住')).toEqual([['4.48万', 44800, 'persons', 'exact']]);
    expect(read('136万搬迁群众')).toEqual([['136万', 1360000, 'persons', 'exact']]);
    expect(read('3.5万亩')).toEqual([['3.5万亩', 35000, 'mu', 'exact']]);
  });
  it('reads a range 3—5个 as a range, both ends kept', () => {
    const t = one(real('lanxi-2023-plan', '升级3—5个'));
    expect([t.value, t.unit, t.qualifier, t.rangeTo]).toEqual([3, 'count', 'range', 5]);
  });

  it('reads 至少/最多 before a verb as a bound on the number it governs', () => {
    const t = one(real('lanxi-2023-plan', '每季度至少召开1次'));
    expect([t.value, t.qualifier]).toEqual([1, 'at_least']);
  });

  it('reads 两位数增幅 as growth of at least 10%', () => {
    expect(read(real('lanxi-2023-plan', '全县脱贫人口人均纯收入保持两位数增幅'))).toEqual([['两位数', 10, 'percent', 'at_least']]);
  });

  it('reads Chinese numerals only with a unit, and 千/万 alone are words', () => {
    expect(read(real('siping-2017', '一是拴牢心'))).toEqual([]);
    expect(read(real('siping-2022', '今年,双辽市共落实市乡两级示范基地31个、万亩绿色高质高效示范基地5个、千亩绿色高质高效示范基地21个'))
      .map((r) => r[0])).toEqual(['31个', '5个', '21个']);
    expect(read(real('jilin-2021', '启动“万企兴万村”吉林行动'))).toEqual([]);
    expect(read(real('lanxi-2023-plan', '三个渠道'))).toEqual([['三个', 3, 'count', 'exact']]);
  });

  it('reads full-width digits as their ASCII twins', () => {
    const sentence = real('siping-2022', '全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人,占比89.76%');
    expect(read(toFullWidth(sentence)).map((r) => r.slice(1))).toEqual(read(sentence).map((r) => r.slice(1)));
    expect(read('安排各级衔接资金２．９４７５亿元')).toEqual([['２．９４７５亿元', 294750000, 'yuan', 'exact']]);
  });

  it('reads thousands separators in either width', () => {
    expect(read('全市脱贫人口务工243,179人')).toEqual([['243,179人', 243179, 'persons', 'exact']]);
    expect(read('发放救助资金１２，３４５．６万元')).toEqual([['１２，３４５．６万元', 123456000, 'yuan', 'exact']]);
    // '1,2345' is neither 1,234 nor 12345 for sure: both pieces are doubted, never read as 2345.
    expect(findNumbers('新建项目1,2345个').map((t) => [t.numeral, t.doubt])).toEqual([['1', 'ambiguous_separator'], ['2345', 'ambiguous_separator']]);
  });

  it('does not take a sentence-ending point for a decimal point', () => {
    expect(read('到2017年年底,实现16153人稳定脱贫.').map((r) => r[0])).toEqual(['2017年', '16153人']);
  });
});

describe('findNumbers properties', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...'０１２３４５６７８９．，％0123456789.,%零〇一二两三四五六七八九十百千万亿余多约近以上下超过不低于个户人元亩年月日—-～至到\n（）()资料图片'), maxLength: 60 }),
  );

  it('never throws, and every token lies inside the text with a finite value', () => {
    fc.assert(fc.property(anyText, (text) => {
      let last = -1;
      for (const t of findNumbers(text)) {
        expect(t.start).toBeGreaterThan(last - 1);
        expect(t.start).toBeLessThan(t.end);
        expect(t.end).toBeLessThanOrEqual(t.unitEnd);
        expect(t.unitEnd).toBeLessThanOrEqual(text.length);
        expect(t.qualifierStart).toBeLessThanOrEqual(t.start);
        expect(t.qualifierEnd).toBeGreaterThanOrEqual(t.unitEnd);
        // A value, unless the reader doubts the token; negative only when written with a minus sign.
        expect(Number.isNaN(t.value)).toBe(t.doubt !== null);
        if (t.value < 0) expect(text[t.start]).toMatch(/[-−－]/);
        last = t.unitEnd;
      }
    }), { numRuns: FUZZ_RUNS });
  });

  it('formatting an amount then reading it gives the value back (Arabic, 万, 亿)', () => {
    const units: [string, string][] = [['元', 'yuan'], ['人', 'persons'], ['户', 'households'], ['亩', 'mu'], ['个', 'count']];
    fc.assert(fc.property(fc.nat({ max: 99_999_999 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('', '万', '亿'), fc.constantFrom(...units),
      (digits, decimals, multiplier, [word, unit]) => {
        const factor = multiplier === '万' ? 1e4 : multiplier === '亿' ? 1e8 : 1;
        const n = BigInt(digits) * BigInt(factor);
        fc.pre(n % 10n ** BigInt(decimals) === 0n); // a value in base units that is whole
        const value = Number(n / 10n ** BigInt(decimals));
        const text = formatChineseAmount(value, multiplier as '' | '万' | '亿', word);
        const [t] = findNumbers(`共${text}。`);
        expect([t.value, t.unit, t.unitText]).toEqual([value, unit, `${multiplier}${word}`]);
      }), { numRuns: FUZZ_RUNS });
  });

  it('a Chinese numeral from nzh with a unit reads back: 一千二百人 → 1200 persons', () => {
    fc.assert(fc.property(fc.integer({ min: 10, max: 99_999_999 }), fc.constantFrom('人', '户', '元', '亩'), (n, word) => {
      const [t] = findNumbers(`帮扶${Nzh.cn.encodeS(n)}${word}。`);
      expect(t.value).toBe(n);
      expect(t.script).toBe('chinese');
    }), { numRuns: FUZZ_RUNS });
  });

  it('full-width digits read as ASCII digits do', () => {
    fc.assert(fc.property(fc.nat({ max: 10 ** 9 }), fc.nat({ max: 99 }), fc.constantFrom('万元', '亿元', '人', '%', '公里'), (int, frac, unit) => {
      const ascii = `达${int}.${frac}${unit}`;
      const [a] = findNumbers(ascii);
      const [f] = findNumbers(toFullWidth(ascii));
      expect([f.value, f.unit, f.qualifier]).toEqual([a.value, a.unit, a.qualifier]);
    }), { numRuns: FUZZ_RUNS });
  });
});

describe('formatChineseAmount', () => {
  it('writes base units back as a report would: 294750000 yuan with 亿 is 2.9475亿元', () => {
    expect(formatChineseAmount(294750000, '亿', '元')).toBe('2.9475亿元');
    expect(formatChineseAmount(86469500, '万', '元')).toBe('8646.95万元');
    expect(formatChineseAmount(1237, '', '户')).toBe('1237户');
  });
});

describe('bounds turned around by 不', () => {
  it('不超过/不高于/不多于/不到/不足 are at_most; 不低于/不少于 at_least', () => {
    const q = (prefix: string) => findNumbers(`比例${prefix}55%`)[0].qualifier;
    expect(['不超过', '不高于', '不多于', '不到', '不足', '少于', '低于'].map(q)).toEqual(Array(7).fill('at_most'));
    expect(['不低于', '不少于', '超过', '高于', '多于', '逾', '突破'].map(q)).toEqual(Array(7).fill('at_least'));
  });
});

describe('tokens the reader cannot be sure of carry a doubt and no value', () => {
  const doubts = (text: string) => findNumbers(text).map((t) => [text.slice(t.start, t.unitEnd), t.doubt]);
  it('a stray point or comma inside digits (issue 10)', () => {
    expect(doubts('投入资金.5亿元')).toEqual([['5亿元', 'ambiguous_decimal']]);
    expect(doubts('修建道路1,2公里')).toEqual([['1', 'ambiguous_separator'], ['2公里', 'ambiguous_separator']]);
    expect(doubts('培训12,34人')).toEqual([['12', 'ambiguous_separator'], ['34人', 'ambiguous_separator']]);
    expect(doubts('版本1.2.3个')).toEqual([['1.2', 'ambiguous_decimal'], ['3个', 'ambiguous_decimal']]);
    expect(doubts('培训1 234人')).toEqual([['1', 'ambiguous_separator'], ['234人', 'ambiguous_separator']]);
    // A date and time keep their spaces: no doubt, the date rule excludes them.
    expect(doubts('2018-03-26 10:13:14').every(([, d]) => d === null)).toBe(true);
  });
  it('a Chinese range (三四百人) and tenths with a digit after them (七成五)', () => {
    expect(doubts('帮扶三四百人')).toEqual([['三四百人', 'approximate_range']]);
    expect(doubts('共有二三十户')).toEqual([['二三十户', 'approximate_range']]);
    expect(doubts('完成率达七成五')).toEqual([['七成', 'ambiguous_tenths']]);
    expect(findNumbers('帮扶三四百人')[0].value).toBeNaN();
  });
  it('reads well-formed neighbours as before: a thousands group, a decimal, a range 3—5个, a phone number', () => {
    expect(doubts('务工243,179人，增收2.5亿元')).toEqual([['243,179人', null], ['2.5亿元', null]]);
    expect(doubts('升级3—5个')).toEqual([['3—5个', null]]);
    expect(findNumbers('热线:0431-81126178').every((t) => t.value >= 0)).toBe(true);
  });
});

describe('forms beyond Arabic numerals', () => {
  const tok = (text: string) => findNumbers(text).map((t) => [text.slice(t.start, t.unitEnd), t.value, t.unit, t.qualifier]);
  it('Chinese decimals before a multiplier: 十二点五亿元, 零点八亿元; 三点 alone is not a decimal', () => {
    expect(tok('落实衔接资金十二点五亿元')).toEqual([['十二点五亿元', 1250000000, 'yuan', 'exact']]);
    expect(tok('销售额达零点八亿元')).toEqual([['零点八亿元', 80000000, 'yuan', 'exact']]);
    expect(tok('提出三点要求')).toEqual([]);
  });
  it('percent and its relatives: 百分之, 千分之 and 万分之 as percent, 成 as tenths', () => {
    expect(tok('增长百分之八点五')).toEqual([['百分之八点五', 8.5, 'percent', 'exact']]);
    expect(tok('覆盖率达到百分之百')).toEqual([['百分之百', 100, 'percent', 'exact']]);
    expect(tok('控制在千分之三以内')).toEqual([['千分之三', 0.3, 'percent', 'at_most']]);
    expect(tok('事故率为万分之二')).toEqual([['万分之二', 0.02, 'percent', 'exact']]);
    expect(tok('超过五成')).toEqual([['五成', 50, 'percent', 'at_least']]);
    expect(tok('近三成脱贫户')).toEqual([['三成', 30, 'percent', 'approx']]);
    expect(tok('三分之一')).toEqual([['三分之一', 100 / 3, 'percent', 'exact']]);
  });
  it('成 in words is not a share: 一成不变, 三五成群; a range of tenths is one share range', () => {
    expect(tok('政策一成不变')).toEqual([]);
    expect(tok('游客三五成群')).toEqual([]);
    const [t] = findNumbers('占比三到五成');
    expect([t.value, t.rangeTo, t.unit, t.qualifier]).toEqual([30, 50, 'percent', 'range']);
  });
  it('a financial digit alone is a word (队伍, 陆续), unless money follows (伍元)', () => {
    expect(tok('干部队伍人员')).toEqual([]);
    expect(tok('陆续建成3个')).toEqual([['3个', 3, 'count', 'exact']]);
    expect(tok('捐款伍元')).toEqual([['伍元', 5, 'yuan', 'exact']]);
  });
  it('jiao and fen are the decimals of a yuan amount', () => {
    expect(tok('人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分')).toEqual([['壹拾贰万叁仟肆佰伍拾陆元柒角捌分', 123456.78, 'yuan', 'exact']]);
    expect(tok('捐款123元5角')).toEqual([['123元5角', 123.5, 'yuan', 'exact']]);
  });
  it('翻番 and 倍 are multiples; a minus sign makes a value negative', () => {
    expect(tok('收入翻两番')).toEqual([['翻两番', 4, 'times', 'exact']]);
    expect(tok('增长两倍')).toEqual([['两倍', 2, 'times', 'exact']]);
    expect(tok('增速为-1.5%')).toEqual([['-1.5%', -1.5, 'percent', 'exact']]);
    expect(tok('增速为－１．５％')).toEqual([['－１．５％', -1.5, 'percent', 'exact']]);
    expect(tok('增速为负3.5%')).toEqual([['负3.5%', -3.5, 'percent', 'exact']]);
    // A dash that opens a line is a bullet; 负 of 担负 is a word.
    expect(tok('完成任务：\n-3个村')).toEqual([['3个', 3, 'count', 'exact']]);
    expect(tok('担负3项任务')).toEqual([['3项', 3, 'count', 'exact']]);
  });
  it('financial numerals and Traditional script', () => {
    expect(tok('人民币壹佰万元')).toEqual([['壹佰万元', 1000000, 'yuan', 'exact']]);
    expect(tok('人民幣貳拾參萬圓')).toEqual([['貳拾參萬圓', 230000, 'yuan', 'exact']]);
    expect(tok('監測3000戶、5.6萬人')).toEqual([['3000戶', 3000, 'households', 'exact'], ['5.6萬人', 56000, 'persons', 'exact']]);
    // 参 of 人参 and 参保 is not a 3.
    expect(tok('人参千亩基地')).toEqual([]);
    expect(tok('种植人参三千亩')).toEqual([['三千亩', 3000, 'mu', 'exact']]);
  });
});

describe('ranges and bounds in words', () => {
  const read = (text: string) => findNumbers(text).map((t) => [text.slice(t.start, t.unitEnd), t.value, t.rangeTo, t.unit, t.qualifier]);
  it('reads a range whose lower end carries its own multiplier or unit as one range', () => {
    expect(read('每户补助3万—5万元')).toEqual([['3万—5万元', 30000, 50000, 'yuan', 'range']]);
    expect(read('增长5%至8%')).toEqual([['5%至8%', 5, 8, 'percent', 'range']]);
    expect(read('每村1000元到2000元不等')).toEqual([['1000元到2000元', 1000, 2000, 'yuan', 'range']]);
    expect(read('培训10—15万人次')).toEqual([['10—15万人次', 100000, 150000, 'person_times', 'range']]);
  });
  it('keeps two figures apart when the ends differ in unit or the second is not larger', () => {
    expect(read('投入2万元—3万人').map((r) => r[4])).toEqual(['exact', 'exact']);
    expect(read('由5%至3%').map((r) => r[4])).toEqual(['exact', 'exact']);
    expect(read('2021年至2023年').map((r) => r[4])).not.toContain('range');
  });
  it('reads 至少 and 最多 across a short verb, never across a number or a comma', () => {
    expect(read('每村至少配备2名').map((r) => r[4])).toEqual(['at_least']);
    expect(read('每户最多安排1人').map((r) => r[4])).toEqual(['at_most']);
    expect(read('至少3个村，新建5个').map((r) => r[4])).toEqual(['at_least', 'exact']);
    expect(read('至少在3个村建设5个').map((r) => r[4])).toEqual(['at_least', 'exact']);
  });
});
