// A set of figures by topic and indicator, as a region page lists them.
import type { Figure, Indicator } from './data.ts';

export interface TopicGroup {
  topic: string; // '' for figures not yet assigned to an indicator
  indicators: { indicator: Indicator | null; figures: Figure[] }[];
}

/**
 * Figures grouped by topic, then indicator, both in the order of indicators.yml; figures without an
 * indicator come last, in one group. Within a group the order of `figures` is kept.
 */
export function groupByTopic(figures: readonly Figure[], indicators: readonly Indicator[]): TopicGroup[] {
  const groups: TopicGroup[] = [];
  const byKey = new Map(indicators.map((i) => [i.key, i]));
  for (const indicator of indicators) {
    const own = figures.filter((f) => f.indicator === indicator.key);
    if (own.length === 0) continue;
    let group = groups.find((g) => g.topic === indicator.topic);
    if (!group) groups.push((group = { topic: indicator.topic, indicators: [] }));
    group.indicators.push({ indicator, figures: own });
  }
  const rest = figures.filter((f) => !f.indicator || !byKey.has(f.indicator));
  if (rest.length) groups.push({ topic: '', indicators: [{ indicator: null, figures: rest }] });
  return groups;
}
