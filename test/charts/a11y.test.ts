import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { renderChart } from '../../src/charts/render.ts';
import { thenAndNowChart } from '../../src/charts/thenAndNow.ts';
import { chartOptions, fig } from './fake.ts';
import { parseSvg } from './snapshot.ts';

const table = { headers: [], rows: [] };

describe('labelLinks', () => {
  it('gives each figure one named, focusable link and hides the shape linking to the same place', () => {
    const data = [fig('A', 2502), fig('B', 300, { kind: 'target', qualifier: 'at_least' })];
    const root = parseSvg(barChart(data, chartOptions('named-links')).svg);
    const reachable = [...root.querySelectorAll('a:not([aria-hidden])')];
    expect(reachable.map((a) => [a.getAttribute('aria-label'), a.getAttribute('href')])).toEqual([
      ['A：2,502人（2022年）', data[0].href], ['B：目标 ≥300人（2022年）', data[1].href],
    ]);
    expect(reachable.every((a) => a.firstElementChild!.localName === 'text' && !a.hasAttribute('tabindex'))).toBe(true);
    const hidden = [...root.querySelectorAll('a[aria-hidden="true"]')];
    expect(hidden).toHaveLength(2);
    expect(hidden.every((a) => a.getAttribute('tabindex') === '-1' && a.firstElementChild!.localName === 'rect')).toBe(true);
  });

  it('names dots in the then-and-now chart with row, value and period', () => {
    const data = [fig('A', 1, { period: '2017' }), fig('A', 2)];
    const root = parseSvg(thenAndNowChart(data, chartOptions('dots', { locale: 'en' })).svg);
    expect([...root.querySelectorAll('a[aria-label]')].map((a) => a.getAttribute('aria-label'))).toEqual(['A: 1 person (2017)', 'A: 2 people (2022)']);
  });

  it('refuses a mark whose source no value label links to', () => {
    const marks = [Plot.dot([1], { x: (d: number) => d, href: () => '/reports/fake/#f-1' })];
    expect(() => renderChart({ height: 40, marks }, chartOptions('unlabelled'), table)).toThrow(/mark linking to \/reports\/fake\/#f-1 has no value label/);
  });

  it('refuses a text link without a name', () => {
    const marks = [Plot.text(['x'], { x: () => 1, text: (d: string) => d, href: () => '/reports/fake/#f-1' })];
    expect(() => renderChart({ height: 40, marks }, chartOptions('nameless'), table)).toThrow(/no aria-label to name it/);
  });
});

describe('hideAxes', () => {
  it('hides the tick labels, which the link names repeat', () => {
    const root = parseSvg(barChart([fig('A', 1)], chartOptions('axes')).svg);
    const ticks = [...root.querySelectorAll('text')].find((t) => t.textContent === 'A')!;
    expect(ticks.parentElement!.getAttribute('aria-hidden')).toBe('true');
  });
});
