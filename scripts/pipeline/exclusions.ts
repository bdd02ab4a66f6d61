// Numbers that are not figures: dates, years, document and phone numbers, addresses, policy names,
// ordinals, list numbering. Each rule names the reason that goes into mentions.csv.
import type { NumberToken } from './numbers.ts';
import { partitionPoint } from './sorted.ts';

export interface Span {
  start: number;
  end: number;
  reason: string;
}

/** Matches as [start, end) offsets. */
type Matcher = (text: string) => Iterable<[number, number]>;

/**
 * The matches of `run` + `rest` (`run` a global regex for maximal runs of one character class, `rest` a sticky
 * regex), exactly as matchAll of the joined pattern finds them, in linear time. A regex engine retries such a
 * pattern at every position of a long run (10,000 digits), each retry scanning to the run's end: quadratic. Since
 * the run is greedy and `rest` cannot start with a run character, a match can begin only where a run begins or
 * where the previous match ended, and it always takes the run to its end.
 */
function runThen(run: RegExp, rest: RegExp): Matcher {
  return function* (text) {
    let lastEnd = 0;
    for (const m of text.matchAll(run)) {
      const runEnd = (m.index ?? 0) + m[0].length;
      if (runEnd <= lastEnd) continue;
      rest.lastIndex = runEnd;
      const r = rest.exec(text);
      if (!r) continue;
      const start = Math.max(m.index ?? 0, lastEnd);
      lastEnd = runEnd + r[0].length;
      yield [start, lastEnd];
    }
  };
}

function regexMatcher(re: RegExp): Matcher {
  return function* (text) {
    for (const m of text.matchAll(re)) yield [m.index ?? 0, (m.index ?? 0) + m[0].length];
  };
}

// Patterns over the whole text; a token inside a match is excluded with its reason. Order matters:
// the first span that covers a token wins. A pattern that opens with a run of digits (\d+) does not match inside a
// run ((?<!\d)): from the run's start it would match too, and earlier, so the matches are the same, but a long run
// of digits is no longer rescanned from each of its positions (quadratic).
const SPAN_RULES: [RegExp | Matcher, string][] = [
  [/\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?/g, 'date'],
  [/\d{1,2}:\d{2}(:\d{2})?/g, 'time'],
  [/0\d{2,3}-\d{7,8}/g, 'phone'],
  [/(?<!\d)\d{5,}\s*(热线|专线)|(热线|电话|专线)[:：]?\s*[\d-]{5,}/g, 'phone'],
  [/[\u4e00-\u9fa5]{0,2}ICP备\d+号(-\d+)?|公网安备\s*\d+号?/g, 'licence_number'],
  [/[\u4e00-\u9fa5]{1,12}[[〔【(（]\s*\d{4}\s*[\]〕】)）]\s*\d+\s*号/g, 'document_number'],
  [/[\u4e00-\u9fa5]{1,8}(路|街|大道|大街|巷|胡同)\d+号/g, 'address'],
  [/(\d{4}|[一二三四五六七八九〇零]{4})年(度)?\d{1,2}月(份)?(\d{1,2}[日号])?/g, 'date'],
  [/\d{1,2}月(份)?\d{1,2}[日号]/g, 'date'],
  [/\d{1,2}\s*[-—–~～至到]\s*\d{1,2}月/g, 'date'], // '1-10月', '1至9月'
  [/\d{1,2}月(份|底|初|中旬|下旬|上旬)?(?![\d余多])/g, 'date'],
  [/\d{1,2}[日号](?=[至到—–\-、,，起])/g, 'date'],
  [/(?<!\d)\d+\s*(周岁|岁)/g, 'age'],
  [/(?<!\d)\d{1,2}(?:\.\d+)?\s*年(来|以来|内|间|跟踪期|过渡期)/g, 'duration'],
  // '前10个月', '3个月内': a span of months is no count of things.
  [/(?<!\d)\d{1,2}\s*个月/g, 'duration'],
  // '省十二次党代会': an ordinal written without 第.
  [/(?<![一二三四五六七八九十])[一二三四五六七八九十]+(次|届)(党代会|全会|代表大会|人大|会议)/g, 'ordinal'],
  [/第\s*[\d一二三四五六七八九十]+/g, 'ordinal'],
  // '排名后3位', '进入全省前10名': a place in a ranking.
  [/(排名|排|居|位列|位居|进入|跻身)[^，,。；;\d]{0,6}(前|后)\s*\d+\s*(位|名)/g, 'ordinal'],
  // ('排名前3位和后3位': the second place of a ranking too.)
  [/(?<=(前|后)\s*\d+\s*(位|名)[和及、与])(前|后)\s*\d+\s*(位|名)/g, 'ordinal'],
  [/(^|\n)\s*[•·]?\s*\d{1,2}\s*[.．、)）](?!\d)/g, 'list_numbering'],
    // A list item may end inside the next run ('1+234+5': '1+23', then '4+5'), so no look-behind here: runThen.
  [runThen(/[\dA-Za-z]+/g, /(\s*[+＋]\s*[\dA-Za-z\u4e00-\u9fa5]{1,2})+/y), 'policy_name'],
  // 5G, 4K, G20, PM2.5: a number glued to a Latin letter is part of a name ('9.9e30亿元' is not 30亿元).
  [/(?<=[A-Za-z])\d+(?:[.．]\d+)?|(?<!\d)\d+(?:[.．]\d+)?(?=[A-Za-z])/g, 'name'],
  [/(?<!\d)\d+(?=(平台|工程|热线|模式|战略|机制|字方针|人制))/g, 'name'],
];

// ('兰溪市16个镇（乡、街道）与通江县26个镇结对': the counts of a pairing too.)
const COUNT_LIST_AFTER = /^(县市区|县区|县|区|乡镇|乡|镇)([（(][^）)]{0,8}[）)])?(、|与[^，,。；;\d]{0,6})[0-9０-９]/;

/** Quoted phrases (“321”工程, “十个一”) name policies; numbers in them are names, not figures. */
const QUOTED = /[“"「]([^”"」\n]{1,16})[”"」]/g;

/** Spans of text whose numbers are not figures, sorted by start. */
export function exclusionSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const [rule, reason] of SPAN_RULES) {
    for (const [start, end] of (rule instanceof RegExp ? regexMatcher(rule) : rule)(text)) spans.push({ start, end, reason });
  }
  for (const m of text.matchAll(QUOTED)) spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length, reason: 'policy_name' });
  return spans;
}

/**
 * `spans` cut into runs that are sorted and do not overlap, in their order. One rule's matches form such a run, so
 * there are about as many runs as rules. In a run at most one span can hold a token: the last starting at or before it.
 */
function runsOf(spans: Span[]): Span[][] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  for (const s of spans) {
    if (run.length > 0 && s.start < run[run.length - 1].end) { runs.push(run); run = []; }
    run.push(s);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

// Built once per spans array: a token then costs a binary search per run, not a pass over every span.
const RUNS = new WeakMap<Span[], Span[][]>();

/** The first span in `spans` (in their order) that covers [start, end), as a linear search would find it. */
function coveringSpan(spans: Span[], start: number, end: number): Span | undefined {
  let runs = RUNS.get(spans);
  if (!runs) { runs = runsOf(spans); RUNS.set(spans, runs); }
  for (const run of runs) {
    const s = run[partitionPoint(run, (x) => x.start <= start) - 1];
    if (s && end <= s.end) return s;
  }
  return undefined;
}

/** Why a token is not a figure, or null when it may be one. `spans` from exclusionSpans(text), not changed after. */
export function exclusionReason(text: string, t: NumberToken, spans: Span[]): string | null {
  // '1,2公里', '.5亿元', '三四百人': the reader could not tell which number was meant.
  if (t.doubt) return t.doubt;
  const span = coveringSpan(spans, t.start, t.end);
  if (span) return span.reason;
  // Beyond 2^53 a value cannot be stored exactly, and no real figure is that large (a 40-digit serial number,
  // a typo): listed in mentions.csv, never a figure. The text itself cannot be fixed, so this is not an error.
  if (!(Math.abs(t.value) <= Number.MAX_SAFE_INTEGER) || (t.rangeTo !== null && !(t.rangeTo <= Number.MAX_SAFE_INTEGER))) return 'too_large';
  // A year: 2021年 (also the start of a span 2013年至2021年). Used for the period, never a figure.
  if (t.unit === 'years' && t.value >= 1900 && t.value <= 2100 && Number.isInteger(t.value) && t.unitText === '年') return 'year';
  if (t.unit === 'years') return 'duration';
  if (!t.unit) return /^(19|20)\d{2}$/.test(t.numeral) ? 'year' : 'no_unit';
  // 一批, 三个渠道, 两轮: counted words in prose, not data. Shares and multiples are data ('百分之五', '翻两番').
  if (t.script === 'chinese' && t.value < 10 && t.unit !== 'percent' && t.unit !== 'times') return 'descriptive_numeral';
  // 3个方面: how a text is organised, not what was done.
  if (t.unit === 'count' && /^(方面|环节|渠道|步骤|层面|维度)/.test(text.slice(t.unitEnd, t.unitEnd + 2))) return 'abstract_count';
  // 助力4个县建就业帮扶车间74家: the counties say where the 74 workshops are; the 74 is the figure. Not after
  // 全市 (全市8个县(区)、86乡镇…实现全覆盖: all of them, counted).
  // A list of counts ('辖17个乡镇、158个行政村', '抽查41个县（市、区）、246个乡镇') counts each.
  if (t.unit === 'count' && !/全[省市州县区]$/.test(text.slice(Math.max(0, t.start - 2), t.start)) && /^(县市区|县区|县|区|乡镇|乡|镇)/.test(text.slice(t.unitEnd, t.unitEnd + 3))
    && /^[^，。；,;！？\n]*?[0-9０-９]/.test(text.slice(t.unitEnd)) && !COUNT_LIST_AFTER.test(text.slice(t.unitEnd, t.unitEnd + 16))) return 'scope';
  return null;
}
