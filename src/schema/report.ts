// Report metadata: data/reports/<id>.yml, the sidecar of each verbatim text (hand-kept), and data/reports.csv,
// the same fields published as one table for the site and for researchers.
import { z } from 'zod';
import { column, defineTable, type RowOf, type Table } from './columns.ts';
import { isoDateSchema, periodSchema, regionCodeSchema, reportIdSchema } from './values.ts';

export const DOC_KINDS = ['review', 'plan'] as const;
export type DocKind = (typeof DOC_KINDS)[number];
export const docKindSchema = z.enum(DOC_KINDS, { error: `expected one of ${DOC_KINDS.join(', ')}` });

const text = z.string({ error: 'expected text' }).trim().min(1, 'expected non-empty text');

/** A sentence for readers in both site languages (the other fields are curator notes, kept off the pages). */
const bilingual = z.strictObject({ zh: text, en: text }, { error: 'expected zh: and en: texts' });

/**
 * What the report's page tells a reader about its origin, written for readers in both languages. The curator
 * fields (title_note, published_note, source, licence, notes) keep the evidence and stay in the data.
 */
export const readerSchema = z.strictObject({
  title: bilingual.optional(), // when the title was supplied by the project
  publisher: bilingual,
  published: bilingual.optional(), // what is known of the date when `published` is null
  source: bilingual, // where the collected copy came from, and whether its address is known
  notes: z.array(bilingual, { error: 'expected a list of { zh, en } notes (may be empty: [])' }),
});
export type ReaderWords = z.infer<typeof readerSchema>;

export const reportMetaSchema = z
  .strictObject({
    id: reportIdSchema,
    title: text, // as printed in the text; a title supplied by us is in [square brackets], with title_note
    title_note: text.optional(),
    title_en: text,
    publisher: text,
    author: z.array(text, { error: 'expected a list of names or null' }).min(1, 'expected at least one name, or null').nullable(),
    byline: text.optional(), // verbatim, when it says more than the names (roles, order)
    document_number: text.optional(),
    published: isoDateSchema.nullable(),
    published_note: text.optional(),
    // Stands in for published when that is unknown, only to resolve 今年/去年 in the text.
    reference_date: isoDateSchema.optional(),
    reference_date_note: text.optional(),
    period: periodSchema,
    region: regionCodeSchema,
    doc_kind: docKindSchema,
    language: z.string({ error: 'expected a language tag' }).regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "expected a language tag like 'zh'"),
    source: text,
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL or null' }).nullable(),
    retrieved: isoDateSchema.nullable(),
    retrieved_note: text.optional(),
    vendored: isoDateSchema.optional(),
    licence: text,
    sha256: z.string({ error: 'expected a sha256 hex digest' }).regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
    notes: z.array(text, { error: 'expected a list of notes (may be empty: [])' }),
    // For readers, in both languages; a report added without one shows only what the fields above say.
    reader: readerSchema.optional(),
  }, { error: 'expected a mapping of fields (key: value)' })
  .superRefine((m, ctx) => {
    // An unknown date must say why it is unknown; a guessed one must say how it was guessed.
    const problem = (field: keyof typeof m, message: string) => ctx.addIssue({ code: 'custom', path: [field], message, params: { crossField: true } });
    if (m.published === null && !m.published_note) problem('published', 'published is null: add published_note saying why');
    if (m.reference_date && !m.reference_date_note) problem('reference_date', 'add reference_date_note saying how the date was estimated');
    if (m.published !== null && m.reference_date) problem('reference_date', 'reference_date is only for reports whose published date is unknown');
    if (m.retrieved === null && !m.retrieved_note) problem('retrieved', 'retrieved is null: add retrieved_note saying why');
    if (m.reader && m.published === null && !m.reader.published) problem('reader', 'published is null: add reader.published telling readers what is known of the date');
  });

export type ReportMeta = z.infer<typeof reportMetaSchema>;

// Cells of reports.csv: empty is absent (an optional field) or null (a field that says 'unknown').
const absent = (description: string) => ({ ...column.text(description), cell: z.string().transform((s) => (s === '' ? undefined : s)) });
const orNull = (description: string) => ({ ...column.text(description), cell: z.string().transform((s) => (s === '' ? null : s)) });

/** Notes are sentences that may hold any character but a line break, so reports.csv puts one per line. */
export const NOTE_SEPARATOR = '\n';

const reportColumns = defineTable({
  name: 'reports',
  file: 'reports.csv',
  description: 'One row per report: where it comes from, what it covers, and the sha256 of its verbatim text (data/reports/<id>.txt).',
  primaryKey: ['id'],
  columns: {
    id: column.text('Report id: data/reports/<id>.txt is its verbatim text, data/reports/<id>.yml its metadata.'),
    title: column.text('Title as printed in the text; one supplied by the atlas is in [square brackets].'),
    title_note: absent('Why the title is supplied, when it is.'),
    title_en: column.text('English title.'),
    publisher: column.text('Who published the report.'),
    author: { ...orNull('Authors, separated by |; empty when none is named.'), cell: z.string().transform((s) => (s === '' ? null : s.split('|'))) },
    byline: absent('The byline as printed, when it says more than the names.'),
    document_number: absent('Official document number, for government documents.'),
    published: orNull('Date of publication (YYYY-MM-DD); empty when unknown.'),
    published_note: absent('Why the date of publication is unknown, or how it was established.'),
    reference_date: absent('For a report whose date is unknown: the date that stands in for it to resolve 今年/去年.'),
    reference_date_note: absent('How reference_date was estimated.'),
    period: column.text("Year ('2022') or span ('2013-2021') the report covers."),
    region: column.text('GB/T 2260 code of the region the report is about.'),
    doc_kind: column.oneOf(DOC_KINDS, 'review (what was done) or plan (what is to be done).'),
    language: column.text('Language of the text.'),
    source: column.text('Where the text comes from.'),
    url: orNull('Web address of the text; empty when not known.'),
    retrieved: orNull('Date the text was retrieved (YYYY-MM-DD); empty when unknown.'),
    retrieved_note: absent('Why the retrieval date is unknown.'),
    vendored: absent('Date the text was added to the atlas.'),
    licence: column.text('Terms the text is kept under.'),
    sha256: column.text('sha256 of the verbatim text file.'),
    notes: { ...column.text('Notes on reading the report, one per line.'), cell: z.string().transform((s) => (s === '' ? [] : s.split(NOTE_SEPARATOR))) },
    reader_title_zh: absent('For readers, in Chinese: the title, when the atlas supplied it.'),
    reader_title_en: absent('For readers, in English: the title, when the atlas supplied it.'),
    reader_publisher_zh: absent('For readers, in Chinese: who published the report.'),
    reader_publisher_en: absent('For readers, in English: who published the report.'),
    reader_published_zh: absent('For readers, in Chinese: what is known of the date, when it is not known exactly.'),
    reader_published_en: absent('For readers, in English: what is known of the date, when it is not known exactly.'),
    reader_source_zh: absent('For readers, in Chinese: where the copy came from, and whether its address is known.'),
    reader_source_en: absent('For readers, in English: where the copy came from, and whether its address is known.'),
    reader_notes_zh: { ...column.text('For readers, in Chinese: notes on reading the report, one per line.'), cell: z.string().transform((s) => (s === '' ? [] : s.split(NOTE_SEPARATOR))) },
    reader_notes_en: { ...column.text('For readers, in English: the same notes, one per line.'), cell: z.string().transform((s) => (s === '' ? [] : s.split(NOTE_SEPARATOR))) },
  },
});

type FlatRow = RowOf<typeof reportColumns>;
const pair = (zh: string | undefined, en: string | undefined) => (zh !== undefined && en !== undefined ? { zh, en } : undefined);

/** The flat reader_* cells of a reports.csv row as the sidecar's nested `reader` block. */
function nestReader(row: FlatRow): Record<string, unknown> {
  const { reader_title_zh, reader_title_en, reader_publisher_zh, reader_publisher_en, reader_published_zh, reader_published_en,
    reader_source_zh, reader_source_en, reader_notes_zh, reader_notes_en, ...rest } = row;
  const publisher = pair(reader_publisher_zh, reader_publisher_en);
  const source = pair(reader_source_zh, reader_source_en);
  if (!publisher || !source) return rest;
  const title = pair(reader_title_zh, reader_title_en);
  const published = pair(reader_published_zh, reader_published_en);
  const notes = (reader_notes_zh as string[]).map((zh, i) => ({ zh, en: (reader_notes_en as string[])[i] }));
  return { ...rest, reader: { ...(title ? { title } : {}), publisher, ...(published ? { published } : {}), source, notes } };
}

/** data/reports.csv: each row read back through the sidecar's schema, so the two cannot drift apart. */
export const reportTable: Table<typeof reportColumns extends Table<infer C> ? C : never, ReportMeta> = {
  ...reportColumns,
  row: reportColumns.row.transform(nestReader).pipe(reportMetaSchema as unknown as z.ZodType<ReportMeta, Record<string, unknown>>) as unknown as z.ZodType<ReportMeta, Record<string, string>>,
};
export const REPORT_COLUMNS = reportTable.columns;

/** A report as written to reports.csv: notes one per line (the other lists are joined by '|' as everywhere). */
export function reportRecord(meta: ReportMeta): Record<string, unknown> {
  // Refused rather than published as a table that reads back differently.
  if (meta.author?.some((a) => a.includes('|'))) throw new Error(`report ${meta.id}: an author name contains '|', the list separator of reports.csv`);
  if (meta.notes.some((n) => n.includes(NOTE_SEPARATOR))) throw new Error(`report ${meta.id}: a note spans lines; reports.csv keeps one note per line`);
  const { reader, ...rest } = meta;
  for (const n of reader?.notes ?? []) if (n.zh.includes(NOTE_SEPARATOR) || n.en.includes(NOTE_SEPARATOR)) throw new Error(`report ${meta.id}: a reader note spans lines`);
  return {
    ...rest,
    notes: meta.notes.join(NOTE_SEPARATOR),
    reader_title_zh: reader?.title?.zh, reader_title_en: reader?.title?.en,
    reader_publisher_zh: reader?.publisher.zh, reader_publisher_en: reader?.publisher.en,
    reader_published_zh: reader?.published?.zh, reader_published_en: reader?.published?.en,
    reader_source_zh: reader?.source.zh, reader_source_en: reader?.source.en,
    reader_notes_zh: (reader?.notes ?? []).map((n) => n.zh).join(NOTE_SEPARATOR),
    reader_notes_en: (reader?.notes ?? []).map((n) => n.en).join(NOTE_SEPARATOR),
  };
}
