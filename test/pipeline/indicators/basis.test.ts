import { describe, expect, it } from 'vitest';
import { basisOf } from '../../../scripts/pipeline/indicators/basis.ts';

describe('basisOf', () => {
  it('running totals are stock, the year\'s own are flow', () => {
    expect(basisOf('光伏扶贫收益累计到位', '', 'actual')).toBe('stock');
    expect(basisOf('共完成村庄规划文本编制', '目前,', 'actual')).toBe('stock');
    expect(basisOf('全年共有', '', 'actual')).toBe('flow');
    expect(basisOf('新增农村危房改造', '', 'actual')).toBe('flow');
  });
  it('part of a year is partial, whatever the kind', () => {
    expect(basisOf('全市农林牧渔业总产值', '去年前三季度,', 'actual')).toBe('partial');
    expect(basisOf('同比增长', '1—9月，全县脱贫人口务工', 'change')).toBe('partial');
  });
  it('no cue, or words that only contain 共, give no basis', () => {
    expect(basisOf('建成公共服务中心', '', 'actual')).toBe('');
    expect(basisOf('同比增长', '', 'change')).toBe('');
  });
});
