// data/towns.csv, written by the pipeline: every town, township or subdistrict a figure is about (figures.csv
// town_code), with its county and names, so that the site can say where in the county a figure is from.
import { column, defineTable, type RowOf } from './columns.ts';
import { regionCodeSchema, townCodeSchema } from './values.ts';

export const townTable = defineTable({
  name: 'towns',
  file: 'towns.csv',
  description: "Every town, township or subdistrict a figure is about (figures.csv town_code), from the gazetteer package: its code, its county and its names.",
  primaryKey: ['code'],
  columns: {
    code: column.value(townCodeSchema, "Nine digits: the county's GB/T 2260 code and the statistics bureau's three-digit town number."),
    county_code: column.value(regionCodeSchema, 'GB/T 2260 code of its county (data/places.csv).'),
    name_zh: column.text('Official Chinese name (gazetteer).', { required: true, trim: true }),
    name_en: column.text('English name, from pinyin (沙子镇 → Shazi Town).', { required: true, trim: true }),
  },
  check: (t) => (t.code.startsWith(t.county_code) ? null : ['county_code', `town ${t.code} is not in county ${t.county_code}`]),
});

/** One row of data/towns.csv. */
export type Town = RowOf<typeof townTable>;
export const TOWN_COLUMNS = townTable.columns;
