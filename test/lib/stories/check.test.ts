import { describe, expect, it } from 'vitest';
import { checkStoryBody } from '../../../src/lib/stories/check.ts';
import type { CiteSource } from '../../../src/lib/cite.ts';
import type { Figure } from '../../../src/lib/data.ts';

const fig = (n: number, over: Partial<Figure> = {}): Figure => ({
  figure_id: `demo:${n}`, report: 'demo', region_code: 'A', town_code: '', period: '2022', indicator: 'monitored', subject: '监测对象', value: 10 * n, value_to: null,
  unit: 'persons', qualifier: 'exact', kind: 'actual', basis: '', number_text: `${10 * n}人`, number_start: n, number_end: n + 3, quote: '监测对象',
  start: n, end: n + 3, correction: '', ...over,
});
const a = fig(1);
const b = fig(2, { indicator: 'removed', value: 5 });
const source: CiteSource = { figures: [a, b], region: () => undefined };

describe('checkStoryBody', () => {
  it('resolves every tag and collects the figures and the charts placed', () => {
    const mdx = '---\ntitle: x\n---\n监测<Cite indicator="monitored" />，消除<Derived op="share" indicator="removed" over="monitored" />。\n<Chart id="story-a" />\n';
    const check = checkStoryBody(mdx, 'zh/x.mdx', source, ['story-a', 'story-b']);
    expect(check.figures).toEqual([a, b]);
    expect(check.placedCharts).toEqual(['story-a']);
  });

  it('names the file and line of a citation that does not resolve', () => {
    expect(() => checkStoryBody('---\ntitle: x\n---\n\n<Cite indicator="nothing" />', 'en/y.mdx', source, []))
      .toThrow(/^en\/y\.mdx:5: <Cite>: indicator="nothing" matches no figure/);
  });

  it('refuses charts the story’s chart file does not declare, charts placed twice and unknown components', () => {
    expect(() => checkStoryBody('<Chart id="story-z" />', 'f', source, ['story-a'])).toThrow(/f:1: <Chart id="story-z"> is not one of the story's charts \(story-a\)/);
    expect(() => checkStoryBody('<Chart id="story-z" />', 'f', source, [])).toThrow(/is not one of the story's charts \(none\)/);
    expect(() => checkStoryBody('<Chart id="story-a" />\n<Chart id="story-a" />', 'f', source, ['story-a'])).toThrow(/f:2: .* placed twice/);
    expect(() => checkStoryBody('<Number value="3" />', 'f', source, [])).toThrow(/<Number> is not a story component/);
  });
});
