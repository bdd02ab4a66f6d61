import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toSimplified } from '../../scripts/pipeline/traditional.ts';
import { FUZZ_RUNS } from './fuzzRuns.ts';
import { REPORT_IDS, seedText } from './seeds.ts';

describe('toSimplified', () => {
  it('reads numerals, units and words of change in Traditional script as simplified', () => {
    expect(toSimplified('5.6萬人、3000戶、十二點五億元')).toBe('5.6万人、3000户、十二点五亿元');
    expect(toSimplified('收入同比增長12%，貸款比上年減少300萬元')).toBe('收入同比增长12%，贷款比上年减少300万元');
    expect(toSimplified('超過五成，近兩成，約1000餘戶')).toBe('超过五成，近两成，约1000余户');
  });
  it('leaves the seed reports, written in simplified script, exactly as they are', () => {
    for (const id of REPORT_IDS) expect(toSimplified(seedText(id)) === seedText(id)).toBe(true);
  });
  it('keeps every offset: one UTF-16 code unit for one, on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
      expect(toSimplified(s)).toHaveLength(s.length);
    }), { numRuns: FUZZ_RUNS });
  });
});
