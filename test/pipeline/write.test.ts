import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../scripts/pipeline/write.ts';
import { FUZZ_RUNS } from './fuzzRuns.ts';
import { real } from './seeds.ts';

type Row = { id: string; value: number; quote: string; tags: string[] };
const columns = ['id', 'value', 'quote', 'tags'] as const;

describe('toCsv', () => {
  it('writes a header, LF line ends, no BOM, and quotes only fields that need it', () => {
    const quote = real('siping-2022', '全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人');
    const csv = toCsv<Row>(columns, [
      { id: 'a', value: 294750000, quote, tags: ['x', 'y'] },
      { id: 'b"c', value: 89.76, quote: '第一行\n第二行', tags: [] },
    ]);
    expect(csv).toBe(`id,value,quote,tags\na,294750000,"${quote}",x|y\n"b""c",89.76,"第一行\n第二行",\n`);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv).not.toContain('\r');
  });

  it('writes large and small numbers without an exponent, and refuses what is not finite', () => {
    expect(toCsv(['v'], [{ v: 551000000000 }, { v: 1e20 }, { v: 0.6 }])).toBe('v\n551000000000\n100000000000000000000\n0.6\n');
    expect(() => toCsv(['v'], [{ v: Number.POSITIVE_INFINITY }])).toThrow(/cannot write Infinity/);
    expect(() => toCsv(['v'], [{ v: Number.NaN }])).toThrow(/cannot write NaN/);
    expect(toCsv(['v'], [{ v: null }, { v: undefined }])).toBe('v\n\n\n');
  });

  it('papaparse reads back what it writes, for any text (property)', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(',', '"', '\n', '\r', ' ', '=', '+', '-', '@'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), maxLength: 20 });
    fc.assert(fc.property(fc.array(fc.record({ a: text, b: text }), { minLength: 1, maxLength: 5 }), (rows) => {
      const parsed = Papa.parse<Record<string, string>>(toCsv(['a', 'b'], rows), { header: true, skipEmptyLines: false });
      const data = parsed.data.slice(0, rows.length);
      expect(data).toEqual(rows);
    }), { numRuns: FUZZ_RUNS });
  });
});
