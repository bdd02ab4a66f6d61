import { describe, expect, it } from 'vitest';
import { partialScope, scopedSubject } from '../../scripts/pipeline/scope.ts';
import { real } from './seeds.ts';

describe('scope: a figure for some of the region\'s places', () => {
  it('a count of counties before the number limits the figure to them', () => {
    expect(partialScope(real('anshun-2023', '下达4个县中央、省级衔接资金'))).toBe('4个县');
  });

  it('the whole region\'s counties are the region', () => {
    expect(partialScope(real('anshun-2023', '一年来,全市8个县(区)、86乡镇(街道)、1059村(居)实现全覆盖复盘'))).toBeUndefined();
  });

  it('the subject keeps the scope, once', () => {
    expect(scopedSubject('中央、省级衔接资金', '4个县')).toBe('4个县…中央、省级衔接资金');
    expect(scopedSubject('4个县中央、省级衔接资金', '4个县')).toBe('4个县中央、省级衔接资金');
    expect(scopedSubject('衔接资金', undefined)).toBe('衔接资金');
  });
});
