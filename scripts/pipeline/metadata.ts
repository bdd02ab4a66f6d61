// Report metadata sidecars (data/reports/<id>.yml) and the verbatim report texts they describe.
// Every failure is an InputError naming the file, the line and field, and the cause.

import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { stringify } from 'yaml';
import { readInput, readYaml } from '../../src/schema/read.ts';
import { reportMetaSchema, type ReportMeta } from '../../src/schema/report.ts';
import { InputError, type ReportContext } from './types.ts';
import { MAX_REPORT_BYTES, tooLarge } from './limits.ts';

export { reportMetaSchema, type ReportMeta } from '../../src/schema/report.ts';
export { firstInvalidUtf8 } from '../../src/schema/read.ts';

/** Key order of the sidecar files, for stable output. */
const KEY_ORDER = Object.keys(reportMetaSchema.shape) as (keyof ReportMeta)[];

/**
 * Reads and validates one sidecar. Checks that id equals the file's base name, that region is known
 * (when knownRegions is given) and that sha256 is the hash of txtPath's bytes (when given).
 */
export function loadReportMeta(ymlPath: string, txtPath?: string, knownRegions?: ReadonlySet<string>): ReportMeta {
  const { value: meta, errorAt } = readYaml(ymlPath, reportMetaSchema);
  const expectedId = basename(ymlPath).replace(/\.ya?ml$/, '');
  if (meta.id !== expectedId) throw errorAt(['id'], `id must equal the file's base name "${expectedId}", got "${meta.id}"`);
  if (knownRegions && !knownRegions.has(meta.region)) throw errorAt(['region'], `unknown region code "${meta.region}" (not a GB/T 2260 region code of the gazetteer)`);
  if (txtPath !== undefined) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(txtPath);
    } catch (e) {
      throw errorAt(['sha256'], `cannot read the report text ${txtPath} (${(e as Error).message})`);
    }
    const actual = createHash('sha256').update(bytes).digest('hex');
    if (actual !== meta.sha256) throw errorAt(['sha256'], `does not match ${txtPath}: expected ${meta.sha256}, the text hashes to ${actual}`);
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

/**
 * The verbatim text of a report. Offsets in figures.csv index this string, so nothing is changed:
 * CRLF stays CRLF; a BOM is refused rather than stripped, so that offset 0 is the first visible character.
 */
export function readReportText(path: string): string {
  return readInput(path, 'the report text', readReportBytes);
}

/**
 * The bytes of a report file, read in chunks and refused as soon as they pass MAX_REPORT_BYTES: a huge file or
 * an endless one (/dev/zero, a pipe) stops at the cap instead of filling memory. One line names the file and the cap.
 */
export function readReportBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(CHUNK_BYTES);
      const n = readSync(fd, chunk, 0, CHUNK_BYTES, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_REPORT_BYTES) throw new InputError(path, '', tooLarge());
      chunks.push(n === CHUNK_BYTES ? chunk : chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

const CHUNK_BYTES = 1024 * 1024;

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
