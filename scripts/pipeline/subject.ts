// What a number is about: the words naming what it measures, as written ('纳入监测对象' for '1237户').
import type { Surroundings } from './surroundings.ts';

// Words at the edges of a subject that say nothing about what is measured.
const SUBJECT_LEAD = /^(即|其中|同时|此外|另外|目前|截至目前|截至年底|到年底|年底|全年|今年以来|今年|去年|当年|一年来|全市|全省|全县|全区|我市|我省|我县|各级|共|累计|并|还|已经|已|均|对|向|为|在|给|将|从|使|通过)+/;
const SUBJECT_TAIL = /(达到|达|为|是|约|近|超过|共计|共|累计|合计|分别|已达|均|在|至|到|了|的|增加|增长|占|比|同比|、|，|,)+$/;

/** Words with the dates, region words and verbs at their edges trimmed: what is left names the quantity. */
export function subjectText(s: string): string {
  let t = s.trim();
  for (let i = 0; i < 3; i++) t = t.replace(SUBJECT_LEAD, '').replace(SUBJECT_TAIL, '').replace(/^\d{4}年(至\d{4}年)?/, '')
    .replace(/^\d{1,2}(\s*[-—–~至到]\s*\d{1,2})?月(份|底|末)?(以来)?/, '').trim();
  return t;
}

const isCjk = (s: string) => /[\u4e00-\u9fa5]/.test(s);

/** The figure read just before, whose subject a figure without words of its own takes over. */
export interface SubjectBefore {
  where: Surroundings;
  subject: string;
}

/**
 * The subject of a figure: its own words before the number, joined by the words after it for a count; else
 * the subject of the figure before it in its clause or sentence; else the words of the clause before.
 */
export function subjectOf(text: string, here: Surroundings, last: SubjectBefore | undefined): string {
  const { token: t, clause, sentence, previous } = here;
  let subject = subjectText(here.before);
  const afterSubject = subjectText(here.itemAfter);
  if (afterSubject && isCjk(afterSubject) && (subject.length < 2 || t.unit === 'count' || t.unit === 'persons')) {
    subject = subject.length >= 2 ? `${subject}…${afterSubject}` : afterSubject;
  }
  // '1237户2502人', '绿化乡村112个、2000亩': a later number in the clause shares the earlier one's words.
  if (subject.length < 2 && last?.where.clause.start === clause.start) subject = last.subject;
  // '…14个，同比增加350%': the change of what the sentence just counted.
  if (subject.length < 2 && last?.where.sentence.start === sentence.start) subject = `${last.subject} ${text.slice(clause.start, t.start).trim()}`.trim();
  if (subject.length < 2 && previous) subject = subjectText(text.slice(previous.start, previous.end));
  return subject;
}
