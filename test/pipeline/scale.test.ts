// The stages at a scale no seed reaches, for behaviour (time is the bench's job): many numbers in one text, and
// one long paragraph with no punctuation at all, where the look-around windows of limits.ts take effect.
import { describe, expect, it } from 'vitest';
import { clean } from '../../scripts/pipeline/clean.ts';
import { CLAUSE_WINDOW } from '../../scripts/pipeline/limits.ts';
import { findNumbers } from '../../scripts/pipeline/numbers.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { regionCodeSet } from '../../scripts/pipeline/gazetteer.ts';
import { validateFigures } from '../../scripts/pipeline/validate.ts';
import type { Figure } from '../../scripts/pipeline/types.ts';
import { contextOf, reference, seedText } from './seeds.ts';

const known = { regions: regionCodeSet(reference.gazetteer), indicators: new Map(reference.indicators.map((i) => [i.key, i])) };

function extract(text: string, id = 'siping-2022' as const) {
  const ctx = contextOf(id);
  const out = extractOne(text, ctx, reference);
  return { ...out, errors: validateFigures(out.figures, out.mentions, { ...known, texts: new Map([[ctx.id, text]]) }) };
}

/** A figure without where it is: what it says. */
const what = (f: Figure, shift: number) => ({ ...f, figure_id: '', number_start: f.number_start - shift, number_end: f.number_end - shift, start: f.start - shift, end: f.end - shift });

describe('many numbers in one text', () => {
  it('a seed body repeated until it holds over 10,000 numbers gives every copy the figures of the first', () => {
    const body = clean(seedText('siping-2022')).text; // boilerplate out, so copies do not end at a footer
    const copies = Math.ceil(10_000 / findNumbers(body).length);
    const text = Array.from({ length: copies }, () => body).join('\n');
    const { figures, mentions, errors } = extract(text);
    expect(errors).toEqual([]);
    expect(mentions.length).toBeGreaterThan(10_000);
    const first = extract(body).figures;
    expect(figures).toHaveLength(first.length * copies);
    const step = body.length + 1;
    for (let c = 0; c < copies; c++) {
      const copy = figures.slice(c * first.length, (c + 1) * first.length).map((f) => what(f, c * step));
      expect(copy).toEqual(first.map((f) => what(f, 0)));
    }
  });
});

describe('a long paragraph without punctuation', () => {
  // Every mark and line break taken out of a seed, repeated: some 100,000 characters in one clause.
  const unpunctuated = clean(seedText('siping-2022')).text.replace(/[。！？!?；;，,：:、\n\s]/g, '');
  const text = `${unpunctuated.repeat(Math.ceil(100_000 / unpunctuated.length))}\n`;

  it('still finds and accounts for every number, with valid figures and quotes no longer than the windows', () => {
    const { figures, mentions, errors } = extract(text);
    expect(errors).toEqual([]);
    // Every number is a mention (place words the gazetteer does not know are mentions too, of their own status).
    expect(mentions.filter((m) => m.status !== 'unknown_place')).toHaveLength(findNumbers(text).length);
    expect(figures.length).toBeGreaterThan(1000);
    // A quote is the figure's clause, perhaps with the one before it: each at most a window either side.
    for (const f of figures) expect(f.end - f.start).toBeLessThanOrEqual(4 * CLAUSE_WINDOW);
  });

  it('reads a number the same way whatever lies beyond the window', () => {
    // The same stretch, alone and in the middle of the long text, gives the same figures once the windows are full.
    const { figures } = extract(text);
    const mid = figures.filter((f) => f.number_start > 2 * CLAUSE_WINDOW && f.number_end < text.length - 2 * CLAUSE_WINDOW);
    const byValue = new Map(mid.map((f) => [`${f.number_start}`, f]));
    const from = Math.floor(text.length / 2);
    const piece = text.slice(from - 4 * CLAUSE_WINDOW, from + 4 * CLAUSE_WINDOW);
    const alone = extract(piece).figures.filter((f) => f.number_start > 2 * CLAUSE_WINDOW && f.number_end < piece.length - 2 * CLAUSE_WINDOW);
    expect(alone.length).toBeGreaterThan(5);
    for (const f of alone) {
      const g = byValue.get(`${f.number_start + from - 4 * CLAUSE_WINDOW}`)!;
      expect({ value: g.value, unit: g.unit, kind: g.kind, indicator: g.indicator, subject: g.subject, region: g.region_code })
        .toEqual({ value: f.value, unit: f.unit, kind: f.kind, indicator: f.indicator, subject: f.subject, region: f.region_code });
    }
  });
});
