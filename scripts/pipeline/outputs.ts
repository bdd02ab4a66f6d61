// The generated files of data/, as text: what `npm run data` writes and the staleness test compares.
import { join } from 'node:path';
import { toCsv } from './write.ts';
import { dataPackage } from './datapackage.ts';
import type { PipelineResult } from './run.ts';
import { BLOCK_COLUMNS } from '../../src/schema/block.ts';
import { FIGURE_COLUMNS } from '../../src/schema/figure.ts';
import { INDICATOR_COLUMNS } from '../../src/schema/indicator.ts';
import { MENTION_COLUMNS } from '../../src/schema/mention.ts';
import { REPORT_COLUMNS, reportRecord } from '../../src/schema/report.ts';
import { REGION_COLUMNS } from '../../src/schema/region.ts';
import { TOWN_COLUMNS } from '../../src/schema/town.ts';
import { publishedRegions, publishedTowns } from './publishedRegions.ts';

export const GENERATED = ['figures.csv', 'mentions.csv', 'indicators.csv', 'blocks.csv', 'reports.csv', 'places.csv', 'towns.csv', 'datapackage.json'] as const;

export function renderOutputs(result: PipelineResult, dataDir: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set(join(dataDir, 'figures.csv'), toCsv(FIGURE_COLUMNS, result.figures));
  files.set(join(dataDir, 'mentions.csv'), toCsv(MENTION_COLUMNS, result.mentions));
  files.set(join(dataDir, 'indicators.csv'), toCsv(INDICATOR_COLUMNS, result.indicators));
  files.set(join(dataDir, 'blocks.csv'), toCsv(BLOCK_COLUMNS, result.blocks));
  // The report sidecars as one table: the site reads this, not the pipeline's inputs.
  files.set(join(dataDir, 'reports.csv'), toCsv(REPORT_COLUMNS, result.reports.map(reportRecord)));
  // Every region a report, figure or boundary change is about, from the gazetteer and regions.csv: what the site reads.
  const changed = result.gazetteer.changes.flatMap((c) => [c.code, c.from_parent, c.to_parent, c.old_code, c.new_code]).filter((c) => c !== null);
  const used = [...result.reports.map((r) => r.region), ...result.figures.map((f) => f.region_code), ...changed];
  files.set(join(dataDir, 'places.csv'), toCsv(REGION_COLUMNS, publishedRegions(result.regions, used, result.gazetteer)));
  files.set(join(dataDir, 'towns.csv'), toCsv(TOWN_COLUMNS, publishedTowns(result.figures.map((f) => f.town_code), result.gazetteer)));
  files.set(join(dataDir, 'datapackage.json'), `${JSON.stringify(dataPackage(result.reports, result.gazetteer.source), null, 2)}\n`);
  return files;
}
