// The bare-number rule: every quantity on a story page must come from data/figures.csv through a component,
// so the only numbers a writer may type are years, dates and names that happen to hold a numeral. Applied to a
// story's prose (mdx.ts reads it from the syntax tree), and to its title, summary and notes.
import { proseOf } from './mdx.ts';

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/** Keeps offsets: replaces a match by spaces (newlines kept) so later indices still point right. */
const blank = (s: string) => s.replace(/[^\n]/g, ' ');

export interface BareNumber {
  text: string;
  index: number;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
// What may follow a four-digit number for it to still read as a year: not a unit or a magnitude.
const NOT_A_YEAR_AFTER = String.raw`(?!\d|[.,]\d|\s*(?:%|％|[万亿千百元人户个名家座条处所次倍亩吨]|公里|percent|per\b|yuan|CNY|households?|persons?|people|km|mu\b|tonnes?|times))`;

/** Numbers a writer may type: years, year ranges, dates, document numbers, and '5G'. */
const ALLOWED_DIGITS: RegExp[] = [
  /[〔[［(（]\s*(?:19|20)\d{2}\s*[〕\]］)）]\s*\d{1,4}\s*号/g, // 兰农工组发[2023]2号: before the year rules take its year
  /(?<!\d|\d[.,])(?:19|20)\d{2}-\d{2}-\d{2}(?![\d])/g, // 2022-05-17
  /(?<!\d|\d[.,])(?:19|20)\d{2}\s*[-–—~～至到]{1,2}\s*(?:19|20)\d{2}(?:\s*年)?(?!\d|[.,]\d)/g, // 2013—2021年, 2013–2021
  /(?<!\d|\d[.,])(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?)?/g, // 2022年, 2022年3月22日
  /(?<!\d|\d[.,])\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?(?![\d])/g, // 11月5日, 3月
  new RegExp(String.raw`(?<!\d|\d[.,])(?:19|20)\d{2}(?:s\b)?${NOT_A_YEAR_AFTER}`, 'g'), // in 2022, the 2020s
  new RegExp(String.raw`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\b`, 'g'), // 5 November
  new RegExp(String.raw`\b(?:${MONTHS})\s+\d{1,2}(?:st|nd|rd|th)?\b`, 'g'), // November 5
  /(?<![\w.])5G(?!\w)/g, // the technology, not a count
  /\bper 10,000\b/g, // a unit, as 每万 is in Chinese
];

/**
 * Chinese words and forms whose numeral is not a quantity: ordinals, years and durations in years, dates,
 * enumerations, idioms, and counts of the story's own parts ('两份报告', '两组数字').
 */
const ALLOWED_HAN: RegExp[] = [
  /第[〇零一二两三四五六七八九十百千]+/g, // 第七次全国人口普查
  /[〇零一二两三四五六七八九十]+年/g, // 二〇二二年, 五年间
  /[一二三四五六七八九十]{1,3}月(?:[一二三四五六七八九十]{1,3}[日号])?/g,
  /其[一二三四]|[一二三四五六七八九十]是/g, // 一是…二是…
  /每万/g, // per 10,000: a unit
  /(?:一些|一样|一致|一起|一直|一般|一方面|一定|一道|一并|一体|一律|一旦|一度|一再|一步|一切|一贯|一向|一同|一下|一点|一时|一系列|一手|一线|一环|一边|一面|一级|一揽子|一把手|一肩挑|一如|一概|一部分|一词|一回事|另一|四舍五入|百分点|百分比|进一步|之一|唯一|统一|同一|逐一|一一|单一|不一|划一|万一|十分|百姓|三农|千方百计)/g,
  /一(?:个|份|篇|项|种|类|组|张|句|段|层|位|条|年)/g, // 'a'/'one' as an article
  /[两二三四五六七](?:份|篇|种|类|组|张|幅|者|地|方面|句|段|层|个(?:时期|年份|口径|数字|数|比例|指标|层级|问题|方面|省份|地区))/g,
  /两(?:市|省|县)/g, // the two places the sentence is about
];

/** English: small counts of the story's own parts, fractions and multipliers are what is forbidden. */
const ALLOWED_EN: RegExp[] = [
  /\b(?:two|three|four|five|six|seven)\s+(?:reports|articles|charts|kinds|sets|groups|sources|periods|years|figures|numbers|indicators|measures|ways|things|levels|definitions|questions|sentences|documents|stories|dates|sides)\b/gi,
];

const FORBIDDEN: RegExp[] = [
  /[0-9０-９]+(?:[.,][0-9０-９]+)*/g, // any digits left
  /[%％‰]/g,
  /[〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+/g,
  /一半|过半|半数|近半|大半|多半|减半|翻了?一?番|翻倍|成倍|倍增|[数几]倍|[数几][十百千万亿]|几(?:个|成)/g,
  /\b(?:zero|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?|half|halves|halved|halving|twice|thrice|double[ds]?|doubling|triple[ds]?|tripling|quadruple[ds]?)\b/gi,
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand|multi|many)-?fold\b/gi, // tenfold, not unfold
  /\b(?:a|one|two|three|four|five|six|seven|eight|nine)[ -](?:thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/gi,
];

/**
 * The quantities typed in `text` (prose, a title, a summary): digits and Chinese or English number words that
 * are not years, dates or the allowed forms above. `names` are proper names to leave alone (四平市).
 */
export function bareNumbers(text: string, names: readonly string[] = []): BareNumber[] {
  let masked = text;
  const mask = (re: RegExp) => { masked = masked.replace(re, blank); };
  for (const name of [...names].filter(Boolean).sort((a, b) => b.length - a.length)) {
    masked = masked.split(name).join(blank(name));
  }
  for (const re of [...ALLOWED_DIGITS, ...ALLOWED_HAN, ...ALLOWED_EN]) mask(re);
  const found: BareNumber[] = [];
  for (const re of FORBIDDEN) {
    for (const m of masked.matchAll(re)) found.push({ text: text.slice(m.index, m.index + m[0].length), index: m.index });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Bare numbers in a story's prose, as 'file:line: "text" in “context”' messages. */
export function bareNumbersInStory(mdx: string, file: string, names: readonly string[] = []): string[] {
  const prose = proseOf(mdx, file);
  return bareNumbers(prose, names).map((b) => {
    const context = prose.slice(Math.max(0, b.index - 12), b.index + b.text.length + 12).replace(/\s+/g, ' ').trim();
    return `${file}:${lineAt(prose, b.index)}: "${b.text}" in “${context}”`;
  });
}
