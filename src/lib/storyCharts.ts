// The charts of the stories, declared as selections of figures (by indicator, region, kind, period), never
// as numbers: each row names one figure of data/figures.csv (src/lib/cite.ts selects it, and fails the build
// when a row matches none or several). Words (titles, row labels) are given here in both languages, so a
// story chart is read in one place. See chartRegistry.ts for the ChartSpec they become.
import type { Locale } from '../i18n/index.ts';
import type { ChartSpec, ChartType, PlottedRow } from './chartRegistry.ts';
import { figures, findRegion } from './data.ts';
import { selectFigure, type CiteSource, type Selection } from './cite.ts';
import { storyPath } from './urls.ts';

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
  rows: StoryChartRow[];
}

const w = (zh: string, en: string): Words => ({ zh, en });

export const STORY_CHARTS: StoryChart[] = [
  // 1. Income of people who have left poverty
  {
    id: 'story-income-levels', story: 'income', type: 'bar',
    title: w('脱贫人口人均纯收入', 'Per-capita income of people who have left poverty'),
    note: w('年份和省份不同，只宜看量级，不宜排名。', 'Different years and provinces: read the sizes, not a ranking.'),
    rows: [
      { select: { indicator: 'exited_income_per_capita', region: '220000', kind: 'actual' } },
      { select: { indicator: 'exited_income_per_capita', region: '220821', kind: 'actual' } },
      { select: { indicator: 'exited_income_per_capita', region: '520400', kind: 'actual' } },
      { select: { indicator: 'relocated_income_per_capita', region: '520400', kind: 'actual' }, series: w('易地搬迁人口', 'relocated') },
    ],
  },
  {
    id: 'story-income-growth', story: 'income', type: 'targetActual',
    title: w('脱贫人口人均纯收入增幅', 'Growth of the per-capita income of people who have left poverty'),
    note: w('兰西县为计划目标，其余为报告的实际增幅。', "Lanxi's is a planned target; the others are reported results."),
    rows: [
      { select: { indicator: 'exited_income_growth', region: '220000', kind: 'change' } },
      { select: { indicator: 'exited_income_growth', region: '220300', kind: 'change' } },
      { select: { indicator: 'exited_income_growth', region: '520400', kind: 'change' } },
      { select: { indicator: 'relocated_income_growth', region: '520400', kind: 'change' }, series: w('易地搬迁人口', 'relocated') },
      { select: { indicator: 'exited_income_growth', region: '231222', kind: 'target' } },
    ],
  },

  // 2. Return-to-poverty monitoring
  {
    id: 'story-monitoring-persons', story: 'monitoring', type: 'bar',
    title: w('防返贫监测对象与风险消除（人）', 'People under return-to-poverty monitoring, and risk removed'),
    rows: [
      { select: { indicator: 'monitored_persons', region: '220300', period: '2022' }, series: w('监测对象', 'monitored') },
      { select: { indicator: 'risk_removed_persons', region: '220300', period: '2022' }, series: w('已消除风险', 'risk removed') },
      { select: { indicator: 'monitored_persons', region: '520400', period: '2023' }, series: w('监测对象', 'monitored') },
      { select: { indicator: 'monitored_new_persons', region: '520400', period: '2023' }, series: w('当年新增', 'new in year') },
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
    id: 'story-monitoring-monitors', story: 'monitoring', type: 'bar',
    title: w('村组防返贫监测员', 'Village return-to-poverty monitors'),
    note: w('省和市的总量规模不同，按常住人口折算的比率见正文。', 'A province and a city differ in size; rates per resident are in the text.'),
    rows: [
      { select: { indicator: 'poverty_monitors', region: '220000', period: '2021' } },
      { select: { indicator: 'poverty_monitors', region: '220300', period: '2022' } },
    ],
  },

  // 3. Jobs
  {
    id: 'story-jobs-workers', story: 'jobs', type: 'targetActual',
    title: w('脱贫人口务工就业规模', 'People who have left poverty, in work'),
    note: w('各地口径不一：吉林省为“稳定就业”，兰西县的目标含监测对象。', "Definitions differ: Jilin counts 'stable employment', Lanxi's target includes monitored people."),
    rows: [
      { select: { indicator: 'exited_workers', region: '220000', period: '2021' } },
      { select: { indicator: 'exited_workers', region: '220300', period: '2022' } },
      { select: { indicator: 'exited_workers', region: '520400', period: '2023' } },
      { select: { indicator: 'exited_workers', region: '231222', kind: 'target' } },
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
    id: 'story-money-bridging-funds', story: 'money', type: 'bar',
    title: w('财政衔接资金', 'Bridging funds'),
    note: w('吉林省为中央、省、市、县各级资金合计；双辽市、梨树县为争取到的中央和省级预算资金。', 'Jilin sums central, provincial, city and county funds; Shuangliao and Lishu count the central and provincial budget funds they obtained.'),
    rows: [
      { select: { indicator: 'bridging_funds', region: '220000', period: '2021' } },
      { select: { indicator: 'bridging_funds', region: '220300', period: '2022' } },
      { select: { indicator: 'bridging_funds', region: '220382', period: '2022' }, label: w('双辽市', 'Shuangliao') },
      { select: { indicator: 'bridging_funds', region: '220322', period: '2022' } },
    ],
  },
  {
    id: 'story-money-industry-share', story: 'money', type: 'targetActual',
    title: w('衔接资金用于产业发展的比重', 'Share of bridging funds spent on industry'),
    rows: [
      { select: { indicator: 'bridging_funds_industry_share', region: '220000', period: '2021', nth: 1 }, label: w('吉林省', 'Jilin'), series: w('中央资金', 'central') },
      { select: { indicator: 'bridging_funds_industry_share', region: '220000', period: '2021', nth: 2 }, label: w('吉林省', 'Jilin'), series: w('省级资金', 'provincial') },
      { select: { indicator: 'bridging_funds_industry_share', region: '220300', period: '2022' }, series: w('中央和省级均', 'both levels') },
      { select: { indicator: 'bridging_funds_industry_share', region: '231222', kind: 'target' } },
    ],
  },
  {
    id: 'story-money-microcredit', story: 'money', type: 'bar',
    title: w('脱贫人口小额信贷发放金额', 'Microcredit lent to households out of poverty'),
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
    id: 'story-countryside-roads', story: 'countryside', type: 'targetActual',
    title: w('新建农村公路', 'New rural roads'),
    note: w('铁西区是四平市的一个区；原文没有说明它的里程是否计入全市。', "Tiexi is a district of Siping; the article does not say whether its length is counted in Siping's."),
    rows: [
      { select: { indicator: 'rural_roads_built', region: '220300', period: '2022' } },
      { select: { indicator: 'rural_roads_built', region: '220302', period: '2022' } },
      { select: { indicator: 'rural_roads_built', region: '231222', kind: 'target' } },
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

  // 6. Siping then and now: 2017 against 2022 (Gongzhuling left Siping in 2020: the boundary note says so)
  {
    id: 'story-siping-work-teams', story: 'siping-then-and-now', type: 'thenAndNow',
    title: w('四平市：驻村帮扶与帮扶项目', 'Siping: village work teams and funded projects'),
    note: w('2017年的数字包括公主岭市，2022年的不包括。', '2017 includes Gongzhuling; 2022 does not.'),
    rows: [
      { select: { indicator: 'villages_with_work_teams', region: '220300', period: '2017', quote: '严格考核' }, label: w('驻村工作队', 'village work teams') },
      { select: { indicator: 'villages_with_work_teams', region: '220300', period: '2022', match: '派驻了驻村工作队' }, label: w('驻村工作队', 'village work teams') },
      { select: { indicator: 'projects_funded', region: '220300', period: '2017' }, label: w('帮扶项目', 'funded projects') },
      { select: { indicator: 'projects_funded', region: '220300', period: '2022' }, label: w('帮扶项目', 'funded projects') },
    ],
  },
  {
    id: 'story-siping-houses', story: 'siping-then-and-now', type: 'thenAndNow',
    title: w('四平市：农村危房改造', 'Siping: dilapidated rural houses renovated'),
    note: w('2017年的数字包括公主岭市，2022年的不包括。', '2017 includes Gongzhuling; 2022 does not.'),
    rows: [
      { select: { indicator: 'dilapidated_houses_renovated', region: '220300', period: '2017' }, label: w('危房改造', 'houses renovated') },
      { select: { indicator: 'dilapidated_houses_renovated', region: '220300', period: '2022' }, label: w('危房改造', 'houses renovated') },
    ],
  },
  {
    id: 'story-siping-teachers', story: 'siping-then-and-now', type: 'thenAndNow',
    title: w('四平市：农村特岗教师', 'Siping: special-post teachers for rural schools'),
    note: w('2017年写的是“补充”，2022年写的是“招聘”；2017年的数字包括公主岭市。', "2017 says 'added', 2022 'recruited'; 2017 includes Gongzhuling."),
    rows: [
      { select: { indicator: 'rural_teachers_recruited', region: '220300', period: '2017' }, label: w('特岗教师', 'teachers') },
      { select: { indicator: 'rural_teachers_recruited', region: '220300', period: '2022' }, label: w('特岗教师', 'teachers') },
    ],
  },

  // 7. Plans and results
  {
    id: 'story-plans-houses', story: 'plans-and-results', type: 'targetActual',
    title: w('农村危房改造：兰西县的目标与各地的完成数', "Dilapidated rural houses: Lanxi's target and others' results"),
    rows: [
      { select: { indicator: 'dilapidated_houses_renovated', region: '231222', kind: 'target', nth: 1 } },
      { select: { indicator: 'dilapidated_houses_renovated', region: '220000', period: '2021' } },
      { select: { indicator: 'dilapidated_houses_renovated', region: '220300', period: '2022' } },
      { select: { indicator: 'dilapidated_houses_renovated', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-plans-village-plans', story: 'plans-and-results', type: 'targetActual',
    title: w('村庄规划编制：兰西县的目标与四平市的完成数', "Village plans: Lanxi's target and Siping's result"),
    note: w('兰西县的目标是当年新增编制的规划数；四平市的是累计完成数。', "Lanxi's target counts plans to be drawn up in the year; Siping's is the total completed."),
    rows: [
      { select: { indicator: 'village_plans', region: '231222', kind: 'target' } },
      { select: { indicator: 'village_plans', region: '220300', period: '2022', match: '完成村庄规划文本编制' } },
    ],
  },
  {
    id: 'story-plans-bridges', story: 'plans-and-results', type: 'targetActual',
    title: w('危桥改造：兰西县的目标与四平市的完成数', "Dangerous bridges rebuilt: Lanxi's target and Siping's result"),
    rows: [
      { select: { indicator: 'bridges_repaired', region: '231222', kind: 'target' } },
      { select: { indicator: 'bridges_repaired', region: '220300', period: '2022' } },
    ],
  },
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
  }));
}

/** The declared charts of one story. */
export const storyChartsOf = (slug: string): StoryChart[] => STORY_CHARTS.filter((c) => c.story === slug);
