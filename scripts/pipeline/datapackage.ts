// The Frictionless Data Package descriptor for the published tables: every column typed and described, all
// taken from the table definitions in src/schema/.
import { blockTable } from '../../src/schema/block.ts';
import { boundaryChangeTable } from '../../src/schema/boundaryChange.ts';
import type { Field } from '../../src/schema/columns.ts';
import { figureTable } from '../../src/schema/figure.ts';
import { indicatorTable } from '../../src/schema/indicator.ts';
import { mentionTable } from '../../src/schema/mention.ts';
import { placeTable, regionTable } from '../../src/schema/region.ts';
import { reportTable } from '../../src/schema/report.ts';
import { townTable } from '../../src/schema/town.ts';

export const REGION_FIELDS = regionTable.fields;
export const INDICATOR_FIELDS = indicatorTable.fields;
export const BOUNDARY_CHANGE_FIELDS = boundaryChangeTable.fields;
export const BLOCK_FIELDS = blockTable.fields;

/** The published tables, in the order datapackage.json lists them. */
export const PUBLISHED_TABLES = [figureTable, mentionTable, regionTable, placeTable, townTable, boundaryChangeTable, indicatorTable, blockTable, reportTable] as const;

function resource(table: { name: string; file: string; description: string; fields: Field[]; primaryKey?: string[] }) {
  return {
    name: table.name, path: table.file, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', description: table.description,
    dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields: table.fields, ...(table.primaryKey ? { primaryKey: table.primaryKey } : {}) },
  };
}

/** The gazetteer package the region codes and names were checked against (scripts/pipeline/gazetteerData.ts). */
export interface GazetteerSourceInfo { name: string; version: string; dataDate: string; townsDataDate: string }

export function dataPackage(reports: { id: string; title: string; publisher: string; url?: string | null }[], gazetteer?: GazetteerSourceInfo) {
  return {
    profile: 'tabular-data-package',
    name: 'xiangcun-atlas',
    title: 'Xiangcun Atlas: figures from reports on consolidating poverty alleviation and rural revitalisation',
    description: 'Every figure in the source reports with region, period, unit, qualifier, kind and the verbatim sentence it came from.',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (the extracted data; the report texts remain their publishers\')' }],
    sources: [
      ...reports.map((r) => ({ title: `${r.title} (${r.publisher})`, ...(r.url ? { path: r.url } : {}) })),
      ...(gazetteer ? [{
        title: `Gazetteer: npm package ${gazetteer.name} ${gazetteer.version} (GB/T 2260 codes of ${gazetteer.dataDate}; towns from the statistics bureau's division codes of ${gazetteer.townsDataDate})`,
        path: `https://www.npmjs.com/package/${gazetteer.name}/v/${gazetteer.version}`, version: gazetteer.version, data_date: gazetteer.dataDate,
        towns_data_date: gazetteer.townsDataDate,
      }] : []),
    ],
    resources: PUBLISHED_TABLES.map(resource),
  };
}
