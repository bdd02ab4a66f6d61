// The sign of a change: '同比下降3.5%' is −3.5, '比上年增加1200元' +1200. The last word of direction
// before the number in its clause decides, so '增长5%、下降3%' gives +5 and −3.
import type { NumberToken } from './numbers.ts';
import type { Kind } from './types.ts';

// 负增长 before 增长: at the same place the longer word wins because the regex tries it first.
const DIRECTION = /(负增长|下降|减少|降低|回落|下滑|下跌|减收|减产|缩小|缩减|降幅|减幅)|(增长|增加|提高|提升|上升|上涨|增收|增产|扩大|高出|超出)/g;

/** −1 when the last direction word in text[from, to) points down, else 1. */
export function directionBefore(text: string, from: number, to: number): -1 | 1 {
  let sign: -1 | 1 = 1;
  for (const m of text.slice(from, to).matchAll(DIRECTION)) sign = m[1] ? -1 : 1;
  return sign;
}

/**
 * The value a figure publishes: a change that the text says went down is negative. A value written with
 * its own minus sign keeps it ('增速为-1.5%'), and only changes take a sign from words: '下降到2.4%' is a level.
 */
export function signedValue(text: string, clauseStart: number, t: NumberToken, kind: Kind): number {
  if (kind !== 'change' || t.value <= 0) return t.value;
  return t.value * directionBefore(text, clauseStart, t.start);
}
