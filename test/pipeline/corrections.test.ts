import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCorrections } from '../../scripts/pipeline/corrections.ts';
import { loadCorrections } from '../../scripts/pipeline/load.ts';
import type { Figure } from '../../scripts/pipeline/types.ts';
import { figuresOf, seedText } from './seeds.ts';
import { inputErrorOf, scratchDir } from './scratch.ts';

const dir = scratchDir('corrections-test');
function temp(yaml: string): string {
  const path = join(dir, 'corrections.yml');
  writeFileSync(path, yaml);
  return path;
}
/** The figures of siping-2022 as the pipeline extracts them, fresh for each test. */
const siping = (): Figure[] => figuresOf(seedText('siping-2022'), 'siping-2022');

const FIVE_G = `- figure: siping-2022:4046
  expect: { value: 590, unit: count, subject: 建设56基站 }
  set: { subject: 建设5G基站 }
  reason: Source typo, 56 stands for 5G in this sentence.
`;

describe('loadCorrections', () => {
  it('reads data/corrections.yml, each entry with its line', () => {
    const corrections = loadCorrections('data/corrections.yml');
    expect(corrections.length).toBeGreaterThan(0);
    const lines = readFileSync('data/corrections.yml', 'utf8').split('\n');
    for (const c of corrections) expect(lines[c.line - 1]).toBe(`- figure: ${c.figure}`);
  });

  it('an empty list is no corrections; an empty or comment-only file is refused, not read as none', () => {
    expect(loadCorrections(temp('# nothing yet\n[]\n'))).toEqual([]);
    expect(inputErrorOf(() => loadCorrections(temp('# nothing yet\n')))).toMatch(/corrections\.yml:1: holds only comments/);
    expect(inputErrorOf(() => loadCorrections(temp('')))).toMatch(/corrections\.yml:1: the file is empty/);
  });

  it('errors name file, line and field', () => {
    expect(inputErrorOf(() => loadCorrections(temp('- figure: [x\n')))).toMatch(/corrections\.yml:\d+: /);
    expect(inputErrorOf(() => loadCorrections(temp('figure: x\n')))).toMatch(/corrections\.yml:1: expected a list of corrections/);
    expect(inputErrorOf(() => loadCorrections(temp(FIVE_G.replace('siping-2022:4046', 'siping 2022'))))).toMatch(/corrections\.yml:1 \(figure\): a figure_id/);
    expect(inputErrorOf(() => loadCorrections(temp(`${FIVE_G}${FIVE_G.replace('reason: Source typo, 56 stands for 5G in this sentence.', 'reason: typo')}`))))
      .toMatch(/corrections\.yml:8 \(reason\): say why/);
    expect(inputErrorOf(() => loadCorrections(temp(FIVE_G.replace('set: { subject: 建设5G基站 }', 'set: { colour: red }'))))).toMatch(/corrections\.yml:3 \(set\.colour\): unknown field/);
    expect(inputErrorOf(() => loadCorrections(temp(FIVE_G.replace('set: { subject: 建设5G基站 }', 'set: {}'))))).toMatch(/set at least one field/);
    expect(inputErrorOf(() => loadCorrections(temp(FIVE_G.replace('unit: count', 'unit: dozens'))))).toMatch(/\(expect\.unit\)/);
  });
});

describe('applyCorrections', () => {
  it('sets the fields and records the reason on the figure it names', () => {
    const figures = siping();
    applyCorrections(figures, loadCorrections(temp(FIVE_G)), 'corrections.yml');
    const f = figures.find((x) => x.figure_id === 'siping-2022:4046')!;
    expect(f.subject).toBe('建设5G基站');
    expect(f.correction).toBe('Source typo, 56 stands for 5G in this sentence.');
    expect(figures.filter((x) => x.correction)).toHaveLength(1);
  });

  it('a correction whose expectation no longer holds is stale: an error naming line and field', () => {
    const stale = FIVE_G.replace('value: 590', 'value: 591');
    expect(inputErrorOf(() => applyCorrections(siping(), loadCorrections(temp(stale)), 'corrections.yml')))
      .toBe('corrections.yml:1 (expect.value): figure siping-2022:4046 has value 590, the correction expects 591: it is stale');
  });

  it('a correction of a figure that is not extracted (any more) is stale', () => {
    const gone = FIVE_G.replace('siping-2022:4046', 'siping-2022:4047');
    expect(inputErrorOf(() => applyCorrections(siping(), loadCorrections(temp(gone)), 'corrections.yml')))
      .toMatch(/corrections\.yml:1 \(figure\): no figure siping-2022:4047 was extracted: the correction is stale/);
  });

  it('a correction that sets an indicator or region the tables do not know: one line naming file, line and field', () => {
    const targets = { indicators: new Set(['broadband_villages']), regions: new Set(['220300']) };
    const indicator = FIVE_G.replace('set: { subject: 建设5G基站 }', 'set: { indicator: happiness }');
    expect(inputErrorOf(() => applyCorrections(siping(), loadCorrections(temp(indicator)), 'corrections.yml', targets)))
      .toBe('corrections.yml:1 (set.indicator): unknown indicator "happiness" (not in data/indicators.yml)');
    const region = FIVE_G.replace('set: { subject: 建设5G基站 }', "set: { region_code: '229999' }");
    expect(inputErrorOf(() => applyCorrections(siping(), loadCorrections(temp(region)), 'corrections.yml', targets)))
      .toBe('corrections.yml:1 (set.region_code): unknown region code "229999" (not a region code of the gazetteer)');
    const known = FIVE_G.replace('set: { subject: 建设5G基站 }', 'set: { indicator: broadband_villages }');
    expect(applyCorrections(siping(), loadCorrections(temp(known)), 'corrections.yml', targets).find((f) => f.figure_id === 'siping-2022:4046')?.indicator).toBe('broadband_villages');
  });
});
