// The unit vocabulary: one record per unit, read by the parser (words) and the formatter (nouns).
import { describe, expect, it } from 'vitest';
import { UNIT_VOCABULARY, UNIT_WORDS, UNITS } from '../../src/schema/units.ts';
import { findNumbers } from '../../scripts/pipeline/numbers.ts';

describe('UNIT_WORDS', () => {
  it('lists every word of every unit once, each word naming one unit', () => {
    const words = UNIT_WORDS.map(([w]) => w);
    expect(new Set(words).size).toBe(words.length);
    expect(words.length).toBe(UNITS.reduce((n, u) => n + UNIT_VOCABULARY[u].words.length, 0));
  });

  it('puts a word before every shorter word it starts with, so the first match is the longest', () => {
    UNIT_WORDS.forEach(([word], i) => {
      for (const [later] of UNIT_WORDS.slice(i + 1)) expect(later.startsWith(word) && later !== word, `${word} before ${later}`).toBe(false);
    });
  });

  it('the parser reads the longer word: 个百分点 not 个, 人次 not 人', () => {
    const [pp] = findNumbers('提高3.3个百分点');
    const [times] = findNumbers('培训1200人次');
    expect([pp.unit, pp.unitText, times.unit, times.unitText]).toEqual(['percentage_points', '个百分点', 'person_times', '人次']);
  });
});
