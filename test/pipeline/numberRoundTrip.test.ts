// The number reader's promise, over generated numerals in every form it supports: what it reads is the
// number written, or it says it cannot tell (a `doubt`); never another number.
import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../scripts/pipeline/numbers.ts';
import type { Unit } from '../../scripts/pipeline/types.ts';
import { FUZZ_RUNS } from './fuzzRuns.ts';

/** The exact decimal `digits` × 10^(exp10) as the nearest double, computed on the string, not in binary. */
function exact(digits: string, exp10: number): number {
  const d = digits.replace(/^0+(?=\d)/, '');
  if (exp10 >= 0) return Number(d + '0'.repeat(exp10));
  const padded = d.padStart(-exp10 + 1, '0');
  return Number(`${padded.slice(0, exp10)}.${padded.slice(exp10)}`);
}

const FULL = (s: string) => s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/\./g, '．').replace(/,/g, '，');

interface Written { sentence: string; value: number; unit: Unit }

const UNITS: [string, Unit][] = [['元', 'yuan'], ['人', 'persons'], ['户', 'households'], ['亩', 'mu'], ['个', 'count'], ['戶', 'households']];
const MULTIPLIER: Record<string, number> = { '': 0, 万: 4, 亿: 8, 萬: 4, 億: 8 };

// An integer part and 0–3 decimals, as digit strings: exact arithmetic stays on strings.
const decimalNumber = (maxInt: number) => fc.tuple(fc.nat({ max: maxInt }), fc.nat({ max: 999 }), fc.integer({ min: 0, max: 3 }))
  .map(([int, f, places]) => ({ int, frac: places ? String(f).padStart(3, '0').slice(0, places) : '' }));

// 12345.67万元, 12,345人, １２，３４５．６亿元
const arabic = fc.tuple(decimalNumber(99_999_999), fc.constantFrom('', '万', '亿', '萬'), fc.constantFrom(...UNITS), fc.constantFrom('plain', 'comma', 'full'))
  .map(([{ int, frac }, m, [word, unit], style]): Written => {
    const intText = style === 'plain' ? String(int) : int.toLocaleString('en-US');
    let numeral = frac ? `${intText}.${frac}` : intText;
    if (style === 'full') numeral = FULL(numeral);
    return { sentence: `共${numeral}${m}${word}。`, value: exact(`${int}${frac}`, MULTIPLIER[m] - frac.length), unit };
  });

// 一千二百点五万元, 两万人, 十二點五億元 (nzh writes them; 两 for a leading 二 as reports do)
// A multiplier after a numeral that has its own 万 would read as one numeral ('一亿零一万'): reports do not
// write that, so a multiplied numeral stays below 10,000.
const chinese = fc.constantFrom('', '万', '亿', '億')
  .chain((m) => fc.tuple(decimalNumber(m === '' ? 999_999_999_999 : 9_999), fc.constant(m), fc.constantFrom(...UNITS), fc.constantFrom('cn', 'hk', 'liang')))
  .filter(([{ int, frac }]) => Number(`${int}.${frac || 0}`) > 0)
  .map(([{ int, frac }, m, [word, unit], style]): Written => {
    const n = frac ? `${int}.${frac}` : String(int);
    let numeral = style === 'hk' ? Nzh.hk.encodeS(n) : Nzh.cn.encodeS(n);
    if (style === 'liang') numeral = numeral.replace(/^二(?=[千万亿])/, '两');
    return { sentence: `共${numeral}${m}${word}。`, value: exact(`${int}${frac}`, MULTIPLIER[m] - frac.length), unit };
  });

// 壹佰万元, 壹億貳仟參佰萬圓
const financial = fc.tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.constantFrom('', '万'), fc.constantFrom('元', '圆', '圓'), fc.constantFrom('cn', 'hk'))
  .filter(([int, m]) => m === '' || int < 10_000)
  .map(([int, m, word, style]): Written => {
    const numeral = style === 'hk' ? Nzh.hk.encodeB(int) : Nzh.cn.encodeB(int);
    return { sentence: `捐赠人民币${numeral}${m}${word}。`, value: exact(String(int), MULTIPLIER[m]), unit: 'yuan' };
  });

// 人民币壹拾贰万叁仟肆佰伍拾陆元柒角捌分, 貳佰圓零伍分: amounts with jiao and fen, as nzh writes cheques
const money = fc.tuple(fc.integer({ min: 1, max: 999_999_999 }), fc.nat({ max: 99 }), fc.constantFrom('cn', 'hk'))
  .map(([int, cents, style]): Written => {
    const n = `${int}.${String(cents).padStart(2, '0')}`;
    const numeral = (style === 'hk' ? Nzh.hk : Nzh.cn).toMoney(n, { outSymbol: false });
    return { sentence: `捐赠${numeral}。`, value: exact(`${int}${String(cents).padStart(2, '0')}`, -2), unit: 'yuan' };
  });

// 12.5%, 百分之八点五, 千分之三 (0.3 percent), 萬分之二 (0.02 percent), 五成 (50 percent)
const percent = fc.tuple(decimalNumber(100), fc.constantFrom('%', '％', '百分之', '千分之', '万分之', '萬分之', 'arabic百分之'))
  .map(([{ int, frac }, form]): Written => {
    const n = frac ? `${int}.${frac}` : String(int);
    const digits = `${int}${frac}`;
    if (form === '%' || form === '％') return { sentence: `占比${form === '％' ? FULL(n) : n}${form}。`, value: exact(digits, -frac.length), unit: 'percent' };
    if (form === 'arabic百分之') return { sentence: `占比百分之${n}。`, value: exact(digits, -frac.length), unit: 'percent' };
    const shift = form === '百分之' ? 0 : form === '千分之' ? -1 : -2;
    return { sentence: `占比${form}${Nzh.cn.encodeS(n)}。`, value: exact(digits, shift - frac.length), unit: 'percent' };
  });

const tenths = fc.tuple(fc.integer({ min: 1, max: 9 }), fc.boolean())
  .map(([d, cn]): Written => ({ sentence: `比例超过${cn ? Nzh.cn.encodeS(d) : d}成。`, value: d * 10, unit: 'percent' }));

// 增速为-1.5%: a minus sign is part of the number
const negative = decimalNumber(1000).map(({ int, frac }): Written => ({
  sentence: `增速为-${frac ? `${int}.${frac}` : int}%。`, value: -exact(`${int}${frac}`, -frac.length), unit: 'percent',
}));

describe('every supported form reads back as written', () => {
  it('one token per written numeral, with the value and unit written, and no doubt', () => {
    fc.assert(fc.property(fc.oneof(arabic, chinese, financial, money, percent, tenths, negative), ({ sentence, value, unit }) => {
      const tokens = findNumbers(sentence);
      expect(tokens.map((t) => [t.value, t.unit, t.doubt])).toEqual([[value === 0 ? 0 : value, unit, null]]);
    }), { numRuns: FUZZ_RUNS });
  });
});

describe('a numeral broken by a stray separator is read as written or doubted, never as another number', () => {
  // Separators dropped anywhere into a digit string: '1,2345', '12,34', '1.2.3', '.5'.
  const broken = fc.tuple(fc.stringMatching(/^[1-9][0-9]{0,7}$/), fc.array(fc.tuple(fc.nat(), fc.constantFrom(',', '，', '.', '．')), { minLength: 1, maxLength: 2 }),
    fc.constantFrom('', '万', '亿'), fc.constantFrom(...UNITS))
    .map(([digits, seps, m, unit]) => {
      let s = digits;
      // Commas strictly inside the digits (',5' after a word is a clause comma); points anywhere but last ('.5').
      for (const [at, sep] of seps) {
        if (/[,，]/.test(sep) && s.length < 2) continue;
        const k = /[,，]/.test(sep) ? 1 + (at % (s.length - 1)) : at % s.length;
        s = s.slice(0, k) + sep + s.slice(k);
      }
      return { numeral: s, m, unit };
    });

  it('reads it only when it is a well-formed numeral, and then as that numeral', () => {
    fc.assert(fc.property(broken, ({ numeral, m, unit: [word] }) => {
      const sentence = `新建${numeral}${m}${word}。`;
      const ascii = numeral.replace(/，/g, ',').replace(/．/g, '.');
      const wellFormed = /^\d+(,\d{3})*(\.\d+)?$/.test(ascii);
      const [int, frac = ''] = ascii.replace(/,/g, '').split('.');
      const value = wellFormed ? exact(`${int}${frac}`, MULTIPLIER[m] - frac.length) : Number.NaN;
      const start = sentence.indexOf(numeral);
      const inside = findNumbers(sentence).filter((t) => t.start < start + numeral.length && t.unitEnd > start);
      for (const t of inside) {
        if (t.doubt !== null) continue;
        // Not doubted: the whole numeral, read as written.
        expect([t.start, t.end, t.value]).toEqual([start, start + numeral.length, value]);
      }
      if (wellFormed && Number.isSafeInteger(Math.round(value))) expect(inside.filter((t) => t.doubt === null)).toHaveLength(1);
    }), { numRuns: FUZZ_RUNS });
  });
});
