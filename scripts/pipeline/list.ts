// Lists of figures inside one clause ('完成3个建制镇的…建设、9个村的…', '分别增长34.88%、27.55%', '1237户2502人'):
// where an item's own words begin and end, and whether a figure continues the item before it.
import type { NumberToken } from './numbers.ts';

/** After '建设、' the next list item begins; after '1237户' the next count continues the same words. */
export function listItemStart(text: string, itemBefore: NumberToken, t: NumberToken): number {
  const between = text.slice(itemBefore.qualifierEnd, t.start);
  const sep = Math.max(between.lastIndexOf('、'), between.lastIndexOf('和'));
  return sep >= 0 ? itemBefore.qualifierEnd + sep + 1 : itemBefore.qualifierEnd;
}

/** A figure's words after it: none after a list separator ('16万余棵、花草…': they belong to the next item). */
export function itemWordsAfter(rest: string): string {
  return /^[、，,]/.test(rest) ? '' : rest.replace(/^的/, '');
}

/** '34.88%、27.55%': the figure follows the one before it with nothing but a list word between them. */
export function continuesList(text: string, itemBefore: NumberToken | undefined, t: NumberToken): boolean {
  return itemBefore !== undefined && /^[、和及与]$/.test(text.slice(itemBefore.qualifierEnd, t.start));
}
