import { describe, expect, it } from 'vitest';
import { reviewQueue } from '../scripts/review.ts';
import { runPipeline } from '../scripts/pipeline/run.ts';

describe('npm run review', () => {
  const result = runPipeline('data');
  const text = reviewQueue(result, 5);
  it('groups unclassified figures by their words, most frequent first, and counts them all', () => {
    const unclassified = result.figures.filter((f) => !f.indicator).length;
    expect(text).toContain(`## unclassified figures: ${unclassified} of ${result.figures.length}`);
    const counts = text.split('## unknown')[0].split('\n').slice(1, 6).map((l) => Number(l.trim().split(/\s+/)[0]));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });
  it('says when no place warnings exist, lists conflicts and weak cues', () => {
    expect(text).toMatch(/## unknown place-like words\nnone reported/);
    expect(text).toMatch(/## conflicts: 0/);
    const weak = (result.weak ?? []).filter((id) => result.figures.find((f) => f.figure_id === id && f.indicator && !f.correction));
    expect(text).toContain(`weak cue (only the clause before names it): ${weak.length}`);
    expect(weak.length).toBeGreaterThan(0);
  });
  it('reports a conflict the corpus would have without its corrections', () => {
    const figures = result.figures.map((f) => (f.figure_id === 'lanxi-2023-plan:5626' ? { ...f, indicator: 'dilapidated_houses_renovated' } : f));
    expect(reviewQueue({ ...result, figures }, 5)).toMatch(/## conflicts: 1\nrestated .*lanxi-2023-plan:2326 1125户.*lanxi-2023-plan:5626/);
  });
});
