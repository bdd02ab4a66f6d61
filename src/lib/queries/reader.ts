// The source reader: a report's verbatim text cut into display blocks, with every figure wrapped at its
// offsets. Nothing is searched for: a figure is placed by number_start/number_end into the verbatim text,
// so the highlighted characters are exactly the ones the figure was read from.
import type { Figure } from '../../schema/figure.ts';
import type { BlockKind } from '../../schema/block.ts';

export type LineRole = 'heading' | 'paragraph' | 'caption' | 'byline' | 'boilerplate';

/** One line of the verbatim text: [start, end) without the newline, and what it is on the page. */
export interface Line {
  start: number;
  end: number;
  role: LineRole;
}

/**
 * Display roles from the pipeline's own line classification (data/blocks.csv, written by the cleaner), so
 * that the reader drops exactly what the extractor ignored. Bylines are boilerplate to the extractor but stay
 * visible here, small, since they say who wrote the report.
 */
export function layout(blocks: readonly { start: number; end: number; kind: BlockKind; reason: string }[]): Line[] {
  return [...blocks]
    .sort((a, b) => a.start - b.start)
    .map((b): Line => ({
      start: b.start,
      end: b.end,
      role: b.kind === 'body' ? 'paragraph' : b.kind === 'boilerplate' ? (b.reason === 'byline' ? 'byline' : 'boilerplate') : b.kind,
    }));
}

/** A run of text, or a figure's number_text with the figure it stands for. */
export type Segment = { text: string; figure?: undefined } | { text: string; figure: Figure };

export interface Block {
  role: Exclude<LineRole, 'boilerplate'>;
  start: number;
  end: number;
  segments: Segment[];
  figures: Figure[];
}

/**
 * The blocks of the reader. Boilerplate lines are dropped unless a figure sits in them (then they are kept
 * as paragraphs, so that no figure loses its anchor). Throws when figures overlap or fall outside any line.
 */
export function readerBlocks(text: string, figures: readonly Figure[], lines: readonly Line[]): Block[] {
  const sorted = [...figures].sort((a, b) => a.number_start - b.number_start);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i].number_start < sorted[i - 1].number_end) {
      throw new Error(`reader: figures ${sorted[i - 1].figure_id} and ${sorted[i].figure_id} overlap`);
    }
  }
  for (const f of sorted) {
    if (text.slice(f.number_start, f.number_end) !== f.number_text) {
      throw new Error(`reader: ${f.figure_id}: "${f.number_text}" is not at [${f.number_start},${f.number_end})`);
    }
  }
  const placed = new Set<Figure>();
  const blocks: Block[] = [];
  for (const line of lines) {
    const inside = sorted.filter((f) => f.number_start >= line.start && f.number_end <= line.end);
    if (line.role === 'boilerplate' && inside.length === 0) continue;
    const segments: Segment[] = [];
    let at = line.start;
    for (const f of inside) {
      if (f.number_start > at) segments.push({ text: text.slice(at, f.number_start) });
      segments.push({ text: f.number_text, figure: f });
      at = f.number_end;
      placed.add(f);
    }
    if (at < line.end) segments.push({ text: text.slice(at, line.end) });
    const role = line.role === 'boilerplate' ? 'paragraph' : line.role;
    blocks.push({ role, start: line.start, end: line.end, segments, figures: inside });
  }
  const lost = sorted.find((f) => !placed.has(f));
  if (lost) throw new Error(`reader: figure ${lost.figure_id} spans a line break or lies outside the text`);
  return blocks;
}

