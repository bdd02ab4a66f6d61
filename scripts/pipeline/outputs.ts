// The generated files of data/, as text: what `npm run data` writes and the staleness test compares.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { toCsv } from './write.ts';
import { dataPackage, INDICATOR_FIELDS } from './datapackage.ts';
import type { PipelineResult } from './run.ts';
import { FIGURE_COLUMNS, MENTION_COLUMNS } from './types.ts';

export const GENERATED = ['figures.csv', 'mentions.csv', 'indicators.csv', 'blocks.csv', 'datapackage.json'] as const;

export function renderOutputs(result: PipelineResult, dataDir: string): Map<string, string> {
  const files = new Map<string, string>();
  files.set(join(dataDir, 'figures.csv'), toCsv(FIGURE_COLUMNS, result.figures));
  files.set(join(dataDir, 'mentions.csv'), toCsv(MENTION_COLUMNS, result.mentions));
  const indicatorColumns = INDICATOR_FIELDS.map((f) => f.name) as (keyof (typeof result.indicators)[number] & string)[];
  files.set(join(dataDir, 'indicators.csv'), toCsv(indicatorColumns, result.indicators));
  files.set(join(dataDir, 'blocks.csv'), toCsv(['report', 'start', 'end', 'kind', 'reason'], result.blocks));
  files.set(join(dataDir, 'datapackage.json'), `${JSON.stringify(dataPackage(result.reports, result.gazetteer?.source), null, 2)}\n`);
  // regions.csv is hand-kept and published as it is; read here only so a broken file fails early.
  readFileSync(join(dataDir, 'regions.csv'), 'utf8');
  return files;
}
