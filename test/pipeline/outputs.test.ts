import { cpSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { GENERATED, renderOutputs } from '../../scripts/pipeline/outputs.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { FIGURE_COLUMNS, MENTION_COLUMNS } from '../../scripts/pipeline/types.ts';
import { scratchDir } from './scratch.ts';
import { readTable } from '../../src/schema/read.ts';
import { reportTable } from '../../src/schema/report.ts';

const dir = scratchDir('outputs-test');
const result = runPipeline('data');
const files = renderOutputs(result, 'data');
const parse = (name: string) => Papa.parse<Record<string, string>>(files.get(join('data', name))!, { header: true, skipEmptyLines: true });

describe('renderOutputs', () => {
  it('renders exactly the generated files, inside the data directory', () => {
    expect([...files.keys()]).toEqual(GENERATED.map((f) => join('data', f)));
  });

  it('figures.csv and mentions.csv have the shared columns and one row per figure / mention', () => {
    const figures = parse('figures.csv');
    expect(figures.meta.fields).toEqual([...FIGURE_COLUMNS]);
    expect(figures.data).toHaveLength(result.figures.length);
    expect(figures.data[0].figure_id).toBe(result.figures[0].figure_id);
    expect(Number(figures.data[0].value)).toBe(result.figures[0].value);
    const mentions = parse('mentions.csv');
    expect(mentions.meta.fields).toEqual([...MENTION_COLUMNS]);
    expect(mentions.data).toHaveLength(result.mentions.length);
  });

  it('datapackage.json is JSON with a final newline and lists every generated CSV', () => {
    const text = files.get(join('data', 'datapackage.json'))!;
    expect(text.endsWith('}\n')).toBe(true);
    const paths = (JSON.parse(text) as { resources: { path: string }[] }).resources.map((r) => r.path);
    for (const f of GENERATED.filter((g) => g.endsWith('.csv'))) expect(paths).toContain(f);
  });

  it('renders the same text twice (stable, no timestamps)', () => {
    expect(renderOutputs(runPipeline('data'), 'data')).toEqual(files);
  });

  it('reports.csv reads back, through its schema, as the metadata the pipeline read', () => {
    const path = join(dir, 'reports.csv');
    writeFileSync(path, files.get(join('data', 'reports.csv'))!);
    expect(readTable(path, reportTable)).toEqual(result.reports);
  });

  it('a run without regions.csv fails early, naming it', () => {
    const copy = join(dir, 'data');
    cpSync('data', copy, { recursive: true });
    rmSync(join(copy, 'regions.csv'));
    expect(() => runPipeline(copy)).toThrow(/regions\.csv/);
  });
});
