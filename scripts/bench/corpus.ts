// A data directory for the site at scale: the project's reference tables and seed reports, plus `n` synthetic
// reports with valid metadata, so that `npm run data -- --data <dir>` and the site build (ATLAS_DATA_DIR=<dir>)
// run on it unchanged. The seeds stay in, because the stories cite their figures; the synthetic reports are about
// a region of their own (SYNTHETIC_REGION, a province no seed or story is about), because a story cites a figure
// by indicator, region and kind, and a second report about a story's region makes that citation ambiguous (the
// build refuses it, as it should).
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadReportMeta, reportMetaToYaml, type ReportMeta } from '../pipeline/metadata.ts';
import { syntheticReports } from './synthetic.ts';

const DATA = join(import.meta.dirname, '..', '..', 'data');
// Hand-kept inputs; the pipeline's outputs (figures.csv …) are regenerated in the new directory.
const INPUTS = ['regions.csv', 'boundary_changes.csv', 'place_names.yml', 'indicators.yml', 'synonyms.yml', 'corrections.yml'];
// 海南省: any GB/T 2260 code the gazetteer knows will do, and none of the seeds names this one.
export const SYNTHETIC_REGION = '460000';

/** Writes the corpus into `dir` (emptied first) and returns how many reports it holds. */
export function writeCorpus(dir: string, n: number, dataDir = DATA): number {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'reports'), { recursive: true });
  for (const f of INPUTS) cpSync(join(dataDir, f), join(dir, f));
  const seeds = readdirSync(join(dataDir, 'reports')).filter((f) => f.endsWith('.yml')).sort()
    .map((f) => loadReportMeta(join(dataDir, 'reports', f)));
  for (const s of seeds) for (const ext of ['txt', 'yml']) cpSync(join(dataDir, 'reports', `${s.id}.${ext}`), join(dir, 'reports', `${s.id}.${ext}`));
  for (const r of syntheticReports(n, { dataDir })) {
    const like = seeds.find((s) => s.region === r.ctx.region)!;
    const meta: ReportMeta = {
      ...like, id: r.id, region: SYNTHETIC_REGION, title: `合成报告 ${r.id}`, title_en: `Synthetic report ${r.id}`, period: r.ctx.period, doc_kind: r.ctx.docKind,
      published: r.ctx.published ?? `${Number(r.ctx.period) + 1}-01-15`, published_note: undefined,
      reference_date: undefined, reference_date_note: undefined,
      sha256: createHash('sha256').update(r.text).digest('hex'),
      notes: ['Synthetic: seed sentences recombined by scripts/bench/synthetic.ts for the scale bench.'],
    };
    writeFileSync(join(dir, 'reports', `${r.id}.txt`), r.text);
    writeFileSync(join(dir, 'reports', `${r.id}.yml`), reportMetaToYaml(meta));
  }
  return seeds.length + n;
}
