// A small invented atlas for the explorer tests: two cities with a population, and a county inside the first
// without one; persons (per capita) and yuan.
import type { ExploreData } from '../../src/lib/explore/explore.ts';

export const data: ExploreData = {
  indicators: [
    { key: 'people', label: { zh: '人数', en: 'People' }, unit: 'persons', unitLabel: { zh: '人', en: 'persons' }, perCapita: true, rate: false, href: { zh: '/indicators/people/', en: '/en/indicators/people/' } },
    { key: 'money', label: { zh: '资金', en: 'Money' }, unit: 'yuan', unitLabel: { zh: '元', en: 'CNY' }, perCapita: false, rate: false, href: { zh: '/indicators/money/', en: '/en/indicators/money/' } },
  ],
  regions: [
    { code: '100000', name: { zh: '甲市', en: 'Jia' }, population: 1_000_000, level: 'prefecture', ancestors: [] },
    { code: '200000', name: { zh: '乙市', en: 'Yi' }, population: 500_000, level: 'prefecture', ancestors: [] },
    { code: '300000', name: { zh: '丙县', en: 'Bing' }, population: null, level: 'county', ancestors: ['100000'] },
  ],
  boundaryChanges: [],
  reports: [{ id: 'r-2022', label: { zh: '报告 2022年', en: 'Report 2022' }, href: { zh: '/reports/r-2022/', en: '/en/reports/r-2022/' } }],
  figures: {
    figure_id: ['r-2022:10', 'r-2022:20', 'r-2022:30', 'r-2022:40', 'r-2022:50', 'r-2022:60'],
    report: ['r-2022', 'r-2022', 'r-2022', 'r-2022', 'r-2022', 'r-2022'],
    region_code: ['100000', '200000', '300000', '100000', '100000', '200000'],
    period: ['2022', '2022', '2022', '2023', '2022', '2022'],
    indicator: ['people', 'people', 'people', 'people', 'money', 'money'],
    value: [100, 200, 50, 300, 5e6, 7e6],
    qualifier: ['exact', 'approx', 'exact', 'at_least', 'exact', 'exact'],
    kind: ['actual', 'actual', 'actual', 'target', 'actual', 'actual'],
    number_start: [10, 20, 30, 40, 50, 60],
  },
  defaultIndicator: 'people',
};
