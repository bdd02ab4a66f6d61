import { describe, expect, it } from 'vitest';
import { englishName, publishedRegions } from '../../scripts/pipeline/publishedRegions.ts';
import { loadGazetteer } from '../../scripts/pipeline/gazetteerData.ts';
import { loadRegions } from '../../scripts/pipeline/reference.ts';

describe('englishName', () => {
  it('writes the pinyin of the name and the English of its level word', () => {
    expect(englishName('德江县', 'county')).toBe('Dejiang County');
    expect(englishName('长春市', 'prefecture')).toBe('Changchun');
    expect(englishName('西秀区', 'district')).toBe('Xixiu District');
    expect(englishName('贵州省', 'province')).toBe('Guizhou Province');
    expect(englishName('黔东南苗族侗族自治州', 'prefecture')).toBe('Qiandongnan Autonomous Prefecture');
    expect(englishName('绿春县', 'county')).toBe('Lvchun County');
  });
});

describe('publishedRegions', () => {
  const hand = loadRegions('data/regions.csv');
  const g = loadGazetteer(hand);
  it('keeps every hand-kept row as it is, and adds a region only the gazetteer knows with its ancestors', () => {
    const rows = publishedRegions(hand, ['520626', '', '220300'], g);
    for (const r of hand) expect(rows.find((x) => x.code === r.code)).toEqual(r);
    const dejiang = rows.find((r) => r.code === '520626')!;
    expect(dejiang).toMatchObject({ name_zh: '德江县', name_en: 'Dejiang County', level: 'county', parent_code: '520600', population_2020: null });
    expect(rows.find((r) => r.code === '520600')).toMatchObject({ name_zh: '铜仁市', level: 'prefecture', parent_code: '520000' });
    expect(rows.map((r) => r.code)).toEqual([...rows.map((r) => r.code)].sort());
    expect(rows).toHaveLength(hand.length + 2);
  });

  it('adds a municipality district under its municipality, and ignores what is not a region code', () => {
    const rows = publishedRegions([], ['110101', '999999'], g);
    expect(rows.map((r) => [r.code, r.parent_code])).toEqual([['110000', null], ['110101', '110000']]);
  });
});
