import { describe, expect, it } from 'vitest';
import { indicatorSchema } from '../../src/schema/indicator.ts';

const entry = (over: Record<string, unknown>) => ({
  key: 'demo', topic: 'income', label_zh: '示例', label_en: 'Demo', unit: 'yuan', kinds: ['actual'],
  definition_zh: '示例。', definition_en: 'Demo.', phrases: ['示例指标'], higher_is_better: true, ...over,
});

describe('indicatorSchema: intensive', () => {
  it('defaults to a total, which compares only within one tier', () => {
    expect(indicatorSchema.parse(entry({})).intensive).toBe(false);
  });
  it('refuses a share or ratio not marked intensive, naming the field', () => {
    const result = indicatorSchema.safeParse(entry({ unit: 'percent' }));
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['intensive']);
    expect(indicatorSchema.safeParse(entry({ unit: 'percent', intensive: true })).success).toBe(true);
  });
  it('lets an amount per person say it is intensive', () => {
    expect(indicatorSchema.parse(entry({ intensive: true })).intensive).toBe(true);
  });
});
