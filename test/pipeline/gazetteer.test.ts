// The gazetteer's rules on small made-up trees, and the package's data as loaded.
import { describe, expect, it } from 'vitest';
import { buildGazetteer, codeOn, isGenericName, isRegionCode, shortForms, type GazetteerSource } from '../../scripts/pipeline/gazetteer.ts';
import { loadGazetteer } from '../../scripts/pipeline/gazetteerData.ts';
import { loadBoundaryChanges, loadRegions, regionIndex, type Region } from '../../scripts/pipeline/reference.ts';

describe('shortForms', () => {
  it('strips the level word and keeps stems of two characters or more', () => {
    expect(shortForms('德江县', 'county')).toEqual(['德江']);
    expect(shortForms('泸水市', 'county_city')).toEqual(['泸水']);
    expect(shortForms('敖汉旗', 'county')).toEqual(['敖汉']);
    expect(shortForms('新县', 'county')).toEqual([]); // a one-character stem is no name
  });
  it('strips the ethnic names of an autonomous area and keeps its level word as texts do', () => {
    expect(shortForms('黔东南苗族侗族自治州', 'prefecture')).toEqual(['黔东南州', '黔东南']);
    expect(shortForms('前郭尔罗斯蒙古族自治县', 'county')).toEqual(['前郭尔罗斯县', '前郭尔罗斯', '前郭县', '前郭']);
    expect(shortForms('东乡族自治县', 'county')).toEqual(['东乡县', '东乡']);
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
    expect(isGenericName('城区') && isGenericName('市中区') && !isGenericName('新县') && !isGenericName('铁西区')).toBe(true);
  });
  it('gives a town no bare stem, only its name without ethnic words', () => {
    expect(shortForms('城关镇', 'town')).toEqual([]);
    expect(shortForms('杨武布依族苗族乡', 'town')).toEqual(['杨武乡']);
  });
});

const tree: GazetteerSource = {
  package: { name: 'test', version: '0', dataDate: '2021-01-04' },
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
  const g = buildGazetteer(tree, []);
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
    const shared = buildGazetteer({ ...tree, tree: [{ ...tree.tree[0], children: [...tree.tree[0].children!, { code: '880300', name: '山海州' }] }] }, []);
    expect(shared.byName.get('山海')).toBeUndefined();
    expect(shared.byName.get('山海省')?.[0].code).toBe('880000');
  });
  it('lets a hand-kept row win and add what the package lacks (English, validity, a code that no longer exists)', () => {
    const hand: Region = {
      code: '880222', parent_code: '880200', level: 'county', name_zh: '旧禾县', name_en: 'Jiuhe County', short_names: ['旧禾'],
      population_2020: null, population_source: '', valid_from: null, valid_to: '2020-01-01', successor_code: '880221', note: '',
    };
    const merged = buildGazetteer(tree, [hand, { ...hand, code: '880221', name_zh: '青禾县', name_en: 'Qinghe County', short_names: [], valid_to: null, successor_code: null }]);
    expect(merged.places.get('880222')).toMatchObject({ en: 'Jiuhe County', validTo: '2020-01-01', handKept: true });
    expect(merged.places.get('880221')).toMatchObject({ en: 'Qinghe County', short: ['青禾'] }); // the rule's short forms stay beside the table's
  });
});

describe('the package as loaded, merged with data/regions.csv', () => {
  const regions = loadRegions('data/regions.csv');
  const g = loadGazetteer(regions, loadBoundaryChanges('data/boundary_changes.csv', regionIndex(regions)));
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
  it('agrees with every hand-kept row on name, parent and level: only 220381 (公主岭 before 2020) is the table\'s alone', () => {
    // What makes shrinking data/regions.csv to what no package knows safe: the package says the rest the same way.
    const pkg = loadGazetteer([]);
    const disagree = regions.filter((r) => {
      const p = pkg.places.get(r.code);
      return p && (p.name !== r.name_zh || p.parent !== r.parent_code || p.level !== r.level);
    }).map((r) => r.code);
    expect(disagree).toEqual([]);
    expect(regions.filter((r) => !pkg.places.has(r.code)).map((r) => r.code)).toEqual(['220381']);
  });
});
