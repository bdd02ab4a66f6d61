// The charts of the stories, declared as selections of figures (by indicator, region, kind, period), never
// as numbers: each row names one figure of data/figures.csv (src/lib/cite.ts selects it, and fails the build
// when a row matches none or several). Words (titles, row labels) are given here in both languages, so a
// story chart is read in one place. See chartRegistry.ts for the ChartSpec they become.
import type { Locale } from '../i18n/index.ts';
import type { ChartSpec, ChartType, PlottedRow } from './chartRegistry.ts';
import { figures, findRegion } from './data.ts';
import { selectFigure, type CiteSource, type Selection } from './cite.ts';
import { storyPath } from './urls.ts';
import type { Measure } from './comparability.ts';

type Words = Record<Locale, string>;

export interface StoryChartRow {
  select: Selection;
  /** Replaces the region name as the row's label (then-and-now rows name what is measured). */
  label?: Words;
  /** Added after the label ('Siping · risk removed'). */
  series?: Words;
}

export interface StoryChart {
  id: string; // 'story-…'
  story: string; // slug of the story it belongs to
  type: ChartType;
  title: Words;
  /** Appended to the alt text: what the comparison shows, or what it must not be read as. */
  note?: Words;
  /** What is plotted (default the figures' values): per resident when regions differ in size. */
  measure?: Measure;
  rows: StoryChartRow[];
}

const w = (zh: string, en: string): Words => ({ zh, en });

export const STORY_CHARTS: StoryChart[] = [
  // 1. Income of the poverty-exited population
  {
    id: 'story-income-levels', story: 'income', type: 'bar',
    title: w('脱贫人口人均纯收入', 'Per-capita income of the poverty-exited population'),
    note: w('年份和省份不同，只宜看量级，不宜排名。', 'Different years and provinces: read the sizes, not a ranking.'),
    rows: [
      { select: { indicator: 'exited_income_per_capita', region: '220000', kind: 'actual' } },
      { select: { indicator: 'exited_income_per_capita', region: '220821', kind: 'actual' } },
      { select: { indicator: 'exited_income_per_capita', region: '520400', kind: 'actual' } },
    ],
  },
  {
    id: 'story-income-growth', story: 'income', type: 'targetActual',
    title: w('脱贫人口人均纯收入增幅', 'Growth of the per-capita income of the poverty-exited population'),
    note: w('兰西县为计划目标，其余为报告的实际增幅。', "Lanxi's is a planned target; the others are reported results."),
    rows: [
      { select: { indicator: 'exited_income_growth', region: '220000', kind: 'change' } },
      { select: { indicator: 'exited_income_growth', region: '220300', kind: 'change' } },
      { select: { indicator: 'exited_income_growth', region: '520400', kind: 'change' } },
      { select: { indicator: 'exited_income_growth', region: '231222', kind: 'target' } },
    ],
  },

  // 2. Return-to-poverty monitoring
  {
    id: 'story-monitoring-persons', story: 'monitoring', type: 'bar', measure: 'per_10k_residents',
    title: w('防返贫监测对象（每万常住人口）', 'People under return-to-poverty monitoring per 10,000 residents'),
    rows: [
      { select: { indicator: 'monitored_persons', region: '220300', period: '2022' } },
      { select: { indicator: 'monitored_persons', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-monitoring-risk-removed', story: 'monitoring', type: 'bar',
    title: w('监测对象中已消除风险的比例', 'Share of monitored people whose risk was removed'),
    rows: [
      { select: { indicator: 'risk_removed_share', region: '220000', period: '2021' } },
      { select: { indicator: 'risk_removed_share', region: '220300', period: '2022' } },
    ],
  },
  {
    id: 'story-monitoring-monitors', story: 'monitoring', type: 'bar', measure: 'per_10k_residents',
    title: w('村组防返贫监测员', 'Village return-to-poverty monitors'),
    note: w('省和市的总量规模不同，按常住人口折算的比率见正文。', 'A province and a city differ in size; rates per resident are in the text.'),
    rows: [
      { select: { indicator: 'poverty_monitors', region: '220000', period: '2021' } },
      { select: { indicator: 'poverty_monitors', region: '220300', period: '2022' } },
    ],
  },

  // 3. Jobs
  {
    id: 'story-jobs-workers', story: 'jobs', type: 'bar', measure: 'per_10k_residents',
    title: w('脱贫人口务工就业规模', 'Poverty-exited people in work'),
    note: w('各地口径不一：吉林省为“稳定就业”，兰西县的目标含监测对象。', "Definitions differ: Jilin counts 'stable employment', Lanxi's target includes monitored people."),
    rows: [
      { select: { indicator: 'exited_workers', region: '220000', period: '2021' } },
      { select: { indicator: 'exited_workers', region: '220300', period: '2022' } },
      { select: { indicator: 'exited_workers', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-jobs-workshops', story: 'jobs', type: 'bar',
    title: w('就业帮扶车间', 'Employment-assistance workshops'),
    rows: [
      { select: { indicator: 'employment_workshops', region: '220300', period: '2022' } },
      { select: { indicator: 'employment_workshops', region: '520400', period: '2023', match: '认定' } },
    ],
  },

  // 4. Money
  {
    id: 'story-money-bridging-funds', story: 'money', type: 'bar', measure: 'per_resident',
    title: w('财政衔接资金', 'Bridging funds'),
    note: w('吉林省为中央、省、市、县各级资金合计；双辽市、梨树县为争取到的中央和省级预算资金。', 'Jilin sums central, provincial, city and county funds; Shuangliao and Lishu count the central and provincial budget funds they obtained.'),
    rows: [
      { select: { indicator: 'bridging_funds', region: '220000', period: '2021' } },
      { select: { indicator: 'bridging_funds', region: '220300', period: '2022' } },
    ],
  },
  {
    id: 'story-money-industry-share', story: 'money', type: 'targetActual',
    title: w('衔接资金用于产业发展的比重', 'Share of bridging funds spent on industry'),
    rows: [
      { select: { indicator: 'bridging_funds_industry_share', region: '220000', period: '2021', nth: 1 }, label: w('吉林省', 'Jilin'), series: w('中央资金', 'central') },
      { select: { indicator: 'bridging_funds_industry_share', region: '220300', period: '2022' }, series: w('中央和省级均', 'both levels') },
      { select: { indicator: 'bridging_funds_industry_share', region: '231222', kind: 'target' } },
    ],
  },
  {
    id: 'story-money-microcredit', story: 'money', type: 'bar', measure: 'per_resident',
    title: w('脱贫人口小额信贷发放金额', 'Microcredit lent to poverty-exited households'),
    rows: [
      { select: { indicator: 'microcredit_amount', region: '220000', period: '2021' } },
      { select: { indicator: 'microcredit_amount', region: '220300', period: '2022' } },
    ],
  },

  // 5. Building the countryside
  {
    id: 'story-countryside-tap-water', story: 'countryside', type: 'bar',
    title: w('农村自来水普及率', 'Rural tap-water coverage'),
    rows: [
      { select: { indicator: 'tap_water_coverage', region: '220000', period: '2021' } },
      { select: { indicator: 'tap_water_coverage', region: '220300', period: '2022' } },
      { select: { indicator: 'tap_water_coverage', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-countryside-toilets', story: 'countryside', type: 'bar',
    title: w('农村户厕改造', 'Rural household toilets rebuilt'),
    rows: [
      { select: { indicator: 'village_toilets', region: '220300', period: '2022' } },
      { select: { indicator: 'village_toilets', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-countryside-5g', story: 'countryside', type: 'bar',
    title: w('新建5G基站', 'New 5G base stations'),
    rows: [
      { select: { indicator: 'base_stations_5g', region: '220300', period: '2022' } },
      { select: { indicator: 'base_stations_5g', region: '520400', period: '2023' } },
    ],
  },

  // 6. Siping then and now, and 7. plans and results, draw no chart: Siping's 2017 totals include
  // Gongzhuling and its 2022 totals do not (same-territory), and Lanxi's county targets have no peer of its
  // level or census population to be divided by (one-level-for-totals). comparability.ts says why.

];

/** The figures of a declared chart, each selected by its row (errors name the chart and the row). */
export function storyChartRows(chart: StoryChart, source: CiteSource): PlottedRow[] {
  return chart.rows.map((row, i) => {
    const figure = selectFigure(source.figures, row.select, `chart "${chart.id}" row ${i + 1}`);
    const reg = source.region(figure.region_code);
    if (!reg) throw new Error(`chart "${chart.id}" row ${i + 1}: no region ${figure.region_code}`);
    return { figure, region: reg, ...(row.label ? { label: row.label } : {}), ...(row.series ? { series: row.series } : {}) };
  });
}

export function storyChartSpecs(): ChartSpec[] {
  return STORY_CHARTS.map((chart) => ({
    id: chart.id,
    type: chart.type,
    page: storyPath(chart.story),
    title: (locale: Locale) => chart.title[locale],
    rows: () => storyChartRows(chart, { figures: figures(), region: findRegion }),
    ...(chart.note ? { note: (locale: Locale) => chart.note![locale] } : {}),
    ...(chart.measure ? { measure: chart.measure } : {}),
  }));
}

/** The declared charts of one story. */
export const storyChartsOf = (slug: string): StoryChart[] => STORY_CHARTS.filter((c) => c.story === slug);
