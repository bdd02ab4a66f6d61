// The quote of a figure: the shortest stretch of the report that identifies it, in verbatim offsets. That is
// its clause, and the clause before too when the figure's clause leans on it.
import { toVerbatim, verbatimRange, type CleanText } from './clean.ts';
import type { Range } from './segment.ts';
import { subjectText } from './subject.ts';
import type { Surroundings } from './surroundings.ts';

// A clause that starts with one of these leans on the clause before it: '…1125户2246人，占比89.76%', '…，全县总数达到48家'.
const LEANS_BACK = /^(占比|占|同比|比上年|增长|增幅|增速|其中|分别|均|是|为|达|完成全年|完成年度|高出|超出|比|较|(略|稍)?(低于|高于)|贷款金额|金额|资金|规模|涉及|惠及|带动|受益|获贷|总数|总量|(全|我|本)(省|市|州|县|区|旗|盟)(总数|总量))/;

/** Whether a clause's text opens with a word that leans on the clause before ('较上年增加1320元'). */
export const opensLeaning = (clauseText: string): boolean => LEANS_BACK.test(clauseText.trimStart());

// A clause of a goal verb alone ('，力争突破1.5万元') says how much of what the clause before named.
const VERB_ONLY = /^(力争|确保|争取|预计|将)?(突破|超过|达到|达|实现|稳定在|保持在|提高到|提升到|增加到|增至|提高至|提升至)$/;

/** Whether the figure's clause needs the clause before it: it names nothing before the number, or starts with a leaning word. */
export function leansBack(text: string, here: Surroundings): boolean {
  const { clause, token: t } = here;
  const before = text.slice(clause.start, t.start);
  // Only when nothing follows the number: '实现16153人稳定脱贫' names what it counts after it.
  const verbOnly = VERB_ONLY.test(before.trim()) && !/[\u4e00-\u9fa5]/.test(text.slice(t.qualifierEnd, clause.end));
  return here.previous !== null
    && (subjectText(text.slice(clause.start, t.qualifierStart)).length < 2 || LEANS_BACK.test(before) || verbOnly);
}

/** The quote's verbatim range: the clause (from the clause before when it leans back), cut to the piece that holds the number if a caption split it. */
export function quoteOf(cleaned: CleanText, here: Surroundings, leans: boolean): Range {
  const { token: t, clause } = here;
  let s = leans && here.previous ? here.previous.start : clause.start;
  let e = clause.end;
  while (s < t.start && /[\s，,、；;]/.test(cleaned.text[s])) s++;
  while (e > t.unitEnd && /[\s]/.test(cleaned.text[e - 1])) e--;
  const v = toVerbatim(cleaned, s, e, t.start);
  return { start: v.start, end: Math.max(v.end, verbatimRange(cleaned, t.start, t.unitEnd).end) };
}
