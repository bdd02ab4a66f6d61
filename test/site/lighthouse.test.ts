import { afterAll, describe, expect, it } from 'vitest';
import { CATEGORIES, MAX_RUNS, auditPages, cpuSlowdown, launchChrome, lighthouseTable, passes, rowOf } from './lighthouse.ts';
import { samplePages } from './pages.ts';
import { builtSiteDir, servedSite } from './site.ts';

/** The page types held to Lighthouse 100s: the pages readers land on. */
const AUDITED_TYPES = ['/', '/stories/*', '/regions/*', '/indicators/*', '/reports/*', '/embed/*'];

const lhr = (scores: Record<string, number>, audits: Record<string, { score: number; displayValue?: string }> = {}) => ({
  categories: Object.fromEntries(Object.entries(scores).map(([c, score]) => [c, { score, auditRefs: Object.keys(audits).map((id) => ({ id, weight: 10 })) }])),
  audits: { 'total-byte-weight': { score: 1, numericValue: 12_345 }, ...audits },
  environment: { benchmarkIndex: 800 },
});

describe('cpuSlowdown', () => {
  it("scales Lighthouse's 4x to the machine: 4x at 1,750 and above, 2x at 875, never below 1x", () => {
    expect(cpuSlowdown(1750)).toBe(4);
    expect(cpuSlowdown(3000)).toBe(4);
    expect(cpuSlowdown(875)).toBe(2);
    expect(cpuSlowdown(1000)).toBe(2.29);
    expect(cpuSlowdown(200)).toBe(1);
  });

  it("keeps Lighthouse's default when the machine was not measured", () => {
    expect(cpuSlowdown(null)).toBe(4);
    expect(cpuSlowdown(Number.NaN)).toBe(4);
  });
});

describe('rowOf', () => {
  it('turns category scores into 0..100 and passes only all-100 pages', () => {
    const row = rowOf('/', lhr({ performance: 1, accessibility: 1, 'best-practices': 1, seo: 1 }));
    expect(row.scores).toEqual({ performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 });
    expect(row.transferred).toBe(12_345);
    expect(passes(row)).toBe(true);
  });

  it('fails a page one point short, naming the audits that lost points', () => {
    const row = rowOf('/reports/x/', lhr(
      { performance: 0.99, accessibility: 1, 'best-practices': 1, seo: 1 },
      { 'total-blocking-time': { score: 0.96, displayValue: '130 ms' }, 'first-contentful-paint': { score: 1 } },
    ));
    expect(passes(row)).toBe(false);
    expect(row.failing).toEqual(['performance: total-blocking-time 0.96 (130 ms)']);
    expect(lighthouseTable([row])).toMatch(/\/reports\/x\/ +99 +100 +100 +100 +12\.1 KB +1 +4x +800$/m);
  });

  it('fails a page Lighthouse could not load', () => {
    const row = rowOf('/x/', { ...lhr({}), runtimeError: { code: 'ERRORED_DOCUMENT_REQUEST', message: 'status 404' } });
    expect(row.scores.performance).toBeNull();
    expect(passes(row)).toBe(false);
  });
});

describe('Lighthouse (gate)', () => {
  const site = servedSite();
  afterAll(() => site.close());

  it(`${CATEGORIES.join(', ')} all 100 (mobile, simulated throttling) on the pages readers land on, both languages`, async () => {
    const { origin } = await site.get();
    const pages = samplePages(await builtSiteDir()).filter((p) => AUDITED_TYPES.includes(p.type));
    const missing = AUDITED_TYPES.filter((t) => !pages.some((p) => p.type === t));
    const chrome = await launchChrome();
    const rows = await auditPages(chrome, origin, pages.map((p) => p.url)).finally(() => chrome.kill());
    console.log(
      `Lighthouse (cpu: the simulated CPU slowdown, scaled to the benchmark index measured the run before)\n${lighthouseTable(rows)}` +
        (missing.length ? `\nnot built, not audited: ${missing.join(', ')}` : ''),
    );
    const failed = rows.filter((r) => !passes(r));
    const lines = failed.map((r) =>
      `  ${r.url}: ${CATEGORIES.map((c) => `${c} ${r.scores[c]}`).join(', ')}${r.runtimeError ? ` — ${r.runtimeError}` : ''}${r.failing.length ? ` — ${r.failing.join('; ')}` : ''}`);
    expect(failed.length, `pages below 100 after up to ${MAX_RUNS} runs:\n${lines.join('\n')}`).toBe(0);
  });
});
