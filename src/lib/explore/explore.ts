// The explorer's vocabulary, shared by the page (build time) and its island (browser): the data the island
// fetches (/explore/figures.json, made by exploreData.ts) and the view's state, which lives entirely in the
// URL query so that a view can be shared and reloaded exactly. Pure: no Node, no DOM, no UI strings.
import type { TerritoryChange } from '../comparability/comparability.ts';
import type { Kind } from '../../schema/kinds.ts';
import type { Qualifier } from '../../schema/qualifiers.ts';
import type { Unit } from '../../schema/units.ts';

export type Bilingual = { zh: string; en: string };

/** /explore/figures.json: labels in both languages, figures as columns (what an arquero table is made of). */
export interface ExploreData {
  /** rate: a percentage or an amount per person, which compares across levels (src/lib/comparability/scale.ts). */
  indicators: { key: string; label: Bilingual; unit: Unit; unitLabel: Bilingual; perCapita: boolean; rate: boolean; href: Bilingual }[];
  /** ancestors: codes of the regions above, top first; the comparability rules need the tree. */
  regions: { code: string; name: Bilingual; population: number | null; level: string; ancestors: string[] }[];
  /** Boundary changes, for whether a census population covers a region's territory in a period. */
  boundaryChanges: TerritoryChange[];
  reports: { id: string; label: Bilingual; href: Bilingual }[];
  figures: ExploreColumns;
  defaultIndicator: string;
}

/** One array per column, the same length: row i is one figure. */
export interface ExploreColumns {
  figure_id: string[];
  report: string[];
  region_code: string[];
  period: string[];
  indicator: string[];
  value: number[];
  qualifier: Qualifier[];
  kind: Kind[];
  number_start: number[];
}

/** The width the page draws the default view at, without JavaScript; the island keeps it when it fits. */
export const STATIC_WIDTH = 640;

export const VIEWS = ['chart', 'table'] as const;
export type View = (typeof VIEWS)[number];

export interface ExploreState {
  indicator: string;
  /** A second indicator: the chart becomes a scatter plot of regions with a result for both. */
  indicator2: string | null;
  /** Region codes to show, sorted; empty means every region. */
  regions: string[];
  /** Per 10,000 residents (2020 census) instead of the values as reported. */
  per10k: boolean;
  view: View;
}

/** What the explorer knows exists, to drop anything else a hand-edited URL may carry. */
export interface StateDomain {
  indicators: readonly string[];
  regions: readonly string[];
  defaultIndicator: string;
}

export const defaultState = (domain: StateDomain): ExploreState => ({
  indicator: domain.defaultIndicator,
  indicator2: null,
  regions: [],
  per10k: false,
  view: 'chart',
});

/**
 * The state a URL query describes: ?indicator=…&indicator2=…&regions=code,code&per10k=1&view=table. Unknown
 * indicators, regions and views fall back to the default, so an old link still opens a sensible view.
 */
export function parseState(search: string, domain: StateDomain): ExploreState {
  const q = new URLSearchParams(search);
  const state = defaultState(domain);
  const indicator = q.get('indicator');
  if (indicator && domain.indicators.includes(indicator)) state.indicator = indicator;
  const indicator2 = q.get('indicator2');
  if (indicator2 && indicator2 !== state.indicator && domain.indicators.includes(indicator2)) state.indicator2 = indicator2;
  const regions = (q.get('regions') ?? '').split(',').filter((c) => domain.regions.includes(c));
  state.regions = [...new Set(regions)].sort();
  state.per10k = q.get('per10k') === '1';
  const view = q.get('view');
  if ((VIEWS as readonly string[]).includes(view ?? '')) state.view = view as View;
  return state;
}

/** The query of a state, defaults left out and in a fixed order, so one view has one URL: '' for the default. */
export function stateQuery(state: ExploreState, domain: StateDomain): string {
  const q = new URLSearchParams();
  if (state.indicator !== domain.defaultIndicator) q.set('indicator', state.indicator);
  if (state.indicator2) q.set('indicator2', state.indicator2);
  if (state.regions.length) q.set('regions', [...state.regions].sort().join(','));
  if (state.per10k) q.set('per10k', '1');
  if (state.view !== 'chart') q.set('view', state.view);
  const text = q.toString().replace(/%2C/g, ',');
  return text ? `?${text}` : '';
}
