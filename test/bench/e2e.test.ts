import { describe, expect, it } from 'vitest';
import { acceptance, E2E_SETS, formatE2e, scoreReport, totalCounts, type GotFigure, type GotReport } from '../../scripts/bench/e2e.ts';
import { isNotFigure, loadGoldDir, parseGold } from '../../scripts/bench/e2eGold.ts';

// A small report of this test's own, its gold, and a made-up extraction with one of each kind of mistake.
const text = '全县脱贫人口人均纯收入达到15020元，增长12.5%。新建帮扶车间8个。电话：0931-1234567。某镇新增岗位300个。';
const gold = parseGold('t', text, `
region: '620000'
period: '2023'
doc_kind: review
figures:
  - {at: 达到15020元, number: 15020元, value: 15020, unit: yuan, qualifier: exact, kind: actual, region: '620000', indicator: exited_income_per_capita}
  - {at: 增长12.5%, number: 12.5%, value: 12.5, unit: percent, qualifier: exact, kind: change, region: '620000', indicator: exited_income_growth}
  - {at: 车间8个, number: 8个, value: 8, unit: count, qualifier: exact, kind: actual, region: '620000', indicator: employment_workshops}
  - {at: 0931-1234567, number: 0931-1234567, not_figure: true}
  - {at: 岗位300个, number: 300个, value: 300, unit: count, qualifier: exact, kind: actual, region: '620000', indicator: public_welfare_posts}
`);

/** A figure at the first occurrence of `numberText` in the text. */
function at(numberText: string, rest: Partial<GotFigure>): GotFigure {
  const start = text.indexOf(numberText);
  return { value: 0, unit: 'count', qualifier: 'exact', kind: 'actual', region_code: '620000', indicator: '', number_text: numberText, number_start: start, number_end: start + numberText.length, ...rest };
}

const got: GotReport = {
  region: '620100', period: '2023', docKind: 'review',
  figures: [
    at('15020元', { value: 15020, unit: 'yuan', indicator: 'exited_income_per_capita' }), // right
    at('12.5%', { value: 12.5, unit: 'percent', kind: 'change' }), // found, untagged
    at('8个', { value: 80, indicator: 'employment_workshops' }), // wrong value, so its tag is not right
    at('0931', { value: 931 }), // a telephone number taken for a figure
    at('300个', { value: 300, region_code: '620100', indicator: 'public_welfare_posts' }), // wrong place, right tag
    at('某镇', { value: 1, indicator: 'monitored_households' }), // no figure there at all
  ],
};

describe('scoreReport', () => {
  const s = scoreReport(gold, got);

  it('counts found, wrong values, invented figures and listed not-figures', () => {
    expect(s.counts).toMatchObject({ reports: 1, regionRight: 0, periodRight: 1, docKindRight: 1, gold: 4, found: 3, wrongValue: 1, missed: 0, extracted: 6, invented: 2, notFigureHits: 1 });
  });

  it('checks the place of found figures and the indicator of every tagged one', () => {
    expect(s.counts).toMatchObject({ placed: 3, wrongPlace: 1, unfiled: 0, qualifierRight: 3, kindRight: 3 });
    expect(s.counts).toMatchObject({ expected: 4, expectedRight: 2, tagged: 4, taggedRight: 2, commonExpected: 4, commonExpectedRight: 2, commonTagged: 4, commonTaggedRight: 2 });
  });

  it('says each problem once, in text order, with gold and what was got', () => {
    expect(s.issues.map((i) => i.cause)).toEqual(['region', 'untagged', 'wrong value', 'not a figure', 'wrong place', 'invented']);
    expect(s.issues.find((i) => i.cause === 'wrong place')!.line).toMatch(/gold 300个 = 300 count @620000 public_welfare_posts \| got 300个 = 300 count @620100 public_welfare_posts/);
  });

  it('takes indicators outside the common set out of the common measures', () => {
    const narrow = scoreReport(gold, got, new Set(['public_welfare_posts']));
    expect(narrow.counts).toMatchObject({ commonExpected: 1, commonExpectedRight: 1, commonTagged: 1, commonTaggedRight: 1 });
  });
});

describe('optional figures and acceptable answers', () => {
  const loose = parseGold('u', text, `
region: '620000'
period: '2023'
doc_kind: review
figures:
  - {at: 达到15020元, number: 15020元, value: 15020, unit: yuan, qualifier: exact, kind: actual, region: '620000', indicator: exited_income_per_capita, indicator_ok: [null]}
  - {at: 车间8个, number: 8个, value: 8, unit: count, qualifier: exact, kind: actual, region: '620000', indicator: null, optional: true}
  - {at: 岗位300个, number: 300个, value: 300, unit: count, qualifier: exact, kind: actual, region: '620000', indicator: null, indicator_ok: [public_welfare_posts]}
`);
  it('neither misses an optional figure nor expects a tag that may be left out', () => {
    const none = scoreReport(loose, { region: '620000', period: '2023', docKind: 'review', figures: [at('15020元', { value: 15020, unit: 'yuan' })] });
    expect(none.counts).toMatchObject({ gold: 2, found: 1, missed: 1, expected: 0, tagged: 0 });
    expect(none.issues.map((i) => i.cause)).toEqual(['missed']);
  });
  it('accepts an alternative indicator, and scores the tag of an optional figure', () => {
    const some = scoreReport(loose, { region: '620000', period: '2023', docKind: 'review', figures: [
      at('8个', { value: 8, indicator: 'employment_workshops' }),
      at('300个', { value: 300, indicator: 'public_welfare_posts' }),
    ] });
    expect(some.counts).toMatchObject({ gold: 2, found: 1, missed: 1, invented: 0, tagged: 2, taggedRight: 1 });
    expect(some.issues.map((i) => i.cause)).toEqual(['missed', 'wrong tag']);
  });
});

describe('totals and the acceptance lines', () => {
  const s = scoreReport(gold, got);
  it('sums reports and judges each goal of the issue', () => {
    const t = totalCounts([s, s]);
    expect(t).toMatchObject({ reports: 2, gold: 8, found: 6, invented: 4 });
    expect(acceptance(t).map((a) => a.met)).toEqual([false, false, false, false, false, false]);
    const perfect = scoreReport(gold, { region: '620000', period: '2023', docKind: 'review', figures: [got.figures[0]] });
    expect(acceptance(perfect.counts).map((a) => a.met)).toEqual([true, false, true, true, false, true]);
  });
  it('prints a row per report, a total, and the issues when asked', () => {
    const out = formatE2e('test set', [s], true);
    expect(out).toMatch(/^t\s+0\/1\s+1\/1\s+1\/1\s+4\s+3\s+75\.0%\s+1\s+2\s+50\.0%\s+1\s+0\s+50\.0%\s+50\.0%\s+50\.0%\s+50\.0%$/m);
    expect(out).toMatch(/MISSED ≥ 95% of figures found/);
    expect(out).toMatch(/ {2}invented \(1\):\n {4}t: /);
  });
});

describe('parseGold', () => {
  it('refuses a context that occurs twice and a number not in its context', () => {
    const yml = (at: string, number: string) => `region: '620000'\nperiod: '2023'\ndoc_kind: review\nfigures:\n  - {at: ${at}, number: ${number}, not_figure: true}\n`;
    expect(() => parseGold('v', '增长5%，增长5%。', yml('增长5%', '5%'))).toThrow(/more than once/);
    expect(() => parseGold('v', '增长5%。', yml('增长5%', '6%'))).toThrow(/not found/);
    expect(parseGold('v', '前言。增长5%。', yml('增长5%', '5%')).entries[0]).toMatchObject({ start: 5, end: 7 });
  });
});

describe('the committed examination reports', () => {
  it('each gold file locates every number once in its text, and lists numbers that are not figures', () => {
    const sizes = { dev: 6, dev2: 6, heldout: 4, heldout2: 5, heldout3: 5, heldout4: 5, heldout5: 5, heldout6: 5, heldout7: 5, heldout8: 5, heldout9: 5, heldout10: 5, heldout11: 5, heldout12: 5, heldout13: 5, heldout14: 5, heldout15: 5, heldout16: 5, heldout17: 5, heldout18: 5, heldout19: 5, heldout20: 5, heldout21: 5, heldout22: 5, heldout23: 5 };
    expect(Object.keys(E2E_SETS).sort()).toEqual(Object.keys(sizes).sort());
    for (const [set, size] of Object.entries(sizes)) {
      const reports = loadGoldDir(`test/devset/e2e/${set}`);
      expect(reports.length, set).toBe(size);
      for (const r of reports) {
        expect(r.text.length, r.id).toBeGreaterThanOrEqual(800);
        expect(r.text.length, r.id).toBeLessThanOrEqual(2500);
        for (const e of r.entries) expect(r.text.slice(e.start, e.end)).toBe(e.number);
        expect(r.entries.filter(isNotFigure).length, r.id).toBeGreaterThan(0);
      }
    }
  });
});
