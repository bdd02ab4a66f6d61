import { describe, expect, it } from 'vitest';
import { englishName, publishedRegions } from '../../scripts/pipeline/publishedRegions.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';

describe('englishName', () => {
  it('writes the pinyin of the name and the English of its level word', () => {
    expect(englishName('德江县', 'county')).toBe('Dejiang County');
    expect(englishName('长春市', 'prefecture')).toBe('Changchun');
    expect(englishName('西秀区', 'district')).toBe('Xixiu District');
    expect(englishName('贵州省', 'province')).toBe('Guizhou Province');
    expect(englishName('绿春县', 'county')).toBe('Lvchun County');
  });
  it('names the peoples of an autonomous area in English, in the order of the Chinese name', () => {
    expect(englishName('黔东南苗族侗族自治州', 'prefecture')).toBe('Qiandongnan Miao and Dong Autonomous Prefecture');
    expect(englishName('伊通满族自治县', 'county')).toBe('Yitong Manchu Autonomous County');
    expect(englishName('积石山保安族东乡族撒拉族自治县', 'county')).toBe('Jishishan Bonan, Dongxiang and Salar Autonomous County');
    expect(englishName('东乡族自治县', 'county')).toBe('Dongxiang Autonomous County'); // named after its people alone
    expect(englishName('广西壮族自治区', 'province')).toBe('Guangxi Zhuang Autonomous Region');
  });
  it('says a county-level city is one; towns, townships and subdistricts by their English level words', () => {
    expect(englishName('双辽市', 'county_city')).toBe('Shuangliao (county-level city)');
    expect(englishName('沙子镇', 'town')).toBe('Shazi Town');
    expect(englishName('长江乡', 'town')).toBe('Changjiang Township');
    expect(englishName('杨武布依族苗族乡', 'town')).toBe('Yangwu Bouyei and Miao Ethnic Township');
    expect(englishName('黄桶街道', 'town')).toBe('Huangtong Subdistrict');
  });
  it('uses the usual English of the provinces whose pinyin is not it', () => {
    expect(englishName('陕西省', 'province')).toBe('Shaanxi Province');
    expect(englishName('山西省', 'province')).toBe('Shanxi Province');
    expect(englishName('内蒙古自治区', 'province')).toBe('Inner Mongolia Autonomous Region');
  });
});

describe('publishedRegions', () => {
  const { regions: hand, gazetteer: g } = loadReference('data');
  it('publishes every hand-kept row with the gazetteer\'s names and what the table adds, and a region only the gazetteer knows with its ancestors', () => {
    const rows = publishedRegions(hand, ['520626', '', '220300'], g);
    for (const r of hand) {
      const row = rows.find((x) => x.code === r.code)!;
      expect(row).toMatchObject({ population_2020: r.population_2020, population_source: r.population_source, note: r.note });
      expect(row.name_zh).toBe(g.places.get(r.code)!.name);
      expect(row.short_names).toEqual(g.places.get(r.code)!.short);
    }
    expect(rows.find((r) => r.code === '220323')).toMatchObject({ name_zh: '伊通满族自治县', name_en: 'Yitong Manchu Autonomous County', level: 'county', parent_code: '220300' });
    expect(rows.find((r) => r.code === '220381')).toMatchObject({ parent_code: '220300', valid_to: '2020-06-19', successor_code: '220184' });
    const dejiang = rows.find((r) => r.code === '520626')!;
    expect(dejiang).toMatchObject({ name_zh: '德江县', name_en: 'Dejiang County', level: 'county', parent_code: '520600', short_names: ['德江'], population_2020: null });
    expect(rows.find((r) => r.code === '520600')).toMatchObject({ name_zh: '铜仁市', level: 'prefecture', parent_code: '520000' });
    expect(rows.map((r) => r.code)).toEqual([...rows.map((r) => r.code)].sort());
    expect(rows).toHaveLength(hand.length + 2);
  });

  it('an English name in regions.csv wins over the pinyin one', () => {
    const rows = publishedRegions([{ ...hand[0], code: '520626', name_en: 'Dejiang (official)' }], [], g);
    expect(rows.find((r) => r.code === '520626')?.name_en).toBe('Dejiang (official)');
  });

  it('adds a municipality district under its municipality, and ignores what is not a region code', () => {
    const rows = publishedRegions([], ['110101', '999999', '520626001'], g);
    expect(rows.map((r) => [r.code, r.parent_code])).toEqual([['110000', null], ['110101', '110000']]);
  });
});
