import { describe, expect, it } from 'vitest';
import { textWidth } from '../../src/charts/theme.ts';

describe('textWidth', () => {
  it('counts CJK characters a full em and Latin narrower, scaling with font size', () => {
    expect(textWidth('四平市', 12)).toBe(36);
    expect(textWidth('abc', 12)).toBeLessThan(textWidth('四平市', 12));
    expect(textWidth('1,234', 10)).toBe(Math.ceil((0.6 * 4 + 0.3) * 10));
    expect(textWidth('', 12)).toBe(0);
    expect(Math.abs(textWidth('Siping', 24) - 2 * textWidth('Siping', 12))).toBeLessThanOrEqual(1);
  });
});
