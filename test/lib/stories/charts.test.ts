import { describe, expect, it } from 'vitest';
import { storyChartRows, storyCharts, storyChartSpecs, storyChartsOf, type StoryChart } from '../../../src/lib/stories/charts.ts';
import { renderSpec } from '../../../src/lib/chartRegistry.ts';
import { figures, findRegion } from '../../../src/lib/data.ts';
import type { Figure } from '../../../src/lib/data.ts';
import { LOCALES } from '../../../src/i18n/index.ts';

const real = { figures: figures(), region: findRegion };

describe('story charts', () => {
  it('have unique ids of the story-… shape and words in both languages', () => {
    const ids = storyCharts().map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of storyCharts()) {
      expect(c.id).toMatch(/^story-[a-z0-9-]+$/);
      for (const l of LOCALES) expect(c.title[l].trim(), c.id).not.toBe('');
      expect(c.rows.length, c.id).toBeGreaterThan(0);
    }
  });

  it('select one real figure per row, in one unit per chart', () => {
    for (const chart of storyCharts()) {
      const rows = storyChartRows(chart, real);
      expect(new Set(rows.map((r) => r.figure.unit)).size, chart.id).toBe(1);
      expect(new Set(rows.map((r) => r.figure.figure_id)).size, chart.id).toBe(rows.length);
      if (chart.type === 'targetActual') expect(rows.some((r) => r.figure.kind === 'target'), chart.id).toBe(true);
      if (chart.type === 'thenAndNow') {
        // Each row label is measured in both periods, so every dot has its pair.
        expect(new Set(rows.map((r) => r.figure.period)).size, chart.id).toBe(2);
        const labels = rows.map((r) => r.label?.en ?? r.region.code);
        for (const l of new Set(labels)) expect(labels.filter((x) => x === l), `${chart.id}: ${l}`).toHaveLength(2);
      }
    }
  });

  it('become registry specs on their story’s page, and render in both languages', () => {
    for (const spec of storyChartSpecs()) {
      const chart = storyCharts().find((c) => c.id === spec.id)!;
      expect(spec.page).toBe(`/stories/${chart.story}/`);
      for (const l of LOCALES) {
        const r = renderSpec(spec, l);
        expect(r.title).toBe(chart.title[l]);
        if (chart.note) expect(r.description).toContain(chart.note[l]);
      }
    }
    expect(storyChartsOf('income').map((c) => c.id)).toContain('story-income-levels');
  });

  it('name the file line, the chart and the row when a selection fails', () => {
    const f = (n: number): Figure => ({
      figure_id: `demo:${n}`, report: 'demo', region_code: 'A', town_code: '', period: '2022', indicator: 'x', subject: '', value: n, value_to: null, unit: 'count',
      qualifier: 'exact', kind: 'actual', basis: '', number_text: `${n}个`, number_start: n, number_end: n + 2, quote: '', start: n, end: n + 2, correction: '',
    });
    const chart: StoryChart = { id: 'story-demo', story: 'demo', type: 'bar', title: { zh: '示例', en: 'Demo' }, what: { zh: '示例', en: 'Demo' }, rows: [{ select: { indicator: 'x' } }] };
    expect(() => storyChartRows(chart, { figures: [f(1), f(2)], region: () => undefined })).toThrow(/^chart "story-demo" row 1: indicator="x" matches 2 figures/);
    expect(() => storyChartRows(chart, { figures: [f(1)], region: () => undefined })).toThrow(/chart "story-demo" row 1: no region A/);
    const placed = { ...chart, rowPlaces: ['src/content/storyCharts/demo.yml:9'] };
    expect(() => storyChartRows(placed, { figures: [], region: () => undefined })).toThrow(/^src\/content\/storyCharts\/demo\.yml:9: chart "story-demo" row 1: indicator="x" matches no figure/);
  });
});

describe('story chart words', () => {
  it('title each chart with a finding, not the name of what is measured, and give the measure in the subtitle', () => {
    for (const chart of storyCharts()) {
      for (const locale of ['zh', 'en'] as const) {
        expect(chart.title[locale], chart.id).not.toBe(chart.what[locale]);
        // A finding is a clause: it names a place or compares (no bare label).
        expect(chart.title[locale], chart.id).toMatch(locale === 'zh' ? /[省市县]|安顺|四平|吉林|兰西|[多少高低]/ : /\b(Anshun|Siping|Jilin|Lanxi|more|higher|fastest|close)\b/);
      }
    }
  });
});
