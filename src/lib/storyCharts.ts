// The charts of the stories, declared as selections of figures (by indicator, region, kind, period), never
// as numbers: each row names one figure of data/figures.csv (src/lib/cite.ts selects it, and fails the build
// when a row matches none or several). Words (titles, row labels) are given here in both languages, so a
// story chart is read in one place. See chartRegistry.ts for the ChartSpec they become.
import type { Locale } from '../i18n/index.ts';
import type { ChartSpec, ChartType, PlottedRow } from './specs/chartSpec.ts';
import { figures, findRegion } from './queries/data.ts';
import { selectFigure, type CiteSource, type Selection } from './stories/cite.ts';
import { storyPath } from './urls/urls.ts';
import type { Measure } from '../schema/measures.ts';

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
  /** The headline: the finding the chart supports, in words (no typed numbers: the marks carry them). */
  title: Words;
  /** What is measured, where it applies: the first part of the subtitle, before the unit and periods. */
  what: Words;
  /** Appended to the alt text: what the comparison shows, or what it must not be read as. */
  note?: Words;
  /** What is plotted (default the figures' values): per resident when regions differ in size. */
  measure?: Measure;
  rows: StoryChartRow[];
}

const w = (zh: string, en: string): Words => ({ zh, en });

export const STORY_CHARTS: StoryChart[] = [
  // 1. Income of people who have left poverty
  {
    id: 'story-income-levels', story: 'income', type: 'bar',
    title: w('安顺2023年的数字最高，但比吉林的数字晚两年', 'Anshun’s 2023 figure is the highest, two years after Jilin’s'),
    what: w('脱贫人口人均纯收入', 'Per-capita net income of people lifted out of poverty'),
    note: w('年份和省份不同，只宜看量级，不宜排名。', 'Different years and provinces: read the sizes, not a ranking.'),
    rows: [
      { select: { indicator: 'exited_income_per_capita', region: '220000', kind: 'actual' } },
      { select: { indicator: 'exited_income_per_capita', region: '220821', kind: 'actual' } },
      { select: { indicator: 'exited_income_per_capita', region: '520400', kind: 'actual' } },
    ],
  },
  {
    id: 'story-income-growth', story: 'income', type: 'targetActual',
    title: w('吉林省2021年增幅最高；兰西县2023年的目标低于各地报告的实际增幅', 'Incomes grew fastest in Jilin in 2021; Lanxi’s 2023 target is below every reported result'),
    what: w('脱贫人口人均纯收入比上年增长', 'Year-on-year growth of per-capita income of people lifted out of poverty'),
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
    title: w('按人口算，安顺的监测对象远多于四平，但安顺的是累计数', 'Per resident, Anshun counts far more people under monitoring than Siping, but its count is cumulative'),
    what: w('防止返贫监测对象，每万常住人口', 'People under return-to-poverty monitoring, per 10,000 residents'),
    rows: [
      { select: { indicator: 'monitored_persons', region: '220300', period: '2022' } },
      { select: { indicator: 'monitored_persons', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-monitoring-risk-removed', story: 'monitoring', type: 'bar',
    title: w('四平消除风险的比例高于吉林全省，但统计晚一年', 'Siping had removed the risk for a larger share than Jilin as a whole, a year later'),
    what: w('监测对象中已消除返贫致贫风险的比例', 'Share of monitored people whose risk of poverty was removed'),
    rows: [
      { select: { indicator: 'risk_removed_share', region: '220000', period: '2021' } },
      { select: { indicator: 'risk_removed_share', region: '220300', period: '2022' } },
    ],
  },
  {
    id: 'story-monitoring-monitors', story: 'monitoring', type: 'bar', measure: 'per_10k_residents',
    title: w('按人口算，四平的村组监测员多于吉林全省', 'Per resident, Siping has more village monitors than Jilin as a whole'),
    what: w('村组防返贫监测员，每万常住人口', 'Village return-to-poverty monitors, per 10,000 residents'),
    note: w('省和市的总量规模不同，按常住人口折算的比率见正文。', 'A province and a city differ in size; rates per resident are in the text.'),
    rows: [
      { select: { indicator: 'poverty_monitors', region: '220000', period: '2021' } },
      { select: { indicator: 'poverty_monitors', region: '220300', period: '2022' } },
    ],
  },

  // 3. Jobs
  {
    id: 'story-jobs-workers', story: 'jobs', type: 'bar', measure: 'per_10k_residents',
    title: w('按人口算，安顺报告的务工脱贫人口远多于吉林和四平', 'Per resident, Anshun reports far more people from poor households in work than Jilin or Siping'),
    what: w('务工就业的脱贫劳动力，每万常住人口', 'Workers from households lifted out of poverty in employment, per 10,000 residents'),
    note: w('各地口径不一：吉林省为“稳定就业”，兰西县的目标含监测对象。', "Definitions differ: Jilin counts 'stable employment', Lanxi's target includes monitored people."),
    rows: [
      { select: { indicator: 'exited_workers', region: '220000', period: '2021' } },
      { select: { indicator: 'exited_workers', region: '220300', period: '2022' } },
      { select: { indicator: 'exited_workers', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-jobs-workshops', story: 'jobs', type: 'bar',
    title: w('安顺的就业帮扶车间远多于四平', 'Anshun has many more employment-assistance workshops than Siping'),
    what: w('就业帮扶车间', 'Employment-assistance workshops'),
    rows: [
      { select: { indicator: 'employment_workshops', region: '220300', period: '2022' } },
      { select: { indicator: 'employment_workshops', region: '520400', period: '2023', match: '认定' } },
    ],
  },

  // 4. Money
  {
    id: 'story-money-bridging-funds', story: 'money', type: 'bar', measure: 'per_resident',
    title: w('按人口算，四平2022年的衔接资金与吉林省2021年大致相当', 'Per resident, Siping’s bridging funds in 2022 were close to Jilin’s in 2021'),
    what: w('财政衔接推进乡村振兴补助资金，人均', 'Bridging funds for rural revitalisation, per resident'),
    note: w('吉林省为中央、省、市、县各级资金合计；双辽市、梨树县为争取到的中央和省级预算资金。', 'Jilin sums central, provincial, city and county funds; Shuangliao and Lishu count the central and provincial budget funds they obtained.'),
    rows: [
      { select: { indicator: 'bridging_funds', region: '220000', period: '2021' } },
      { select: { indicator: 'bridging_funds', region: '220300', period: '2022' } },
    ],
  },
  {
    id: 'story-money-industry-share', story: 'money', type: 'targetActual',
    title: w('吉林和四平把一半多一点的衔接资金用于产业，兰西县的目标更高', 'Jilin and Siping put just over half their bridging funds into industry; Lanxi aims higher'),
    what: w('衔接资金用于产业发展的比重', 'Share of bridging funds spent on industry'),
    rows: [
      { select: { indicator: 'bridging_funds_industry_share', region: '220000', period: '2021', nth: 1 }, label: w('吉林省', 'Jilin'), series: w('中央资金', 'central') },
      { select: { indicator: 'bridging_funds_industry_share', region: '220300', period: '2022' }, series: w('中央和省级均', 'both levels') },
      { select: { indicator: 'bridging_funds_industry_share', region: '231222', kind: 'target' } },
    ],
  },
  {
    id: 'story-money-microcredit', story: 'money', type: 'bar', measure: 'per_resident',
    title: w('按人口算，四平2022年发放的小额信贷是吉林省2021年的数倍', 'Per resident, Siping lent several times as much microcredit in 2022 as Jilin did in 2021'),
    what: w('脱贫人口小额信贷发放额，人均', 'Microcredit lent to households lifted out of poverty, per resident'),
    rows: [
      { select: { indicator: 'microcredit_amount', region: '220000', period: '2021' } },
      { select: { indicator: 'microcredit_amount', region: '220300', period: '2022' } },
    ],
  },

  // 5. Building the countryside
  {
    id: 'story-countryside-tap-water', story: 'countryside', type: 'bar',
    // Not Jilin: its report gives 全省自来水普及率, tap water in the whole province, town and country alike.
    title: w('四平和安顺的农村自来水已接近全覆盖', 'Tap water reaches nearly every rural home in Siping and Anshun'),
    what: w('农村自来水普及率', 'Rural tap-water coverage'),
    rows: [
      { select: { indicator: 'tap_water_coverage', region: '220300', period: '2022' } },
      { select: { indicator: 'tap_water_coverage', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-countryside-toilets', story: 'countryside', type: 'bar',
    title: w('安顺改造的农村户厕远多于四平', 'Anshun rebuilt far more rural household toilets than Siping'),
    what: w('农村户厕改造', 'Rural household toilets rebuilt'),
    rows: [
      { select: { indicator: 'village_toilets', region: '220300', period: '2022' } },
      { select: { indicator: 'village_toilets', region: '520400', period: '2023' } },
    ],
  },
  {
    id: 'story-countryside-5g', story: 'countryside', type: 'bar',
    title: w('安顺新建的5G基站远多于四平', 'Anshun built far more 5G base stations than Siping'),
    what: w('新建5G基站', 'New 5G base stations'),
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
    what: (locale: Locale) => chart.what[locale],
    rows: () => storyChartRows(chart, { figures: figures(), region: findRegion }),
    ...(chart.note ? { note: (locale: Locale) => chart.note![locale] } : {}),
    ...(chart.measure ? { measure: chart.measure } : {}),
  }));
}

/** The declared charts of one story. */
export const storyChartsOf = (slug: string): StoryChart[] => STORY_CHARTS.filter((c) => c.story === slug);
