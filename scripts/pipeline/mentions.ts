// The rows of data/mentions.csv: every number-like token of a report and what became of it (a figure, or
// excluded with a reason), and the place-like words no gazetteer entry matches, so nothing is dropped silently.
import { verbatimRange, type Block, type CleanText } from './clean.ts';
import { findNumbers } from './numbers.ts';
import type { Range } from './segment.ts';
import type { Figure, Mention } from './types.ts';

export const figureMention = (f: Figure): Mention => ({
  report: f.report, start: f.number_start, end: f.number_end, text: f.number_text, status: 'figure', figure_id: f.figure_id, reason: '',
});

export const excludedMention = (report: string, verbatim: string, at: Range, reason: string): Mention => ({
  report, start: at.start, end: at.end, text: verbatim.slice(at.start, at.end), status: 'excluded', figure_id: '', reason,
});

/** Numbers in boilerplate and captions: listed, so nothing is dropped silently, never figures. */
export function removedMentions(verbatim: string, blocks: Block[], report: string): Mention[] {
  const out: Mention[] = [];
  for (const b of blocks) {
    if (b.kind !== 'boilerplate' && b.kind !== 'caption') continue;
    const line = verbatim.slice(b.start, b.end);
    // A block is one line, and a table needs rows below its header: there are no cells to look for.
    for (const t of findNumbers(line, [])) {
      out.push(excludedMention(report, verbatim, { start: b.start + t.start, end: b.start + t.unitEnd }, b.kind === 'caption' ? 'caption' : `boilerplate_${b.reason}`));
    }
  }
  return out;
}

/** Place-like words the gazetteer does not know, at their verbatim offsets (cleaned offsets in `places`). */
export function unknownPlaceMentions(verbatim: string, cleaned: CleanText, places: readonly (Range & { text: string; reason: string })[], report: string): Mention[] {
  const out: Mention[] = [];
  for (const w of places) {
    const { start, end } = verbatimRange(cleaned, w.start, w.end);
    if (verbatim.slice(start, end) !== w.text) continue; // a layout break inside the word: no verbatim quote
    out.push({ report, start, end, text: w.text, status: 'unknown_place', figure_id: '', reason: w.reason });
  }
  return out;
}
