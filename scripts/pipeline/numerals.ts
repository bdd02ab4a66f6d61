// Numerals as written in Chinese reports: Arabic (half- and full-width, thousands separators,
// decimals) and Chinese (一千二百, 两万), parsed to plain JavaScript numbers.
import Nzh from 'nzh';

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

export const CHINESE_DIGITS = '零〇一二两三四五六七八九';
export const CHINESE_UNITS = '十百千万亿';

/** '一千二百' → 1200, '两万' → 20000, '十' → 10, '百' → 100; NaN when not a Chinese numeral. */
export function parseChinese(text: string): number {
  if (!text || !new RegExp(`^[${CHINESE_DIGITS}${CHINESE_UNITS}]+$`).test(text)) return Number.NaN;
  // nzh knows 二 but not 两 or 〇 in all positions; 百/千 alone mean one hundred/thousand.
  // Digits without units are read one by one, as in 二〇二一 (2021) or 一〇〇 (100); nzh would drop trailing zeros.
  if (text.length > 1 && /^[零〇一二两三四五六七八九]+$/.test(text)) {
    return Number([...text.replace(/〇/g, '零').replace(/两/g, '二')].map((c) => '零一二三四五六七八九'.indexOf(c)).join(''));
  }
  // 零十万 is 零一十万: nzh drops a bare 十 after 零 before 万/亿 ('四千六百八十七亿零十万' would lose 十万).
  let s = text.replace(/两/g, '二').replace(/〇/g, '零').replace(/零十/g, '零一十');
  if (/^[百千万亿]/.test(s)) s = `一${s}`;
  const n = Nzh.cn.decodeS(s);
  return typeof n === 'number' && Number.isFinite(n) && (n > 0 || /^[零]+$/.test(s)) ? n : Number.NaN;
}

export const MULTIPLIERS: Record<string, number> = {
  万亿: 1e12,
  千万: 1e7,
  百万: 1e6,
  亿: 1e8,
  万: 1e4,
  千: 1e3,
};

/** Multiply without binary noise: 2.9475 × 1e8 = 294750000, not 294749999.99999997. */
export function scale(value: number, factor: number): number {
  if (factor === 1) return value;
  const decimals = (String(value).split('.')[1] ?? '').length;
  const exponent = Math.round(Math.log10(factor));
  const digits = Math.max(0, decimals - exponent);
  return Number((value * factor).toFixed(digits));
}
