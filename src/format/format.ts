// Numbers, units, qualifiers and periods as a reader of each locale expects them: 万/亿 in Chinese,
// thousands/millions in English. Pure and deterministic (fixed Intl locale, no environment lookups), so
// that chart snapshots and pages do not change with the machine that builds them.
import type { Locale } from '../i18n/index.ts';
import { periodYears } from '../schema/period.ts';
import { QUALIFIER_SIGNS, type Qualifier } from '../schema/qualifiers.ts';
import { UNIT_VOCABULARY, UNITS, type Unit } from '../schema/units.ts';
import { punct } from '../i18n/punctuation.ts';

export interface FormatOptions {
  qualifier?: Qualifier;
  /** Show '+' before positive values: for changes ('+3.3 pp'). */
  sign?: boolean;
  /** Decimals kept at most (default: two, one for ≥ 10 million in English): more where a calculation is shown. */
  digits?: number;
  /** The other end of a range (qualifier 'range'): '3–5个', '3–5'; both ends in the larger end's words. */
  valueTo?: number | null;
}

const MINUS = '\u2212'; // a typographic minus, not a hyphen

/** '≈', '≥', '≤' or '' for exact figures. */
export function qualifierPrefix(qualifier: Qualifier = 'exact'): string {
  if (!Object.hasOwn(QUALIFIER_SIGNS, qualifier)) throw new Error(`format: unknown qualifier "${qualifier}"`);
  return QUALIFIER_SIGNS[qualifier];
}

// Both locales group digits in threes with ','; one fixed Intl locale keeps the output machine-independent.
const formatters = new Map<number, Intl.NumberFormat>();
function grouped(value: number, maximumFractionDigits: number): string {
  let f = formatters.get(maximumFractionDigits);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { maximumFractionDigits, minimumFractionDigits: 0, useGrouping: true });
    formatters.set(maximumFractionDigits, f);
  }
  return f.format(value);
}

function checkFinite(value: number): void {
  if (!Number.isFinite(value)) throw new Error(`format: value ${value} is not a finite number`);
}

/** A plain number with ',' grouping and at most `maximumFractionDigits` decimals (default 2): 12079 -> '12,079'. */
export function formatNumber(value: number, _locale: Locale, maximumFractionDigits = 2): string {
  checkFinite(value);
  const text = grouped(Math.abs(value), maximumFractionDigits);
  return (value < 0 && /[1-9]/.test(text) ? MINUS : '') + text;
}

/** The locale's large-number word for a magnitude, with its factor and decimals: 亿/万 in Chinese, billion/million in English. */
function magnitude(abs: number, locale: Locale, digits?: number): { factor: number; word: string; digits: number } {
  const d = digits ?? 2;
  if (locale === 'zh') {
    // Below 10万 numbers are written in full (12,079元), so that exact figures stay exact.
    if (abs >= 1e8) return { factor: 1e8, word: '亿', digits: d };
    if (abs >= 1e5) return { factor: 1e4, word: '万', digits: d };
    return { factor: 1, word: '', digits: d };
  }
  if (abs >= 1e9) return { factor: 1e9, word: 'billion', digits: d };
  if (abs >= 1e6) return { factor: 1e6, word: 'million', digits: digits ?? (abs < 1e7 ? 2 : 1) };
  return { factor: 1, word: '', digits: d };
}

/** A magnitude in the locale's large-number words: { number: '2.95', word: '亿' } or { '294.8', 'million' }. */
function scaled(abs: number, locale: Locale, digits?: number): { number: string; word: string } {
  const m = magnitude(abs, locale, digits);
  return { number: grouped(abs / m.factor, m.digits), word: m.word };
}

function checkUnit(unit: string): asserts unit is Unit {
  if (!(UNITS as readonly string[]).includes(unit)) throw new Error(`format: unknown unit "${unit}"`);
}

/** The unit as a heading in `locale`: unitLabel('yuan', 'zh') -> '元', unitLabel('yuan', 'en') -> 'CNY'. */
export function unitLabel(unit: Unit, locale: Locale): string {
  checkUnit(unit);
  return locale === 'zh' ? UNIT_VOCABULARY[unit].zh : UNIT_VOCABULARY[unit].enLabel;
}

/**
 * A figure's value with its unit and qualifier, as a reader of `locale` writes it:
 * zh: '≈2.95亿元', '8646.95万元', '12,079元', '2,502人', '89.76%', '3.3个百分点' (万 from 100,000, 亿 from 1e8).
 * en: '≈CNY 294.8 million', 'CNY 12,079', '2,502 people', '89.76%', '+3.3 pp' (million from 1e6).
 * At most two decimals (one for ≥ 10 million in English); exact zeros are dropped: '3.30' -> '3.3'.
 */
export function formatValue(value: number, unit: Unit, locale: Locale, options: FormatOptions = {}): string {
  checkFinite(value);
  checkUnit(unit);
  const prefix = qualifierPrefix(options.qualifier);
  let abs = Math.abs(value);
  let u: string = unit;
  // Areas converted from 平方公里 read better back in square kilometres.
  if (unit === 'square_metres' && abs >= 1e6) { abs /= 1e6; u = 'square_km'; }
  const toAbs = options.valueTo == null ? null : Math.abs(options.valueTo) / (u === unit ? 1 : 1e6);
  if (options.valueTo != null) checkFinite(options.valueTo);
  const plain = u === 'percent' || u === 'percentage_points';
  const m = plain ? { factor: 1, word: '', digits: options.digits ?? 2 } : magnitude(Math.max(abs, toAbs ?? 0), locale, options.digits);
  const one = (n: number) => grouped(n / m.factor, m.digits);
  // A range reads '3–5' (en dash in English, '—' as Chinese print writes 3—5个), one sign for both ends.
  const number = toAbs === null ? one(abs) : `${one(abs)}${punct(locale).rangeDash}${one(toAbs)}`;
  const zero = !/[1-9]/.test(one(abs)) && (toAbs === null || !/[1-9]/.test(one(toAbs)));
  const sign = zero ? '' : value < 0 ? MINUS : options.sign ? '+' : '';
  return prefix + sign + withUnit(number, m.word, u, toAbs ?? abs, locale);
}

function withUnit(number: string, word: string, unit: string, abs: number, locale: Locale): string {
  if (locale === 'zh') {
    // '8646.95万元': no thousands separator inside a 万 amount, as Chinese print writes it.
    const n = word ? number.replace(/,/g, '') : number;
    return n + word + (unit === 'square_km' ? '平方公里' : UNIT_VOCABULARY[unit as Unit].zh);
  }
  const amount = word ? `${number} ${word}` : number;
  if (unit === 'square_km') return `${amount} km²`;
  if (unit === 'yuan') return `CNY ${amount}`;
  if (unit === 'percent') return `${amount}%`;
  const [singular, plural] = UNIT_VOCABULARY[unit as Unit].en;
  const label = !word && abs === 1 ? singular : plural;
  return label ? `${amount} ${label}` : amount;
}

/** A period as a label: zh '2022年', '2013—2021年'; en '2022', '2013–2021'. */
export function formatPeriod(period: string, locale: Locale): string {
  let from: number;
  let to: number;
  try {
    [from, to] = periodYears(period);
  } catch {
    throw new Error(`format: period "${period}" is not 'YYYY' or 'YYYY-YYYY'`);
  }
  const span = period.length > 4;
  if (locale === 'zh') return span ? `${from}—${to}年` : `${from}年`;
  return span ? `${from}–${to}` : String(from);
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An ISO date as running text: zh '2020年6月19日', en '19 June 2020'. */
export function formatDate(iso: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`format: date "${iso}" is not YYYY-MM-DD`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) throw new Error(`format: date "${iso}" is not a calendar date`);
  return locale === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]} ${year}`;
}
