import { describe, expect, it } from 'vitest';
import { chartDatum, comparableForChart, NARROW_WIDTH, responsiveChart } from '../../src/lib/chartData.ts';
import type { Figure, Region } from '../../src/lib/data.ts';
import type { Chart, ChartDatum, ChartOptions } from '../../src/charts/types.ts';

const fig = (over: Partial<Figure>): Figure => ({
  figure_id: 'jilin-2021:10', report: 'jilin-2021', region_code: '220000', town_code: '', period: '2021', indicator: 'x', subject: '', value: 374, value_to: null,
  unit: 'count', qualifier: 'exact', kind: 'actual', basis: '', number_text: '374个', number_start: 10, number_end: 14, quote: '374个',
  start: 10, end: 14, correction: '', ...over,
});
const reg = (code: string, name_en: string): Region => ({
  code, parent_code: null, level: 'province', name_zh: name_en, name_en, short_names: [], population_2020: null, population_source: '',
  valid_from: null, valid_to: null, successor_code: null, note: '',
});

describe('chartDatum', () => {
  it('labels with the region in the page language and links to the figure in that language', () => {
    const d = chartDatum(fig({}), reg('220000', 'Jilin Province'), 'en');
    expect(d).toMatchObject({ label: 'Jilin Province', value: 374, href: '/en/reports/jilin-2021/#f-10', kind: 'actual' });
    expect(d.series).toBeUndefined();
  });
});

describe('comparableForChart', () => {
  const jilin = reg('220000', 'Jilin');
  const siping = reg('220300', 'Siping');

  it('leaves out changes, other units and regions with two figures for one period and kind', () => {
    const rows = [
      { figure: fig({ value: 374 }), region: jilin },
      { figure: fig({ value: 1022, number_start: 40 }), region: jilin },
      { figure: fig({ value: 80 }), region: siping },
      { figure: fig({ value: 88, period: '2022', kind: 'target' }), region: siping },
      { figure: fig({ value: 5, unit: 'percent', kind: 'change' }), region: siping },
      { figure: fig({ value: 9, unit: 'households' }), region: reg('520400', 'Anshun') },
    ];
    expect(comparableForChart(rows, 'count').map((r) => r.figure.value)).toEqual([80, 88]);
  });

  it('keeps multi-year totals out of a chart of single years, and charts them when all are totals', () => {
    const rows = [
      { figure: fig({ value: 1478, period: '2013-2021' }), region: siping },
      { figure: fig({ value: 295, period: '2022' }), region: siping },
      { figure: fig({ value: 3750, period: '2021' }), region: jilin },
    ];
    expect(comparableForChart(rows, 'count').map((r) => r.figure.value)).toEqual([295, 3750]);
    expect(comparableForChart(rows.slice(0, 1), 'count').map((r) => r.figure.value)).toEqual([1478]);
  });
});

describe('responsiveChart', () => {
  const data = [chartDatum(fig({}), reg('220000', 'Jilin'), 'en')];
  const options: ChartOptions = { id: 'demo', locale: 'en', title: 'T', description: 'D' };

  it('draws a phone version with its own id at the narrow width', () => {
    const widths: (number | undefined)[] = [];
    const make = (_: readonly ChartDatum[], o: ChartOptions): Chart => (widths.push(o.width), { id: o.id, svg: '<svg></svg>', table: { headers: [], rows: [] } });
    const { wide, narrow } = responsiveChart(make, data, options);
    expect([wide.id, narrow?.id]).toEqual(['demo', 'demo-narrow']);
    expect(widths).toEqual([undefined, NARROW_WIDTH]);
  });

  it('gives up the phone version only when labels do not fit, and passes other errors on', () => {
    const tooLong = (_: readonly ChartDatum[], o: ChartOptions): Chart => {
      if (o.width) throw new Error(`chart "${o.id}": row labels are too long for width ${o.width}`);
      return { id: o.id, svg: '<svg></svg>', table: { headers: [], rows: [] } };
    };
    expect(responsiveChart(tooLong, data, options).narrow).toBeUndefined();
    const broken = (): Chart => { throw new Error('no data'); };
    expect(() => responsiveChart(broken, data, options)).toThrow('no data');
  });
});
