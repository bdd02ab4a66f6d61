import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { chartOptions, fig } from './fake.ts';
import { assertSnapshot, markLinks, parseSvg } from './snapshot.ts';

const options = chartOptions;

describe('barChart', () => {
  it('compares regions (snapshot, zh)', () => {
    const chart = barChart([fig('B', 1200, { qualifier: 'approx' }), fig('A', 2502), fig('丙区', 300, { qualifier: 'at_least' })], options('bar-zh'));
    assertSnapshot('bar-zh', chart.svg);
  });

  it('draws changes either side of zero with signed labels (snapshot, en)', () => {
    const data = [fig('A', 3.3, { unit: 'percentage_points', kind: 'change' }), fig('B', -1.2, { unit: 'percentage_points', kind: 'change' })];
    const chart = barChart(data, options('bar-en-change', { locale: 'en', title: 'Example: change', description: 'Fake data.' }));
    assertSnapshot('bar-en-change', chart.svg);
    expect(chart.svg).toContain('>+3.3 pp<');
    expect(chart.svg).toContain('>\u22121.2 pp<');
  });

  it('colours results by year, oldest lightest, and names the years in a legend; one year needs none', () => {
    const data = [fig('A', 300, { period: '2021' }), fig('B', 200, { period: '2023' }), fig('C', 100, { period: '2021' })];
    const chart = barChart(data, options('years', { locale: 'en' }));
    const doc = parseSvg(chart.svg);
    const fills = [...doc.querySelectorAll('.xa-bar rect')].map((r) => r.getAttribute('fill'));
    expect(fills).toEqual(['var(--chart-year-2, #5686b0)', 'var(--chart-accent, #3b7fc4)', 'var(--chart-year-2, #5686b0)']);
    expect([...doc.querySelectorAll('.xa-legend text')].map((t) => t.textContent)).toEqual(['2021', '2023']);
    const single = parseSvg(barChart([fig('A', 3), fig('B', 2)], options('one-year')).svg);
    expect(single.querySelectorAll('.xa-legend').length).toBe(0);
  });

  it('puts long row labels above their bars on a phone, instead of giving up the phone layout', () => {
    const long = ['Qiandongnan Miao and Dong Autonomous Prefecture', 'Jilin Province', 'Gongzhuling (county-level city)'];
    const data = long.map((name, i) => fig(name, 100 * (i + 1)));
    expect(() => barChart(data, options('long', { locale: 'en', width: 360 }))).toThrow(/too long for width 360/);
    const chart = barChart(data, options('long', { locale: 'en', width: 360, labelsAbove: true }));
    const doc = parseSvg(chart.svg);
    expect([...doc.querySelectorAll('.xa-tick text')].map((t) => t.textContent).sort()).toEqual([...long].sort());
    expect(doc.getAttribute('viewBox')).toMatch(/^0 0 360 /);
    // Each label sits above its own bar: label rows and bar rows alternate, top to bottom.
    const y = (el: Element) => { const t = /translate\([^,]+,([\d.]+)\)/.exec(el.getAttribute('transform') ?? ''); return Number(t ? t[1] : el.getAttribute('y')); };
    const labels = [...doc.querySelectorAll('.xa-tick text')].map(y);
    const bars = [...doc.querySelectorAll('.xa-bar rect')].map(y);
    expect(labels.every((v) => Number.isFinite(v))).toBe(true);
    for (const ly of labels) expect(bars.some((by) => by > ly && by - ly < 30)).toBe(true);
  });

  it('refuses to mix units', () => {
    expect(() => barChart([fig('A', 1), fig('B', 2, { unit: 'households' })], options('mixed'))).toThrow(/no bar chart mixing units \(persons, households\)/);
  });

  it('refuses empty data and two figures for one row', () => {
    expect(() => barChart([], options('empty'))).toThrow(/bar chart "empty": no data/);
    expect(() => barChart([fig('A', 1), fig('A', 2)], options('dup'))).toThrow(/two figures for "A" in 2022 \(fake:\d+, fake:\d+\)/);
  });

  it('links every bar and label to its source figure', () => {
    const data = [fig('A', 10), fig('B', 20), fig('C', 5, { kind: 'target' })];
    const links = markLinks(barChart(data, options('links')).svg);
    expect(links).toHaveLength(6); // a bar and a label per figure
    expect(links.filter((l) => !l.href)).toEqual([]);
    expect(new Set(links.map((l) => l.href))).toEqual(new Set(data.map((d) => d.href)));
  });

  it('sorts largest first unless told to keep the given order', () => {
    const data = [fig('A', 1), fig('B', 3), fig('C', 2)];
    const ticks = (svg: string) => [...parseSvg(svg).querySelectorAll('g[text-anchor="end"] text')].map((t) => t.textContent);
    expect(ticks(barChart(data, options('sorted')).svg)).toEqual(['B', 'C', 'A']);
    expect(ticks(barChart(data, { ...options('kept'), sort: 'data' }).svg)).toEqual(['A', 'B', 'C']);
  });

  it('labels periods only when they differ, and tells repeated labels apart by period', () => {
    const labels = (svg: string) => [...parseSvg(svg).querySelectorAll('.xa-value text')].map((t) => t.textContent);
    expect(labels(barChart([fig('A', 1), fig('B', 2)], options('same')).svg)).toEqual(['2人', '1人']);
    const mixed = barChart([fig('A', 1, { period: '2017' }), fig('A', 2)], options('mixed-periods'));
    expect(mixed.svg).toContain('>1人（2017年）<');
    expect(mixed.svg).toContain('>A 2022年<');
  });

  it('draws targets as dashed outlines and actuals filled', () => {
    const root = parseSvg(barChart([fig('A', 10), fig('B', 8, { kind: 'target' })], options('kinds')).svg);
    const target = root.querySelector('g.xa-target')!;
    expect(target.getAttribute('stroke')).toMatch(/^var\(--chart-target/);
    expect(target.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(target.getAttribute('fill')).toBe('transparent');
    expect(target.querySelectorAll('rect')).toHaveLength(1);
    expect(root.querySelector('g.xa-bar')!.getAttribute('fill')).toMatch(/^var\(--chart-accent/);
    expect(root.querySelector('g.xa-bar')!.querySelectorAll('rect')).toHaveLength(1);
  });

  it('returns the numbers as a table with links to the sources', () => {
    const data = [fig('A', 2502), fig('B', 300, { qualifier: 'approx' })];
    const { table } = barChart(data, options('table'));
    expect(table.headers).toEqual(['地区', '时期', '类别', '数值（人）']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([['A', '2022年', '实际', '2,502人'], ['B', '2022年', '实际', '≈300人']]);
    expect(table.rows.map((r) => r[3].href)).toEqual(data.map((d) => d.href));
  });

  it('renders byte-identical output twice', () => {
    const data = [fig('A', 10), fig('B', 20)];
    expect(barChart(data, options('again')).svg).toBe(barChart(data, options('again')).svg);
  });
});
