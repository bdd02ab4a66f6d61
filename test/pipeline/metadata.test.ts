import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  firstInvalidUtf8, loadReportMeta, readReportText, reportContext, reportMetaSchema, reportMetaToYaml, type ReportMeta,
} from '../../scripts/pipeline/metadata.ts';
import { regionCodeSet } from '../../scripts/pipeline/gazetteer.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';
import { inputErrorOf, scratchDir } from './scratch.ts';

const REPORT_IDS = ['siping-2017', 'siping-2022', 'jilin-2021', 'anshun-2023', 'lanxi-2023-plan'];
const knownRegions = regionCodeSet(loadReference('data').gazetteer);
const dir = scratchDir('metadata-test');

/** Writes a file into the temp dir and returns its path. */
function temp(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

const TEXT = '到2017年年底,实现16153人稳定脱贫。\n';
const textPath = temp('x.txt', TEXT);
const textSha = createHash('sha256').update(TEXT).digest('hex');

/** A valid sidecar for x.txt, one field per line, so a field's line is its index + 1. */
function sidecarLines(): string[] {
  return [
    'id: x',
    'title: 四平:“三位一体”脱贫攻坚',
    "title_en: 'Siping: \"Three-in-One\" Poverty Alleviation'",
    'publisher: 吉林日报',
    'author: [崔维利, 袁松年]',
    'published: 2018-03-26',
    "period: '2017'",
    "region: '220300'",
    'doc_kind: review',
    'language: zh',
    'source: 吉林日报 via 国际在线',
    'url: null',
    'retrieved: null',
    'retrieved_note: unknown',
    'licence: research and citation',
    `sha256: ${textSha}`,
    'notes: []',
  ];
}
const lineOfField = (field: string) => sidecarLines().findIndex((l) => l.startsWith(`${field}:`)) + 1;
const withField = (field: string, value: string) => sidecarLines().map((l) => (l.startsWith(`${field}:`) ? `${field}: ${value}` : l));
const sidecar = (lines: string[]) => temp('x.yml', lines.join('\n') + '\n');

describe('the five report sidecars', () => {
  it.each(REPORT_IDS)('%s validates, names a known region and hashes its text', (id) => {
    const meta = loadReportMeta(`data/reports/${id}.yml`, `data/reports/${id}.txt`, knownRegions);
    expect(meta.id).toBe(id);
    expect(meta.sha256).toBe(createHash('sha256').update(readFileSync(`data/reports/${id}.txt`)).digest('hex'));
    // A date the text does not give must come with a way to resolve 今年/去年.
    expect(meta.published ?? meta.reference_date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it.each(REPORT_IDS)('%s: the printed title is in the text, unless it is a supplied [title]', (id) => {
    const meta = loadReportMeta(`data/reports/${id}.yml`);
    const text = readReportText(`data/reports/${id}.txt`);
    if (meta.title.startsWith('[')) expect(meta.title_note).toBeTruthy();
    // Titles with a subtitle are printed on two lines: compare without line breaks.
    else expect(text.replace(/\s+/g, '')).toContain(meta.title.replace(/\s+/g, ''));
  });

  it('reportContext resolves relative years from published, else reference_date', () => {
    const jilin = loadReportMeta('data/reports/jilin-2021.yml');
    const lanxi = loadReportMeta('data/reports/lanxi-2023-plan.yml');
    expect(reportContext(jilin)).toEqual({ id: 'jilin-2021', region: jilin.region, period: jilin.period, docKind: jilin.doc_kind, published: jilin.published });
    expect(lanxi.published).toBeNull();
    expect(reportContext(lanxi).published).toBe(lanxi.reference_date);
    expect(reportContext(lanxi).docKind).toBe('plan');
  });
});

describe('reportMetaToYaml', () => {
  it('round-trips every sidecar through a file', () => {
    for (const id of REPORT_IDS) {
      const meta = loadReportMeta(`data/reports/${id}.yml`);
      const path = temp(`${id}.yml`, reportMetaToYaml(meta));
      expect(loadReportMeta(path)).toEqual(meta);
    }
  });

  it('writes keys in schema order whatever order the object has', () => {
    const meta = loadReportMeta('data/reports/siping-2022.yml');
    const reversed = Object.fromEntries(Object.entries(meta).reverse()) as ReportMeta;
    const yaml = reportMetaToYaml(reversed);
    expect(yaml).toBe(reportMetaToYaml(meta));
    const schemaOrder = Object.keys(reportMetaSchema.shape).filter((k) => k in meta);
    expect(Object.keys(parse(yaml))).toEqual(schemaOrder);
    expect(yaml).toContain('period: "2022"'); // quoted, or it would read back as a number
  });
});

describe('loadReportMeta errors name file, line, field and cause', () => {
  it('accepts the valid sidecar used below', () => {
    expect(loadReportMeta(sidecar(sidecarLines()), textPath, knownRegions).id).toBe('x');
  });

  it('invalid YAML, with its line', () => {
    const lines = sidecarLines();
    lines.splice(4, 1, 'author: [崔维利, 袁松年'); // unclosed flow sequence: the parser notices on the next line
    const path = sidecar(lines);
    expect(inputErrorOf(() => loadReportMeta(path))).toMatch(new RegExp(`^${path}:6: invalid YAML: `));
  });

  it('a duplicate key', () => {
    const path = sidecar([...sidecarLines(), 'title: again']);
    expect(inputErrorOf(() => loadReportMeta(path))).toMatch(new RegExp(`^${path}:${sidecarLines().length + 1}: invalid YAML: Map keys must be unique`));
  });

  it('not a mapping', () => {
    expect(inputErrorOf(() => loadReportMeta(sidecar(['- id: x'])))).toMatch(/x\.yml:1: expected a mapping/);
  });

  it('a missing field', () => {
    const path = sidecar(sidecarLines().filter((l) => !l.startsWith('publisher:')));
    expect(inputErrorOf(() => loadReportMeta(path))).toBe(`${path}:1 (publisher): required field missing`);
  });

  it('a bad date, with the value as written', () => {
    const path = sidecar(withField('published', '2022/3/22'));
    expect(inputErrorOf(() => loadReportMeta(path))).toBe(`${path}:${lineOfField('published')} (published): expected ISO date YYYY-MM-DD, got "2022/3/22"`);
  });

  it('a date that is not on the calendar', () => {
    const path = sidecar(withField('published', '2022-02-30'));
    expect(inputErrorOf(() => loadReportMeta(path))).toBe(`${path}:${lineOfField('published')} (published): not a calendar date, got "2022-02-30"`);
  });

  it('an unquoted period, which YAML reads as a number', () => {
    const path = sidecar(withField('period', '2017'));
    expect(inputErrorOf(() => loadReportMeta(path))).toMatch(new RegExp(`:${lineOfField('period')} \\(period\\): expected a period in quotes.*got 2017$`));
  });

  it('a bad item inside a list names the item line', () => {
    const lines = withField('author', '');
    lines.splice(lineOfField('author'), 0, '  - 崔维利', '  - 42');
    const path = sidecar(lines);
    expect(inputErrorOf(() => loadReportMeta(path))).toBe(`${path}:${lineOfField('author') + 2} (author.1): expected text, got 42`);
  });

  it('an unknown field (a typo)', () => {
    const path = sidecar([...sidecarLines(), 'publised: 2018-03-26']);
    expect(inputErrorOf(() => loadReportMeta(path))).toMatch(new RegExp(`:${sidecarLines().length + 1} \\(publised\\): unknown field`));
  });

  it('a null published date without a note', () => {
    const path = sidecar(withField('published', 'null'));
    expect(inputErrorOf(() => loadReportMeta(path))).toBe(`${path}:${lineOfField('published')} (published): published is null: add published_note saying why`);
  });

  it('reports how many more problems there are', () => {
    const path = sidecar(withField('published', 'soon').map((l) => (l.startsWith('doc_kind:') ? 'doc_kind: essay' : l)));
    expect(inputErrorOf(() => loadReportMeta(path))).toMatch(/\(published\): .* \(and 1 more problem\)$/);
  });

  it('an id that is not the file name', () => {
    const path = sidecar(withField('id', 'y'));
    expect(inputErrorOf(() => loadReportMeta(path))).toBe(`${path}:1 (id): id must equal the file's base name "x", got "y"`);
  });

  it('an unknown region', () => {
    const path = sidecar(withField('region', "'999999'"));
    expect(inputErrorOf(() => loadReportMeta(path, undefined, knownRegions))).toMatch(new RegExp(`:${lineOfField('region')} \\(region\\): unknown region code "999999"`));
    expect(loadReportMeta(path).region).toBe('999999'); // not checked without knownRegions
  });

  it('a sha256 that does not match the text', () => {
    const path = sidecar(withField('sha256', `'${'0'.repeat(64)}'`)); // quoted: unquoted digits read as a number
    const message = inputErrorOf(() => loadReportMeta(path, textPath));
    expect(message).toMatch(new RegExp(`:${lineOfField('sha256')} \\(sha256\\): does not match`));
    expect(message).toContain(textSha);
  });
});

describe('readReportText', () => {
  it('returns the real texts byte for byte', () => {
    for (const id of REPORT_IDS) {
      const path = `data/reports/${id}.txt`;
      expect(Buffer.from(readReportText(path), 'utf8').equals(readFileSync(path))).toBe(true);
    }
  });

  it('keeps CRLF line endings, so offsets stay verbatim', () => {
    expect(readReportText(temp('crlf.txt', '第一行\r\n第二行\r\n'))).toBe('第一行\r\n第二行\r\n');
  });

  it('rejects bytes that are not UTF-8, naming line and byte offset', () => {
    const prefix = Buffer.from('全市\n脱贫', 'utf8');
    const gb18030 = Buffer.from([0xd6, 0xd0, 0xce, 0xc4]); // 中文 in GB18030
    const path = temp('gbk.txt', Buffer.concat([prefix, gb18030]));
    const message = `not valid UTF-8: byte 0xd6 at byte offset ${prefix.length}; convert the file to UTF-8 (e.g. from GB18030)`;
    expect(inputErrorOf(() => readReportText(path))).toBe(`${path}:2: ${message}`);
  });

  it('rejects an empty or whitespace-only file', () => {
    expect(inputErrorOf(() => readReportText(temp('empty.txt', '')))).toMatch(/empty\.txt:1: the report text is empty/);
    expect(inputErrorOf(() => readReportText(temp('blank.txt', ' \n\u3000\r\n')))).toMatch(/blank\.txt:1: the report text is empty/);
  });

  it('rejects a byte order mark rather than shifting every offset', () => {
    const path = temp('bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('正文', 'utf8')]));
    expect(inputErrorOf(() => readReportText(path))).toMatch(/bom\.txt:1: starts with a UTF-8 byte order mark \(BOM\): remove it/);
  });
});

describe('firstInvalidUtf8', () => {
  it('finds nothing in encoded strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => firstInvalidUtf8(new TextEncoder().encode(s)) === -1));
  });

  it('agrees with the strict TextDecoder on arbitrary bytes', () => {
    const strict = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
        let valid = true;
        try {
          strict.decode(bytes);
        } catch {
          valid = false;
        }
        const at = firstInvalidUtf8(bytes);
        // Where it points, the prefix before is valid on its own.
        if (at >= 0) strict.decode(bytes.subarray(0, at));
        return valid === (at === -1);
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the start of a bad sequence: overlong, surrogate, cut off', () => {
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1); // overlong NUL
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xed, 0xa0, 0x80]))).toBe(1); // U+D800
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0x42, 0xe4, 0xb8]))).toBe(2); // 中 without its last byte
  });
});
