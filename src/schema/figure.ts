// data/figures.csv: one row per figure a report states, with the verbatim sentence it came from.
import { z } from 'zod';
import { column, defineTable, type RowOf } from './columns.ts';
import { KINDS } from './kinds.ts';

/** Whether a figure is a running total, the period's own amount, or part of the period; '' when not cued. */
export const BASES = ['', 'stock', 'flow', 'partial'] as const;
export type Basis = (typeof BASES)[number];
import { QUALIFIERS } from './qualifiers.ts';
import { UNITS } from './units.ts';
import { PERIOD, periodSchema, REGION_CODE, regionCodeSchema, TOWN_CODE, townCodeSchema } from './values.ts';

export const figureTable = defineTable({
  name: 'figures',
  file: 'figures.csv',
  description: 'One row per figure extracted from a report.',
  primaryKey: ['figure_id'],
  columns: {
    figure_id: column.text('Stable id: <report>:<number_start>.', { required: true, constraints: { required: true, unique: true } }),
    report: column.text('Report id (data/reports/<id>.txt).', { required: true, constraints: { required: true } }),
    // Empty for a figure about a place the gazetteer cannot resolve, or about several outside the report's
    // region (mentions.csv lists the unknown place): never silently the report's own region.
    region_code: column.value(regionCodeSchema.or(z.literal('')), "GB/T 2260 code of the region the figure is about (data/places.csv); empty when the place named is unknown or the figure is about several places outside the report's region.", { pattern: `^(${REGION_CODE.source.replace(/^\^|\$$/g, '')})?$` }),
    // A town is not a tier the atlas compares (region_code stays its county); it says where in the county.
    town_code: column.value(townCodeSchema.or(z.literal('')), "Code of the town, township or subdistrict the figure is about when its sentence or paragraph names one (data/towns.csv): region_code, the county, followed by the town's three-digit number; empty otherwise.", { pattern: `^(${TOWN_CODE.source.replace(/^\^|\$$/g, '')})?$` }),
    period: column.value(periodSchema, "Year ('2022') or span ('2013-2021') the figure covers.", { pattern: PERIOD.source }),
    indicator: column.text('Indicator key (data/indicators.csv); empty when none fits.'),
    subject: column.text('The words naming what is measured, as written in the report.'),
    value: column.number('Value in base units: 万 ×10⁴, 亿 ×10⁸ applied (2.9475亿元 → 294750000); shares in percent (五成 → 50, 千分之三 → 0.3); negative for a change that went down (同比下降3.5% → -3.5).'),
    value_to: column.optionalNumber("The other end of a range ('3—5个': value 3, value_to 5), in the same base units and sign; empty unless qualifier is range."),
    unit: column.oneOf(UNITS, 'Unit of value.'),
    qualifier: column.oneOf(QUALIFIERS, 'exact; approx (余/多/约/近/左右); at_least (以上/超过/不低于/至少); at_most (以下/不超过/以内); range (3—5个: value to value_to).'),
    kind: column.oneOf(KINDS, 'actual (a result), target (a goal or plan), change (growth, increase, gap).'),
    basis: column.oneOf(BASES, "stock (a running total: 累计, 目前共), flow (the period's own: 新增, 全年, 今年), partial (part of the period: 前三季度, 1—9月; not the full-year value); empty when the text does not say."),
    number_text: column.text('The number as written, with its unit.', { required: true }),
    number_start: column.integer('Offset of number_text in the verbatim report (JavaScript string index).'),
    number_end: column.integer('End offset (exclusive) of number_text.'),
    quote: column.text('The shortest stretch of the report that identifies the figure, verbatim.', { required: true }),
    start: column.integer('Offset of quote in the verbatim report.'),
    end: column.integer('End offset (exclusive) of quote.'),
    correction: column.text('Reason of the correction from data/corrections.yml that changed this figure, if any.'),
  },
  check: (f) => {
    if (f.figure_id !== `${f.report}:${f.number_start}`) return ['figure_id', `"${f.figure_id}" is not <report>:<number_start>`];
    if (f.town_code !== '' && f.town_code.slice(0, 6) !== f.region_code) return ['town_code', `town ${f.town_code} does not lie in region ${f.region_code || '(empty)'}`];
    if (!(f.start <= f.number_start && f.number_start < f.number_end && f.number_end <= f.end)) return ['number_start', 'number_text is not inside the quote'];
    if ((f.qualifier === 'range') !== (f.value_to !== null)) return ['value_to', f.qualifier === 'range' ? 'a range needs value_to' : 'value_to is only for a range'];
    return null;
  },
});

/** One row of data/figures.csv. */
export type Figure = RowOf<typeof figureTable>;
export const FIGURE_COLUMNS = figureTable.columns;
