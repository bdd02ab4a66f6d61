import { describe, expect, it } from 'vitest';
import { targetActualChart } from '../../src/charts/targetActual.ts';
import { chartOptions, fig } from './fake.ts';
import { assertSnapshot, markLinks, parseSvg } from './snapshot.ts';

const pct = (label: string, value: number, more = {}) => fig(label, value, { unit: 'percent', ...more });

describe('targetActualChart', () => {
  it('groups actuals and targets per label (snapshot, zh)', () => {
    const data = [
      pct('A', 90, { kind: 'target', period: '2023', qualifier: 'at_least' }), pct('A', 85), pct('B', 70, { kind: 'target', period: '2023' }),
    ];
    assertSnapshot('target-actual-zh', targetActualChart(data, chartOptions('target-actual-zh')).svg);
  });

  it('draws targets hollow and dashed with a target label, actuals filled', () => {
    const root = parseSvg(targetActualChart([pct('A', 85), pct('A', 90, { kind: 'target' })], chartOptions('styles')).svg);
    const target = root.querySelector('g.xa-target')!;
    expect(target.getAttribute('fill')).toBe('transparent');
    expect(target.getAttribute('stroke')).toMatch(/^var\(--chart-target/);
    expect(target.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(root.querySelector('g.xa-bar')!.getAttribute('fill')).toMatch(/^var\(--chart-accent/);
    expect([...root.querySelectorAll('.xa-value text')].map((t) => t.textContent)).toEqual(['85%', '目标 90%']);
    const en = targetActualChart([pct('A', 90, { kind: 'target' })], chartOptions('en', { locale: 'en' }));
    expect(parseSvg(en.svg).querySelector('.xa-value text')!.textContent).toBe('target 90%');
  });

  it('puts actuals before targets in each group and names the group once', () => {
    const data = [pct('A', 90, { kind: 'target' }), pct('B', 50), pct('A', 80)];
    const chart = targetActualChart(data, chartOptions('order'));
    const root = parseSvg(chart.svg);
    expect([...root.querySelectorAll('g[text-anchor="end"] text')].map((t) => t.textContent)).toEqual(['A', 'B']);
    expect(chart.table.rows.map((r) => `${r[0].text} ${r[2].text}`)).toEqual(['A 实际', 'A 目标', 'B 实际']);
  });

  it('labels periods on every bar when they differ', () => {
    const chart = targetActualChart([pct('A', 85, { period: '2022' }), pct('A', 90, { kind: 'target', period: '2023' })], chartOptions('periods'));
    const labels = [...parseSvg(chart.svg).querySelectorAll('.xa-value text')].map((t) => t.textContent);
    expect(labels).toEqual(['85%（2022年）', '目标 90%（2023年）']);
  });

  it('links every bar and label to its source figure', () => {
    const data = [pct('A', 85), pct('A', 90, { kind: 'target' }), pct('B', 60, { kind: 'target' })];
    const links = markLinks(targetActualChart(data, chartOptions('links')).svg);
    expect(links).toHaveLength(6);
    expect(links.filter((l) => !l.href)).toEqual([]);
    expect(new Set(links.map((l) => l.href))).toEqual(new Set(data.map((d) => d.href)));
  });

  it('needs a target and one unit', () => {
    expect(() => targetActualChart([pct('A', 85)], chartOptions('none'))).toThrow(/no target among the figures/);
    expect(() => targetActualChart([pct('A', 85), fig('A', 9, { kind: 'target' })], chartOptions('mixed'))).toThrow(/no target-vs-actual chart mixing units/);
  });

  it('renders byte-identical output twice', () => {
    const data = [pct('A', 85), pct('A', 90, { kind: 'target' })];
    expect(targetActualChart(data, chartOptions('again')).svg).toBe(targetActualChart(data, chartOptions('again')).svg);
  });
});
