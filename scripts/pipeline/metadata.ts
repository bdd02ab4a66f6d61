// Report metadata sidecars (data/reports/<id>.yml) and the verbatim report texts they describe.
// Every failure is an InputError naming the file, the line and field, and the cause.

import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, stringify, type Document } from 'yaml';
import { z } from 'zod';
import { DOC_KINDS, InputError, type ReportContext } from './types.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function isCalendarDate(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const text = z.string({ error: 'expected text' }).trim().min(1, 'expected non-empty text');
const isoDate = z
  .string({ error: 'expected ISO date YYYY-MM-DD' })
  .regex(ISO_DATE, 'expected ISO date YYYY-MM-DD')
  .refine(isCalendarDate, 'not a calendar date');

/** '2022' or '2013-2021', the same form as the period column of figures.csv. */
const period = z
  .string({ error: "expected a period in quotes, like '2022' or '2013-2021'" })
  .regex(/^\d{4}(-\d{4})?$/, "expected a period like '2022' or '2013-2021'")
  .refine((p) => p.length === 4 || p.slice(0, 4) < p.slice(5), 'period must run forwards');

/** A sentence for readers in both site languages (the other fields are curator notes, kept off the pages). */
const bilingual = z.strictObject({ zh: text, en: text }, { error: 'expected zh: and en: texts' });

/**
 * What the report's page tells a reader about its origin, written for readers in both languages. The
 * curator fields (title_note, published_note, source, licence, notes) keep the evidence and stay in the data.
 */
const readerSchema = z.strictObject({
  title: bilingual.optional(), // when the title was supplied by the project
  publisher: bilingual,
  published: bilingual.optional(), // what is known of the date when `published` is null
  source: bilingual, // where the collected copy came from, and whether its address is known
  notes: z.array(bilingual, { error: 'expected a list of { zh, en } notes (may be empty: [])' }),
});

export const reportMetaSchema = z
  .strictObject({
    id: z.string({ error: 'expected a report id' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lowercase id like siping-2022'),
    title: text, // as printed in the text; a title supplied by us is in [square brackets], with title_note
    title_note: text.optional(),
    title_en: text,
    publisher: text,
    author: z.array(text, { error: 'expected a list of names or null' }).min(1, 'expected at least one name, or null').nullable(),
    byline: text.optional(), // verbatim, when it says more than the names (roles, order)
    document_number: text.optional(),
    published: isoDate.nullable(),
    published_note: text.optional(),
    // Stands in for published when that is unknown, only to resolve 今年/去年 in the text.
    reference_date: isoDate.optional(),
    reference_date_note: text.optional(),
    period,
    region: z.string({ error: 'expected a GB/T 2260 code in quotes' }).regex(/^\d{6}$/, 'expected a six-digit GB/T 2260 code'),
    doc_kind: z.enum(DOC_KINDS, { error: `expected one of ${DOC_KINDS.join(', ')}` }),
    language: z.string({ error: 'expected a language tag' }).regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, "expected a language tag like 'zh'"),
    source: text,
    url: z.url({ protocol: /^https?$/, error: 'expected an http(s) URL or null' }).nullable(),
    retrieved: isoDate.nullable(),
    retrieved_note: text.optional(),
    vendored: isoDate.optional(),
    licence: text,
    sha256: z.string({ error: 'expected a sha256 hex digest' }).regex(/^[0-9a-f]{64}$/, 'expected 64 lowercase hex digits'),
    notes: z.array(text, { error: 'expected a list of notes (may be empty: [])' }),
    reader: readerSchema.optional(),
  })
  .superRefine((m, ctx) => {
    // An unknown date must say why it is unknown; a guessed one must say how it was guessed.
    const problem = (field: keyof typeof m, message: string) => ctx.addIssue({ code: 'custom', path: [field], message, params: { crossField: true } });
    if (m.published === null && !m.published_note) {
      problem('published', 'published is null: add published_note saying why');
    }
    if (m.reference_date && !m.reference_date_note) {
      problem('reference_date', 'add reference_date_note saying how the date was estimated');
    }
    if (m.published !== null && m.reference_date) {
      problem('reference_date', 'reference_date is only for reports whose published date is unknown');
    }
    if (m.retrieved === null && !m.retrieved_note) {
      problem('retrieved', 'retrieved is null: add retrieved_note saying why');
    }
    if (m.reader && m.published === null && !m.reader.published) {
      problem('reader', 'published is null: add reader.published telling readers what is known of the date');
    }
  });

export type ReportMeta = z.infer<typeof reportMetaSchema>;

/** Key order of the sidecar files, for stable output. */
const KEY_ORDER = Object.keys(reportMetaSchema.shape) as (keyof ReportMeta)[];

type Path = readonly PropertyKey[];

/** The line of the deepest key or item of `path` present in the document (1-based). */
function lineOf(doc: Document, lc: LineCounter, path: Path): number {
  let node: unknown = doc.contents;
  let line = 1;
  for (const step of path) {
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) line = lc.linePos(pair.key.range[0]).line;
      node = pair.value;
    } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
      node = node.items[step];
      const range = (node as { range?: [number, number, number] }).range;
      if (range) line = lc.linePos(range[0]).line;
    } else break;
  }
  return line;
}

/**
 * Reads and validates one sidecar. Checks that id equals the file's base name, that region is known
 * (when knownRegions is given) and that sha256 is the hash of txtPath's bytes (when given).
 */
export function loadReportMeta(ymlPath: string, txtPath?: string, knownRegions?: Set<string>): ReportMeta {
  let source: string;
  try {
    source = readFileSync(ymlPath, 'utf8');
  } catch (e) {
    throw new InputError(ymlPath, '', `cannot read file (${(e as Error).message})`);
  }
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0].line ?? 1;
    throw new InputError(ymlPath, String(line), `invalid YAML: ${err.message.split('\n')[0].replace(/:$/, '')}`);
  }
  if (!isMap(doc.contents)) throw new InputError(ymlPath, '1', 'expected a mapping of fields (key: value)');

  const data: unknown = doc.toJS();
  const fail = (path: Path, cause: string): never => {
    throw new InputError(ymlPath, `${lineOf(doc, lc, path)} (${path.join('.')})`, cause);
  };

  const parsed = reportMetaSchema.safeParse(data);
  if (!parsed.success) {
    const seen = new Set<string>();
    // One problem per field: a malformed date is not also reported as 'not a calendar date'.
    const firstPerField = parsed.error.issues.filter((issue) => {
      const key = issue.path.join('.');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const problems = firstPerField.map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const path = [...issue.path, issue.keys[0]];
        return { path, line: lineOf(doc, lc, path), cause: `unknown field (known: ${KEY_ORDER.join(', ')})` };
      }
      const value = doc.getIn(issue.path as PropertyKey[]);
      const crossField = issue.code === 'custom' && issue.params?.crossField === true;
      const cause = crossField ? issue.message : value === undefined ? 'required field missing' : `${issue.message}, got ${JSON.stringify(value)}`;
      return { path: issue.path, line: lineOf(doc, lc, issue.path), cause };
    });
    problems.sort((a, b) => a.line - b.line);
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new InputError(ymlPath, `${first.line} (${first.path.join('.')})`, first.cause + more);
  }
  const meta = parsed.data;

  const expectedId = basename(ymlPath).replace(/\.ya?ml$/, '');
  if (meta.id !== expectedId) fail(['id'], `id must equal the file's base name "${expectedId}", got "${meta.id}"`);
  if (knownRegions && !knownRegions.has(meta.region)) fail(['region'], `unknown region code "${meta.region}" (not in data/regions.csv)`);
  if (txtPath !== undefined) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(txtPath);
    } catch (e) {
      return fail(['sha256'], `cannot read the report text ${txtPath} (${(e as Error).message})`);
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== meta.sha256) fail(['sha256'], `does not match ${txtPath}: expected ${meta.sha256}, the text hashes to ${actual}`);
  }
  return meta;
}

/** The sidecar as YAML: keys in schema order, absent optional fields left out, long lines unfolded. */
export function reportMetaToYaml(meta: ReportMeta): string {
  const ordered: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (meta[key] !== undefined) ordered[key] = meta[key];
  return stringify(ordered, { lineWidth: 0 });
}

/** sha256 hex digest of a file's bytes, as recorded in the sidecar. */
export function sha256OfFile(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

/** Byte offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    let need: number;
    let min: number;
    if (b < 0x80) { i++; continue; }
    else if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= bytes.length) return i; // sequence cut off by the end of the file
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i; // overlong, too large, surrogate
    i += need + 1;
  }
  return -1;
}

/**
 * The verbatim text of a report. Offsets in figures.csv index this string, so nothing is changed:
 * CRLF stays CRLF; a BOM is refused rather than stripped, so that offset 0 is the first visible character.
 */
export function readReportText(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new InputError(path, '', `cannot read file (${(e as Error).message})`);
  }
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new InputError(path, '1', 'starts with a UTF-8 byte order mark (BOM): remove it (save as UTF-8 without BOM) so that offsets index the verbatim text');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = 1 + bytes.subarray(0, Math.max(offset, 0)).filter((b) => b === 0x0a).length;
    const hex = offset >= 0 ? `0x${bytes[offset].toString(16).padStart(2, '0')}` : '?';
    throw new InputError(path, String(line), `not valid UTF-8: byte ${hex} at byte offset ${offset}; convert the file to UTF-8 (e.g. from GB18030)`);
  }
  if (text.trim() === '') throw new InputError(path, '1', 'the report text is empty');
  return text;
}

/** What the pipeline needs from the metadata; 今年/去年 resolve against published, else reference_date. */
export function reportContext(meta: ReportMeta): ReportContext {
  return {
    id: meta.id,
    region: meta.region,
    period: meta.period,
    docKind: meta.doc_kind,
    published: meta.published ?? meta.reference_date ?? null,
  };
}
