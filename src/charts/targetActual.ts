// Target vs actual: for each label, its actual figures as filled bars and its targets as dashed outlines
// labelled 'target'/'目标', in one group per label (actuals first). Periods are labelled on every bar when
// they differ (a 2023 target against a 2022 result).
import { barPlot, type BarRow } from './bar.ts';
import { chartTable, checkData, periodsDiffer, valueText } from './labels.ts';
import type { Chart, ChartDatum, ChartOptions } from './types.ts';

const byPeriod = (a: ChartDatum, b: ChartDatum) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0);

/** targetActualChart([...targets, ...actuals], { id, locale, title, description }); needs one target at least. */
export function targetActualChart(data: readonly ChartDatum[], options: ChartOptions): Chart {
  const unit = checkData('target-vs-actual chart', data, options);
  if (!data.some((d) => d.kind === 'target')) throw new Error(`target-vs-actual chart "${options.id}": no target among the figures`);
  const groups = new Map<string, ChartDatum[]>();
  for (const d of data) {
    const name = d.series ? `${d.label} · ${d.series}` : d.label;
    groups.set(name, [...(groups.get(name) ?? []), d]);
  }
  const showPeriod = periodsDiffer(data);
  const ordered: ChartDatum[] = [];
  const rows: BarRow[] = [];
  [...groups].forEach(([name, list], g) => {
    const inGroup = [...list.filter((d) => d.kind !== 'target').sort(byPeriod), ...list.filter((d) => d.kind === 'target').sort(byPeriod)];
    inGroup.forEach((datum, i) => {
      // The band key is positional, so equal labels in different groups cannot collide; the axis names
      // the group once, on its first bar.
      rows.push({ key: `${g}:${i}`, tick: i === 0 ? name : '', datum, text: valueText(datum, options.locale, showPeriod) });
      ordered.push(datum);
    });
  });
  return barPlot(rows, options, chartTable(ordered, options, unit));
}
