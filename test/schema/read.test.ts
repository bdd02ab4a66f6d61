// The one reader of input files: the same check for every file, then the schema, errors with file and line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { column, defineTable } from '../../src/schema/columns.ts';
import { parseTable, readInput, readYaml } from '../../src/schema/read.ts';
import { inputErrorOf, scratchDir } from '../pipeline/scratch.ts';

const dir = scratchDir('read-test');
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

describe('readInput', () => {
  it('returns UTF-8 text unchanged, CRLF included', () => {
    expect(readInput(file('ok.txt', '第一行\r\n第二行\n'))).toBe('第一行\r\n第二行\n');
  });

  it('names UTF-16 as UTF-16, with or without its byte order mark, either byte order', () => {
    const text = '2022年,新建公路19公里。\n';
    const be = Buffer.from(text, 'utf16le').swap16();
    expect(inputErrorOf(() => readInput(file('le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))))).toMatch(/le\.txt:1: is UTF-16 \(little-endian\)/);
    expect(inputErrorOf(() => readInput(file('be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))))).toMatch(/be\.txt:1: is UTF-16 \(big-endian\)/);
    expect(inputErrorOf(() => readInput(file('le-nobom.txt', Buffer.from(text, 'utf16le'))))).toMatch(/is UTF-16 \(little-endian\)/);
    expect(inputErrorOf(() => readInput(file('be-nobom.txt', be)))).toMatch(/is UTF-16 \(big-endian\)/);
  });

  it('refuses a BOM, NUL bytes (with their line), bytes that are not UTF-8, and emptiness', () => {
    expect(inputErrorOf(() => readInput(file('bom.txt', '\ufeffa\n')))).toMatch(/bom\.txt:1: starts with a UTF-8 byte order mark/);
    expect(inputErrorOf(() => readInput(file('nul.txt', 'a\nb\u0000c\n')))).toMatch(/nul\.txt:2: contains a NUL byte at byte offset 3/);
    expect(inputErrorOf(() => readInput(file('gb.txt', Buffer.from([0x61, 0x0a, 0xbe, 0xab]))))).toMatch(/gb\.txt:2: not valid UTF-8: byte 0xbe at byte offset 2/);
    expect(inputErrorOf(() => readInput(file('empty.txt', '')))).toMatch(/empty\.txt:1: the file is empty/);
    expect(inputErrorOf(() => readInput(file('blank.txt', ' \n\u3000\n'), 'the report text'))).toMatch(/blank\.txt:1: the report text is empty/);
    expect(inputErrorOf(() => readInput(join(dir, 'missing.txt')))).toMatch(/missing\.txt: cannot read file/);
  });
});

describe('parseTable', () => {
  const table = defineTable({
    name: 'demo', file: 'demo.csv', description: 'A demo table.',
    columns: { id: column.text('Id.', { required: true }), n: column.integer('A count.'), tags: column.list(z.enum(['a', 'b']), 'Tags.') },
    check: (r) => (r.n > 9 ? ['n', 'more than nine'] : null),
  });

  it('types each cell by its column', () => {
    expect(parseTable('id,n,tags\nx,3,a|b\ny,0,\n', 'demo.csv', table).map((r) => r.row)).toEqual([
      { id: 'x', n: 3, tags: ['a', 'b'] }, { id: 'y', n: 0, tags: [] }]);
  });

  it('names the line a row starts on (a quoted field may span lines) and the column', () => {
    expect(inputErrorOf(() => parseTable('id,n,tags\n"x\ny",3,a\nz,3.5,a\n', 'demo.csv', table))).toMatch(/^demo\.csv:4 \(n\): expected an integer, got "3\.5"$/);
    expect(inputErrorOf(() => parseTable('id,n,tags\nx,3,c\n', 'demo.csv', table))).toMatch(/^demo\.csv:2 \(tags\): /);
    expect(inputErrorOf(() => parseTable('id,n,tags\nx,12,a\n', 'demo.csv', table))).toBe('demo.csv:2 (n): more than nine');
    expect(inputErrorOf(() => parseTable('id,tags,n\n', 'demo.csv', table))).toMatch(/^demo\.csv:1: expected the header id,n,tags, got id,tags,n$/);
  });

  it('derives the datapackage fields from the same columns', () => {
    expect(table.columns).toEqual(['id', 'n', 'tags']);
    expect(table.fields.map((f) => [f.name, f.type])).toEqual([['id', 'string'], ['n', 'integer'], ['tags', 'string']]);
  });
});

describe('readYaml', () => {
  const schema = z.array(z.strictObject({ key: z.string().regex(/^[a-z]+$/, 'lowercase'), n: z.number() }), { error: 'expected a list' });

  it('names the line of the field at fault, with the value as written', () => {
    const path = file('a.yml', '- key: abc\n  n: 1\n- key: ABC\n  n: 2\n');
    expect(inputErrorOf(() => readYaml(path, schema))).toMatch(/a\.yml:3 \(1\.key\): lowercase, got "ABC"$/);
  });

  it('a missing field, an unknown field, how many more problems', () => {
    expect(inputErrorOf(() => readYaml(file('b.yml', '- key: abc\n'), schema))).toMatch(/b\.yml:1 \(0\.n\): required field missing$/);
    expect(inputErrorOf(() => readYaml(file('c.yml', '- key: abc\n  n: 1\n  colour: red\n'), schema))).toMatch(/c\.yml:3 \(0\.colour\): unknown field$/);
    expect(inputErrorOf(() => readYaml(file('d.yml', '- key: A\n  n: x\n'), schema))).toMatch(/d\.yml:1 \(0\.key\): .* \(and 1 more problem\)$/);
  });

  it('invalid YAML, a top-level value of the wrong kind, a file of comments only', () => {
    expect(inputErrorOf(() => readYaml(file('e.yml', '- key: [abc\n'), schema))).toMatch(/e\.yml:\d+: invalid YAML: /);
    expect(inputErrorOf(() => readYaml(file('f.yml', 'key: abc\n'), schema))).toBe(`${join(dir, 'f.yml')}:1: expected a list`);
    expect(inputErrorOf(() => readYaml(file('g.yml', '# nothing\n'), schema))).toMatch(/g\.yml:1: holds only comments/);
  });
});
