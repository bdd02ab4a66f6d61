import { describe, expect, it } from 'vitest';
import { chartTable, checkData, kindWord, periodsDiffer, valueText } from '../../src/charts/labels.ts';
import { chartOptions, fig } from './fake.ts';

describe('valueText', () => {
  it('formats the value with qualifier, target word, change sign and period on request', () => {
    expect(valueText(fig('A', 2502, { qualifier: 'approx' }), 'zh', false)).toBe('≈2,502人');
    expect(valueText(fig('A', 90, { unit: 'percent', kind: 'target', qualifier: 'at_least' }), 'zh', true)).toBe('目标 ≥90%（2022年）');
    expect(valueText(fig('A', 90, { unit: 'percent', kind: 'target' }), 'en', true)).toBe('target 90% (2022)');
    expect(valueText(fig('A', 3.3, { unit: 'percentage_points', kind: 'change' }), 'en', false)).toBe('+3.3 pp');
  });
});

describe('checkData', () => {
  it('returns the one unit, and names the chart and figure when data are unusable', () => {
    expect(checkData('bar chart', [fig('A', 1)], chartOptions('x'))).toBe('persons');
    expect(() => checkData('bar chart', [fig('A', Number.NaN)], chartOptions('x'))).toThrow(/bar chart "x": figure fake:\d+: value NaN/);
    expect(() => checkData('bar chart', [fig('A', 1, { href: '' })], chartOptions('x'))).toThrow(/no href to its source/);
    expect(() => checkData('bar chart', [fig('', 1)], chartOptions('x'))).toThrow(/no label/);
    expect(() => checkData('bar chart', [fig('A', 1, { period: '今年' })], chartOptions('x'))).toThrow(/period "今年"/);
  });
});

describe('periodsDiffer', () => {
  it('is true only for more than one period', () => {
    expect(periodsDiffer([fig('A', 1), fig('B', 2)])).toBe(false);
    expect(periodsDiffer([fig('A', 1), fig('B', 2, { period: '2013-2021' })])).toBe(true);
  });
});

describe('chartTable', () => {
  it('adds a series column only when a figure has a series, and localises headers and kinds', () => {
    const plain = chartTable([fig('A', 1)], chartOptions('t', { locale: 'en' }), 'persons');
    expect(plain.headers).toEqual(['Region', 'Period', 'Kind', 'Value (people)']);
    const series = chartTable([fig('A', 1, { series: 'S' })], chartOptions('t', { labelHeader: '县', unitLabel: '人数' }), 'persons');
    expect(series.headers).toEqual(['县', '系列', '时期', '类别', '数值（人数）']);
    expect(series.rows[0].map((c) => c.text)).toEqual(['A', 'S', '2022年', '实际', '1人']);
    expect(kindWord('change', 'en')).toBe('change');
  });
});

describe('checkData hrefs', () => {
  it('accepts site paths and http(s) URLs only', () => {
    expect(checkData('bar chart', [fig('A', 1, { href: '/en/reports/fake/#f-1' })], chartOptions('x'))).toBe('persons');
    expect(() => checkData('bar chart', [fig('A', 1, { href: 'javascript:alert(1)' })], chartOptions('x'))).toThrow(/is not a path or http\(s\) URL/);
  });
});
