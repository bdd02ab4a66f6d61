import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { barChart } from '../../src/charts/bar.ts';
import { renderChart } from '../../src/charts/render.ts';
import { chartOptions, fig } from './fake.ts';
import { assertSnapshot, parseSvg } from './snapshot.ts';

// Standalone text is added through renderChart, so these tests render whole charts.
const dots = (id: string, more = {}) =>
  renderChart({ height: 60, marks: [Plot.dot([1, 2, 3], { x: (d: number) => d })] }, chartOptions(id, more), { headers: [], rows: [] });

describe('addStandaloneText', () => {
  it('draws title, subtitle and source line inside a standalone chart (snapshot)', () => {
    const options = { standalone: true, subtitle: '单位：人', source: '来源：假数据 Fake data' };
    const plain = parseSvg(barChart([fig('A', 10), fig('B', 4)], chartOptions('plain')).svg);
    const { svg } = barChart([fig('A', 10), fig('B', 4)], chartOptions('standalone', options));
    const root = parseSvg(svg);
    const texts = [...root.children].filter((e) => e.localName === 'text').map((e) => e.textContent);
    expect(texts).toEqual(['示例图表（假数据）', '单位：人', '来源：假数据 Fake data']);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(Number(plain.getAttribute('height')) + 40);
    assertSnapshot('bar-standalone', svg);
  });

  it('wraps a long standalone title to the width', () => {
    const title = '这是一个很长的标题'.repeat(8);
    const root = parseSvg(dots('long', { standalone: true, title, width: 320 }).svg);
    const lines = [...root.children].filter((e) => e.localName === 'text').map((e) => e.textContent);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join('')).toBe(title);
  });
});
