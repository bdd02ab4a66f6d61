// Region, period and kind inferred from the text: on the five seeds (against their .yml) and on the
// openings of test/devset/openings.ts. Printed for the report; every inference must hold.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inferReport } from '../../scripts/pipeline/infer.ts';
import { loadReportMeta, reportContext } from '../../scripts/pipeline/metadata.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';
import { OPENING_CASES } from './openings.ts';

const g = loadReference('data').gazetteer;
const SEEDS = ['anshun-2023', 'jilin-2021', 'lanxi-2023-plan', 'siping-2017', 'siping-2022'];

function check(label: string, text: string, want: { region: string; period: string; docKind: string }) {
  const got = inferReport(text, g);
  const row = { region: got.region?.value === want.region, period: got.period?.value === want.period, docKind: got.docKind.value === want.docKind };
  if (!row.region || !row.period || !row.docKind) console.log(`  ${label}: ${JSON.stringify({ want, got: { region: got.region, period: got.period, docKind: got.docKind } })}`);
  return row;
}

function tally(rows: { region: boolean; period: boolean; docKind: boolean }[]) {
  return { n: rows.length, region: rows.filter((r) => r.region).length, period: rows.filter((r) => r.period).length, docKind: rows.filter((r) => r.docKind).length };
}

describe('inference of region, period and kind', () => {
  it('on the five seeds, matches their metadata', () => {
    const rows = SEEDS.map((id) => {
      const meta = loadReportMeta(`data/reports/${id}.yml`, `data/reports/${id}.txt`, new Set(g.places.keys()));
      return check(id, readFileSync(`data/reports/${id}.txt`, 'utf8'), { region: meta.region, period: meta.period, docKind: meta.doc_kind });
    });
    const t = tally(rows);
    console.log(`seeds: ${JSON.stringify(t)}`);
    expect(t).toEqual({ n: 5, region: 5, period: 5, docKind: 5 });
  });
  it('on openings written in other provinces and at every level', () => {
    const t = tally(OPENING_CASES.map((c) => check(c.label, c.text, c)));
    console.log(`openings: ${JSON.stringify(t)}`);
    expect(t).toEqual({ n: OPENING_CASES.length, region: OPENING_CASES.length, period: OPENING_CASES.length, docKind: OPENING_CASES.length });
  });
  it('given only the file, each seed yields the figures its metadata gives (region, period, kind, value)', () => {
    const reference = loadReference('data');
    const { gazetteer } = reference;
    for (const id of SEEDS) {
      const text = readFileSync(`data/reports/${id}.txt`, 'utf8');
      const meta = loadReportMeta(`data/reports/${id}.yml`, `data/reports/${id}.txt`, new Set(gazetteer.places.keys()));
      const guess = inferReport(text, gazetteer);
      const inferred = { id, region: guess.region!.value, period: guess.period!.value, docKind: guess.docKind.value, published: guess.published?.value ?? null };
      const key = (f: { number_start: number; region_code: string; period: string; kind: string; value: number }) => [f.number_start, f.region_code, f.period, f.kind, f.value].join('|');
      expect(extractOne(text, inferred, reference).figures.map(key), id)
        .toEqual(extractOne(text, reportContext(meta), reference).figures.map(key));
    }
  });
});
