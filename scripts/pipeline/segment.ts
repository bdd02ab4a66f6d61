// Sentences, clauses and paragraphs of the cleaned text, as offset ranges.
import { CLAUSE_WINDOW, PARAGRAPH_WINDOW, SENTENCE_WINDOW } from './limits.ts';

export interface Range {
  start: number;
  end: number;
}

// A sentence ends at 。！？, a semicolon or a line break: '…伊通县县域医共体…;推动农村养老服务体系建设，
// 建设养老机构3所' is the city again, not the county named before the semicolon.
const SENTENCE_END = codes('。！？!?；;\n');
// A clause ends at a comma, semicolon or colon too.
const CLAUSE_END = codes('。！？!?\n，,；;：:');
const NEWLINE = 10;

/** Marks as UTF-16 code units (all are in the BMP): compared with charCodeAt, no one-letter string per step. */
function codes(marks: string): Set<number> {
  return new Set([...marks].map((c) => c.charCodeAt(0)));
}

/**
 * The range around `pos` up to the nearest end marks, reaching at most `window` characters either way: a text
 * without punctuation must not make every number's range the whole text (see limits.ts).
 */
function rangeAround(text: string, pos: number, end: Set<number>, window: number): Range {
  const low = Math.max(0, pos - window);
  const high = Math.min(text.length, pos + window);
  let s = pos;
  while (s > low && !end.has(text.charCodeAt(s - 1))) s--;
  let e = pos;
  while (e < high && !end.has(text.charCodeAt(e))) e++;
  // Keep the closing punctuation of a sentence, not the line break.
  if (e < text.length && end === SENTENCE_END && end.has(text.charCodeAt(e)) && text.charCodeAt(e) !== NEWLINE) e++;
  return { start: s, end: e };
}

export const sentenceAt = (text: string, pos: number): Range => rangeAround(text, pos, SENTENCE_END, SENTENCE_WINDOW);
export const clauseAt = (text: string, pos: number): Range => rangeAround(text, pos, CLAUSE_END, CLAUSE_WINDOW);

/** The line around `pos`, at most PARAGRAPH_WINDOW characters either way (searched in a slice, so bounded). */
export function paragraphAt(text: string, pos: number): Range {
  const low = Math.max(0, pos - PARAGRAPH_WINDOW);
  const start = low + text.slice(low, pos).lastIndexOf('\n') + 1;
  const nl = text.slice(pos, pos + PARAGRAPH_WINDOW).indexOf('\n');
  return { start, end: nl === -1 ? Math.min(text.length, pos + PARAGRAPH_WINDOW) : pos + nl };
}

/** The clause before `clause` in the same sentence, or null. */
export function previousClause(text: string, clause: Range, sentence: Range): Range | null {
  if (clause.start <= sentence.start) return null;
  const p = clauseAt(text, clause.start - 2 >= sentence.start ? clause.start - 2 : sentence.start);
  return p.start < clause.start ? { start: Math.max(p.start, sentence.start), end: clause.start - 1 } : null;
}
