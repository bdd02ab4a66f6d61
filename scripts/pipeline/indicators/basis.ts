// Stock or flow: whether a figure is a running total ('累计到位', '目前,共完成'), the year's flow ('新增',
// '全年', '今年') or part of a year ('前三季度', '1—9月', '上半年'), which must not pass for the full year.
import type { Kind } from '../types.ts';

export const BASES = ['', 'stock', 'flow', 'partial'] as const;
export type Basis = (typeof BASES)[number];

const PARTIAL = /前[一二三两]季度|上半年|[一二三]季度|第[一二三]季度|前[一二三四五六七八九十]{1,2}个月|(?<![\d０-９])[1１一]\s*[-—–~至到]\s*(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)\s*月(?!份?底?末?以来)/;
const FLOW = /新增|新识别|新纳入|当年|今年|本年|年内|全年/;
// '共' alone only at the head of a clause ('目前,共完成', '全县共识别'), never inside 公共/共同/共享/共建/共富.
const STOCK = /累计|共计|总计|现有|共有|存量|余额|截至目前|至今|历年|(?:^|[，,、：:\s]|全[省市县区州旗]|目前|已|我[省市县区州])共(?![同享建富产])/;

/**
 * `clauseBefore`: the figure's clause up to its number; `sentenceBefore`: the sentence before that clause.
 * A part-year cue anywhere before the number wins (the period stays the year, the value is not the year's);
 * a flow cue in the figure's own clause beats a stock cue there ('全年共有2890人…'); a stock cue counts only
 * in the figure's clause or the clause just before it ('目前,共完成…246个').
 */
export function basisOf(clauseBefore: string, sentenceBefore: string, kind: Kind): Basis {
  if (PARTIAL.test(sentenceBefore) || PARTIAL.test(clauseBefore)) return 'partial';
  if (kind === 'change') return '';
  if (FLOW.test(clauseBefore)) return 'flow';
  if (STOCK.test(clauseBefore)) return 'stock';
  const lastClause = sentenceBefore.split(/[，,；;]/).filter((c) => c.trim()).pop() ?? '';
  if (/^\s*(目前|截至目前|至今)\s*$/.test(lastClause)) return 'stock';
  return '';
}
