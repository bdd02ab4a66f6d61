// Where a number stands in the cleaned text: its sentence, clause and paragraph, the clause before it, the
// figure before it in the same clause, and its own words on either side.
import { clauseAt, paragraphAt, previousClause, sentenceAt, type Range } from './segment.ts';
import { itemWordsAfter, listItemStart } from './list.ts';
import type { NumberToken } from './numbers.ts';

export interface Surroundings {
  token: NumberToken;
  sentence: Range;
  clause: Range;
  paragraph: Range;
  /** The clause before, in the same sentence. */
  previous: Range | null;
  /** The figure before this one when it stands earlier in the same clause. */
  itemBefore?: NumberToken;
  /** The figure's own words before the number: from its clause's start, or from the end of the list item before it. */
  before: string;
  /** Its list item's words after the number, up to the next figure or the end of the clause. */
  itemAfter: string;
}

/** The surroundings of figure `k` of `figures` (the numbers that were not excluded, in text order). */
export function surroundingsOf(text: string, figures: readonly NumberToken[], k: number): Surroundings {
  const token = figures[k];
  const sentence = sentenceAt(text, token.start);
  const clause = clauseAt(text, token.start);
  const before = figures[k - 1];
  const next = figures[k + 1];
  // Within a clause, a subject runs from the last number before it ('完成3个建制镇的…建设、9个村的…').
  const itemBefore = before !== undefined && before.unitEnd > clause.start && before.unitEnd <= token.start ? before : undefined;
  const from = itemBefore ? listItemStart(text, itemBefore, token) : clause.start;
  const afterEnd = next && next.start < clause.end ? next.start : clause.end;
  return {
    token, sentence, clause,
    paragraph: paragraphAt(text, token.start),
    previous: previousClause(text, clause, sentence),
    itemBefore,
    before: text.slice(from, token.qualifierStart),
    itemAfter: itemWordsAfter(text.slice(token.qualifierEnd, afterEnd)),
  };
}
