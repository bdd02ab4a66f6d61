// The explorer's data, made at build time: /explore/figures.json (see ExploreData in explore.ts). Only what a
// chart can draw: levels (results and targets) in their indicator's unit, as single values; changes and
// ranges ('3—5个') stay on the indicator pages, where their words explain them. Filtered and cut into columns with arquero (here, at build time:
// the browser gets plain arrays, see src/lib/exploreSelect.ts).
import { escape, from } from 'arquero';
import type { Figure } from '../schema/figure.ts';
import { atlas, figures, indicators, region, regionAncestors, regions, reports } from './data.ts';
import { isRate } from './scale.ts';
import { indicatorLabel, regionName, reportShortLabel, unitLabel } from './display.ts';
import { defaultState, type ExploreColumns, type ExploreData, type StateDomain } from './explore.ts';
import { selectMarks } from './exploreSelect.ts';
import { headlineIndicators } from './indicatorView.ts';
import { href, indicatorPath, reportPath } from './urls.ts';

let cache: ExploreData | undefined;

export function exploreData(): ExploreData {
  if (cache) return cache;
  const byKey = new Map(indicators().map((i) => [i.key, i]));
  const plotted = from(figures()).filter(escape((f: Figure) => {
    const ind = byKey.get(f.indicator);
    return ind !== undefined && f.kind !== 'change' && f.qualifier !== 'range' && f.unit === ind.unit;
  }));
  const column = <K extends keyof ExploreColumns>(name: K) => Array.from(plotted.array(name)) as ExploreColumns[K];
  const columns: ExploreColumns = {
    figure_id: column('figure_id'), report: column('report'), region_code: column('region_code'), period: column('period'),
    indicator: column('indicator'), value: column('value'), qualifier: column('qualifier'), kind: column('kind'), number_start: column('number_start'),
  };
  const usedIndicators = new Set(columns.indicator);
  const usedRegions = new Set(columns.region_code);
  const usedReports = new Set(columns.report);
  const both = <T,>(fn: (locale: 'zh' | 'en') => T) => ({ zh: fn('zh'), en: fn('en') });
  const inds = indicators().filter((i) => usedIndicators.has(i.key));
  const headline = headlineIndicators(1)[0]?.key;
  cache = {
    indicators: inds.map((i) => ({
      key: i.key, label: both((l) => indicatorLabel(i, l)), unit: i.unit, unitLabel: both((l) => unitLabel(i.unit, l)), perCapita: i.per_capita, rate: isRate(i.key, i.unit),
      href: both((l) => href(l, indicatorPath(i.key))),
    })),
    regions: regions().filter((r) => usedRegions.has(r.code)).map((r) => ({
      code: r.code, name: both((l) => regionName(r, l)), population: r.population_2020, level: r.level, ancestors: regionAncestors(r.code).map((a) => a.code),
    })),
    boundaryChanges: atlas().boundaryChanges.map(({ date, code, from_parent, to_parent }) => ({ date, code, from_parent, to_parent })),
    reports: reports().filter((r) => usedReports.has(r.id)).map((r) => ({
      id: r.id, label: both((l) => reportShortLabel(r, region(r.region), l)), href: both((l) => href(l, reportPath(r.id))),
    })),
    figures: columns,
    // The headline comparison of the home page: the indicator that compares the most regions.
    defaultIndicator: headline && usedIndicators.has(headline) ? headline : inds[0].key,
  };
  // The default view must draw a chart as reported (the explorer's first measure): the headline indicator if its
  // figures as reported may share a scale, else the first one, in headline order, whose do.
  const charts = (key: string) => selectMarks(cache!, { ...defaultState(exploreDomain(cache!)), indicator: key }, key, 'en').charted.length >= 2;
  const order = [...headlineIndicators(inds.length).map((i) => i.key), ...inds.map((i) => i.key)].filter((k) => usedIndicators.has(k));
  cache = { ...cache, defaultIndicator: order.find(charts) ?? cache.defaultIndicator };
  return cache;
}

export function exploreDomain(data: ExploreData = exploreData()): StateDomain {
  return { indicators: data.indicators.map((i) => i.key), regions: data.regions.map((r) => r.code), defaultIndicator: data.defaultIndicator };
}
