// The Frictionless Data Package descriptor for the published tables: every column typed and described.
import { FIGURE_COLUMNS, KINDS, MENTION_COLUMNS, QUALIFIERS, UNITS } from './types.ts';

type Field = { name: string; type: 'string' | 'integer' | 'number' | 'boolean'; description: string; constraints?: Record<string, unknown> };

const FIGURE_FIELDS: Record<(typeof FIGURE_COLUMNS)[number], Omit<Field, 'name'>> = {
  figure_id: { type: 'string', description: 'Stable id: <report>:<number_start>.', constraints: { required: true, unique: true } },
  report: { type: 'string', description: 'Report id (data/reports/<id>.txt).', constraints: { required: true } },
  region_code: { type: 'string', description: 'GB/T 2260 code of the region the figure is about (data/regions.csv).', constraints: { pattern: '^\\d{6}$' } },
  period: { type: 'string', description: "Year ('2022') or span ('2013-2021') the figure covers.", constraints: { pattern: '^\\d{4}(-\\d{4})?$' } },
  indicator: { type: 'string', description: 'Indicator key (data/indicators.csv); empty when none fits.' },
  subject: { type: 'string', description: 'The words naming what is measured, as written in the report.' },
  value: { type: 'number', description: 'Value in base units: 万 ×10⁴, 亿 ×10⁸ applied (2.9475亿元 → 294750000).' },
  unit: { type: 'string', description: 'Unit of value.', constraints: { enum: [...UNITS] } },
  qualifier: { type: 'string', description: 'exact; approx (余/多/约/近/左右); at_least (以上/超过/不低于); at_most (以下/不超过/以内).', constraints: { enum: [...QUALIFIERS] } },
  kind: { type: 'string', description: 'actual (a result), target (a goal or plan), change (growth, increase, gap).', constraints: { enum: [...KINDS] } },
  basis: { type: 'string', description: "stock (a running total: 累计, 目前共), flow (the period's own: 新增, 全年, 今年), partial (part of the period: 前三季度, 1—9月; not the full-year value); empty when the text does not say.", constraints: { enum: ['', 'stock', 'flow', 'partial'] } },
  number_text: { type: 'string', description: 'The number as written, with its unit.' },
  number_start: { type: 'integer', description: 'Offset of number_text in the verbatim report (JavaScript string index).' },
  number_end: { type: 'integer', description: 'End offset (exclusive) of number_text.' },
  quote: { type: 'string', description: 'The shortest stretch of the report that identifies the figure, verbatim.' },
  start: { type: 'integer', description: 'Offset of quote in the verbatim report.' },
  end: { type: 'integer', description: 'End offset (exclusive) of quote.' },
  correction: { type: 'string', description: 'Reason of the correction from data/corrections.yml that changed this figure, if any.' },
};

const MENTION_FIELDS: Record<(typeof MENTION_COLUMNS)[number], Omit<Field, 'name'>> = {
  report: { type: 'string', description: 'Report id.' },
  start: { type: 'integer', description: 'Offset of the number-like token in the verbatim report.' },
  end: { type: 'integer', description: 'End offset (exclusive).' },
  text: { type: 'string', description: 'The token as written.' },
  status: { type: 'string', description: 'figure, or excluded.', constraints: { enum: ['figure', 'excluded'] } },
  figure_id: { type: 'string', description: 'The figure it became, when status is figure.' },
  reason: { type: 'string', description: 'Why it is not a figure (date, year, document_number, phone, policy_name, no_unit, boilerplate_*, caption …).' },
};

const fields = (spec: Record<string, Omit<Field, 'name'>>): Field[] => Object.entries(spec).map(([name, f]) => ({ name, ...f }));

export const REGION_FIELDS: Field[] = [
  { name: 'code', type: 'string', description: 'GB/T 2260 administrative division code.' },
  { name: 'parent_code', type: 'string', description: 'Code of the parent region.' },
  { name: 'level', type: 'string', description: 'province, prefecture, county, county_city or district.' },
  { name: 'name_zh', type: 'string', description: 'Official Chinese name.' },
  { name: 'name_en', type: 'string', description: 'English name.' },
  { name: 'short_names', type: 'string', description: 'Other names the reports use, separated by |.' },
  { name: 'population_2020', type: 'integer', description: 'Resident population, Seventh National Population Census (2020-11-01), where a source was verified.' },
  { name: 'population_source', type: 'string', description: 'Where the population comes from, or why it is missing.' },
  { name: 'valid_from', type: 'string', description: 'Date the region (with this code) came into being, if after 2000.' },
  { name: 'valid_to', type: 'string', description: 'Date it ceased to exist under this code.' },
  { name: 'successor_code', type: 'string', description: 'Code it continued under.' },
  { name: 'note', type: 'string', description: 'Notes: ambiguous names, boundary changes.' },
];

export const INDICATOR_FIELDS: Field[] = [
  { name: 'key', type: 'string', description: 'Indicator key.' },
  { name: 'topic', type: 'string', description: 'income, monitoring, jobs, money, infrastructure, services, agriculture, governance or poverty.' },
  { name: 'label_zh', type: 'string', description: 'Chinese label.' },
  { name: 'label_en', type: 'string', description: 'English label.' },
  { name: 'unit', type: 'string', description: 'Main unit.' },
  { name: 'also_units', type: 'string', description: 'Other units figures of this indicator may have, separated by |.' },
  { name: 'kinds', type: 'string', description: 'Kinds of figure this indicator takes, separated by |.' },
  { name: 'definition_zh', type: 'string', description: 'Definition in Chinese.' },
  { name: 'definition_en', type: 'string', description: 'Definition in English.' },
  { name: 'phrases', type: 'string', description: 'Chinese phrases that name it in reports, separated by |.' },
  { name: 'higher_is_better', type: 'boolean', description: 'Whether a higher value is better; empty when neither is (e.g. people under monitoring).' },
  { name: 'per_capita', type: 'boolean', description: 'Whether a per-10,000-residents view makes sense.' },
];

export const BOUNDARY_CHANGE_FIELDS: Field[] = [
  { name: 'date', type: 'string', description: 'Date the change took effect (YYYY-MM-DD).' },
  { name: 'code', type: 'string', description: 'GB/T 2260 code of the region after the change.' },
  { name: 'from_parent', type: 'string', description: 'Code of the parent it left, for a transfer.' },
  { name: 'to_parent', type: 'string', description: 'Code of the parent it joined, for a transfer.' },
  { name: 'old_code', type: 'string', description: 'Code before a code change.' },
  { name: 'new_code', type: 'string', description: 'Code after a code change.' },
  { name: 'note', type: 'string', description: 'What changed and why it matters for comparisons.' },
  { name: 'source', type: 'string', description: 'Where the change is documented.' },
];

export const BLOCK_FIELDS: Field[] = [
  { name: 'report', type: 'string', description: 'Report id.' },
  { name: 'start', type: 'integer', description: 'Offset of the line in the verbatim report.' },
  { name: 'end', type: 'integer', description: 'End offset (exclusive), line break excluded.' },
  { name: 'kind', type: 'string', description: 'body, heading, caption or boilerplate.' },
  { name: 'reason', type: 'string', description: 'For boilerplate: footer, byline, navigation, site, widget.' },
];

function resource(name: string, path: string, description: string, schemaFields: Field[], primaryKey?: string[]) {
  return {
    name, path, format: 'csv', mediatype: 'text/csv', encoding: 'utf-8', description,
    dialect: { delimiter: ',', lineTerminator: '\n', quoteChar: '"', doubleQuote: true, header: true },
    schema: { fields: schemaFields, ...(primaryKey ? { primaryKey } : {}) },
  };
}

export function dataPackage(reports: { id: string; title: string; publisher: string; url?: string | null }[]) {
  return {
    profile: 'tabular-data-package',
    name: 'xiangcun-atlas',
    title: 'Xiangcun Atlas: figures from reports on consolidating poverty alleviation and rural revitalisation',
    description: 'Every figure in the source reports with region, period, unit, qualifier, kind and the verbatim sentence it came from.',
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0 (the extracted data; the report texts remain their publishers\')' }],
    sources: reports.map((r) => ({ title: `${r.title} (${r.publisher})`, ...(r.url ? { path: r.url } : {}) })),
    resources: [
      resource('figures', 'figures.csv', 'One row per figure extracted from a report.', fields(FIGURE_FIELDS), ['figure_id']),
      resource('mentions', 'mentions.csv', 'Every number-like token in every report and what became of it.', fields(MENTION_FIELDS), ['report', 'start']),
      resource('regions', 'regions.csv', 'Regions named in the reports, with codes, hierarchy and census population.', REGION_FIELDS, ['code']),
      resource('boundary_changes', 'boundary_changes.csv', 'Transfers and code changes of regions that break comparisons over time.', BOUNDARY_CHANGE_FIELDS),
      resource('indicators', 'indicators.csv', 'Indicator definitions with Chinese and English labels.', INDICATOR_FIELDS, ['key']),
      resource('blocks', 'blocks.csv', 'Lines of each report classified as body, heading, caption or boilerplate (for the source reader).', BLOCK_FIELDS, ['report', 'start']),
    ],
  };
}
