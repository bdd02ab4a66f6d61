import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { JOURNAL } from '../../../scripts/pipeline/commit.ts';
import {
  atlas, dataFile, dataFiles, figureTown, figuresByRegion, figuresByReport, figureById, loadAtlas, parseFigures,
  parseBlocks, parseMentions, regionAncestors, regionChildren, regionDescendants, regionParent, reports, reportText,
  resetAtlas,
  PENDING_COMMIT,
} from '../../../src/lib/queries/data.ts';
import { indicatorCounts } from '../../../src/lib/queries/derived.ts';
import { FIGURE_COLUMNS } from '../../../src/schema/figure.ts';
import { INDICATOR_COLUMNS } from '../../../src/schema/indicator.ts';
import { REPORT_COLUMNS } from '../../../src/schema/report.ts';

const HEADER = FIGURE_COLUMNS.join(',');
// A real sentence: jilin-2021, '全省脱贫地区农民收入达到12906元'.
const TEXT = '2021年，全省脱贫地区农民收入达到12906元，同比增长12.3%。';
const at = (s: string) => TEXT.indexOf(s);
const row = (over: Partial<Record<(typeof FIGURE_COLUMNS)[number], string>> = {}) => {
  const ns = at('12906元');
  const base = {
    figure_id: `demo:${ns}`, report: 'demo', region_code: '220000', town_code: '', period: '2021', indicator: 'income', subject: '脱贫地区农民收入',
    value: '12906', value_to: '', unit: 'yuan', qualifier: 'exact', kind: 'actual', basis: '', number_text: '12906元', number_start: String(ns),
    number_end: String(ns + 6), quote: TEXT.slice(5, TEXT.indexOf('，同比')), start: '5', end: String(TEXT.indexOf('，同比')), correction: '',
  };
  const r = { ...base, ...over };
  return FIGURE_COLUMNS.map((c) => `"${r[c].replace(/"/g, '""')}"`).join(',');
};

describe('parseFigures', () => {
  it('types every column explicitly', () => {
    const [f] = parseFigures(`${HEADER}\n${row()}\n`);
    expect(f.value).toBe(12906);
    expect(f.number_start).toBe(at('12906元'));
    expect(typeof f.region_code).toBe('string');
    expect(f.unit).toBe('yuan');
    expect(f.correction).toBe('');
  });

  it('keeps codes and periods as text (no dynamic typing)', () => {
    const [f] = parseFigures(`${HEADER}\n${row({ period: '2013-2021' })}\n`);
    expect(f.period).toBe('2013-2021');
    expect(f.region_code).toBe('220000');
  });

  it('names file, line and column of a bad value', () => {
    expect(() => parseFigures(`${HEADER}\n${row()}\n${row({ unit: 'furlongs' })}\n`)).toThrow(/data\/figures.csv:3 \(unit\): expected one of yuan, .*, got "furlongs"/);
    expect(() => parseFigures(`${HEADER}\n${row({ number_start: '12.5' })}\n`)).toThrow(/:2 \(number_start\): expected an integer/);
    expect(() => parseFigures(`${HEADER}\n${row({ value: '' })}\n`)).toThrow(/:2 \(value\): expected a number/);
  });

  it('refuses an id that is not <report>:<number_start> and a number outside its quote', () => {
    expect(() => parseFigures(`${HEADER}\n${row({ figure_id: 'demo:1' })}\n`)).toThrow(/figure_id/);
    expect(() => parseFigures(`${HEADER}\n${row({ start: '30', end: '31' })}\n`)).toThrow(/not inside the quote/);
  });

  it('names a header that is not the schema\'s', () => {
    expect(() => parseFigures('figure_id,report\nx,y\n')).toThrow(/data\/figures.csv:1: expected the header figure_id,report,region_code/);
  });
});

describe('parseMentions and parseBlocks', () => {
  it('reads mentions with typed offsets and status', () => {
    const [m] = parseMentions('report,start,end,text,status,figure_id,reason\ndemo,0,5,2021年,excluded,,year\n');
    expect(m).toEqual({ report: 'demo', start: 0, end: 5, text: '2021年', status: 'excluded', figure_id: '', reason: 'year' });
    expect(() => parseMentions('report,start,end,text,status,figure_id,reason\ndemo,0,5,x,maybe,,\n')).toThrow(/:2 \(status\): expected one of figure, excluded, unknown_place, got "maybe"/);
  });

  it('reads blocks with typed offsets and a known kind', () => {
    const [b] = parseBlocks('report,start,end,kind,reason\ndemo,0,5,boilerplate,footer\n');
    expect(b).toEqual({ report: 'demo', start: 0, end: 5, kind: 'boilerplate', reason: 'footer' });
    expect(() => parseBlocks('report,start,end,kind,reason\ndemo,0,5,poem,\n')).toThrow(/blocks.csv:2 \(kind\)/);
    expect(() => parseBlocks('report,start,end,kind,reason\ndemo,5,5,body,\n')).toThrow(/blocks.csv:2 \(end\): end is not after start/);
  });
});

/** A data directory with one report, built from the real reference tables. */
function fixtureDir(figureRow: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-'));
  mkdirSync(join(dir, 'reports'));
  copyFileSync('data/places.csv', join(dir, 'places.csv'));
  copyFileSync('data/boundary_changes.csv', join(dir, 'boundary_changes.csv'));
  // The towns figures may name (220382 双辽市 is in places.csv).
  writeFileSync(join(dir, 'towns.csv'), 'code,county_code,name_zh,name_en\n220382101,220382,双山镇,Shuangshan Town\n');
  writeFileSync(join(dir, 'reports/demo.txt'), TEXT);
  const sha = createHash('sha256').update(TEXT).digest('hex');
  // The published tables the pipeline would write: reports.csv and indicators.csv, not the .yml it reads.
  writeFileSync(join(dir, 'reports.csv'), [
    REPORT_COLUMNS.join(','),
    `demo,演示,,Demo,吉林日报,,,,2022-05-17,,,,2021,220000,review,zh,test,,,test,,test,${sha},,,,,,,,,,,`, '',
  ].join('\n'));
  writeFileSync(join(dir, 'indicators.csv'), [
    INDICATOR_COLUMNS.join(','), 'income,income,收入,Income,yuan,,actual,收入。,Income.,农民收入,,,,,true,false,true', '',
  ].join('\n'));
  writeFileSync(join(dir, 'blocks.csv'), `report,start,end,kind,reason\ndemo,0,${TEXT.length},body,\n`);
  writeFileSync(join(dir, 'figures.csv'), `${HEADER}\n${figureRow}\n`);
  writeFileSync(join(dir, 'mentions.csv'), 'report,start,end,text,status,figure_id,reason\n');
  return dir;
}

describe('loadAtlas', () => {
  afterEach(() => {
    delete process.env.ATLAS_DATA_DIR;
    resetAtlas();
  });

  it('joins figures to reports, regions and indicators', () => {
    process.env.ATLAS_DATA_DIR = fixtureDir(row());
    const f = figureById(`demo:${at('12906元')}`);
    expect(f?.value).toBe(12906);
    expect(reportText('demo').slice(f!.number_start, f!.number_end)).toBe('12906元');
    expect(figuresByReport('demo')).toHaveLength(1);
    expect(indicatorCounts('income')).toEqual({ figures: 1, regions: 1 });
    expect(dataFiles()).toContain('reports/demo.txt');
    expect(dataFile('reports/demo.txt').toString('utf8')).toBe(TEXT);
    expect(() => dataFile('../package.json')).toThrow();
  });

  it('refuses a figure whose number_text is not at its offsets in the text', () => {
    const dir = fixtureDir(row({ number_text: '12907元' }));
    expect(() => loadAtlas(dir)).toThrow(/number_text "12907元" is not at/);
  });

  it('refuses tables an interrupted commit may have left mixed (its journal is still there)', () => {
    const dir = fixtureDir(row());
    writeFileSync(join(dir, JOURNAL), '{}');
    expect(() => loadAtlas(dir)).toThrow(/interrupted .* run `npm run data` again/);
    expect(PENDING_COMMIT).toBe(JOURNAL);
  });

  it('refuses unknown regions and indicators', () => {
    expect(() => loadAtlas(fixtureDir(row({ region_code: '999999' })))).toThrow(/unknown region 999999/);
    // An empty region is a figure about a place the pipeline could not resolve: shown in its report only.
    expect(loadAtlas(fixtureDir(row({ region_code: '' }))).figures[0].region_code).toBe('');
    expect(() => loadAtlas(fixtureDir(row({ indicator: 'happiness' })))).toThrow(/unknown indicator "happiness"/);
  });

  it('joins a figure to the town it is about, which must be in towns.csv and in the figure\'s region', () => {
    process.env.ATLAS_DATA_DIR = fixtureDir(row({ region_code: '220382', town_code: '220382101' }));
    const f = figureById(`demo:${at('12906元')}`)!;
    expect(figureTown(f)).toMatchObject({ name_zh: '双山镇', county_code: '220382' });
    expect(figureTown({ ...f, town_code: '' })).toBeUndefined();
    expect(() => loadAtlas(fixtureDir(row({ region_code: '220382', town_code: '220382102' })))).toThrow(/unknown town 220382102 \(not in data\/towns\.csv\)/);
    expect(() => loadAtlas(fixtureDir(row({ region_code: '220300', town_code: '220382101' })))).toThrow(/town_code.*town 220382101 does not lie in region 220300/);
  });

  it('refuses a block that is not one line of its report', () => {
    const dir = fixtureDir(row());
    writeFileSync(join(dir, 'blocks.csv'), `report,start,end,kind,reason\ndemo,0,${TEXT.length + 3},body,\n`);
    expect(() => loadAtlas(dir)).toThrow(/blocks.csv:2: \[0,\d+\) is not one line/);
  });

  it('walks the region hierarchy of places.csv', () => {
    process.env.ATLAS_DATA_DIR = fixtureDir(row());
    expect(regionParent('220382')?.code).toBe('220300');
    expect(regionAncestors('220382').map((r) => r.code)).toEqual(['220000', '220300']);
    expect(regionChildren('220300').map((r) => r.code)).toContain('220382');
    expect(regionDescendants('220000').map((r) => r.code)).toEqual(expect.arrayContaining(['220300', '220382', '222424']));
    expect(figuresByRegion('220000')).toHaveLength(1);
    expect(figuresByRegion('220300', { includeDescendants: true })).toHaveLength(0);
  });
});

describe('the real data', () => {
  afterEach(() => resetAtlas());

  it('loads, typed, with every figure at its offsets', () => {
    const a = atlas();
    expect(a.figures.length).toBeGreaterThan(0);
    for (const f of a.figures) {
      expect(Number.isFinite(f.value)).toBe(true);
      expect(reportText(f.report).slice(f.number_start, f.number_end)).toBe(f.number_text);
      expect(reportText(f.report).slice(f.start, f.end)).toBe(f.quote);
    }
    expect(reports().map((r) => r.id)).toEqual(expect.arrayContaining(['siping-2017', 'siping-2022', 'jilin-2021', 'anshun-2023', 'lanxi-2023-plan']));
  });

  it('counts a region with its sub-regions at least as often as alone', () => {
    for (const code of ['220000', '220300', '520400']) {
      expect(figuresByRegion(code, { includeDescendants: true }).length).toBeGreaterThanOrEqual(figuresByRegion(code).length);
    }
  });
});
