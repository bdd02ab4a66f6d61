import { describe, expect, it } from 'vitest';
import { mulberry32, seedSentences, syntheticReports } from '../../scripts/bench/synthetic.ts';
import { REPORT_IDS, seedText } from '../pipeline/seeds.ts';

describe('mulberry32', () => {
  it('is deterministic and uniform enough: same seed, same numbers in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 10_000 }, () => a());
    expect(xs.slice(0, 100)).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.02);
    expect(mulberry32(43)()).not.toBe(mulberry32(42)());
  });
});

describe('seedSentences', () => {
  it('are sentences of the seeds, without boilerplate', () => {
    const sentences = seedSentences();
    expect(new Set(sentences.map((s) => s.report))).toEqual(new Set(REPORT_IDS));
    const all = REPORT_IDS.map((id) => seedText(id)).join('\n');
    // A sentence is verbatim unless the cleaner joined it across a line break or caption.
    const verbatim = sentences.filter((s) => all.includes(s.text));
    expect(verbatim.length / sentences.length).toBeGreaterThan(0.95);
    expect(sentences.some((s) => /版权|责任编辑|ICP备/.test(s.text))).toBe(false);
  });
});

describe('syntheticReports', () => {
  it('the same seed gives the same reports; another seed others', () => {
    const a = syntheticReports(5, { seed: 7 });
    expect(syntheticReports(5, { seed: 7 })).toEqual(a);
    expect(syntheticReports(5, { seed: 8 })[0].text).not.toBe(a[0].text);
  });

  it('recombines seed sentences under the seeds’ regions, with varied periods, ids unique', () => {
    const reports = syntheticReports(50, { seed: 3 });
    const sentences = new Set(seedSentences().map((s) => s.text));
    expect(new Set(reports.map((r) => r.id)).size).toBe(50);
    const regions = new Set(reports.map((r) => r.ctx.region));
    expect(regions.size).toBeGreaterThan(2);
    expect(new Set(reports.map((r) => r.ctx.period)).size).toBeGreaterThan(3);
    for (const r of reports) {
      const first = r.text.split('\n')[0];
      expect([...sentences].some((s) => first.startsWith(s))).toBe(true);
    }
  });

  it('reports are about as long as the seeds on average', () => {
    const seedsMean = REPORT_IDS.reduce((s, id) => s + seedText(id).length, 0) / REPORT_IDS.length;
    const reports = syntheticReports(200, { seed: 1 });
    const mean = reports.reduce((s, r) => s + r.text.length, 0) / reports.length;
    expect(mean / seedsMean).toBeGreaterThan(0.8);
    expect(mean / seedsMean).toBeLessThan(1.25);
  });
});
