import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { validateFigures, type Known } from '../../scripts/pipeline/validate.ts';
import type { Figure, Mention } from '../../scripts/pipeline/types.ts';
import { figuresOf, real, reference } from './seeds.ts';

const TEXT = real('siping-2022', '全市新建农村公路384.71公里,改造危桥10座');
const known: Known = {
  texts: new Map([['siping-2022', TEXT]]),
  regions: new Set(reference.regions.map((r) => r.code)),
  indicators: new Map(reference.indicators.map((i) => [i.key, i])),
};
const good = figuresOf(TEXT, 'siping-2022');
const mentions: Mention[] = good.map((f) => ({ report: f.report, start: f.number_start, end: f.number_end, text: f.number_text, status: 'figure', figure_id: f.figure_id, reason: '' }));
/** Errors after breaking the first figure with `change`. */
const errorsWith = (change: Partial<Figure>, ms = mentions) => validateFigures([{ ...good[0], ...change }, ...good.slice(1)], ms, known);

describe('validateFigures', () => {
  it('the real outputs keep every invariant', () => {
    expect(good.map((f) => f.number_text)).toEqual(['384.71公里', '10座']);
    expect(validateFigures(good, mentions, known)).toEqual([]);
    expect(() => runPipeline('data')).not.toThrow(); // runPipeline validates and throws on any error
  });

  it('names the figure and the broken invariant', () => {
    const id = good[0].figure_id;
    const [f] = good;
    expect([f.start, f.end, f.quote]).toEqual([0, 16, '全市新建农村公路384.71公里']);
    expect(errorsWith({ quote: '全市新建农村公路384.7' })).toEqual([`figure ${id}: quote is not verbatim at [0, 16)`]);
    expect(errorsWith({ number_text: '384.7公里' })[0]).toBe(`figure ${id}: number_text is not verbatim at [8, 16)`);
    expect(errorsWith({ start: 9, quote: TEXT.slice(9, 16) })).toEqual([`figure ${id}: the number lies outside its quote`]);
    expect(errorsWith({ region_code: '999999' })).toEqual([`figure ${id}: unknown region 999999`]);
    expect(errorsWith({ unit: 'li' as Figure['unit'] })[0]).toBe(`figure ${id}: unknown unit li`);
    expect(errorsWith({ kind: 'guess' as Figure['kind'] })).toEqual([`figure ${id}: unknown kind guess`]);
    expect(errorsWith({ qualifier: 'about' as Figure['qualifier'] })).toEqual([`figure ${id}: unknown qualifier about`]);
    expect(errorsWith({ period: '22' })).toEqual([`figure ${id}: bad period 22`]);
    expect(errorsWith({ value: Number.NaN })).toEqual([`figure ${id}: value NaN is not a safe finite number`]);
    expect(errorsWith({ value: 1e30 })).toEqual([`figure ${id}: value 1e+30 is not a safe finite number`]);
    expect(errorsWith({ indicator: 'no_such_thing' })).toEqual([`figure ${id}: unknown indicator no_such_thing`]);
    expect(errorsWith({ indicator: 'bridging_funds' })).toEqual([`figure ${id}: unit km does not fit indicator bridging_funds (yuan)`]);
    expect(errorsWith({ report: 'elsewhere' })[0]).toBe(`figure ${id}: unknown report elsewhere`);
  });

  it('a duplicate figure_id, a mention not verbatim, a mention of a missing figure', () => {
    expect(validateFigures([good[0], good[0]], mentions, known)).toContain(`figure ${good[0].figure_id}: duplicate figure_id`);
    const bad = [{ ...mentions[0], text: '384' }, { ...mentions[1], figure_id: 'siping-2022:1' }];
    expect(validateFigures(good, bad, known)).toEqual([
      `mention siping-2022:${good[0].number_start}: text is not verbatim`,
      `mention siping-2022:${good[1].number_start}: figure siping-2022:1 missing`,
    ]);
  });
});
