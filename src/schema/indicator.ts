// Indicators: data/indicators.yml (hand-kept: definitions, labels, the phrases that name each) and the table
// the pipeline publishes from it, data/indicators.csv (lists joined by '|').
import { z } from 'zod';
import { column, defineTable, orList, type RowOf } from './columns.ts';
import { kindSchema, unitSchema } from './enums.ts';
import { UNITS } from './units.ts';

export const TOPICS = ['income', 'monitoring', 'jobs', 'money', 'infrastructure', 'services', 'agriculture', 'governance', 'poverty'] as const;
export type Topic = (typeof TOPICS)[number];

const KEY = /^[a-z][a-z0-9_]*$/;

/** Units that are ratios already: an indicator in one of them is intensive by definition. */
export const RATIO_UNITS: readonly string[] = ['percent', 'percentage_points', 'times'];

/** One entry of data/indicators.yml. */
export const indicatorSchema = z.object({
  key: z.string().regex(KEY, 'lower_snake_case'),
  topic: z.enum(TOPICS),
  label_zh: z.string().min(1),
  label_en: z.string().min(1),
  unit: unitSchema,
  also_units: z.array(unitSchema).default([]),
  kinds: z.array(kindSchema).min(1),
  definition_zh: z.string().min(1),
  definition_en: z.string().min(1),
  // What the indicator measures: literal phrases, and/or a population and a measure (classes of data/synonyms.yml)
  // that name it together, and the words that rule it out.
  phrases: z.array(z.string().min(2)).default([]),
  population: z.array(z.string().min(1)).default([]),
  measure: z.array(z.string().min(1)).default([]),
  not: z.array(z.string().min(1)).default([]),
  not_in_sentence: z.array(z.string().min(1)).default([]),
  higher_is_better: z.boolean().nullable(), // null: no direction (more people monitored is neither good nor bad)
  per_capita: z.boolean().default(false),
  intensive: z.boolean().default(false),
}).refine((i) => i.phrases.length > 0 || i.measure.length > 0 || i.population.length > 0, { message: 'name it by phrases or by population/measure classes', path: ['phrases'] })
  .refine((i) => i.intensive || !RATIO_UNITS.includes(i.unit), { message: 'a share or ratio does not grow with the region: set intensive: true', path: ['intensive'] });

/** data/indicators.csv: the same fields, in the same order, as published. */
export const indicatorTable = defineTable({
  name: 'indicators',
  file: 'indicators.csv',
  description: 'Indicator definitions with Chinese and English labels.',
  primaryKey: ['key'],
  columns: {
    key: column.value(z.string().regex(KEY, 'lower_snake_case'), 'Indicator key.'),
    topic: column.oneOf(TOPICS, `${orList(TOPICS)}.`),
    label_zh: column.text('Chinese label.', { required: true }),
    label_en: column.text('English label.', { required: true }),
    unit: column.oneOf(UNITS, 'Main unit.'),
    also_units: column.list(unitSchema, 'Other units figures of this indicator may have, separated by |.'),
    kinds: column.list(kindSchema, 'Kinds of figure this indicator takes, separated by |.'),
    definition_zh: column.text('Definition in Chinese.', { required: true }),
    definition_en: column.text('Definition in English.', { required: true }),
    phrases: column.list(z.string().min(2), 'Chinese phrases that name it in reports, separated by |.'),
    population: column.list(z.string().min(1), 'Population classes (data/synonyms.yml) that, with a measure class, name it; separated by |.'),
    measure: column.list(z.string().min(1), 'Measure classes (data/synonyms.yml) that name it; separated by |.'),
    not: column.list(z.string().min(1), 'Words that rule it out (a 帮扶车间 count is not the jobs it offers); separated by |.'),
    not_in_sentence: column.list(z.string().min(1), 'Words that rule it out anywhere in the figure\'s sentence (援助资金: the money spent is cooperation money); separated by |.'),
    higher_is_better: column.boolean('Whether a higher value is better; empty when neither is (e.g. people under monitoring).', { nullable: true }),
    per_capita: column.boolean('Whether a per-10,000-residents view makes sense.'),
    intensive: column.boolean('Whether the quantity does not grow with the size of the region (a share, an amount per person), so that it compares across administrative levels; false for totals.'),
  },
});

export type Indicator = z.infer<typeof indicatorSchema>;
// The published row and the YAML entry are one type: a change to one that the other lacks fails to compile.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameShape: Same<RowOf<typeof indicatorTable>, Indicator> = true;
void sameShape;
export const INDICATOR_COLUMNS = indicatorTable.columns;
