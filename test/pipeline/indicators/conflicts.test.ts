import { describe, expect, it } from 'vitest';
import { conflictWarnings, findConflicts } from '../../../scripts/pipeline/indicators/conflicts.ts';
import type { Figure } from '../../../scripts/pipeline/types.ts';

const fig = (id: string, value: number, over: Partial<Figure> = {}): Figure => ({
  figure_id: `r:${id}`, report: 'r', region_code: '520400', town_code: '', period: '2023', indicator: 'workshop_workers', subject: '', value,
  value_to: null, unit: 'persons', qualifier: 'exact', kind: 'actual', basis: '', number_text: `${value}人`, number_start: 0, number_end: 1,
  quote: `吸纳${value}人`, start: 0, end: 1, correction: '', ...over,
});

describe('findConflicts', () => {
  it('two values of one region, period, indicator and kind conflict; the warning names both figures', () => {
    const [c] = findConflicts([fig('1', 3226), fig('2', 1056)]);
    expect(c.sameValue).toBe(false);
    expect(conflictWarnings([c])[0]).toMatch(/^conflict .*r:1 3226人.* vs r:2 1056人/);
  });
  it('the same value twice is a restatement; a stock beside a flow, or another region, is not a conflict', () => {
    expect(findConflicts([fig('1', 5), fig('2', 5)])[0].sameValue).toBe(true);
    expect(findConflicts([fig('1', 5, { basis: 'stock' }), fig('2', 7, { basis: 'flow' })])).toEqual([]);
    expect(findConflicts([fig('1', 5), fig('2', 7, { region_code: '520402' })])).toEqual([]);
    expect(findConflicts([fig('1', 5), fig('2', 7, { indicator: '' })])).toEqual([]);
  });
});
