// The shared vocabulary of the pipeline: the same words as the CSV headers, UI strings and docs.

export const UNITS = [
  'yuan', 'persons', 'households', 'person_times', 'household_times', 'percent', 'percentage_points',
  'count', 'km', 'metres', 'mu', 'hectares', 'square_metres', 'tonnes', 'kg', 'kw', 'times', 'days', 'years',
] as const;
export type Unit = (typeof UNITS)[number];

export const QUALIFIERS = ['exact', 'approx', 'at_least', 'at_most'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const KINDS = ['actual', 'target', 'change'] as const;
export type Kind = (typeof KINDS)[number];

export const DOC_KINDS = ['review', 'plan'] as const;
export type DocKind = (typeof DOC_KINDS)[number];

/** What the pipeline needs to know about a report besides its text. */
export interface ReportContext {
  id: string;
  region: string; // GB/T 2260 code
  period: string; // '2022'
  docKind: DocKind;
  published: string | null; // ISO date
}

/** One row of data/figures.csv. */
export interface Figure {
  figure_id: string; // `${report}:${number_start}`: unique, stable while the text is unchanged
  report: string;
  region_code: string;
  period: string; // '2022' or '2013-2021'
  indicator: string; // key in data/indicators.yml, '' when none fits
  subject: string; // the words naming what is measured, as written
  value: number; // base units (万/亿/千 applied)
  unit: Unit;
  qualifier: Qualifier;
  kind: Kind;
  basis?: '' | 'stock' | 'flow' | 'partial'; // always set by the pipeline (optional only for hand-built figures in tests): running total, the period's flow, part of the period (前三季度); '' when not cued
  number_text: string; // as written, with unit: '2.9475亿元'
  number_start: number; // offsets of number_text in the verbatim report
  number_end: number;
  quote: string; // verbatim report text at [start, end)
  start: number;
  end: number;
  correction: string; // reason, when a correction in data/corrections.yml applied
}

export const FIGURE_COLUMNS = [
  'figure_id', 'report', 'region_code', 'period', 'indicator', 'subject', 'value', 'unit', 'qualifier', 'kind', 'basis',
  'number_text', 'number_start', 'number_end', 'quote', 'start', 'end', 'correction',
] as const satisfies readonly (keyof Figure)[];

export const MENTION_STATUSES = ['figure', 'excluded'] as const;
export type MentionStatus = (typeof MENTION_STATUSES)[number];

/** One row of data/mentions.csv: every number-like token and what became of it. */
export interface Mention {
  report: string;
  start: number;
  end: number;
  text: string;
  status: MentionStatus;
  figure_id: string; // when status = figure
  reason: string; // when status = excluded: 'date', 'year', 'document_number', …
}

export const MENTION_COLUMNS = ['report', 'start', 'end', 'text', 'status', 'figure_id', 'reason'] as const satisfies readonly (keyof Mention)[];

/** An error in user input: names the file, the place and the cause. */
export class InputError extends Error {
  readonly file: string;
  readonly where: string;
  constructor(file: string, where: string, cause: string) {
    super(`${file}${where ? `:${where}` : ''}: ${cause}`);
    this.name = 'InputError';
    this.file = file;
    this.where = where;
  }
}
