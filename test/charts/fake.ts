// Plainly fake figures for chart tests: report 'fake', regions 'A', 'B', …. The figure's offset derives
// from its fields, so a snapshot does not change when tests are added or reordered.
import type { ChartDatum, ChartOptions } from '../../src/charts/types.ts';

export function fig(label: string, value: number, more: Partial<ChartDatum> = {}): ChartDatum {
  const base = { unit: 'persons', qualifier: 'exact', kind: 'actual', period: '2022', ...more } as const;
  let start = 7;
  for (const ch of `${label}|${value}|${base.period}|${base.kind}|${base.series ?? ''}`) start = (start * 31 + ch.codePointAt(0)!) % 99991;
  return { figure_id: `fake:${start}`, label, value, href: `/reports/fake/#f-${start}`, ...base };
}

export function chartOptions(id: string, more: Partial<ChartOptions> = {}): ChartOptions {
  return { id, locale: 'zh', title: '示例图表（假数据）', description: '假数据，仅供测试。', ...more };
}
