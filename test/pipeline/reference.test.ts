import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportMeta } from '../../scripts/pipeline/metadata.ts';
import {
  ancestors, BOUNDARY_CHANGE_COLUMNS, boundaryChangesAffecting, loadBoundaryChanges, loadRegions, REGION_COLUMNS,
  regionIndex, regionNameLexicon, type Region,
} from '../../scripts/pipeline/reference.ts';
import { inputErrorOf, scratchDir } from './scratch.ts';

const REPORT_IDS = ['siping-2017', 'siping-2022', 'jilin-2021', 'anshun-2023', 'lanxi-2023-plan'];
const regions = loadRegions('data/regions.csv');
const index = regionIndex(regions);
const changes = loadBoundaryChanges('data/boundary_changes.csv', index);

const dir = scratchDir('reference-test');
function temp(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** Codes of the names in a lexicon that match exactly. */
const codesOf = (name: string, lexicon: { name: string; code: string }[]) => lexicon.filter((e) => e.name === name).map((e) => e.code);

describe('data/regions.csv', () => {
  it('is UTF-8 with LF line endings and no BOM', () => {
    const bytes = readFileSync('data/regions.csv');
    expect(bytes[0]).not.toBe(0xef);
    expect(bytes.includes(0x0d)).toBe(false);
  });

  it('holds the region of every report and a province above every region', () => {
    for (const id of REPORT_IDS) expect(index.has(loadReportMeta(`data/reports/${id}.yml`).region)).toBe(true);
    for (const r of regions) {
      const chain = [r.code, ...ancestors(r.code, index)];
      expect(index.get(chain.at(-1)!)!.level).toBe('province');
    }
  });

  it('names in the texts resolve: 梨树县 and 梨树 are the same county', () => {
    const lexicon = regionNameLexicon(regions, '2022-12-01');
    expect(codesOf('梨树县', lexicon)).toEqual(codesOf('梨树', lexicon));
    expect(codesOf('梨树县', lexicon)).toHaveLength(1);
    expect(index.get(codesOf('梨树县', lexicon)[0])!.name_zh).toBe('梨树县');
    // 伊通县 is what the texts write; the official name is 伊通满族自治县.
    expect(codesOf('伊通县', lexicon)).toEqual(codesOf('伊通满族自治县', lexicon));
  });

  it('the region of each report is named, as written, in the texts', () => {
    const texts = REPORT_IDS.map((id) => readFileSync(`data/reports/${id}.txt`, 'utf8')).join('\n');
    const lexicon = regionNameLexicon(regions);
    const found = new Set(lexicon.filter((e) => texts.includes(e.name)).map((e) => e.code));
    for (const id of REPORT_IDS) expect(found.has(loadReportMeta(`data/reports/${id}.yml`).region)).toBe(true);
  });

  it('公主岭 belongs to 四平市 before 2020-06-19 and to 长春市 from that day', () => {
    const before = codesOf('公主岭', regionNameLexicon(regions, '2020-06-18'));
    const after = codesOf('公主岭', regionNameLexicon(regions, '2020-06-19'));
    expect(before).toHaveLength(1);
    expect(after).toHaveLength(1);
    expect(index.get(before[0])!.parent_code).toBe(codesOf('四平市', regionNameLexicon(regions))[0]);
    expect(index.get(after[0])!.parent_code).toBe(codesOf('长春市', regionNameLexicon(regions))[0]);
    expect(index.get(before[0])!.successor_code).toBe(after[0]);
    // Without a date both are candidates; the caller decides.
    expect(codesOf('公主岭市', regionNameLexicon(regions)).sort()).toEqual([...before, ...after].sort());
  });

  it('the lexicon lists longer names first, so 伊通满族自治县 is tried before 伊通', () => {
    const lexicon = regionNameLexicon(regions);
    for (let i = 1; i < lexicon.length; i++) expect(lexicon[i - 1].name.length).toBeGreaterThanOrEqual(lexicon[i].name.length);
    expect(new Set(lexicon.map((e) => `${e.name} ${e.code}`)).size).toBe(lexicon.length);
  });

  it('ancestors are nearest first', () => {
    const county = codesOf('梨树县', regionNameLexicon(regions))[0];
    const chain = ancestors(county, index);
    expect(chain[0]).toBe(index.get(county)!.parent_code);
    expect(chain[1]).toBe(index.get(chain[0])!.parent_code);
    expect(chain).toHaveLength(2);
    expect(() => ancestors('999999', index)).toThrow(/unknown region code 999999/);
  });
});

describe('data/boundary_changes.csv', () => {
  const siping = codesOf('四平市', regionNameLexicon(regions))[0];
  const changchun = codesOf('长春市', regionNameLexicon(regions))[0];
  const jilin = codesOf('吉林省', regionNameLexicon(regions))[0];

  it('Siping 2017 vs 2022 is affected by the 公主岭 transfer, in either order', () => {
    const found = boundaryChangesAffecting(siping, '2017', '2022', changes, index);
    expect(found).toHaveLength(1);
    expect(found[0].old_code).toBe(codesOf('公主岭', regionNameLexicon(regions, '2019-01-01'))[0]);
    expect(boundaryChangesAffecting(siping, '2022', '2017', changes, index)).toEqual(found);
    expect(boundaryChangesAffecting(changchun, '2017', '2022', changes)).toEqual(found);
    expect(boundaryChangesAffecting(found[0].new_code!, '2017', '2022', changes)).toEqual(found);
  });

  it('is not reported where the territory is unchanged', () => {
    const date = changes[0].date;
    const year = Number(date.slice(0, 4));
    expect(boundaryChangesAffecting(siping, '2021', '2022', changes, index)).toEqual([]); // both after
    expect(boundaryChangesAffecting(siping, '2013-2018', '2019', changes, index)).toEqual([]); // both before
    expect(boundaryChangesAffecting(siping, `2013-${year}`, '2022', changes, index)).toHaveLength(1); // inside the first period
    expect(boundaryChangesAffecting(jilin, '2017', '2022', changes, index)).toEqual([]); // a move within the province
  });

  it('a transfer between provinces affects both provinces when an index is given', () => {
    const between = [{ ...changes[0], from_parent: siping, to_parent: codesOf('安顺市', regionNameLexicon(regions))[0] }];
    expect(boundaryChangesAffecting(jilin, '2017', '2022', between, index)).toHaveLength(1);
    expect(boundaryChangesAffecting(jilin, '2017', '2022', between)).toHaveLength(0); // without an index only direct matches
  });
});

/** A small valid regions table, one region per line after the header. */
const HEADER = REGION_COLUMNS.join(',');
const PROVINCE = '220000,,province,吉林省,Jilin Province,,24073453,census,,,,';
const PREFECTURE = '220300,220000,prefecture,四平市,Siping,四平,,,,,,';
const COUNTY = '220322,220300,county,梨树县,Lishu County,梨树,,,,,,';

describe('loadRegions errors name file, line, column and cause', () => {
  it('accepts the small table, with a quoted multi-line note counted in line numbers', () => {
    const path = temp('ok.csv', [HEADER, PROVINCE, '220300,220000,prefecture,四平市,Siping,四平,,,,,,"two\nlines, quoted"', COUNTY]);
    const loaded: Region[] = loadRegions(path);
    expect(loaded.map((r) => r.code)).toEqual(['220000', '220300', '220322']);
    expect(loaded[0].population_2020).toBe(24073453);
    expect(loaded[1].population_2020).toBeNull();
    expect(loaded[1].short_names).toEqual(['四平']);
    expect(loaded[1].note).toBe('two\nlines, quoted');
    const bad = temp('late.csv', [HEADER, PROVINCE, '220300,220000,prefecture,四平市,Siping,四平,,,,,,"two\nlines"', '220322,220300,town,梨树县,Lishu County,,,,,,,']);
    expect(inputErrorOf(() => loadRegions(bad))).toMatch(/late\.csv:5 \(level\)/);
  });

  it('an unknown level', () => {
    const path = temp('level.csv', [HEADER, PROVINCE, PREFECTURE.replace('prefecture', 'city')]);
    expect(inputErrorOf(() => loadRegions(path))).toBe(`${path}:3 (level): expected one of province, prefecture, county, county_city, district, got "city"`);
  });

  it('a code that is not six digits', () => {
    const path = temp('code.csv', [HEADER, PROVINCE, COUNTY.replace('220322', '22032')]);
    expect(inputErrorOf(() => loadRegions(path))).toBe(`${path}:3 (code): expected a six-digit GB/T 2260 code, got "22032"`);
  });

  it('a parent that is not in the table', () => {
    const path = temp('parent.csv', [HEADER, PROVINCE, COUNTY]);
    expect(inputErrorOf(() => loadRegions(path))).toBe(`${path}:3 (parent_code): parent 220300 is not in the table`);
  });

  it('a duplicate code, naming both lines', () => {
    const path = temp('dup.csv', [HEADER, PROVINCE, PREFECTURE, COUNTY, COUNTY.replace('梨树县', '梨树')]);
    expect(inputErrorOf(() => loadRegions(path))).toBe(`${path}:5 (code): duplicate code 220322 (first on line 4)`);
  });

  it('a code that does not fit under its parent', () => {
    const path = temp('fit.csv', [HEADER, PROVINCE, PREFECTURE, COUNTY.replace('220322', '220422')]);
    expect(inputErrorOf(() => loadRegions(path))).toMatch(/fit\.csv:4 \(code\): county-level 220422 does not fit under 220300/);
  });

  it('a population that is not a whole number', () => {
    const path = temp('pop.csv', [HEADER, PROVINCE.replace('24073453', '2407.3万'), PREFECTURE]);
    expect(inputErrorOf(() => loadRegions(path))).toMatch(/pop\.csv:2 \(population_2020\): expected a whole number.*got "2407\.3万"/);
  });

  it('a wrong header, a short row, bad quoting', () => {
    expect(inputErrorOf(() => loadRegions(temp('header.csv', [HEADER.replace('name_en', 'name_english'), PROVINCE])))).toMatch(/header\.csv:1: expected the header/);
    expect(inputErrorOf(() => loadRegions(temp('short.csv', [HEADER, PROVINCE, '220300,220000,prefecture'])))).toMatch(/short\.csv:3: expected 12 fields, got 3/);
    expect(inputErrorOf(() => loadRegions(temp('quote.csv', [HEADER, PROVINCE, '220300,220000,prefecture,"四平市,Siping,,,,,,,'])))).toMatch(/quote\.csv:3: invalid CSV/);
  });

  it('a successor without an end date, and an unknown successor', () => {
    const ended = PREFECTURE.replace(/,,,,,,$/, ',,,,,220322,');
    expect(inputErrorOf(() => loadRegions(temp('succ.csv', [HEADER, PROVINCE, ended, COUNTY])))).toMatch(/succ\.csv:3 \(valid_to\): a region with a successor_code needs valid_to/);
    const unknown = PREFECTURE.replace(/,,,,,,$/, ',,,,2020-06-19,999999,');
    expect(inputErrorOf(() => loadRegions(temp('succ2.csv', [HEADER, PROVINCE, unknown])))).toMatch(/succ2\.csv:3 \(successor_code\): successor 999999 is not in the table/);
  });
});

describe('loadBoundaryChanges errors', () => {
  const HEADER_BC = BOUNDARY_CHANGE_COLUMNS.join(',');
  it('a bad date and an unknown region', () => {
    const bad = temp('bc-date.csv', [HEADER_BC, '2020/6/19,220184,220300,220100,220381,220184,moved,State Council']);
    expect(inputErrorOf(() => loadBoundaryChanges(bad))).toBe(`${bad}:2 (date): expected ISO date YYYY-MM-DD, got "2020/6/19"`);
    const unknown = temp('bc-code.csv', [HEADER_BC, '2020-06-19,220184,220300,229900,220381,220184,moved,State Council']);
    expect(inputErrorOf(() => loadBoundaryChanges(unknown, index))).toBe(`${unknown}:2 (to_parent): region 229900 is not in data/regions.csv`);
    expect(loadBoundaryChanges(unknown)[0].to_parent).toBe('229900'); // only checked against an index
  });

  it('a change without a source', () => {
    const path = temp('bc-source.csv', [HEADER_BC, '2020-06-19,220184,220300,220100,220381,220184,moved,']);
    expect(inputErrorOf(() => loadBoundaryChanges(path))).toMatch(/bc-source\.csv:2 \(source\): required/);
  });
});
