// Numerals as written in Chinese reports: Arabic (half- and full-width, thousands separators,
// decimals) and Chinese (一千二百, 两万, 十二点五, 壹佰, 一七二零), parsed to plain JavaScript numbers.
// A numeral that could mean two numbers ('三四百' is 300 to 400) is NaN, never a guess.
import Nzh from 'nzh';
import { toSimplified } from './traditional.ts';

const FULL_WIDTH_DIGIT = /[０-９]/g;

/** Full-width digits and punctuation to ASCII, so one regex covers both (ａ１２３ → a123). */
export function toHalfWidth(s: string): string {
  return s
    .replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[．]/g, '.')
    .replace(/[，]/g, ',')
    .replace(/[％]/g, '%');
}

/** '1,234.5' / '１２３４' / '8646.95' → number; NaN when not an Arabic numeral. */
export function parseArabic(text: string): number {
  const s = toHalfWidth(text).replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^\d+(\.\d+)?$/.test(s)) return Number.NaN;
  return Number(s);
}

/** Digits and units a Chinese numeral may be written with: simple (一二三), financial (壹贰叁) and 〇/两. */
export const CHINESE_DIGITS = '零〇一二两三四五六七八九壹贰叁参肆伍陆柒捌玖';
export const CHINESE_UNITS = '十百千万亿拾佰仟';

// Financial numerals (大写) to their simple twins, so one grammar checks both. nzh's own decodeB rejects
// the mixed forms reports print ('壹百万'), so the characters are mapped before nzh decodes. Traditional 參
// (a 3 in 參佰) reaches here as 参; the number finder takes it for a digit only beside other financial numerals.
const SIMPLE: Record<string, string> = {
  壹: '一', 贰: '二', 叁: '三', 参: '三', 肆: '四', 伍: '五', 陆: '六', 柒: '七', 捌: '八', 玖: '九', 拾: '十', 佰: '百', 仟: '千',
  〇: '零', 两: '二',
};
const DIGIT = '零一二三四五六七八九';
const SMALL_UNIT: Record<string, number> = { 十: 1, 百: 2, 千: 3 };
const SMALL_UNIT_CHAR = ['', '十', '百', '千'];

/**
 * One group below 万 ('一千零一十', '三百五', '十二') in canonical form for nzh ('三百五十', '一十二'),
 * or null when it is not a well-formed numeral: two digits side by side ('三四百' is 300 to 400),
 * units out of order ('一十百'), a doubled 零.
 * `elideFrom` is the place of the unit just before the group (4 after 万, 8 after 亿): '一万二' is 一万二千.
 */
function canonicalGroup(group: string, elideFrom: number): string | null {
  let out = '';
  let last = 4; // places below this are still free
  let zero = false;
  let i = 0;
  if (group === '') return '';
  while (i < group.length) {
    const c = group[i];
    if (c === '零') {
      if (zero || i === group.length - 1) return null;
      zero = true; out += c; i += 1; continue;
    }
    let digit = c;
    let place: number;
    if (c === '十') { digit = '一'; place = 1; i += 1; }
    else if (DIGIT.includes(c)) {
      const unit = group[i + 1];
      if (unit !== undefined && unit in SMALL_UNIT) { place = SMALL_UNIT[unit]; i += 2; }
      else if (unit === undefined) {
        i += 1;
        // '一百二' is 120 and '一万二' 12000: a last digit right after a unit takes the place below it.
        const prevPlace = out === '' ? elideFrom : last;
        place = !zero && prevPlace >= 2 && prevPlace <= 4 && (out !== '' || elideFrom > 0) ? prevPlace - 1 : 0;
      } else return null; // 三四百, 二十一二: two digits side by side are a range, not a number
    } else return null;
    // A 零 inside a group stands for a skipped place ('一千零一'); one that opens a group after 亿 or 万
    // stands for the places above it ('一亿零一千').
    if (place >= last || (zero && out !== '零' && place >= last - 1)) return null;
    out += digit + SMALL_UNIT_CHAR[place];
    last = place;
    zero = false;
  }
  return out;
}

/** A whole Chinese integer in canonical form ('一万二' → '一万二千'), or null when ill-formed. */
function canonicalInteger(s: string): string | null {
  if (s === '零') return s;
  // Digit by digit: 二〇二一 (2021), 一七二零 (1720). A leading 零 would hide a digit ('零八').
  if (/^[零一二三四五六七八九]+$/.test(s) && s.length > 1) return s.startsWith('零') ? null : s;
  const yi = s.split('亿');
  if (yi.length > 2) return null;
  const [high, low] = yi.length === 2 ? yi : ['', yi[0]];
  let out = '';
  if (yi.length === 2) {
    if (high === '') return null;
    // 一万亿: 万 inside the part before 亿.
    const w = high.split('万');
    if (w.length > 2 || (w.length === 2 && w[0] === '')) return null;
    const parts = w.map((p) => canonicalGroup(p, 0));
    if (parts.some((p) => p === null)) return null;
    out = `${parts.join('万')}亿`;
  }
  const w = low.split('万');
  if (w.length > 2) return null;
  if (w.length === 2 && w[0] === '') return null;
  if (w.length === 2) {
    const a = canonicalGroup(w[0], 0);
    const b = canonicalGroup(w[1], w[1].length === 1 ? 4 : 0);
    if (a === null || b === null) return null;
    return `${out}${a}万${b}`;
  }
  // '一亿二' is 一亿二千万: a single digit right after 亿 takes the place below it.
  if (yi.length === 2 && /^[一二三四五六七八九]$/.test(low)) return `${out}${low}千万`;
  const c = canonicalGroup(low, 0);
  if (c === null || (out === '' && c === '')) return null;
  return out + c;
}

/**
 * '一千二百' → 1200, '两万' → 20000, '十' → 10, '百' → 100, '十二点五' → 12.5, '壹佰' → 100,
 * '一七二零点一三四' → 1720.134, '一万二' → 12000, '负一' → -1; NaN when not a Chinese numeral or when it
 * could be read two ways ('三四百', '二十一二').
 */
export function parseChinese(text: string): number {
  if (!text) return Number.NaN;
  const negative = /^[负負]/.test(text);
  let s = toSimplified(negative ? text.slice(1) : text);
  if (/点.*两/.test(s)) return Number.NaN; // decimals are read digit by digit: 一点二, never 一点两
  s = [...s].map((c) => SIMPLE[c] ?? c).join('');
  if (/^零(点零+)?$/.test(s)) return negative ? -0 : 0;
  const [int, frac, extra] = s.split('点');
  if (extra !== undefined || (frac !== undefined && !/^[零一二三四五六七八九]+$/.test(frac))) return Number.NaN;
  if (!/^[零一二三四五六七八九十百千万亿]+$/.test(int)) return Number.NaN;
  // 百/千 alone mean one hundred/thousand: 百分之百, 百余人.
  const canonical = canonicalInteger(/^[百千万亿]/.test(int) ? `一${int}` : int);
  if (canonical === null) return Number.NaN;
  // nzh reads digit-by-digit numerals wrongly (drops zeros), so those are read here.
  const whole = /^[零一二三四五六七八九]+$/.test(canonical)
    ? Number([...canonical].map((c) => DIGIT.indexOf(c)).join(''))
    : Number(Nzh.cn.decodeS(canonical));
  if (!Number.isFinite(whole)) return Number.NaN;
  const value = frac === undefined ? whole : Number(`${whole}.${[...frac].map((c) => DIGIT.indexOf(c)).join('')}`);
  return negative ? -value : value;
}

/** Why a Chinese numeral that parseChinese rejects cannot be read: a range ('三四百') or anything else. */
export function chineseDoubt(text: string): string {
  const s = [...toSimplified(text)].map((c) => SIMPLE[c] ?? c).join('');
  return /[一二三四五六七八九]{2}/.test(s.split('点')[0]) && /[十百千万亿]/.test(s) ? 'approximate_range' : 'unreadable_numeral';
}

export const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12,
  千万: 1e7,
  百万: 1e6,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
};

/**
 * Multiply by a power of ten without binary noise: 2.9475 × 1e8 = 294750000, not 294749999.99999997;
 * 0.3 × 0.1 = 0.03; 33554432.141 × 1e8 = 3355443214100000. The decimal point of the shortest written form
 * of `value` is moved, so the result is the double nearest the exact product.
 */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  const exponent = Math.round(Math.log10(factor));
  const written = String(Math.abs(value));
  if (10 ** exponent !== factor || !/^\d+(\.\d+)?$/.test(written)) return value * factor;
  const [int, frac = ''] = written.split('.');
  const digits = int + frac;
  const point = int.length + exponent; // where the point falls in `digits`
  const shifted = point <= 0 ? `0.${'0'.repeat(-point)}${digits}`
    : point >= digits.length ? digits + '0'.repeat(point - digits.length)
      : `${digits.slice(0, point)}.${digits.slice(point)}`;
  return Number(shifted) * (value < 0 ? -1 : 1);
}
