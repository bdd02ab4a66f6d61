// Figures filed under the right place, end to end: each development report is extracted given only its
// text (region, period and kind inferred), and every figure's region compared with the one read by hand.
import { describe, expect, it } from 'vitest';
import { inferReport } from '../../scripts/pipeline/infer.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';
import { REPORT_CASES } from './reports.ts';

describe('figures land on the right place in development reports', () => {
  it('files no figure under a wrong place and finds every figure read by hand', () => {
    const reference = loadReference('data');
    const { gazetteer } = reference;
    const score = { figures: 0, right: 0, wrong: 0, unfiledRight: 0, missing: 0, extra: 0 };
    const problems: string[] = [];
    for (const c of REPORT_CASES) {
      const guess = inferReport(c.text, gazetteer);
      const ctx = { id: 'dev', region: guess.region!.value, period: guess.period!.value, docKind: guess.docKind.value, published: guess.published?.value ?? null };
      const figures = extractOne(c.text, ctx, reference).figures;
      score.extra += Math.max(0, figures.length - c.regions.length);
      c.regions.forEach(([numberText, region], i) => {
        score.figures++;
        const f = figures[i];
        if (!f || f.number_text !== numberText) { score.missing++; problems.push(`${c.label}: expected ${numberText} at ${i}, got ${f?.number_text}`); return; }
        if (f.region_code === region) { if (region === '') score.unfiledRight++; else score.right++; } else { score.wrong++; problems.push(`${c.label}: ${numberText} under ${f.region_code}, expected ${region || 'unfiled'}`); }
      });
    }
    console.log(`dev reports: ${JSON.stringify(score)}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`);
    expect(score.wrong).toBe(0);
    expect(score.missing).toBe(0);
  });
});

describe('held-out development reports (written after the rules, not tuned to)', () => {
  it('files no figure under a wrong place', async () => {
    const { HELD_OUT_REPORT_CASES } = await import('./reports-heldout.ts');
    const reference = loadReference('data');
    const { gazetteer } = reference;
    let wrong = 0;
    let figures = 0;
    for (const c of HELD_OUT_REPORT_CASES) {
      const guess = inferReport(c.text, gazetteer);
      const ctx = { id: 'dev', region: guess.region!.value, period: guess.period!.value, docKind: guess.docKind.value, published: guess.published?.value ?? null };
      const got = extractOne(c.text, ctx, reference).figures.map((f) => [f.number_text, f.region_code]);
      figures += c.regions.length;
      for (const [i, [numberText, region]] of c.regions.entries()) {
        if (got[i]?.[0] !== numberText || got[i][1] !== region) { wrong++; console.log(`  ${c.label}: ${numberText} expected ${region || 'unfiled'}, got ${got[i]?.join(' ')}`); }
      }
    }
    console.log(`held-out dev reports: ${figures - wrong}/${figures} figures right`);
    expect(wrong).toBe(0);
  });
});
