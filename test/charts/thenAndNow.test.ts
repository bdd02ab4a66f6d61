import { describe, expect, it } from 'vitest';
import { thenAndNowChart } from '../../src/charts/thenAndNow.ts';
import { chartOptions, fig } from './fake.ts';
import { assertSnapshot, markLinks, parseSvg } from './snapshot.ts';

const en = (id: string) => chartOptions(id, { locale: 'en', title: 'Example: then and now (fake data)', description: 'Fake data for tests.' });
const pair = (label: string, before: number, after: number, more = {}) =>
  [fig(label, before, { period: '2017', unit: 'yuan', ...more }), fig(label, after, { period: '2022', unit: 'yuan', ...more })];

describe('thenAndNowChart', () => {
  it('pairs two periods per row (snapshot, en)', () => {
    const data = [...pair('A', 9000, 15000), ...pair('B', 9500, 7000), fig('C', 12000, { period: '2017', unit: 'yuan', qualifier: 'approx' })];
    assertSnapshot('then-and-now-en', thenAndNowChart(data, en('then-and-now-en')).svg);
  });

  it('draws the earlier period hollow and the later one filled, with an arrow between', () => {
    const root = parseSvg(thenAndNowChart(pair('A', 1, 2), en('styles')).svg);
    expect(root.querySelector('g.xa-before')!.getAttribute('fill')).toBe('transparent');
    expect(root.querySelector('g.xa-after')!.getAttribute('fill')).toMatch(/^var\(--chart-accent/);
    expect(root.querySelectorAll('g.xa-arrow path')).toHaveLength(1);
  });

  it('labels every dot with its value and period, the smaller value on the left', () => {
    const root = parseSvg(thenAndNowChart(pair('B', 9500, 7000), en('labels')).svg);
    const labels = [...root.querySelectorAll('.xa-value text')].map((t) => [t.textContent, t.parentElement!.parentElement!.getAttribute('text-anchor')]);
    expect(labels).toEqual([['CNY 7,000 (2022)', 'end'], ['CNY 9,500 (2017)', 'start']]);
  });

  it('links every dot and label to its source figure', () => {
    const data = [...pair('A', 1, 2), ...pair('B', 3, 4)];
    const links = markLinks(thenAndNowChart(data, en('links')).svg);
    expect(links).toHaveLength(8);
    expect(links.filter((l) => !l.href)).toEqual([]);
    expect(new Set(links.map((l) => l.href))).toEqual(new Set(data.map((d) => d.href)));
  });

  it('draws a target dashed', () => {
    const root = parseSvg(thenAndNowChart([fig('A', 5, { period: '2022' }), fig('A', 8, { period: '2025', kind: 'target' })], en('target')).svg);
    expect(root.querySelector('g.xa-target')!.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(root.querySelector('g.xa-target')!.getAttribute('stroke')).toMatch(/^var\(--chart-target/);
    expect([...root.querySelectorAll('.xa-value text')].map((t) => t.textContent)).toEqual(['5 people (2022)', 'target 8 people (2025)']);
  });

  it('needs exactly two periods, one unit and one figure per row and period', () => {
    expect(() => thenAndNowChart([fig('A', 1)], en('one'))).toThrow(/needs exactly two periods, got 2022/);
    expect(() => thenAndNowChart([fig('A', 1, { period: '2017' }), fig('A', 2, { period: '2020' }), fig('A', 3)], en('three'))).toThrow(/got 2017, 2020, 2022/);
    expect(() => thenAndNowChart([fig('A', 1, { period: '2017' }), fig('A', 2, { unit: 'households' })], en('units'))).toThrow(/no then-and-now chart mixing units/);
    expect(() => thenAndNowChart([...pair('A', 1, 2), fig('A', 3, { period: '2017', unit: 'yuan' })], en('dup'))).toThrow(/two figures for "A" in 2017/);
  });

  it('renders byte-identical output twice', () => {
    const data = [...pair('A', 1, 2), ...pair('B', 3, 4)];
    expect(thenAndNowChart(data, en('again')).svg).toBe(thenAndNowChart(data, en('again')).svg);
  });
});
