import * as Plot from '@observablehq/plot';
import { describe, expect, it, vi } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { chartClass, chartIds, renderChart, roundNumbers } from '../../src/charts/render.ts';
import { chartOptions, fig } from './fake.ts';
import { parseSvg } from './snapshot.ts';

const table = { headers: [], rows: [] };
const dots = (id: string, more = {}) =>
  renderChart({ height: 60, marks: [Plot.dot([1, 2, 3], { x: (d: number) => d / 3 })] }, chartOptions(id, more), table);

describe('renderChart', () => {
  it('names the chart with a <title> and <desc> that its role="group" points to', () => {
    const root = parseSvg(dots('named').svg);
    expect(root.getAttribute('role')).toBe('group');
    const { title, desc } = chartIds('named');
    expect(root.getAttribute('aria-labelledby')).toBe(title);
    expect(root.getAttribute('aria-describedby')).toBe(desc);
    expect(root.querySelector(`title#${title}`)!.textContent).toBe('示例图表（假数据）');
    expect(root.querySelector(`desc#${desc}`)!.textContent).toBe('假数据，仅供测试。');
    expect(root.firstElementChild!.localName).toBe('title');
  });

  it('uses only ids and classes derived from the chart id, and no script', () => {
    const { svg } = barChart([fig('A', 1), fig('B', 2, { kind: 'target' })], chartOptions('stable'));
    const root = parseSvg(svg);
    expect([...root.querySelectorAll('[id]')].map((e) => e.id)).toEqual(['stable-title', 'stable-desc']);
    expect(root.getAttribute('class')).toBe(chartClass('stable'));
    expect(svg).not.toMatch(/plot-|<script|on[a-z]+=/);
  });

  it('escapes text and attributes taken from the data', () => {
    const { svg } = barChart([fig('A&B <i>', 1, { href: '/reports/fake/?a="1"&b=2#f-1' })], chartOptions('escaped', { title: 'T <b>&' }));
    expect(parseSvg(svg).querySelector('i')).toBeNull();
    expect(svg).toContain('>A&amp;B &lt;i&gt;<');
    expect(svg).toContain('<title id="escaped-title">T &lt;b&gt;&amp;</title>');
    expect(parseSvg(svg).querySelector('a')!.getAttribute('href')).toBe('/reports/fake/?a="1"&b=2#f-1');
  });

  it('fails when Plot warns instead of shipping a ⚠️', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    // A number-like string channel makes Plot warn that it is treating strings as ordinal.
    const marks = [Plot.dot(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'], { x: (d: string) => d })];
    expect(() => renderChart({ height: 60, marks }, chartOptions('warned'), table)).toThrow(/Plot warned/);
  });

  it('scales to its container from a viewBox, default 640 wide', () => {
    const root = parseSvg(dots('sized').svg);
    expect(root.getAttribute('viewBox')).toBe('0 0 640 60');
    expect(root.getAttribute('style')).toContain('width:100%');
    expect(parseSvg(dots('wide', { width: 800 }).svg).getAttribute('viewBox')).toBe('0 0 800 60');
  });

  it('takes font and colours from the page', () => {
    const { svg } = barChart([fig('A', 1), fig('B', 2, { kind: 'target' })], chartOptions('colours'));
    const root = parseSvg(svg);
    expect(root.getAttribute('font-family')).toBe('inherit');
    expect(root.getAttribute('fill')).toBe('currentColor');
    const paints = [...root.querySelectorAll('[fill], [stroke]')].flatMap((e) => [e.getAttribute('fill'), e.getAttribute('stroke')]);
    for (const paint of paints.filter((p) => p !== null)) {
      expect(paint).toMatch(/^(currentColor|none|transparent|inherit|var\(--chart-[a-z]+, #[0-9a-f]{6}\))$/);
    }
  });

  it('rounds coordinates to two decimals', () => {
    const { svg } = dots('rounded');
    expect(svg).not.toMatch(/\d\.\d{3}/);
    expect(roundNumbers('translate(1.23456,-0.004) M1.005,2')).toBe('translate(1.23,0) M1,2');
  });

  it('rejects ids that cannot be element ids or classes, and charts without title or alt text', () => {
    expect(() => dots('Bad id')).toThrow(/chart id "Bad id" must match/);
    expect(() => dots('no-title', { title: '' })).toThrow(/no title/);
    expect(() => dots('no-desc', { description: '' })).toThrow(/no description/);
  });
});
