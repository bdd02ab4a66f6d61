// Sentences, clauses and paragraphs of the cleaned text, as offset ranges.

export interface Range {
  start: number;
  end: number;
}

// A sentence ends at 。！？, a semicolon or a line break: '…伊通县县域医共体…;推动农村养老服务体系建设，
// 建设养老机构3所' is the city again, not the county named before the semicolon.
const SENTENCE_END = /[。！？!?；;\n]/;
// A clause ends at a comma, semicolon or colon too.
const CLAUSE_END = /[。！？!?\n，,；;：:]/;

function rangeAround(text: string, pos: number, end: RegExp): Range {
  let s = pos;
  while (s > 0 && !end.test(text[s - 1])) s--;
  let e = pos;
  while (e < text.length && !end.test(text[e])) e++;
  // Keep the closing punctuation of a sentence, not the line break.
  if (e < text.length && text[e] !== '\n' && end === SENTENCE_END) e++;
  return { start: s, end: e };
}

export const sentenceAt = (text: string, pos: number): Range => rangeAround(text, pos, SENTENCE_END);
export const clauseAt = (text: string, pos: number): Range => rangeAround(text, pos, CLAUSE_END);

export function paragraphAt(text: string, pos: number): Range {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  return { start, end: nl === -1 ? text.length : nl };
}

/** The clause before `clause` in the same sentence, or null. */
export function previousClause(text: string, clause: Range, sentence: Range): Range | null {
  if (clause.start <= sentence.start) return null;
  const p = clauseAt(text, clause.start - 2 >= sentence.start ? clause.start - 2 : sentence.start);
  return p.start < clause.start ? { start: Math.max(p.start, sentence.start), end: clause.start - 1 } : null;
}
