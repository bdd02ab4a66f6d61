import { describe, expect, it } from 'vitest';
import { count, figureValue, langOf, periodLabel, reportShortLabel } from '../../src/format/display.ts';
import type { Figure, Region, Report } from '../../src/lib/queries/data.ts';

const region = { code: '231222', name_zh: '兰西县', name_en: 'Lanxi County' } as Region;
const report = (doc_kind: 'review' | 'plan') => ({ period: '2023', doc_kind }) as Report;

describe('reportShortLabel', () => {
  it('names a report by region and period, and says when it is a plan', () => {
    expect(reportShortLabel(report('plan'), region, 'zh')).toBe('兰西县 2023年（计划）');
    expect(reportShortLabel(report('plan'), region, 'en')).toBe('Lanxi County 2023 (plan)');
    expect(reportShortLabel(report('review'), region, 'en')).toBe('Lanxi County 2023');
  });
});

describe('figureValue', () => {
  it('signs changes and marks bounds', () => {
    const f = { value: 12.3, unit: 'percent', qualifier: 'exact', kind: 'change' } as Figure;
    expect(figureValue(f, 'en')).toBe('+12.3%');
    expect(figureValue({ ...f, value: 50, unit: 'count', qualifier: 'at_least', kind: 'actual' }, 'zh')).toBe('≥50个');
  });
});

describe('langOf', () => {
  it('tells metadata written in English from Chinese', () => {
    expect(langOf('The date is not in the text (今年).')).toBe('en');
    expect(langOf('贵州省第七次全国人口普查公报（第二号）')).toBe('zh-CN');
  });
});

describe('labels', () => {
  it('formats periods and counts per locale', () => {
    expect(periodLabel('2013-2021', 'zh')).toBe('2013—2021年');
    expect(periodLabel('2013-2021', 'en')).toBe('2013–2021');
    expect(count(1234, 'en')).toBe('1,234');
  });
});
