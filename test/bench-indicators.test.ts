import { describe, expect, it } from 'vitest';
import { formatDevset, scoreDevset, type DevSentence } from '../scripts/bench-indicators.ts';

describe('the development-set score', () => {
  // Three sentences of this test's own: one right, one tagged where no indicator fits, one figure missed.
  const set: DevSentence[] = [
    { s: '全县脱贫人口人均纯收入达到15020元。', f: [[15020, 'yuan', 'actual', 'exited_income_per_capita']] },
    { s: '全县脱贫人口人均纯收入达到15020元。', f: [[15020, 'yuan', 'actual', '']] },
    { s: '全县有林地面积88万亩。', f: [[880000, 'mu', 'actual', 'grain_area']] },
  ];
  const score = scoreDevset('data', set);

  it('counts coverage against expected keys and precision against tagged figures', () => {
    expect(score).toMatchObject({ sentences: 3, figures: 3, found: 3, expectedTagged: 2, tagged: 2, right: 1 });
    expect(score.wrongTags).toEqual([expect.objectContaining({ got: 'exited_income_per_capita', want: '(none)' })]);
    expect(score.missed).toEqual([expect.objectContaining({ want: 'grain_area' })]);
    expect(score.perIndicator.find((p) => p.key === 'exited_income_per_capita')).toEqual({ key: 'exited_income_per_capita', expected: 1, tagged: 2, right: 1 });
  });

  it('prints the overall and per-indicator table', () => {
    const text = formatDevset(score);
    expect(text).toMatch(/coverage 50\.0% \(1\/2\), precision 50\.0% \(1\/2\)/);
    expect(text).toMatch(/exited_income_per_capita\s+1\s+2\s+1\s+100\.0%\s+50\.0%/);
  });
});
