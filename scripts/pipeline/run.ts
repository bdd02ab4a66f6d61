// The whole pipeline over a data directory: reference tables and reports in, validated rows out.
// Reads files; writes nothing (scripts/data.ts writes).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadReportMeta, readReportText, reportContext, type ReportMeta } from './metadata.ts';
import { ancestors, isValidAt, loadBoundaryChanges, loadRegions, regionIndex, regionNameLexicon, type Region } from './reference.ts';
import { compileLexicon, loadIndicators, type Indicator } from './classify.ts';
import { applyCorrections, loadCorrections } from './corrections.ts';
import { extractFigures, type Reference } from './figures.ts';
import { validateFigures } from './validate.ts';
import { conflictWarnings, findConflicts } from './indicators/conflicts.ts';
import type { Block } from './clean.ts';
import { InputError, type Figure, type Mention, type ReportContext } from './types.ts';

export interface PipelineResult {
  reports: ReportMeta[];
  regions: Region[];
  indicators: Indicator[];
  figures: Figure[];
  mentions: Mention[];
  blocks: (Block & { report: string })[];
  warnings: string[];
  /** Figures whose indicator came only from a weak cue (npm run review). */
  weak?: string[];
}

/** Names of a region and everything below it that existed at `atDate`, longest first. */
export function referenceFor(region: string, atDate: string | null, regions: Region[], indicators: Indicator[]): Reference {
  const index = regionIndex(regions);
  if (!index.has(region)) throw new InputError('data/regions.csv', '', `unknown region code ${region}`);
  const inside = new Set(regions.filter((r) => r.code === region || ancestors(r.code, index).includes(region)).map((r) => r.code));
  const names = regionNameLexicon(regions, atDate ?? undefined).filter((n) => inside.has(n.code));
  return { regionNames: names, lexicon: compileLexicon(indicators) };
}

export function loadReference(dataDir: string) {
  const regions = loadRegions(join(dataDir, 'regions.csv'));
  const index = regionIndex(regions);
  const boundaryChanges = loadBoundaryChanges(join(dataDir, 'boundary_changes.csv'), index);
  const indicators = loadIndicators(join(dataDir, 'indicators.yml'));
  return { regions, index, boundaryChanges, indicators };
}

export function extractOne(text: string, ctx: ReportContext, regions: Region[], indicators: Indicator[]) {
  return extractFigures(text, ctx, referenceFor(ctx.region, ctx.published, regions, indicators));
}

export function runPipeline(dataDir: string, log: (line: string) => void = () => {}): PipelineResult {
  const { regions, index, indicators } = loadReference(dataDir);
  const reportsDir = join(dataDir, 'reports');
  const ids = readdirSync(reportsDir).filter((f) => f.endsWith('.yml')).map((f) => f.slice(0, -4)).sort();
  const orphans = readdirSync(reportsDir).filter((f) => f.endsWith('.txt') && !ids.includes(f.slice(0, -4)));
  if (orphans.length) throw new InputError(join(reportsDir, orphans[0]), '', 'report text without a metadata file (.yml)');
  const known = new Set(index.keys());
  const reports: ReportMeta[] = [];
  const texts = new Map<string, string>();
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  const blocks: (Block & { report: string })[] = [];
  const warnings: string[] = [];
  const weak: string[] = [];
  for (const id of ids) {
    const yml = join(reportsDir, `${id}.yml`);
    const txt = join(reportsDir, `${id}.txt`);
    if (!existsSync(txt)) throw new InputError(yml, '', `no report text ${id}.txt beside it`);
    const text = readReportText(txt);
    const meta = loadReportMeta(yml, txt, known);
    // The same text under two ids would count every figure twice.
    const twin = reports.find((r) => r.sha256 === meta.sha256);
    if (twin) throw new InputError(yml, 'sha256', `same text as report ${twin.id}: a report is vendored twice`);
    const ctx = reportContext(meta);
    const region = index.get(ctx.region)!;
    if (ctx.published && !isValidAt(region, ctx.published)) warnings.push(`${id}: region ${ctx.region} did not exist on ${ctx.published}`);
    if (!meta.published) warnings.push(`${id}: no publication date; 今年/去年 resolved against ${ctx.published ?? `period ${ctx.period}`}`);
    const out = extractOne(text, ctx, regions, indicators);
    log(`  ${id}: ${out.figures.length} figures, ${out.mentions.length} mentions`);
    reports.push(meta);
    texts.set(id, text);
    figures.push(...out.figures);
    mentions.push(...out.mentions);
    blocks.push(...out.blocks.map((b) => ({ report: id, ...b })));
    weak.push(...(out.weak ?? []));
  }
  const correctionsPath = join(dataDir, 'corrections.yml');
  if (existsSync(correctionsPath)) applyCorrections(figures, loadCorrections(correctionsPath), correctionsPath);
  const errors = validateFigures(figures, mentions, {
    texts, regions: known, indicators: new Map(indicators.map((i) => [i.key, i])),
  });
  if (errors.length) throw new Error(`validation failed:\n${errors.slice(0, 20).join('\n')}`);
  warnings.push(...conflictWarnings(findConflicts(figures)));
  const order = (a: { report: string }, b: { report: string }) => (a.report < b.report ? -1 : a.report > b.report ? 1 : 0);
  figures.sort((a, b) => order(a, b) || a.number_start - b.number_start);
  mentions.sort((a, b) => order(a, b) || a.start - b.start);
  return { reports, regions, indicators, figures, mentions, blocks, warnings, weak };
}
