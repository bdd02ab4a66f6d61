// The quote of a figure: the shortest stretch of the report that identifies it, in verbatim offsets. That is
// its clause, and the clause before too when the figure's clause leans on it.
import { toVerbatim, verbatimSpan, type CleanText } from './clean.ts';
import type { Range } from './segment.ts';
import { subjectText } from './subject.ts';
import type { Surroundings } from './surroundings.ts';

// A clause that starts with one of these leans on the clause before it: '…1125户2246人，占比89.76%'.
const LEANS_BACK = /^(占比|占|同比|比上年|增长|增幅|增速|其中|分别|均|是|为|达|完成全年|完成年度|高出|超出|比|较|贷款金额|金额|资金|规模|涉及|惠及|带动|受益)/;

/** Whether a clause's text opens with a word that leans on the clause before ('较上年增加1320元'). */
export const opensLeaning = (clauseText: string): boolean => LEANS_BACK.test(clauseText.trimStart());

/** Whether the figure's clause needs the clause before it: it names nothing before the number, or starts with a leaning word. */
export function leansBack(text: string, here: Surroundings): boolean {
  const { clause, token: t } = here;
  return here.previous !== null
    && (subjectText(text.slice(clause.start, t.qualifierStart)).length < 2 || LEANS_BACK.test(text.slice(clause.start, t.start)));
}

/** The quote's verbatim range: the clause (from the clause before when it leans back), cut to the piece that holds the number if a caption split it. */
export function quoteOf(cleaned: CleanText, here: Surroundings, leans: boolean): Range {
  const { token: t, clause } = here;
  let s = leans && here.previous ? here.previous.start : clause.start;
  let e = clause.end;
  while (s < t.start && /[\s，,、；;]/.test(cleaned.text[s])) s++;
  while (e > t.unitEnd && /[\s]/.test(cleaned.text[e - 1])) e--;
  const v = toVerbatim(cleaned, s, e, t.start);
  return { start: v.start, end: Math.max(v.end, verbatimSpan(cleaned, t.start, t.unitEnd).end) };
}
