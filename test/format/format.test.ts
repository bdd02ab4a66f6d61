import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPeriod, formatValue, qualifierPrefix, unitLabel } from '../../src/format/format.ts';
import { QUALIFIERS, UNITS } from '../../scripts/pipeline/types.ts';

const LOCALES = ['zh', 'en'] as const;

describe('formatValue in Chinese', () => {
  it('writes 亿 and 万 amounts from 100,000 up, and smaller numbers in full', () => {
    expect(formatValue(294750000, 'yuan', 'zh')).toBe('2.95亿元');
    expect(formatValue(86469500, 'yuan', 'zh')).toBe('8646.95万元');
    expect(formatValue(100000, 'persons', 'zh')).toBe('10万人');
    expect(formatValue(99999, 'persons', 'zh')).toBe('99,999人');
    expect(formatValue(12079, 'yuan', 'zh')).toBe('12,079元');
    expect(formatValue(2502, 'persons', 'zh')).toBe('2,502人');
  });
  it('writes shares and percentage points', () => {
    expect(formatValue(89.76, 'percent', 'zh')).toBe('89.76%');
    expect(formatValue(3.3, 'percentage_points', 'zh')).toBe('3.3个百分点');
  });
});

describe('formatValue in English', () => {
  it('writes millions and billions, CNY before the amount', () => {
    expect(formatValue(294750000, 'yuan', 'en')).toBe('CNY 294.8 million');
    expect(formatValue(2950000, 'yuan', 'en')).toBe('CNY 2.95 million');
    expect(formatValue(1.5e9, 'yuan', 'en')).toBe('CNY 1.5 billion');
    expect(formatValue(999999, 'persons', 'en')).toBe('999,999 people');
    expect(formatValue(12079, 'yuan', 'en')).toBe('CNY 12,079');
  });
  it('writes units after the number, singular for one', () => {
    expect(formatValue(2502, 'persons', 'en')).toBe('2,502 people');
    expect(formatValue(1, 'persons', 'en')).toBe('1 person');
    expect(formatValue(1, 'households', 'en')).toBe('1 household');
    expect(formatValue(89.76, 'percent', 'en')).toBe('89.76%');
    expect(formatValue(3.3, 'percentage_points', 'en')).toBe('3.3 pp');
    expect(formatValue(88, 'count', 'en')).toBe('88');
  });
});

describe('formatValue in both locales', () => {
  it('prefixes qualifiers: ≈ approx, ≥ at least, ≤ at most', () => {
    for (const locale of LOCALES) {
      expect(formatValue(1300, 'households', locale, { qualifier: 'approx' })).toMatch(/^≈1,300/);
      expect(formatValue(60, 'percent', locale, { qualifier: 'at_least' })).toBe('≥60%');
      expect(formatValue(5, 'percent', locale, { qualifier: 'at_most' })).toBe('≤5%');
      expect(formatValue(5, 'percent', locale, { qualifier: 'exact' })).toBe('5%');
    }
  });
  it('signs changes on request and uses a true minus for negatives', () => {
    expect(formatValue(3.3, 'percentage_points', 'en', { sign: true })).toBe('+3.3 pp');
    expect(formatValue(-3.3, 'percentage_points', 'en')).toBe('\u22123.3 pp');
    expect(formatValue(-2.5e8, 'yuan', 'zh')).toBe('\u22122.5亿元');
    expect(formatValue(0, 'percent', 'zh', { sign: true })).toBe('0%');
    expect(formatValue(-0.001, 'percent', 'en')).toBe('0%'); // rounds to zero: no sign
  });
  it('rounds to at most two decimals and drops trailing zeros', () => {
    expect(formatValue(3.30, 'percentage_points', 'zh')).toBe('3.3个百分点');
    expect(formatValue(12.3456, 'km', 'zh')).toBe('12.35公里');
    expect(formatValue(12.3456, 'km', 'en')).toBe('12.35 km');
  });
  it('reads areas of a square kilometre or more in square kilometres', () => {
    expect(formatValue(2.5e6, 'square_metres', 'zh')).toBe('2.5平方公里');
    expect(formatValue(2.5e6, 'square_metres', 'en')).toBe('2.5 km²');
    expect(formatValue(2000, 'square_metres', 'en')).toBe('2,000 m²');
  });
  it('formats every unit, in Chinese as number + unit label', () => {
    for (const unit of UNITS) {
      expect(formatValue(1234, unit, 'zh')).toBe(`1,234${unitLabel(unit, 'zh')}`);
      const en = formatValue(1234, unit, 'en');
      expect(en).toContain('1,234');
      if (unit !== 'count') expect(en).not.toBe('1,234');
    }
  });
  it('rejects unknown units and non-finite values', () => {
    expect(() => formatValue(1, 'li' as never, 'zh')).toThrow(/unknown unit "li"/);
    expect(() => formatValue(Number.NaN, 'yuan', 'en')).toThrow(/not a finite number/);
    expect(() => formatValue(Infinity, 'yuan', 'en')).toThrow(/not a finite number/);
  });
  it('never writes exponents or more than two decimals (any finite value, unit, qualifier)', () => {
    fc.assert(fc.property(
      fc.double({ min: -1e13, max: 1e13, noNaN: true }), fc.constantFrom(...UNITS), fc.constantFrom(...LOCALES), fc.constantFrom(...QUALIFIERS),
      (value, unit, locale, qualifier) => {
        const text = formatValue(value, unit, locale, { qualifier });
        expect(text).not.toMatch(/e[+-]?\d|NaN|Infinity|\.\d{3}/);
        expect(text.startsWith(qualifierPrefix(qualifier))).toBe(true);
        expect(formatValue(value, unit, locale, { qualifier })).toBe(text); // deterministic
      },
    ));
  });
});

describe('unitLabel', () => {
  it('names every unit, differently from every other unit, in both locales', () => {
    for (const locale of LOCALES) {
      const labels = UNITS.map((u) => unitLabel(u, locale));
      expect(labels.every((l) => l.length > 0)).toBe(true);
      expect(new Set(labels).size).toBe(UNITS.length);
    }
    expect(unitLabel('yuan', 'zh')).toBe('元');
    expect(unitLabel('yuan', 'en')).toBe('CNY');
    expect(unitLabel('percentage_points', 'en')).toBe('percentage points');
  });
});

describe('qualifierPrefix', () => {
  it('maps each qualifier to its sign', () => {
    // A range has no sign before it: its two ends say how exact it is.
    expect(QUALIFIERS.map((q) => qualifierPrefix(q))).toEqual(['', '≈', '≥', '≤', '']);
  });
});

describe('formatValue of a range', () => {
  it('writes both ends in the words of the larger, once with the unit', () => {
    expect(formatValue(3, 'count', 'zh', { qualifier: 'range', valueTo: 5 })).toBe('3—5个');
    expect(formatValue(3, 'count', 'en', { qualifier: 'range', valueTo: 5 })).toBe('3–5');
    expect(formatValue(30000, 'yuan', 'zh', { qualifier: 'range', valueTo: 150000 })).toBe('3—15万元');
    expect(formatValue(800000, 'yuan', 'en', { qualifier: 'range', valueTo: 1500000 })).toBe('CNY 0.8–1.5 million');
    expect(formatValue(1, 'persons', 'en', { qualifier: 'range', valueTo: 2 })).toBe('1–2 people');
    expect(formatValue(5, 'percent', 'en', { qualifier: 'range', valueTo: 8 })).toBe('5–8%');
  });
  it('puts one sign before a falling range', () => {
    expect(formatValue(-3, 'percent', 'en', { qualifier: 'range', valueTo: -5, sign: true })).toBe('\u22123–5%');
  });
});

describe('formatNumber', () => {
  it('groups thousands and limits decimals', () => {
    expect(formatNumber(1234567.891, 'zh')).toBe('1,234,567.89');
    expect(formatNumber(1234567.891, 'en', 0)).toBe('1,234,568');
    expect(formatNumber(-42.5, 'en')).toBe('\u221242.5');
  });
});

describe('formatPeriod', () => {
  it('writes a year or a span of years', () => {
    expect(formatPeriod('2022', 'zh')).toBe('2022年');
    expect(formatPeriod('2013-2021', 'zh')).toBe('2013—2021年');
    expect(formatPeriod('2022', 'en')).toBe('2022');
    expect(formatPeriod('2013-2021', 'en')).toBe('2013–2021');
  });
  it('rejects anything else', () => {
    expect(() => formatPeriod('今年', 'zh')).toThrow(/period "今年"/);
  });
});

describe('formatDate', () => {
  it('writes a date as each language does in running text', () => {
    expect(formatDate('2020-06-19', 'zh')).toBe('2020年6月19日');
    expect(formatDate('2020-06-19', 'en')).toBe('19 June 2020');
    expect(formatDate('2022-12-01', 'en')).toBe('1 December 2022');
    expect(() => formatDate('2020-6-19', 'en')).toThrow(/YYYY-MM-DD/);
    expect(() => formatDate('2020-13-01', 'en')).toThrow(/calendar/);
  });
});
