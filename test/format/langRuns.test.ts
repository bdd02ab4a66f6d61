import { describe, expect, it } from 'vitest';
import { hasHan, langRuns } from '../../src/format/langRuns.ts';

describe('langRuns', () => {
  it('cuts Chinese out of English text as whole words, and gives the text back when joined', () => {
    const text = 'Value in base units (2.9475亿元 is 294750000); document 兰农工组发[2023]2号, “余”“以上”.';
    const runs = langRuns(text);
    expect(runs.filter((r) => r.zh).map((r) => r.text)).toEqual(['亿元', '兰农工组发[2023]2号', '余”“以上']);
    expect(runs.map((r) => r.text).join('')).toBe(text);
  });

  it('leaves text without Chinese as one run', () => {
    expect(langRuns('Siping, 2022')).toEqual([{ text: 'Siping, 2022', zh: false }]);
    expect(hasHan('Siping')).toBe(false);
    expect(hasHan('四平')).toBe(true);
  });
});
