// When a figure is: the year or span its sentence names, else the report's period.
import type { Range } from './segment.ts';
import type { ReportContext } from './types.ts';

const YEAR_SPAN = /(\d{4})年?\s*(?:至|到|—|–|-|~)\s*(\d{4})年/g;
const YEAR = /(\d{4})年(?!\s*(?:至|到|—|–|-|~)\s*\d{4}年)/g;
const RELATIVE = /(今年|本年|当年|去年|上年|上一年|前年)/g;
// '是2021年贷款金额的18倍', '高于去年同期': a year that is the base of a comparison, not the figure's period.
const COMPARISON_BEFORE = /(是|比|较|同比|与|相比|高于|低于|超出|超过|对比)$/;

/** Where the sentence holding `pos` starts when semicolons do not end it: a year or a goal governs a ；-list. */
export function fullSentenceStart(text: string, pos: number, limit = 512): number {
  const from = Math.max(0, pos - limit);
  const window = text.slice(from, pos);
  const at = Math.max(...['。', '！', '？', '!', '?', '\n'].map((c) => window.lastIndexOf(c)));
  return at < 0 ? from : from + at + 1;
}

/** The period of a figure at `pos`: the nearest year named before it in the sentence (across ；), else the report's. */
export function periodAt(text: string, pos: number, sentence: Range, ctx: ReportContext): string {
  const wideStart = Math.min(sentence.start, fullSentenceStart(text, pos));
  const prefix = text.slice(wideStart, pos);
  // Before the figure's own sentence (across ；) only a year that opens what follows counts ('2024年，…；…'),
  // not one inside a noun ('2022年国家后评估考核问题37个；…').
  const own = sentence.start - wideStart;
  const governs = (at: number, length: number) => at >= own || /^\s*([，,：:]|以来|全年|底|末)/.test(prefix.slice(at + length));
  const found: { at: number; period: string }[] = [];
  const refYear = ctx.published ? Number(ctx.published.slice(0, 4)) : Number(ctx.period.slice(0, 4)) + 1;
  const spans: [number, number][] = [];
  for (const m of prefix.matchAll(YEAR_SPAN)) {
    if (!governs(m.index ?? 0, m[0].length)) continue;
    found.push({ at: m.index ?? 0, period: `${m[1]}-${m[2]}` });
    spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const m of prefix.matchAll(YEAR)) {
    const at = m.index ?? 0;
    if (!spans.some(([s, e]) => at >= s && at < e) && governs(at, m[0].length)) found.push({ at, period: m[1] });
  }
  for (const m of prefix.matchAll(RELATIVE)) {
    const w = m[1];
    if (prefix.slice((m.index ?? 0) + w.length).startsWith('同期') || !governs(m.index ?? 0, w.length)) continue;
    const period = w === '去年' || w === '上年' || w === '上一年' ? String(refYear - 1) : w === '前年' ? String(refYear - 2) : ctx.period;
    found.push({ at: m.index ?? 0, period });
  }
  const usable = found.filter((f) => !COMPARISON_BEFORE.test(prefix.slice(Math.max(0, f.at - 3), f.at)));
  usable.sort((a, b) => a.at - b.at);
  const last = usable[usable.length - 1];
  if (!last) return ctx.period;
  const y = Number(last.period.slice(0, 4));
  return y >= 1949 && y <= 2100 ? last.period : ctx.period;
}
