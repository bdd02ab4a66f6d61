// Cleaning: web boilerplate and image captions out, paragraphs broken by the page layout joined again.
// The cleaned text keeps a map back to the verbatim text, so every quote can be cited exactly as published.

import type { BlockKind, TextBlock } from '../../src/schema/block.ts';
export { BLOCK_KINDS, type BlockKind } from '../../src/schema/block.ts';

/**
 * A line of the verbatim text and what it is: a row of data/blocks.csv before the report's id is added. Offsets
 * exclude the line break; `reason` says why a line is boilerplate ('footer', 'byline', 'navigation', 'widget', 'site').
 */
export type Block = Omit<TextBlock, 'report'>;

export interface CleanText {
  text: string;
  /** map[i] is the verbatim offset of text[i]; map[text.length] is the verbatim end. */
  map: number[];
  blocks: Block[];
}

// The first line of a site footer: everything from here on is not the report.
const FOOTER_START = [
  /^(责任编辑|责编|相关信息|相关新闻|关联稿件|扫一扫|分享到|上一篇|下一篇)/,
  /版\s*权\s*所\s*有|版权与信息产品内容销售的声明|版权声明/,
];
const BOILERPLATE_LINE: [RegExp, string][] = [
  [/^(天气预报|热线[:：]|邮箱[:：]|电话[:：]|投诉举报|流量统计|技术支持|备案号|网站地图|打印本页|关闭窗口|【?字号)/, 'site'],
  [/ICP备|公网安备/, 'site'],
  [/^\d{4}-\d{2}-\d{2}\s+\d{1,2}:\d{2}/, 'byline'],
  [/^[\d\s.,-]*$/, 'widget'], // a bare counter such as '0' or '-'
];
const CAPTION = /[（(](资料图片|图片|摄|供图|新华社发)[）)]|(摄影|摄)[:：]|摄$|^图[:：]/;
const TERMINAL = /[。！？!?；;:：…”’」』）)"]$/;
const SENTENCE_PUNCT = /[。！？!?；;，,]/;
const LIST_ITEM = /^(\d{1,2}\s*[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])/;

function blockKindOf(line: string, inFooter: boolean): { kind: BlockKind; reason: string } {
  const t = line.trim();
  if (inFooter) return { kind: 'boilerplate', reason: 'footer' };
  for (const [re, reason] of BOILERPLATE_LINE) if (re.test(t)) return { kind: 'boilerplate', reason };
  // 'X网-标题': the site's own title bar.
  if (/^[^\s，。,]{2,8}网[-—–|]/.test(t) && !SENTENCE_PUNCT.test(t)) return { kind: 'boilerplate', reason: 'site' };
  // A short line naming reporters or the source, without a sentence in it.
  if (/(记者|来源[:：]|编辑[:：]|作者[:：]|通讯员)/.test(t) && t.length <= 60 && !/[。！？]/.test(t)) {
    return { kind: 'boilerplate', reason: 'byline' };
  }
  // Navigation: many short words separated by spaces, no punctuation; one may be longer ('… 延边 长白山保护开发区').
  // A row of numbers ('碛口镇　7860　12.7　148　76.4') is a table, not a menu; so is a line split by full-width
  // spaces, the typesetter's column gap ('县（区）　安排资金　已支出　支出进度　项目数').
  const words = t.split(/[^\S\u3000]+/);
  if (words.length >= 5 && words.filter((w) => w.length > 6).length <= 1 && words.every((w) => w.length <= 10) && !SENTENCE_PUNCT.test(t)
    && !words.some((w) => /^[\d.,%-]+$/.test(w))) {
    return { kind: 'boilerplate', reason: 'navigation' };
  }
  if (CAPTION.test(t)) return { kind: 'caption', reason: '' };
  if (t.length <= 40 && !TERMINAL.test(t) && !SENTENCE_PUNCT.test(t)) return { kind: 'heading', reason: '' };
  return { kind: 'body', reason: '' };
}

/** Lines of the verbatim text with their offsets, whitespace at both ends excluded. */
function lines(verbatim: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let pos = 0;
  for (const raw of verbatim.split('\n')) {
    let start = pos;
    let end = pos + raw.length;
    pos = end + 1;
    while (start < end && /\s/.test(verbatim[start])) start++;
    while (end > start && /\s/.test(verbatim[end - 1])) end--;
    // A leading bullet belongs to the layout, not the sentence.
    if (verbatim[start] === '•') { start++; while (start < end && /\s/.test(verbatim[start])) start++; }
    if (end > start) out.push({ start, end });
  }
  return out;
}

/** Classifies the lines of a report. Pure: same text, same blocks. */
export function blocksOf(verbatim: string): Block[] {
  let inFooter = false;
  return lines(verbatim).map(({ start, end }) => {
    const t = verbatim.slice(start, end);
    if (!inFooter && FOOTER_START.some((re) => re.test(t.trim()))) inFooter = true;
    return { start, end, ...blockKindOf(t, inFooter) };
  });
}

/**
 * Builds the text the pipeline reads: body and headings only, one paragraph per line, a body line that
 * stops mid-sentence joined to the next body line across blank lines and captions
 * ('目前已\n\n支出2.5247亿元' → '目前已支出2.5247亿元').
 */
export function clean(verbatim: string): CleanText {
  const blocks = blocksOf(verbatim);
  let text = '';
  const map: number[] = [];
  let open = false; // the last body line ended mid-sentence
  let captionSkipped = false; // a caption was dropped since the last body line
  for (const b of blocks) {
    if (b.kind === 'boilerplate' || b.kind === 'caption') { captionSkipped ||= b.kind === 'caption'; continue; }
    const line = verbatim.slice(b.start, b.end);
    // '抓住房安全。…' opens a paragraph of its own: a short lead sentence is never a continuation, unless a
    // caption was dropped just before it ('有效提高了土地 (资料图片) 产出能力。'): the picture split the sentence.
    // A numbered item ('1.突出抓好…', '二、强化…') always opens a paragraph.
    const startsAnew = (/^[^，,。；;]{2,10}。/.test(line) && !captionSkipped) || LIST_ITEM.test(line);
    captionSkipped = false;
    if (text.length > 0 && !(open && b.kind === 'body' && !startsAnew)) {
      text += '\n';
      map.push(map[map.length - 1] + 1);
    }
    for (let i = b.start; i < b.end; i++) {
      text += verbatim[i];
      map.push(i);
    }
    open = b.kind === 'body' && !TERMINAL.test(line);
  }
  map.push(text.length > 0 ? map[map.length - 1] + 1 : 0);
  return { text, map, blocks };
}

/**
 * Verbatim offsets of cleaned [start, end). If the span crosses a removed caption or a line break,
 * returns the contiguous verbatim piece that contains `anchor` (a cleaned offset inside the span).
 */
export function toVerbatim(ct: CleanText, start: number, end: number, anchor = start): { start: number; end: number } {
  let s = anchor;
  while (s > start && ct.map[s - 1] === ct.map[s] - 1) s--;
  let e = anchor;
  while (e < end - 1 && ct.map[e + 1] === ct.map[e] + 1) e++;
  return { start: ct.map[s], end: ct.map[e] + 1 };
}

/** Verbatim offsets of cleaned [start, end) taken at its ends: wider than the cleaned span when a layout break falls inside it. */
export function verbatimRange(ct: CleanText, start: number, end: number): { start: number; end: number } {
  return { start: ct.map[start], end: ct.map[end - 1] + 1 };
}
