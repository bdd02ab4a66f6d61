// The gazetteer's rules on small made-up trees, and the package's data as loaded.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, codeOn, isGenericName, isRegionCode, shortForms, smallestCommonRegion, withHandKept, withPlaceNames, type GazetteerSource } from '../../scripts/pipeline/gazetteer.ts';
import type { BoundaryChange, HandKeptRegion } from '../../scripts/pipeline/reference.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';

describe('smallestCommonRegion', () => {
  it('is the first region of the first chain that every chain holds, or null', () => {
    expect(smallestCommonRegion([['621223', '621200', '620000'], ['621222', '621200', '620000']])).toBe('621200');
    expect(smallestCommonRegion([['150926', '150900', '150000'], ['152529', '152500', '150000']])).toBe('150000');
    expect(smallestCommonRegion([['621223', '621200', '620000'], ['222401', '222400', '220000']])).toBeNull();
    expect(smallestCommonRegion([])).toBeNull();
  });
});

describe('shortForms', () => {
  it('strips the level word and keeps stems of two characters or more', () => {
    expect(shortForms('德江县', 'county')).toEqual(['德江']);
    expect(shortForms('泸水市', 'county_city')).toEqual(['泸水']);
    expect(shortForms('敖汉旗', 'county')).toEqual(['敖汉']);
    expect(shortForms('新县', 'county')).toEqual([]); // a one-character stem is no name
  });
  it('strips the ethnic names of an autonomous area and keeps its level word as texts do', () => {
    expect(shortForms('黔东南苗族侗族自治州', 'prefecture')).toEqual(['黔东南自治州', '黔东南州', '黔东南']);
    expect(shortForms('镇宁布依族苗族自治县', 'county')).toEqual(['镇宁自治县', '镇宁县', '镇宁']);
    expect(shortForms('前郭尔罗斯蒙古族自治县', 'county')).toEqual(['前郭尔罗斯自治县', '前郭尔罗斯县', '前郭尔罗斯', '前郭县', '前郭']);
    expect(shortForms('东乡族自治县', 'county')).toEqual(['东乡自治县', '东乡县', '东乡']);
    expect(shortForms('鄂伦春自治旗', 'county')).toEqual(['鄂伦春旗', '鄂伦春']);
    expect(shortForms('广西壮族自治区', 'province')).toEqual(['广西']);
  });
  it('makes no short form of an ordinary word or of position words', () => {
    expect(shortForms('振兴区', 'district')).toEqual([]); // 乡村振兴
    expect(shortForms('富裕县', 'county')).toEqual([]); // 共同富裕
    expect(shortForms('乐业县', 'county')).toEqual([]); // 安居乐业
    expect(shortForms('合作市', 'county_city')).toEqual([]); // 合作社
    expect(shortForms('城区', 'district')).toEqual([]);
    expect(shortForms('桥西区', 'district')).toEqual([]);
    expect(shortForms('黑龙江省', 'province')).toEqual([]); // also the river
    expect(shortForms('贵州省', 'province')).toEqual(['贵州']);
    expect(isGenericName('城区') && isGenericName('市中区') && !isGenericName('新县') && !isGenericName('铁西区')).toBe(true);
  });
  it('gives a town no bare stem, only its name without ethnic words', () => {
    expect(shortForms('城关镇', 'town')).toEqual([]);
    expect(shortForms('杨武布依族苗族乡', 'town')).toEqual(['杨武乡']);
  });
});

const tree: GazetteerSource = {
  package: { name: 'test', version: '0', dataDate: '2021-01-04', townsDataDate: '2021-12-30' },
  tree: [
    { code: '880000', name: '山海省', children: [
      { code: '880100', name: '山海市', children: [
        { code: '880101', name: '市辖区' }, { code: '880102', name: '铁西区' }, { code: '880171', name: '山海经济技术开发区' },
      ] },
      { code: '880200', name: '石门市', children: [{ code: '880202', name: '铁西区' }, { code: '880221', name: '青禾县' }] },
      { code: '889000', name: '山海省-省直辖县级行政区划', children: [{ code: '889001', name: '山海林市' }] },
    ] },
  ],
  towns: [{ code: '880221', name: '青禾镇', town: '001000' }, { code: '880221', name: '金矿', town: '002000' }],
};

describe('buildGazetteer', () => {
  const g = buildGazetteer(tree);
  it('keeps GB/T 2260 units and drops the statistics placeholders and development zones', () => {
    expect([...g.places.keys()].filter((c) => c.length === 6).sort()).toEqual(['880000', '880100', '880102', '880200', '880202', '880221', '889001']);
    expect(g.places.get('889001')).toMatchObject({ parent: '880000', level: 'county_city' }); // directly under the province
    expect(g.places.get('880100')?.level).toBe('prefecture');
    expect(g.places.get('880102')?.level).toBe('district');
  });
  it('lists towns under their county, carrying the county code; a unit that is not a town is left out', () => {
    expect(g.places.get('880221001')).toMatchObject({ name: '青禾镇', level: 'town', parent: '880221', region: '880221' });
    expect(g.places.has('880221002')).toBe(false);
  });
  it('indexes homonyms under one name', () => {
    expect(g.byName.get('铁西区')?.map((p) => p.code)).toEqual(['880102', '880202']);
    expect(g.byName.get('铁西')?.map((p) => p.code)).toEqual(['880102', '880202']);
  });
  it('drops a short form a province shares with a place below it (吉林省/吉林市)', () => {
    const shared = buildGazetteer({ ...tree, tree: [{ ...tree.tree[0], children: [...tree.tree[0].children!, { code: '880300', name: '山海州' }] }] });
    expect(shared.byName.get('山海')).toBeUndefined();
    expect(shared.byName.get('山海省')?.[0].code).toBe('880000');
  });
  it('makes a code that no longer exists from a boundary change: same name and level, the parent it left, valid until the change', () => {
    const change: BoundaryChange = {
      date: '2020-01-01', code: '880221', from_parent: '880100', to_parent: '880200', old_code: '880122', new_code: '880221', note: 'moved', source: 'test',
    };
    const moved = buildGazetteer(tree, [change]);
    expect(moved.places.get('880122')).toMatchObject({ name: '青禾县', level: 'county', parent: '880100', validFrom: null, validTo: '2020-01-01', successor: '880221' });
    expect(moved.places.get('880221')).toMatchObject({ parent: '880200', validFrom: '2020-01-01', validTo: null, successor: null });
    expect(moved.byName.get('青禾县')?.map((p) => p.code).sort()).toEqual(['880122', '880221']);
    expect(codeOn('880122', '2021-01-01', moved)).toBe('880221');
    // A change whose new code the package lacks makes nothing (loadBoundaryChanges then names the line).
    expect(buildGazetteer(tree, [{ ...change, new_code: '889999', old_code: '880123' }]).places.has('880123')).toBe(false);
  });
  it('takes from a hand-kept row only what the package lacks: an English name, validity dates, a successor', () => {
    const hand: HandKeptRegion = {
      code: '880221', name_en: 'Qinghe (official)', population_2020: 1000, population_source: 'census', valid_from: '2015-01-01', valid_to: null, successor_code: null, note: '',
    };
    const merged = withHandKept(g, [hand]);
    expect(merged.places.get('880221')).toMatchObject({ name: '青禾县', en: 'Qinghe (official)', validFrom: '2015-01-01', short: ['青禾'] });
    expect(merged.byName.get('青禾')?.[0].en).toBe('Qinghe (official)');
    expect(g.places.get('880221')?.en).toBe(''); // the gazetteer it was given is left as it was
    expect(() => withHandKept(g, [{ ...hand, code: '880299' }])).toThrow(/880299 is not a region of the gazetteer/);
  });
  it('adds the names texts use that no rule derives, each to the one place its official name is', () => {
    const named = withPlaceNames(g, { 青县: '青禾县' });
    expect(named.byName.get('青县')?.map((p) => p.code)).toEqual(['880221']);
    expect(named.places.get('880221')?.short).toContain('青县');
    expect(() => withPlaceNames(g, { 青县: '红禾县' })).toThrow(/青县: 红禾县 is no place of the gazetteer/);
    expect(() => withPlaceNames(g, { 青禾: '青禾县' })).not.toThrow();
  });
});

describe('the package as loaded, with data/boundary_changes.csv and data/regions.csv', () => {
  const g = loadReference('data').gazetteer;
  const count = (level: string) => [...g.places.values()].filter((p) => p.level === level).length;
  it('covers every province, prefecture and county of the country, and towns', () => {
    expect(count('province')).toBe(34);
    expect(count('prefecture')).toBeGreaterThanOrEqual(330);
    expect(count('county') + count('county_city') + count('district')).toBeGreaterThanOrEqual(2840);
    expect(count('town')).toBeGreaterThanOrEqual(38000);
    expect(g.places.get('520626')).toMatchObject({ name: '德江县', parent: '520600', level: 'county', short: ['德江'] });
    expect(isRegionCode('520626', g) && !isRegionCode('520699', g) && !isRegionCode('220171', g)).toBe(true);
  });
  it('follows 公主岭 from 220381 to 220184 on 2020-06-19', () => {
    expect(codeOn('220381', '2021-01-01', g)).toBe('220184');
    expect(codeOn('220184', '2019-12-31', g)).toBe('220381');
    expect(codeOn('220184', '2021-01-01', g)).toBe('220184');
  });
  it('knows 220381, the code 公主岭 had under 四平市 until 2020-06-19, from data/boundary_changes.csv alone', () => {
    expect(g.places.get('220381')).toMatchObject({ name: '公主岭市', level: 'county_city', parent: '220300', validTo: '2020-06-19', successor: '220184' });
    expect(g.places.get('220184')).toMatchObject({ name: '公主岭市', parent: '220100', validFrom: '2020-06-19', validTo: null });
  });
});
