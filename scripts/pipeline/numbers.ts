// Finds number-like tokens in text and reads each as numeral × multiplier + unit + qualifier:
// '2.9475亿元' → 294750000 yuan; '1300多户' → 1300 households, approx; '60%以上' → 60 percent, at_least;
// '百分之八点五' → 8.5 percent; '五成' → 50 percent; '翻两番' → 4 times; '-3.5%' → −3.5 percent.
// Traditional script is read as simplified ('5.6萬人'). A token that could mean two numbers ('1,2公里',
// '.5亿元', '三四百人') keeps a `doubt` and no value: it is listed as excluded, never read as another number.
import { MULTIPLIERS, chineseDoubt, parseArabic, parseChinese, scale, CHINESE_DIGITS, CHINESE_UNITS } from './numerals.ts';
import { cellAt, tableCells, type TableCell } from './tables.ts';
import { toSimplified } from './traditional.ts';
import type { Qualifier, Unit } from './types.ts';
import { UNIT_WORDS } from '../../src/schema/units.ts'; // longest first: the first match wins
import { oneOf, PERSON_NOUNS } from './groups.ts';

export interface NumberToken {
  /** Offsets of the numeral itself. */
  start: number;
  end: number;
  /** End of numeral + 余/多 + multiplier + unit: `text.slice(start, unitEnd)` is number_text. */
  unitEnd: number;
  numeral: string;
  script: 'arabic' | 'chinese';
  value: number; // scaled to base units; negative when written with a minus sign; NaN when `doubt` is set
  /** Why the token cannot be read with certainty ('ambiguous_separator', 'approximate_range', …), else null. */
  doubt: string | null;
  unit: Unit | null;
  unitText: string;
  qualifier: Qualifier;
  /** Offsets of the qualifier words outside number_text (约…, …以上), for quotes. */
  qualifierStart: number;
  qualifierEnd: number;
  /** '3—5个': the upper bound of a range whose lower bound is this token. */
  rangeTo: number | null;
}

// Area in 平方公里 is converted to square metres below.
const UNIT_FACTOR: Record<string, number> = { 平方公里: 1e6 };

const APPROX_INNER = /^[余多来]/;
const PEOPLE_NOUN = new RegExp(`^(易地)?(扶贫)?(${oneOf(PERSON_NOUNS)})`);
const SUFFIX_QUALIFIERS: [RegExp, Qualifier][] = [
  [/^(以上|及以上|之上)/, 'at_least'],
  [/^(以下|以内|之内)/, 'at_most'],
  [/^(左右|上下)/, 'approx'],
];
// 不 turns a bound around: '不超过55%' is at most, '不少于' at least.
const PREFIX_QUALIFIERS: [RegExp, Qualifier][] = [
  [/(不低于|不少于|(?<!不)(超过|超|逾|突破|高于|多于))$/, 'at_least'],
  [/(不超过|不高于|不多于|不到|不足|(?<!不)(少于|低于))$/, 'at_most'],
  [/(约|大约|近|接近|将近|大概)$/, 'approx'],
];

const BOUND_BEFORE_VERB = /(至少|最少|至多|最多)[\u4e00-\u9fff]{0,4}$/;

// Thousands groups in either width ('１２，３４５'), exactly three digits each: '1,2345' is not 1,234 then 5.
const ARABIC = '[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?';
const CHINESE_INT = `[${CHINESE_DIGITS}${CHINESE_UNITS}]+`;
// '十二点五', '零点八': a Chinese decimal point only with a digit after it ('三点要求' is three points).
const CHINESE = `${CHINESE_INT}(?:点[零〇一二三四五六七八九]+)?`;
// '三分之一', '百分之八点五', '千分之三': a fraction, read as percent.
const FRACTION = `(?:[0-9０-９]+|${CHINESE_INT})分之(?:${ARABIC}|${CHINESE})`;
// '翻一番' doubles, '翻两番' quadruples.
const DOUBLING = '翻了?[一两二三四]番';
// A sign: '-1.5%', '－１．５％', '负3.5%' (负 only right before digits: 负责 and 负增长 are words).
const NUMERAL = new RegExp(`${DOUBLING}|${FRACTION}|(?:[-−－]|负(?=[0-9０-９]))?${ARABIC}|${CHINESE}`, 'g');
const ARABIC_START = /^[0-9０-９]/;
const HAS_CHINESE_DIGIT = new RegExp(`[${CHINESE_DIGITS}]`);
const CHINESE_DIGIT_START = new RegExp(`^[${CHINESE_DIGITS}]`);
const RANGE_UPPER = new RegExp(`(?:${ARABIC}|${CHINESE})`, 'y'); // sticky: matches at lastIndex only
// Figures written as words, with what they mean: '保持两位数增幅' is growth of at least 10%.
const DOMAIN_PHRASES: { re: RegExp; numeral: string; value: number; unit: Unit; qualifier: Qualifier }[] = [
  { re: /^两位数(?=增幅|增长|的增)/, numeral: '两位数', value: 10, unit: 'percent', qualifier: 'at_least' },
];
const CENTS_DIGIT = '[0-9０-９零一二三四五六七八九壹贰叁参肆伍陆柒捌玖]'; // 参: Traditional 參, here surely a 3
const CENTS = new RegExp(`^(?:(${CENTS_DIGIT})角)?(?:零?(${CENTS_DIGIT})分)?(?<=[角分])`);
const PHRASE_STARTS = new Set(DOMAIN_PHRASES.map((d) => d.numeral[0]));
const RANGE_DASH = /^\s*[—–\-~～至到]\s*/;
// 成 is a tenth ('五成' is 50%) except in words that begin with it: 一成不变, 三五成群, 成为, 成效 …
const NOT_TENTHS = /^成(不变|群|为|立|功|效|果|绩|本|员|熟|长|型|套|片|批|交|就|了|规模|都)/;

function matchUnit(text: string, at: number): { unit: Unit; word: string } | null {
  for (const [word, unit] of UNIT_WORDS) if (text.startsWith(word, at)) return { unit, word };
  return null;
}

function matchMultiplier(text: string, at: number): string | null {
  for (const m of Object.keys(MULTIPLIERS)) if (text.startsWith(m, at)) return m;
  return null;
}

/** Reads what follows a numeral: 余/多, multiplier, 余/多, unit. */
function readTail(text: string, at: number) {
  let p = at;
  let approx = false;
  const inner = () => {
    if (APPROX_INNER.test(text.slice(p, p + 1)) && text[p] !== '来') { approx = true; p += 1; }
  };
  inner();
  // A unit that begins like a multiplier (千瓦, 千米, 千克) wins over the multiplier.
  let unit = matchUnit(text, p);
  let factor = 1;
  if (!unit) {
    const m = matchMultiplier(text, p);
    if (m) {
      const afterM = p + m.length;
      let q = afterM;
      let innerApprox = false;
      if (/^[余多]/.test(text.slice(q, q + 1))) { innerApprox = true; q += 1; }
      const u = matchUnit(text, q);
      // 万/亿 alone (万人 is handled above as 万 + 人) still scale a bare count: '3.5万' of something. Before a
      // noun for people ('136万搬迁群众', '4.8万脱贫人口') they count persons; the noun stays the subject's.
      factor = MULTIPLIERS[m];
      p = u ? q + u.word.length : q;
      unit = u ?? (PEOPLE_NOUN.test(text.slice(q, q + 10)) ? { unit: 'persons', word: '' } : null);
      if (innerApprox) approx = true;
      return { p, unit, factor, approx };
    }
  }
  if (unit) p += unit.word.length;
  return { p, unit, factor, approx };
}

const readNumeral = (s: string) => (ARABIC_START.test(s) ? parseArabic(s) : parseChinese(s));

/** A token before its qualifiers are read. */
type Reading = Omit<NumberToken, 'qualifier' | 'qualifierStart' | 'qualifierEnd'> & { approx: boolean };

/** '翻两番': the value doubles n times. */
function readDoubling(text: string, start: number, match: string): Reading {
  const digit = match[match.length - 2];
  const end = start + match.length - 1;
  return { start, end, unitEnd: end + 1, numeral: digit, script: 'chinese', value: 2 ** parseChinese(digit), doubt: null,
    unit: 'times', unitText: '番', rangeTo: null, approx: false };
}

/**
 * '百分之八点五' → 8.5 percent; '千分之三' → 0.3 percent and '万分之二' → 0.02 percent (the atlas has one
 * unit for shares); '四分之一' → 25 percent; '三分之一' → 100/3 percent, the nearest double.
 */
function readFraction(text: string, start: number, match: string): Reading {
  const [den, num] = match.split('分之');
  const d = readNumeral(den);
  const n = readNumeral(num);
  const end = start + match.length;
  const ok = d > 0 && n >= 0;
  const value = !ok ? Number.NaN : /^10*$/.test(String(d)) ? scale(n, 100 / d) : (n * 100) / d;
  return { start, end, unitEnd: end, numeral: match, script: ARABIC_START.test(num) ? 'arabic' : 'chinese', value,
    doubt: ok ? null : 'unreadable_numeral', unit: 'percent', unitText: '', rangeTo: null, approx: false };
}

/** Why an Arabic numeral at [start, end) might be part of another number: '.5亿元', '1,2公里', '12,34人'. */
function arabicDoubt(text: string, start: number, end: number): string | null {
  const before = text.slice(Math.max(0, start - 4), start);
  const after = text.slice(end, end + 4);
  if (/[.．][,，.．]*$/.test(before) || /^[.．][,，.．]*[0-9０-９]/.test(after)) return 'ambiguous_decimal';
  if (/[0-9０-９][,，.．]+$/.test(before) || /^[,，.．]+[0-9０-９]/.test(after)) return 'ambiguous_separator';
  // '1 234人': a space may separate thousands; it is not read as 234, nor as 1234 for sure.
  const digits = text.slice(start, end);
  if ((/^\d{3}$/.test(digits) && /(?<!\d)\d{1,3}[ \u00a0\u2009\u202f]$/.test(before))
    || (/^\d{1,3}$/.test(digits) && /^[ \u00a0\u2009\u202f]\d{3}(?!\d)/.test(after))) return 'ambiguous_separator';
  return null;
}

/** Numeral × multiplier + unit, a range '3—5个', tenths '五成'; null when the numeral is a word ('一是'). */
function readPlain(text: string, start: number, match: string): Reading | null {
  // A minus sign only after a word or an opening: '增速为-1.5%', not '3-5个' or '0431-88600732';
  // 负 only after the words that introduce a value ('增速为负3.5%', not '担负3项').
  const signed = /^([-−－]|负)/.test(match);
  const before = text[start - 1] ?? '';
  // A dash that opens a line is a bullet ('\n-3个村'), not a sign.
  const minus = signed && (match[0] === '负' ? /^$|[为是达至到率长：:（(，,、]/.test(before) : !/^$|[\n0-9０-９A-Za-z\-−－~～.．]/.test(before));
  let numStart = signed ? start + 1 : start;
  let numeral = match.slice(signed ? 1 : 0);
  // 参 is a 3 only among financial numerals (參佰) or before 元/圆 (參圓, in Traditional text); elsewhere it
  // ends 人参 or begins 参保.
  if (numeral.startsWith('参') && !/[壹贰叁肆伍陆柒捌玖拾佰仟]/.test(numeral) && !/[元圆]/.test(text[numStart + numeral.length] ?? '')) {
    const lead = /^参+/.exec(numeral)![0].length;
    numStart += lead;
    numeral = numeral.slice(lead);
    if (!numeral) return null;
  }
  // One financial digit alone is a word: 队伍, 陆续, 收拾; '伍佰户' and '叁元' are numbers.
  if (/^[壹贰叁参肆伍陆柒捌玖拾佰仟]$/.test(numeral) && !/[元圆万亿]/.test(text[numStart + 1] ?? '')) return null;
  const isArabic = ARABIC_START.test(numeral);
  // '千亩绿色示范基地', '万企兴万村': 千/万/亿 alone are words, not numbers; 十 and 百(余)/千(余) are numbers.
  if (!isArabic && !HAS_CHINESE_DIGIT.test(numeral) && !/^(十|[百千](?=[余多]))/.test(text.slice(numStart, numStart + 2))) return null;
  let value = isArabic ? parseArabic(numeral) : parseChinese(numeral);
  let end = numStart + numeral.length;
  // '30.': a sentence-ending dot is not a decimal point.
  if (isArabic && /[.．]$/.test(numeral)) { numeral = numeral.slice(0, -1); end -= 1; }
  let doubt = isArabic ? arabicDoubt(text, numStart, end) : Number.isNaN(value) ? chineseDoubt(numeral) : null;
  // '几十万元', '数百户': some tens of thousands, not 100000.
  if (!isArabic && /[几数]/.test(text[numStart - 1] ?? '') && /^[十百千万]/.test(numeral)) doubt = 'approximate_range';
  const tail = readTail(text, end);
  let unit = tail.unit;
  let unitEnd = tail.p;
  let factor = tail.factor;
  let rangeTo: number | null = null;

  // '五成' is 50%, '近三成' about 30%; '七成五' (75%?) is not read.
  if (!unit && factor === 1 && text[end] === '成' && value <= 10 && !NOT_TENTHS.test(text.slice(end, end + 3))
    && (isArabic || /^([一二两三四五六七八九十]|[零一二三四五六七八九]点[零一二三四五六七八九]+)$/.test(numeral))) {
    if (CHINESE_DIGIT_START.test(text.slice(end + 1, end + 2))) doubt = 'ambiguous_tenths';
    const more = /[多余]/.test(text[end + 1] ?? ''); // '两成多': a little over 20%
    return { start: minus ? start : numStart, end, unitEnd: end + (more ? 2 : 1), numeral, script: isArabic ? 'arabic' : 'chinese',
      value: doubt ? Number.NaN : scale(value, 10) * (minus ? -1 : 1), doubt, unit: 'percent', unitText: more ? `成${text[end + 1]}` : '成',
      rangeTo: null, approx: more };
  }
  // '3—5个': a range; the lower bound takes the unit of the upper.
  if (!unit && factor === 1) {
    const dash = RANGE_DASH.exec(text.slice(end, end + 3));
    RANGE_UPPER.lastIndex = end + (dash?.[0].length ?? 0);
    const upper = dash ? RANGE_UPPER.exec(text) : null;
    if (dash && upper && !minus) {
      const upperValue = readNumeral(upper[0]);
      const upperEnd = end + dash[0].length + upper[0].length;
      const upperTail = readTail(text, upperEnd);
      // '三到五成': 30 to 50 percent, not 50.
      if (!upperTail.unit && upperTail.factor === 1 && text[upperEnd] === '成' && upperValue <= 10 && upperValue > value && !doubt) {
        return { start: numStart, end, unitEnd: upperEnd + 1, numeral, script: isArabic ? 'arabic' : 'chinese', value: scale(value, 10), doubt,
          unit: 'percent', unitText: text.slice(end, upperEnd + 1), rangeTo: scale(upperValue, 10), approx: false };
      }
      if (upperTail.unit && upperTail.unit.unit !== 'years' && upperValue > value) {
        unit = upperTail.unit;
        unitEnd = upperTail.p;
        factor = upperTail.factor;
        rangeTo = scale(scale(upperValue, factor), UNIT_FACTOR[unit.word] ?? 1);
      }
    }
  }
  // '3万—5万元', '3%至5%': a range whose lower end carries its own multiplier or unit; the upper end must have
  // the same unit ('2万元—3万人' is two figures) and be larger.
  if ((unit || factor !== 1) && rangeTo === null && !minus && !doubt) {
    const dash = RANGE_DASH.exec(text.slice(unitEnd, unitEnd + 3));
    RANGE_UPPER.lastIndex = unitEnd + (dash?.[0].length ?? 0);
    const upper = dash ? RANGE_UPPER.exec(text) : null;
    if (dash && upper) {
      const upperTail = readTail(text, unitEnd + dash[0].length + upper[0].length);
      const sameUnit = upperTail.unit && upperTail.unit.unit !== 'years' && (!unit || upperTail.unit.word === unit.word);
      const upperScaled = scale(readNumeral(upper[0]), upperTail.factor);
      if (sameUnit && upperScaled > scale(value, factor)) {
        unit = upperTail.unit;
        unitEnd = upperTail.p;
        rangeTo = scale(upperScaled, UNIT_FACTOR[unit!.word] ?? 1);
      }
    }
  }
  // Chinese numerals only count with a unit: 一是, 统一 are words.
  if (!isArabic && !unit) return null;
  if (Number.isNaN(value) && !doubt) doubt = 'unreadable_numeral';
  // '壹拾贰万叁仟肆佰伍拾陆元柒角捌分': jiao and fen are the decimals of the yuan, not another number.
  const cents = unit?.unit === 'yuan' ? CENTS.exec(text.slice(unitEnd, unitEnd + 5)) : null;
  if (cents && !doubt) {
    const jiao = cents[1] ? readNumeral(cents[1]) : 0;
    const fen = cents[2] ? readNumeral(cents[2]) : 0;
    // Only whole yuan take them ('3.5万元2角' is not a way to write a number).
    if (factor === 1 && Number.isInteger(value)) value = Number(`${value}.${jiao}${fen}`);
    else doubt = 'unreadable_numeral';
    unitEnd += cents[0].length;
  }
  const scaled = scale(scale(value, factor), UNIT_FACTOR[unit?.word ?? ''] ?? 1);
  return {
    start: minus ? start : numStart, end, unitEnd, numeral, script: isArabic ? 'arabic' : 'chinese',
    value: doubt ? Number.NaN : minus && scaled !== 0 ? -scaled : scaled, doubt,
    unit: unit ? unit.unit : null, unitText: text.slice(end, unitEnd), rangeTo, approx: tail.approx,
  };
}

/** Qualifiers around a reading: 余/多 inside it, 以上/左右 after it, 约/超过/不到 before it. */
function qualify(text: string, r: Reading): NumberToken {
  let qualifier: Qualifier = r.rangeTo !== null ? 'range' : r.approx ? 'approx' : 'exact';
  let qualifierStart = r.start;
  let qualifierEnd = r.unitEnd;
  for (const [re, q] of SUFFIX_QUALIFIERS) {
    const s = re.exec(text.slice(r.unitEnd, r.unitEnd + 3));
    if (s) { qualifier = q; qualifierEnd = r.unitEnd + s[0].length; break; }
  }
  if (qualifier === 'exact' || qualifier === 'approx') {
    const before = text.slice(Math.max(0, r.start - 3), r.start);
    for (const [re, q] of PREFIX_QUALIFIERS) {
      const s = re.exec(before);
      if (s) { if (qualifier === 'exact' || q !== 'approx') qualifier = q; qualifierStart = r.start - s[0].length; break; }
    }
  }
  // '每季度至少召开1次', '最多安排2名': the bound governs the verb phrase before the number. Only words between
  // (no digit, no punctuation), so it binds the nearest number; the words stay part of the subject.
  if (qualifier === 'exact') {
    const bound = BOUND_BEFORE_VERB.exec(text.slice(Math.max(0, r.start - 8), r.start));
    if (bound) qualifier = bound[1] === '至多' || bound[1] === '最多' ? 'at_most' : 'at_least';
  }
  return {
    start: r.start, end: r.end, unitEnd: r.unitEnd, numeral: r.numeral, script: r.script, value: r.value, doubt: r.doubt,
    unit: r.unit, unitText: r.unitText, qualifier, qualifierStart, qualifierEnd, rangeTo: r.rangeTo,
  };
}

/**
 * A number in a table cell written without its unit ('｜16582｜' in a row whose unit cell says 元, '31.6' under
 * 万人): read with the table's unit, as if written after it. The unit is not in the text: unitText stays ''.
 */
function withTableUnit(r: Reading, cells: readonly TableCell[]): Reading {
  if (r.unit || r.script !== 'arabic' || r.unitEnd !== r.end) return r;
  const cell = cellAt(cells, r.start);
  if (!cell?.unit) return r;
  const tail = readTail(cell.unit, 0);
  if (!tail.unit || tail.p !== cell.unit.length) return r;
  const value = Number.isNaN(r.value) ? r.value : scale(scale(r.value, tail.factor), UNIT_FACTOR[tail.unit.word] ?? 1);
  return { ...r, unit: tail.unit.unit, value };
}

/**
 * Every number-like token in `text`, left to right. Never throws. `cells`: the text's table cells, when the caller
 * has them already (a single line, which holds no table, passes []).
 */
export function findNumbers(verbatim: string, known?: readonly TableCell[]): NumberToken[] {
  const text = toSimplified(verbatim);
  const cells = known ?? tableCells(text);
  const tokens: NumberToken[] = [];
  let consumed = 0; // a multiplier or unit read as a tail is not a token of its own ('2097万': 万)
  for (const m of text.matchAll(NUMERAL)) {
    const start = m.index ?? 0;
    if (start < consumed) continue;
    const phrase = PHRASE_STARTS.has(text[start]) ? DOMAIN_PHRASES.find((d) => d.re.test(text.slice(start, start + 8))) : undefined;
    if (phrase) {
      const end = start + phrase.numeral.length;
      consumed = end;
      tokens.push({ start, end, unitEnd: end, numeral: phrase.numeral, script: 'chinese', value: phrase.value, doubt: null, unit: phrase.unit,
        unitText: '', qualifier: phrase.qualifier, qualifierStart: start, qualifierEnd: end, rangeTo: null });
      continue;
    }
    let reading = m[0].startsWith('翻') ? readDoubling(text, start, m[0])
      : m[0].includes('分之') ? readFraction(text, start, m[0])
        : readPlain(text, start, m[0]);
    if (!reading) continue;
    if (cells.length) reading = withTableUnit(reading, cells);
    consumed = reading.unitEnd;
    tokens.push(qualify(text, reading));
  }
  return tokens;
}

/** Inverse of parsing, for round-trip tests and display: 294750000 yuan with 亿 → '2.9475亿元'. */
export function formatChineseAmount(value: number, multiplier: '' | '万' | '亿', unitWord: string): string {
  const factor = multiplier ? MULTIPLIERS[multiplier] : 1;
  const digits = (String(value).split('.')[1] ?? '').length + Math.round(Math.log10(factor));
  const n = Number((value / factor).toFixed(Math.min(20, digits)));
  return `${n}${multiplier}${unitWord}`;
}
