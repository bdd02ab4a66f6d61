// The files the Data page offers, with the columns their schemas define (src/schema/); every file and every
// column needs a description in both i18n files (test/i18n checks), under data.file.<key> and column.<key>.<name>.
import { blockTable } from '../schema/block.ts';
import { boundaryChangeTable } from '../schema/boundaryChange.ts';
import { figureTable } from '../schema/figure.ts';
import { indicatorTable } from '../schema/indicator.ts';
import { mentionTable } from '../schema/mention.ts';
import { placeTable, regionTable } from '../schema/region.ts';
import { reportTable } from '../schema/report.ts';
import { townTable } from '../schema/town.ts';

export interface DataTable {
  key: string;
  file: string; // relative to data/
  columns: readonly string[]; // [] for files that are not tables
}

const table = (t: { name: string; file: string; columns: readonly string[] }): DataTable => ({ key: t.name, file: t.file, columns: t.columns });

export const DATA_TABLES: readonly DataTable[] = [
  table(figureTable),
  table(mentionTable),
  table(regionTable),
  table(placeTable),
  table(townTable),
  table(boundaryChangeTable),
  table(indicatorTable),
  table(blockTable),
  // 'reports' already names the report texts and sidecars on the Data page.
  { ...table(reportTable), key: 'report_metadata' },
  { key: 'indicators_yml', file: 'indicators.yml', columns: [] },
  { key: 'corrections', file: 'corrections.yml', columns: [] },
  { key: 'datapackage', file: 'datapackage.json', columns: [] },
];
