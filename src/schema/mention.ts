// data/mentions.csv: every number-like token of every report and what became of it, so nothing is dropped silently.
import { column, defineTable, type RowOf } from './columns.ts';

export const MENTION_STATUSES = ['figure', 'excluded', 'unknown_place'] as const;
export type MentionStatus = (typeof MENTION_STATUSES)[number];

export const mentionTable = defineTable({
  name: 'mentions',
  file: 'mentions.csv',
  description: 'Every number-like token in every report and what became of it.',
  primaryKey: ['report', 'start'],
  columns: {
    report: column.text('Report id.', { required: true }),
    start: column.integer('Offset of the number-like token in the verbatim report.'),
    end: column.integer('End offset (exclusive).'),
    text: column.text('The token as written.', { required: true }),
    status: column.oneOf(MENTION_STATUSES, 'figure; excluded; or unknown_place (a word shaped like a place that the gazetteer does not know, with the text and offsets of the word).'),
    figure_id: column.text('The figure it became, when status is figure.'),
    reason: column.text('Why it is not a figure (date, year, document_number, phone, policy_name, no_unit, boilerplate_*, caption, or a doubt of the number reader: ambiguous_decimal, ambiguous_separator, approximate_range, ambiguous_tenths, unreadable_numeral …).'),
  },
});

export type Mention = RowOf<typeof mentionTable>;
export const MENTION_COLUMNS = mentionTable.columns;
