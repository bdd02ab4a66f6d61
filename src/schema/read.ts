// Reading input files, one way for everyone: the pipeline's hand-kept inputs, the CLIs' report texts and the
// site's published tables. Every file passes the same check first (UTF-8 without a BOM, not UTF-16, no NUL
// bytes, not empty); then tables and YAML are validated against their schema. Every failure is one InputError
// naming the file, the line (and field) and the cause.
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import type { z } from 'zod';
import type { Table } from './columns.ts';
import { InputError } from './errors.ts';

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

const lineAt = (bytes: Uint8Array, offset: number) => 1 + bytes.subarray(0, Math.max(offset, 0)).filter((b) => b === 0x0a).length;

/**
 * UTF-16 with or without its byte order mark: text in UTF-16 has a NUL in every other byte wherever it is
 * ASCII (line breaks, digits), which UTF-8 text never has. Named as such so that nobody converts it as GB18030.
 */
function utf16Order(bytes: Uint8Array): 'LE' | 'BE' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) { if (i % 2) odd++; else even++; }
  const pairs = bytes.length / 2;
  if (odd >= 2 && odd >= pairs / 4 && even === 0) return 'LE';
  if (even >= 2 && even >= pairs / 4 && odd === 0) return 'BE';
  return null;
}

/**
 * The text of an input file, unchanged: UTF-8 without a BOM (offsets into report texts are JavaScript string
 * indices, so a BOM would shift them), not UTF-16, no NUL bytes, not empty or blank. `what` names the file in
 * the message about emptiness ('the report text').
 */
export function readInput(path: string, what = 'the file', readBytes: (path: string) => Buffer = readFileSync): string {
  let bytes: Buffer;
  try {
    bytes = readBytes(path); // a report's reader stops at the size cap (scripts/pipeline/limits.ts)
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, '', `cannot read file (${(e as Error).message})`);
  }
  const utf16 = utf16Order(bytes);
  if (utf16) throw new InputError(path, '1', `is UTF-16 (${utf16 === 'LE' ? 'little' : 'big'}-endian), not UTF-8: save it as UTF-8 without BOM`);
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    throw new InputError(path, '1', 'starts with a UTF-8 byte order mark (BOM): remove it (save as UTF-8 without BOM) so that offsets index the verbatim text');
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new InputError(path, String(lineAt(bytes, nul)), `contains a NUL byte at byte offset ${nul}: not a text file`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const hex = offset >= 0 ? `0x${bytes[offset].toString(16).padStart(2, '0')}` : '?';
    throw new InputError(path, String(lineAt(bytes, offset)), `not valid UTF-8: byte ${hex} at byte offset ${offset}; convert the file to UTF-8 (e.g. from GB18030)`);
  }
  if (text.trim() === '') throw new InputError(path, '1', `${what} is empty`);
  return text;
}

// ---------------------------------------------------------------------------------------------------------
// CSV tables

/** One row of a table with the line it starts on (1-based; a quoted field may span lines). */
export interface Lined<T> {
  line: number;
  row: T;
}

/**
 * An RFC 4180 CSV whose header is exactly the table's columns, every row read through the table's schema.
 * Errors name the row's line and the column.
 */
export function readTableLines<R>(path: string, table: Pick<Table<never, R>, 'columns' | 'row'>): Lined<R>[] {
  return parseTable(readInput(path), path, table);
}

/** The same, from text already read (`path` names it in errors). */
export function parseTable<R>(text: string, path: string, table: Pick<Table<never, R>, 'columns' | 'row'>): Lined<R>[] {
  const columns = table.columns as readonly string[];
  const rows: { line: number; cells: string[] }[] = [];
  let line = 1; // where the next row starts
  let start = 0;
  Papa.parse<string[]>(text, {
    delimiter: ',',
    step: (result) => {
      const end = result.meta.cursor; // just past this row's line break
      const rowLine = line;
      for (let i = start; i < end; i++) if (text.charCodeAt(i) === 10) line++;
      start = end;
      const [error] = result.errors;
      if (error) throw new InputError(path, String(rowLine), `invalid CSV: ${error.message}`);
      const cells = result.data;
      if (cells.length === 1 && cells[0] === '') return; // blank line
      rows.push({ line: rowLine, cells });
    },
  });
  if (rows.length === 0) throw new InputError(path, '1', 'empty file: expected a header row');
  const [header, ...body] = rows;
  if (header.cells.join(',') !== columns.join(',')) {
    throw new InputError(path, '1', `expected the header ${columns.join(',')}, got ${header.cells.join(',')}`);
  }
  return body.map(({ line: rowLine, cells }) => {
    if (cells.length !== columns.length) throw new InputError(path, String(rowLine), `expected ${columns.length} fields, got ${cells.length}`);
    const record = Object.fromEntries(columns.map((c, i) => [c, cells[i]]));
    const parsed = table.row.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const column = String(issue.path[0] ?? '');
      const crossField = issue.code === 'custom' && issue.params?.crossField === true;
      const cause = crossField ? issue.message : `${issue.message}, got ${JSON.stringify(record[column] ?? '')}`;
      throw new InputError(path, `${rowLine} (${column})`, cause);
    }
    return { line: rowLine, row: parsed.data };
  });
}

/** The rows of a table, typed. */
export function readTable<R>(path: string, table: Pick<Table<never, R>, 'columns' | 'row'>): R[] {
  return readTableLines(path, table).map((r) => r.row);
}

// ---------------------------------------------------------------------------------------------------------
// YAML

type Path = readonly PropertyKey[];

/** The line of the deepest key or item of `path` present in the document (1-based). */
function lineIn(doc: Document, lc: LineCounter, path: Path): number {
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

export interface YamlOptions {
  /** How a path shows in the message; default the keys joined by '.' ('3.unit'). */
  showPath?: (path: Path) => string;
}

export interface YamlFile<T> {
  value: T;
  /** The line of a key or item, for checks made after the schema (a duplicate key, a stale correction). */
  lineOf: (path: Path) => number;
  /** An InputError at a key or item. */
  errorAt: (path: Path, cause: string) => InputError;
}

/**
 * A YAML file read through a zod schema. Errors name the line of the key at fault and the key: a missing
 * field, a wrong value (with the value as written), an unknown field. The first problem in file order is
 * named, with how many more there are. A refinement marked params.crossField gives its message alone.
 */
export function readYaml<S extends z.ZodType>(path: string, schema: S, options: YamlOptions = {}): YamlFile<z.output<S>> {
  const source = readInput(path);
  const lc = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lc, prettyErrors: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    const line = err.linePos?.[0].line ?? 1;
    throw new InputError(path, String(line), `invalid YAML: ${err.message.split('\n')[0].replace(/:$/, '')}`);
  }
  const show = options.showPath ?? ((p: Path) => p.join('.'));
  const lineOf = (p: Path) => lineIn(doc, lc, p);
  const errorAt = (p: Path, cause: string) => new InputError(path, `${lineOf(p)}${p.length ? ` (${show(p)})` : ''}`, cause);
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) throw new InputError(path, '1', 'holds only comments: no YAML value');
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const seen = new Set<string>();
    // One problem per field: a malformed date is not also reported as 'not a calendar date'.
    const problems = parsed.error.issues.filter((issue) => {
      const key = issue.path.join('.');
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    }).map((issue) => {
      if (issue.code === 'unrecognized_keys') {
        const at = [...issue.path, issue.keys[0]];
        return { at, cause: 'unknown field' };
      }
      const value = doc.getIn(issue.path as PropertyKey[]);
      const crossField = issue.code === 'custom' && issue.params?.crossField === true;
      const cause = crossField || issue.path.length === 0 ? issue.message : value === undefined ? 'required field missing' : `${issue.message}, got ${JSON.stringify(value)}`;
      return { at: issue.path, cause };
    }).map((p) => ({ ...p, line: lineOf(p.at) }));
    problems.sort((a, b) => a.line - b.line);
    const [first] = problems;
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    throw new InputError(path, `${first.line}${first.at.length ? ` (${show(first.at)})` : ''}`, first.cause + more);
  }
  return { value: parsed.data, lineOf, errorAt };
}
