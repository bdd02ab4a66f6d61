// The pipeline's input files, read and checked, so that no stage reads one: the reference data every report
// is read against (data/regions.csv, boundary_changes.csv, indicators.yml, synonyms.yml and the gazetteer's
// package), the reports (each text with its sidecar, through metadata.ts) and data/corrections.yml. Every
// error names the file, the line and the field.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { readYaml } from '../../src/schema/read.ts';
import { indicatorSchema, type Indicator } from '../../src/schema/indicator.ts';
import { loadRegions, type HandKeptRegion } from '../../src/schema/region.ts';
import { loadBoundaryChanges, type BoundaryChange } from '../../src/schema/boundaryChange.ts';
import { compileIndicatorRules, type IndicatorRules } from './classify.ts';
import { correctionSchema, type Correction } from './corrections.ts';
import { synonymsSchema, type Synonyms } from './indicators/synonyms.ts';
import { regionCodesOf, withHandKept, withPlaceNames, type Gazetteer } from './gazetteer.ts';
import { loadGazetteer } from './gazetteerData.ts';
import { loadReportMeta, readReportText, type ReportMeta } from './metadata.ts';
import { InputError } from './types.ts';

/** What every report is read against. */
export interface ReferenceData {
  /** The rows of data/regions.csv. */
  regions: HandKeptRegion[];
  boundaryChanges: BoundaryChange[];
  indicators: Indicator[];
  /** The indicators with their synonym classes (data/synonyms.yml) expanded: what the classifier matches. */
  indicatorRules: IndicatorRules;
  gazetteer: Gazetteer;
}

/**
 * The reference data of a data directory, each table checked: the gazetteer (the package, with the codes that no
 * longer exist from boundary_changes.csv), the codes of both hand-kept tables against it, the indicators and
 * the synonym classes their rules are compiled with.
 */
export function loadReference(dataDir: string): ReferenceData {
  const changesPath = join(dataDir, 'boundary_changes.csv');
  // Read twice: the gazetteer learns the retired codes from the table, and then checks every code in it.
  const withRetired = loadGazetteer(loadBoundaryChanges(changesPath));
  const known = regionCodesOf(withRetired);
  const boundaryChanges = loadBoundaryChanges(changesPath, known);
  const regions = loadRegions(join(dataDir, 'regions.csv'), known);
  const gazetteer = withPlaceNames(withHandKept(withRetired, regions), loadPlaceNames(join(dataDir, 'place_names.yml')));
  const indicators = loadIndicators(join(dataDir, 'indicators.yml'));
  const indicatorRules = compileIndicatorRules(indicators, loadSynonyms(join(dataDir, 'synonyms.yml')));
  return { regions, boundaryChanges, indicators, indicatorRules, gazetteer };
}

/** data/indicators.yml: the indicators, each key once. */
export function loadIndicators(path: string): Indicator[] {
  const { value: indicators, errorAt } = readYaml(path, z.array(indicatorSchema, { error: 'expected a list of indicators' }));
  const seen = new Set<string>();
  indicators.forEach((ind, i) => {
    if (seen.has(ind.key)) throw errorAt([i, 'key'], `duplicate indicator key ${ind.key}`);
    seen.add(ind.key);
  });
  return indicators;
}

/** data/place_names.yml: names texts use for a region that no rule derives (科右前旗), to its official name. */
export function loadPlaceNames(path: string): Record<string, string> {
  return readYaml(path, z.record(z.string().min(2), z.string().min(2), { error: 'expected a map of names to official names' })).value;
}

/** data/synonyms.yml: the ways reports name a population group and a measure. */
export function loadSynonyms(path: string): Synonyms {
  return readYaml(path, synonymsSchema).value;
}

/**
 * data/corrections.yml: a list, `[]` when there is none. An empty or comment-only file is refused, since it
 * would silently drop every correction. Errors name the line and the field within the entry.
 */
export function loadCorrections(path: string): Correction[] {
  const { value, lineOf } = readYaml(path, z.array(correctionSchema, { error: 'expected a list of corrections ([] for none)' }), {
    showPath: (p) => p.slice(1).join('.') || 'entry',
  });
  return value.map((c, i) => ({ ...c, line: lineOf([i]) }));
}

export interface LoadedReport {
  meta: ReportMeta;
  /** The verbatim text: offsets in figures.csv index this string. */
  text: string;
}

/** data/reports/: every sidecar with its text, in id order; `regionCodes` are the codes a report may be about. */
export function loadReports(dataDir: string, regionCodes: ReadonlySet<string>): LoadedReport[] {
  const reportsDir = join(dataDir, 'reports');
  const files = readdirSync(reportsDir);
  const ids = files.filter((f) => f.endsWith('.yml')).map((f) => f.slice(0, -4)).sort();
  const orphans = files.filter((f) => f.endsWith('.txt') && !ids.includes(f.slice(0, -4)));
  if (orphans.length) throw new InputError(join(reportsDir, orphans[0]), '', 'report text without a metadata file (.yml)');
  const reports: LoadedReport[] = [];
  for (const id of ids) {
    const yml = join(reportsDir, `${id}.yml`);
    const txt = join(reportsDir, `${id}.txt`);
    if (!existsSync(txt)) throw new InputError(yml, '', `no report text ${id}.txt beside it`);
    const text = readReportText(txt);
    const meta = loadReportMeta(yml, txt, regionCodes);
    // The same text under two ids would count every figure twice.
    const twin = reports.find((r) => r.meta.sha256 === meta.sha256);
    if (twin) throw new InputError(yml, 'sha256', `same text as report ${twin.meta.id}: a report is vendored twice`);
    reports.push({ meta, text });
  }
  return reports;
}
