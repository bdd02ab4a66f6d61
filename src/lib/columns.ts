// The files the Data page offers, with the columns the code that writes them defines; every file and every
// column needs a description in both i18n files (test/i18n checks), under data.file.<key> and column.<key>.<name>.
import { FIGURE_COLUMNS, MENTION_COLUMNS } from '../../scripts/pipeline/types.ts';
import { BOUNDARY_CHANGE_COLUMNS, REGION_COLUMNS } from '../../scripts/pipeline/reference.ts';
import { BLOCK_FIELDS, INDICATOR_FIELDS } from '../../scripts/pipeline/datapackage.ts';

export interface DataTable {
  key: string;
  file: string; // relative to data/
  columns: readonly string[]; // [] for files that are not tables
}

export const DATA_TABLES: readonly DataTable[] = [
  { key: 'figures', file: 'figures.csv', columns: FIGURE_COLUMNS },
  { key: 'mentions', file: 'mentions.csv', columns: MENTION_COLUMNS },
  { key: 'regions', file: 'regions.csv', columns: REGION_COLUMNS },
  { key: 'boundary_changes', file: 'boundary_changes.csv', columns: BOUNDARY_CHANGE_COLUMNS },
  { key: 'indicators', file: 'indicators.csv', columns: INDICATOR_FIELDS.map((f) => f.name) },
  { key: 'blocks', file: 'blocks.csv', columns: BLOCK_FIELDS.map((f) => f.name) },
  { key: 'indicators_yml', file: 'indicators.yml', columns: [] },
  { key: 'corrections', file: 'corrections.yml', columns: [] },
  { key: 'datapackage', file: 'datapackage.json', columns: [] },
];
