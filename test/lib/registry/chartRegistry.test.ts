import { describe, expect, it } from 'vitest';
import { allChartSpecs, chartSpec, indicatorChartSpec, renderSpec } from '../../../src/lib/registry/chartRegistry.ts';
import { figureById, indicators } from '../../../src/lib/queries/data.ts';
import { LOCALES } from '../../../src/i18n/index.ts';

describe('the chart registry', () => {
  const specs = allChartSpecs();

  it('has a chart for every indicator with chartable figures, ids stable in shape and unique', () => {
    expect(specs.length).toBeGreaterThan(0);
    const ids = specs.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9-]*$/);
    for (const ind of indicators()) {
      const spec = indicatorChartSpec(ind);
      if (spec) expect(chartSpec(spec.id).page).toBe(`/indicators/${ind.key}/`);
    }
  });

  it('renders every chart in both languages with words, and links every mark to a real figure', () => {
    for (const spec of specs) {
      for (const locale of LOCALES) {
        const r = renderSpec(spec, locale);
        expect(r.title, spec.id).not.toBe('');
        expect(r.source, spec.id).not.toBe('');
        expect(r.chart.svg).toContain(`<title`);
        for (const row of r.rows) expect(figureById(row.figure.figure_id), spec.id).toBeDefined();
        const hrefs = [...r.chart.svg.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);
        expect(hrefs.length, spec.id).toBeGreaterThan(0);
        for (const h of hrefs) expect(h).toMatch(locale === 'en' ? /^\/en\/reports\/[a-z0-9-]+\/#f-\d+$/ : /^\/reports\/[a-z0-9-]+\/#f-\d+$/);
      }
    }
  });

  it('draws title and source inside the SVG when standalone (downloads), not on the page', () => {
    const spec = specs[0];
    const standalone = renderSpec(spec, 'zh', { standalone: true });
    const onPage = renderSpec(spec, 'zh');
    expect(standalone.chart.svg).toContain(standalone.source);
    expect(onPage.chart.svg).not.toContain(onPage.source);
  });

  it('refuses an unknown id', () => {
    expect(() => chartSpec('no-such-chart')).toThrow(/no chart with id "no-such-chart"/);
  });
});
