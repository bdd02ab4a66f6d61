// The whole pipeline over a data directory: reference data and reports in (load.ts reads them), validated
// rows out. Writes nothing (scripts/data.ts writes).
import { join } from 'node:path';
import { reportContext, type ReportMeta } from './metadata.ts';
import type { HandKeptRegion } from './reference.ts';
import type { Indicator } from './classify.ts';
import { applyCorrections, type Correction } from './corrections.ts';
import { extractFigures, type Extraction, type ReportLookups } from './figures.ts';
import { validateFigures } from './validate.ts';
import { conflictWarnings, findConflicts } from './indicators/conflicts.ts';
import type { TextBlock } from '../../src/schema/block.ts';
import { InputError, type Figure, type Mention, type ReportContext } from './types.ts';
import { isRegionCode, isValidOn, regionCodeSet, type Gazetteer } from './gazetteer.ts';
import { placeNames } from './places.ts';
import { loadCorrections, loadReference, loadReports, type LoadedReport, type ReferenceData } from './load.ts';
import { unknownRegionCode } from './regionCodes.ts';

export interface PipelineResult {
  reports: ReportMeta[];
  /** The rows of data/regions.csv. */
  regions: HandKeptRegion[];
  indicators: Indicator[];
  figures: Figure[];
  mentions: Mention[];
  blocks: TextBlock[];
  warnings: string[];
  gazetteer: Gazetteer;
  /** Figures whose indicator came only from a weak cue (npm run review). */
  weak?: string[];
}

/** What one report is read against: the indicator rules and the gazetteer. */
export type ExtractionReference = Pick<ReferenceData, 'indicatorRules' | 'gazetteer'>;

/** How to read a report about `region`: any GB/T 2260 code the gazetteer knows; the names come from the text itself (places.ts). */
export function lookupsFor(region: string, atDate: string | null, reference: ExtractionReference): ReportLookups {
  const { indicatorRules, gazetteer } = reference;
  if (!isRegionCode(region, gazetteer)) throw new InputError('region', region, unknownRegionCode(region, gazetteer));
  return { regionNames: [], indicatorRules, placeNames: (text) => placeNames(text, gazetteer, { region, date: atDate }) };
}

export function extractOne(text: string, ctx: ReportContext, reference: ExtractionReference): Extraction {
  return extractFigures(text, ctx, lookupsFor(ctx.region, ctx.published, reference));
}

/** What a reader of one report's figures should know: the place words no gazetteer entry matches, and the figures they leave unfiled. */
export function extractionWarnings(out: Extraction): string[] {
  return [
    ...out.mentions.filter((m) => m.status === 'unknown_place').map((m) => `unknown place '${m.text}' at ${m.start} (${m.reason})`),
    ...out.figures.filter((f) => f.region_code === '').map((f) => `figure ${f.figure_id} is about a place the gazetteer cannot resolve, or about several outside the report's region; its region is left empty`),
  ];
}

export function runPipeline(dataDir: string, log: (line: string) => void = () => {}): PipelineResult {
  const reference = loadReference(dataDir);
  const regionCodes = regionCodeSet(reference.gazetteer);
  const reports = loadReports(dataDir, regionCodes);
  // Required: a missing file would silently drop every correction ([] says there is none).
  const correctionsPath = join(dataDir, 'corrections.yml');
  return buildTables(reference, regionCodes, reports, { path: correctionsPath, list: loadCorrections(correctionsPath) }, log);
}

/** The tables of loaded inputs: every report's figures, mentions and blocks, corrected and validated. */
function buildTables(
  reference: ReferenceData, regionCodes: Set<string>, loaded: LoadedReport[], corrections: { path: string; list: Correction[] }, log: (line: string) => void,
): PipelineResult {
  const { regions, indicators, gazetteer } = reference;
  const handKept = new Set(regions.map((r) => r.code));
  const reports: ReportMeta[] = [];
  const texts = new Map<string, string>();
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  const blocks: TextBlock[] = [];
  const warnings: string[] = [];
  const weak: string[] = [];
  for (const { meta, text } of loaded) {
    const { id } = meta;
    const ctx = reportContext(meta);
    const place = gazetteer.places.get(ctx.region);
    if (place && ctx.published && !isValidOn(place, ctx.published)) warnings.push(`${id}: region ${ctx.region} did not exist on ${ctx.published}`);
    if (!meta.published) warnings.push(`${id}: no publication date; 今年/去年 resolved against ${ctx.published ?? `period ${ctx.period}`}`);
    const out = extractOne(text, ctx, reference);
    for (const w of extractionWarnings(out)) warnings.push(`${id}: ${w}`);
    log(`  ${id}: ${out.figures.length} figures, ${out.mentions.length} mentions`);
    reports.push(meta);
    texts.set(id, text);
    // Loops, not push(...): a spread of a large report's 200,000 mentions overflows the call stack.
    for (const f of out.figures) figures.push(f);
    for (const m of out.mentions) mentions.push(m);
    for (const b of out.blocks) blocks.push({ report: id, ...b });
    for (const w of out.weak ?? []) weak.push(w);
  }
  applyCorrections(figures, corrections.list, corrections.path, { indicators: new Set(indicators.map((i) => i.key)), regions: regionCodes });
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
