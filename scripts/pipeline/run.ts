// The whole pipeline over a data directory: reference tables and reports in, validated rows out.
// Reads files; writes nothing (scripts/data.ts writes).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadReportMeta, readReportText, reportContext, type ReportMeta } from './metadata.ts';
import { loadBoundaryChanges, loadRegions, type HandKeptRegion } from './reference.ts';
import { compileLexicon, loadIndicators, type Indicator } from './classify.ts';
import { applyCorrections, loadCorrections } from './corrections.ts';
import { extractFigures, type Reference } from './figures.ts';
import { validateFigures } from './validate.ts';
import { conflictWarnings, findConflicts } from './indicators/conflicts.ts';
import type { Block } from './clean.ts';
import { InputError, type Figure, type Mention, type ReportContext } from './types.ts';
import { isRegionCode, isValidOn, regionCodeSet, regionCodesOf, withHandKept, type Gazetteer } from './gazetteer.ts';
import { loadGazetteer } from './gazetteerData.ts';
import { placeNames } from './places.ts';

export interface PipelineResult {
  reports: ReportMeta[];
  /** The rows of data/regions.csv. */
  regions: HandKeptRegion[];
  indicators: Indicator[];
  figures: Figure[];
  mentions: Mention[];
  blocks: (Block & { report: string })[];
  warnings: string[];
  gazetteer: Gazetteer;
  /** Figures whose indicator came only from a weak cue (npm run review). */
  weak?: string[];
}

/** How to read a report about `region`: any GB/T 2260 code the gazetteer knows; the names come from the text itself (places.ts). */
export function referenceFor(region: string, atDate: string | null, indicators: Indicator[], gazetteer: Gazetteer): Reference {
  if (!isRegionCode(region, gazetteer)) throw new InputError('region', region, `unknown region code ${region}: not a GB/T 2260 province, prefecture or county code in ${gazetteer.source.name} ${gazetteer.source.version} or data/boundary_changes.csv`);
  return {
    regionNames: [], lexicon: compileLexicon(indicators),
    places: (text) => placeNames(text, gazetteer, { region, date: atDate }),
  };
}

/**
 * The reference tables of a data directory, each checked: the gazetteer (the package, with the codes that no
 * longer exist from boundary_changes.csv), the codes of both hand-kept tables against it, the indicators.
 */
export function loadReference(dataDir: string) {
  const changesPath = join(dataDir, 'boundary_changes.csv');
  // Read twice: the gazetteer learns the retired codes from the table, and then checks every code in it.
  const withRetired = loadGazetteer(loadBoundaryChanges(changesPath));
  const known = regionCodesOf(withRetired);
  const boundaryChanges = loadBoundaryChanges(changesPath, known);
  const regions = loadRegions(join(dataDir, 'regions.csv'), known);
  const gazetteer = withHandKept(withRetired, regions);
  const indicators = loadIndicators(join(dataDir, 'indicators.yml'));
  return { regions, boundaryChanges, indicators, gazetteer };
}

export function extractOne(text: string, ctx: ReportContext, indicators: Indicator[], gazetteer: Gazetteer) {
  return extractFigures(text, ctx, referenceFor(ctx.region, ctx.published, indicators, gazetteer));
}

export function runPipeline(dataDir: string, log: (line: string) => void = () => {}): PipelineResult {
  const { regions, indicators, gazetteer } = loadReference(dataDir);
  const reportsDir = join(dataDir, 'reports');
  const ids = readdirSync(reportsDir).filter((f) => f.endsWith('.yml')).map((f) => f.slice(0, -4)).sort();
  const orphans = readdirSync(reportsDir).filter((f) => f.endsWith('.txt') && !ids.includes(f.slice(0, -4)));
  if (orphans.length) throw new InputError(join(reportsDir, orphans[0]), '', 'report text without a metadata file (.yml)');
  const handKept = new Set(regions.map((r) => r.code));
  const regionCodes = regionCodeSet(gazetteer);
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
    const meta = loadReportMeta(yml, txt, regionCodes);
    // The same text under two ids would count every figure twice.
    const twin = reports.find((r) => r.sha256 === meta.sha256);
    if (twin) throw new InputError(yml, 'sha256', `same text as report ${twin.id}: a report is vendored twice`);
    const ctx = reportContext(meta);
    const region = gazetteer.places.get(ctx.region);
    if (region && ctx.published && !isValidOn(region, ctx.published)) warnings.push(`${id}: region ${ctx.region} did not exist on ${ctx.published}`);
    if (!meta.published) warnings.push(`${id}: no publication date; 今年/去年 resolved against ${ctx.published ?? `period ${ctx.period}`}`);
    const out = extractOne(text, ctx, indicators, gazetteer);
    for (const m of out.mentions) if (m.status === 'unknown_place') warnings.push(`${id}: unknown place '${m.text}' at ${m.start} (${m.reason})`);
    for (const f of out.figures) if (f.region_code === '') warnings.push(`${id}: figure ${f.figure_id} is about a place the gazetteer cannot resolve, or about several outside the report's region; its region is left empty`);
    log(`  ${id}: ${out.figures.length} figures, ${out.mentions.length} mentions`);
    reports.push(meta);
    texts.set(id, text);
    // Loops, not push(...): a spread of a large report's 200,000 mentions overflows the call stack.
    for (const f of out.figures) figures.push(f);
    for (const m of out.mentions) mentions.push(m);
    for (const b of out.blocks) blocks.push({ report: id, ...b });
    for (const w of out.weak ?? []) weak.push(w);
  }
  // Required: a missing file would silently drop every correction ([] says there is none).
  const correctionsPath = join(dataDir, 'corrections.yml');
  applyCorrections(figures, loadCorrections(correctionsPath), correctionsPath, { indicators: new Set(indicators.map((i) => i.key)), regions: regionCodes });
  const errors = validateFigures(figures, mentions, {
    texts, regions: regionCodes,
    indicators: new Map(indicators.map((i) => [i.key, i])),
  });
  if (errors.length) throw new Error(`validation failed:\n${errors.slice(0, 20).join('\n')}`);
  warnings.push(...conflictWarnings(findConflicts(figures)));
  const order = (a: { report: string }, b: { report: string }) => (a.report < b.report ? -1 : a.report > b.report ? 1 : 0);
  figures.sort((a, b) => order(a, b) || a.number_start - b.number_start);
  mentions.sort((a, b) => order(a, b) || a.start - b.start);
  // Figures may land on any gazetteer region; say which have no census population yet.
  for (const code of new Set(figures.map((f) => f.region_code))) {
    if (code && !handKept.has(code)) warnings.push(`region ${code} (${gazetteer.places.get(code)?.name}) has figures but no row in data/regions.csv (census population)`);
  }
  return { reports, regions, indicators, figures, mentions, blocks, warnings, gazetteer, weak };
}
