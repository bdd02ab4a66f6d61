// Finds number-like tokens in text and reads each as numeral × multiplier + unit + qualifier:
// '2.9475亿元' → 294750000 yuan; '1300多户' → 1300 households, approx; '60%以上' → 60 percent, at_least.
import { MULTIPLIERS, parseArabic, parseChinese, scale, CHINESE_DIGITS, CHINESE_UNITS } from './numerals.ts';
import type { Qualifier, Unit } from './types.ts';
import { UNIT_WORDS } from '../../src/schema/units.ts'; // longest first: the first match wins

export interface NumberToken {
  /** Offsets of the numeral itself. */
  start: number;
  end: number;
  /** End of numeral + 余/多 + multiplier + unit: `text.slice(start, unitEnd)` is number_text. */
  unitEnd: number;
  numeral: string;
  script: 'arabic' | 'chinese';
  value: number; // scaled to base units
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

// Thousands groups in either width ('１２，３４５'), exactly three digits each: '1,2345' is not 1,234 then 5.
const ARABIC = '[0-9０-９]+(?:[,，][0-9０-９]{3}(?![0-9０-９]))*(?:[.．][0-9０-９]+)?';
const CHINESE = `[${CHINESE_DIGITS}${CHINESE_UNITS}]+`;
const NUMERAL = new RegExp(`${ARABIC}|${CHINESE}`, 'g');
// Figures written as words, with what they mean: '保持两位数增幅' is growth of at least 10%.
const DOMAIN_PHRASES: { re: RegExp; numeral: string; value: number; unit: Unit; qualifier: Qualifier }[] = [
  { re: /^两位数(?=增幅|增长|的增)/, numeral: '两位数', value: 10, unit: 'percent', qualifier: 'at_least' },
];
const RANGE_DASH = /^\s*[—–\-~～至到]\s*/;

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
      // 万/亿 alone (万人 is handled above as 万 + 人) still scale a bare count: '3.5万' of something.
      factor = MULTIPLIERS[m];
      p = u ? q + u.word.length : q;
      unit = u;
      if (innerApprox) approx = true;
      return { p, unit, factor, approx };
    }
  }
  if (unit) p += unit.word.length;
  return { p, unit, factor, approx };
}

/** Every number-like token in `text`, left to right. Never throws. */
export function findNumbers(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let consumed = 0; // a multiplier or unit read as a tail is not a token of its own ('2097万': 万)
  for (const m of text.matchAll(NUMERAL)) {
    const start = m.index ?? 0;
    if (start < consumed) continue;
    const phrase = DOMAIN_PHRASES.find((d) => d.re.test(text.slice(start, start + 8)));
    if (phrase) {
      const end = start + phrase.numeral.length;
      consumed = end;
      tokens.push({ start, end, unitEnd: end, numeral: phrase.numeral, script: 'chinese', value: phrase.value, unit: phrase.unit,
        unitText: '', qualifier: phrase.qualifier, qualifierStart: start, qualifierEnd: end, rangeTo: null });
      continue;
    }
    let numeral = m[0];
    const isArabic = /^[0-9０-９]/.test(numeral);
    // '千亩绿色示范基地', '万企兴万村': 千/万/亿 alone are words, not numbers; 十 and 百(余) are numbers.
    if (!isArabic && !new RegExp(`[${CHINESE_DIGITS}]`).test(numeral) && !/^(十|百(?=[余多]))/.test(text.slice(start))) continue;
    const value = isArabic ? parseArabic(numeral) : parseChinese(numeral);
    if (Number.isNaN(value)) continue;
    let end = start + numeral.length;
    // '30.': a sentence-ending dot is not a decimal point.
    if (isArabic && /[.．]$/.test(numeral)) { numeral = numeral.slice(0, -1); end -= 1; }
    const tail = readTail(text, end);
    let unit = tail.unit;
    let unitEnd = tail.p;
    let factor = tail.factor;
    let qualifier: Qualifier = tail.approx ? 'approx' : 'exact';
    let rangeTo: number | null = null;

    // '3—5个': a range; the lower bound takes the unit of the upper.
    if (!unit && factor === 1) {
      const dash = RANGE_DASH.exec(text.slice(end, end + 3));
      const upper = dash ? new RegExp(`^(?:${ARABIC}|${CHINESE})`).exec(text.slice(end + dash[0].length)) : null;
      if (dash && upper) {
        const upperValue = /^[0-9０-９]/.test(upper[0]) ? parseArabic(upper[0]) : parseChinese(upper[0]);
        const upperTail = readTail(text, end + dash[0].length + upper[0].length);
        if (upperTail.unit && upperTail.unit.unit !== 'years' && upperValue > value) {
          unit = upperTail.unit;
          unitEnd = upperTail.p;
          factor = upperTail.factor;
          rangeTo = scale(scale(upperValue, factor), UNIT_FACTOR[unit.word] ?? 1);
          qualifier = 'at_least';
        }
      }
    }
    // Chinese numerals only count with a unit: 一是, 统一 are words.
    if (!isArabic && !unit) continue;

    let qualifierStart = start;
    let qualifierEnd = unitEnd;
    for (const [re, q] of SUFFIX_QUALIFIERS) {
      const s = re.exec(text.slice(unitEnd, unitEnd + 3));
      if (s) { qualifier = q; qualifierEnd = unitEnd + s[0].length; break; }
    }
    if (qualifier === 'exact' || qualifier === 'approx') {
      const before = text.slice(Math.max(0, start - 3), start);
      for (const [re, q] of PREFIX_QUALIFIERS) {
        const s = re.exec(before);
        if (s) { if (qualifier === 'exact' || q !== 'approx') qualifier = q; qualifierStart = start - s[0].length; break; }
      }
    }
    consumed = unitEnd;
    tokens.push({
      start, end, unitEnd, numeral, script: isArabic ? 'arabic' : 'chinese',
      value: scale(scale(value, factor), UNIT_FACTOR[unit?.word ?? ''] ?? 1),
      unit: unit ? unit.unit : null, unitText: text.slice(end, unitEnd), qualifier, qualifierStart, qualifierEnd, rangeTo,
    });
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
