// data/blocks.csv: each line of each report as the cleaner classified it (for the source reader).
import { column, defineTable, orList, type RowOf } from './columns.ts';

export const BLOCK_KINDS = ['body', 'heading', 'caption', 'boilerplate'] as const;
export type BlockKind = (typeof BLOCK_KINDS)[number];

export const blockTable = defineTable({
  name: 'blocks',
  file: 'blocks.csv',
  description: `Lines of each report classified as ${orList(BLOCK_KINDS)} (for the source reader).`,
  primaryKey: ['report', 'start'],
  columns: {
    report: column.text('Report id.', { required: true }),
    start: column.integer('Offset of the line in the verbatim report.'),
    end: column.integer('End offset (exclusive), line break excluded.'),
    kind: column.oneOf(BLOCK_KINDS, `${orList(BLOCK_KINDS)}.`),
    reason: column.text('For boilerplate: footer, byline, navigation, site, widget.'),
  },
  check: (b) => (b.end <= b.start ? ['end', 'end is not after start'] : null),
});

/** One row of data/blocks.csv. */
export type TextBlock = RowOf<typeof blockTable>;
export const BLOCK_COLUMNS = blockTable.columns;
