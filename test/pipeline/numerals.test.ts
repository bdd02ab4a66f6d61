import fc from 'fast-check';
import Nzh from 'nzh';
import { describe, expect, it } from 'vitest';
import { MULTIPLIERS, chineseDoubt, parseArabic, parseChinese, scale, toHalfWidth } from '../../scripts/pipeline/numerals.ts';
import { FUZZ_RUNS } from './fuzzRuns.ts';

const FULL = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).replace(/\./g, '．').replace(/,/g, '，');

describe('toHalfWidth', () => {
  it('maps full-width digits, point, comma and percent to ASCII and leaves CJK alone', () => {
    expect(toHalfWidth('占比８９．７６％')).toBe('占比89.76%');
    expect(toHalfWidth('１２，３４５人')).toBe('12,345人');
  });
});

describe('parseArabic', () => {
  it('reads the numerals of the reports', () => {
    expect(parseArabic('8646.95')).toBe(8646.95); // siping-2022: 贷款金额8646.95万元
    expect(parseArabic('243179')).toBe(243179);
    expect(parseArabic('0.6')).toBe(0.6);
  });
  it('reads full-width digits and thousands separators in either width', () => {
    expect(parseArabic('１２３７')).toBe(1237);
    expect(parseArabic('1,234.5')).toBe(1234.5);
    expect(parseArabic('１２，３４５．６')).toBe(12345.6);
  });
  it('is NaN for what is not a numeral', () => {
    for (const s of ['', '12a', '1.2.3', '一千', '1,23', '.5']) expect(parseArabic(s)).toBeNaN();
  });
  it('round-trips any non-negative number written plainly, in either width', () => {
    fc.assert(fc.property(fc.nat({ max: 2 ** 40 }), fc.nat({ max: 9999 }), (int, frac) => {
      const text = frac ? `${int}.${String(frac).padStart(4, '0')}` : String(int);
      expect(parseArabic(text)).toBe(Number(text));
      expect(parseArabic(FULL(text))).toBe(Number(text));
      expect(parseArabic(int.toLocaleString('en-US'))).toBe(int);
    }), { numRuns: FUZZ_RUNS });
  });
});

describe('parseChinese', () => {
  it('reads Chinese numerals, with 两 and a bare 十/百', () => {
    expect(parseChinese('一千二百')).toBe(1200);
    expect(parseChinese('两万')).toBe(20000);
    expect(parseChinese('十')).toBe(10);
    expect(parseChinese('百')).toBe(100);
    expect(parseChinese('十二')).toBe(12); // 省十二次党代会
    expect(parseChinese('一百零五')).toBe(105);
  });
  it('reads digit-by-digit numerals (二〇二三, 一〇〇) positionally', () => {
    expect(parseChinese('二〇二三')).toBe(2023);
    expect(parseChinese('一〇〇')).toBe(100);
    expect(parseChinese('两〇')).toBe(20);
  });
  it('is NaN for what is not a Chinese numeral', () => {
    for (const s of ['', '12', '一是', 'abc', '万企', '一点', '一点两', '零八']) expect(parseChinese(s)).toBeNaN();
  });
  it('is NaN for what could mean two numbers, and says why', () => {
    for (const s of ['三四百', '二三十', '二十一二', '一十百', '一百零零一', '三四万']) expect(parseChinese(s)).toBeNaN();
    expect(chineseDoubt('三四百')).toBe('approximate_range');
    expect(chineseDoubt('一十百')).toBe('unreadable_numeral');
  });
  it('round-trips nzh: parseChinese(encodeS(n)) = n, with 两 for 二 as in 两万', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 999_999_999_999 }), (n) => {
      const s = Nzh.cn.encodeS(n);
      expect(parseChinese(s)).toBe(n);
      if (/^二[千万亿]/.test(s)) expect(parseChinese(s.replace(/^二/, '两'))).toBe(n);
    }), { numRuns: FUZZ_RUNS });
  });
  it('never throws on any string of numeral characters', () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'零〇一二两三四五六七八九十百千万亿'), maxLength: 12 }), (s) => {
      const n = parseChinese(s);
      expect(Number.isNaN(n) || (Number.isFinite(n) && n >= 0)).toBe(true);
    }), { numRuns: FUZZ_RUNS });
  });
});

describe('scale', () => {
  it('applies 万/亿 without binary noise: 2.9475亿 is 294750000', () => {
    expect(scale(2.9475, MULTIPLIERS['亿'])).toBe(294750000);
    expect(scale(1.1, MULTIPLIERS['亿'])).toBe(110000000);
    expect(1.1 * 1e8).not.toBe(110000000); // why scale exists
    expect(scale(0.07, MULTIPLIERS['亿'])).toBe(7000000);
    expect(scale(69.87, MULTIPLIERS['万'])).toBe(698700);
    expect(scale(10.2346, MULTIPLIERS['万'])).toBe(102346);
    expect(scale(3.29, MULTIPLIERS['亿'])).toBe(329000000);
    expect(scale(7, 1)).toBe(7);
    // Near 2^53 a binary product is off by one; the decimal shift is not.
    expect(scale(33554432.141, MULTIPLIERS['亿'])).toBe(3355443214100000);
    expect(scale(3, 0.1)).toBe(0.3);
    expect(scale(0.3, 0.1)).toBe(0.03);
    expect(scale(-2.5, MULTIPLIERS['万'])).toBe(-25000);
  });
  it('gives the exact decimal product for any numeral with up to 4 decimals', () => {
    fc.assert(fc.property(fc.nat({ max: 99_999_999 }), fc.integer({ min: 0, max: 4 }), fc.constantFrom('万', '亿', '千', '百万', '千万'), (digits, decimals, m) => {
      const value = digits / 10 ** decimals;
      const exact = BigInt(digits) * BigInt(MULTIPLIERS[m]) / 10n ** BigInt(decimals);
      // Exact whenever the product is an integer within 2^53.
      fc.pre(BigInt(digits) * BigInt(MULTIPLIERS[m]) % 10n ** BigInt(decimals) === 0n && exact <= BigInt(Number.MAX_SAFE_INTEGER));
      expect(scale(value, MULTIPLIERS[m])).toBe(Number(exact));
    }), { numRuns: FUZZ_RUNS });
  });
});
