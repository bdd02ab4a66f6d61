import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allChartSpecs, renderSpec } from '../../../src/lib/registry/chartRegistry.ts';
import { accessedDate, bibtexEscape, chartCitation, datasetCitation, datasetYear, siteCitationContext, type CitationContext } from '../../../src/lib/sharing/citation.ts';
import { reports } from '../../../src/lib/queries/data.ts';
import pkg from '../../../package.json' with { type: 'json' };

const SITE = 'https://atlas.example.org';
const ctx: CitationContext = { site: SITE, version: '1.2.3', reports: [{ vendored: '2025-03-01', retrieved: null }, { vendored: '2026-11-23', retrieved: null }] };

/** Braces balance, as BibTeX needs them to. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const [i, c] of [...text].entries()) {
    if (text[i - 1] === '\\') continue;
    if (c === '{') depth++;
    if (c === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe('dates from the data, never from the clock', () => {
  it('takes the year of the newest vendored report', () => {
    expect(datasetYear(ctx.reports)).toBe('2026');
    expect(() => datasetYear([{ vendored: undefined, retrieved: null }])).toThrow(/no year/);
  });

  it('gives an access date only when a report records one', () => {
    expect(accessedDate(ctx.reports)).toBeNull();
    expect(accessedDate([{ retrieved: '2024-01-02' }, { retrieved: '2025-05-06' }, { retrieved: null }])).toBe('2025-05-06');
  });

  it('builds the same citation twice (no timestamp)', () => {
    const r = renderSpec(allChartSpecs()[0], 'en');
    expect(chartCitation(r, 'en', siteCitationContext(SITE))).toEqual(chartCitation(r, 'en', siteCitationContext(SITE)));
    const today = new Date().toISOString().slice(0, 10);
    expect(JSON.stringify(datasetCitation('en', siteCitationContext(SITE)))).not.toContain(today);
  });
});

describe('bibtexEscape', () => {
  it('escapes what BibTeX reads as commands', () => {
    expect(bibtexEscape('60% & $5 #1 a_b {x} ~ ^ \\')).toBe('60\\% \\& \\$5 \\#1 a\\_b \\{x\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}');
    expect(bibtexEscape('四平市 2022年')).toBe('四平市 2022年');
  });
});

describe('chart citations', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`name the chart, the atlas, its version, year and URL, in ${locale}`, () => {
      for (const spec of allChartSpecs()) {
        const r = renderSpec(spec, locale);
        const c = chartCitation(r, locale, ctx);
        const url = `${SITE}${locale === 'en' ? '/en' : ''}${spec.page}#chart-${spec.id}`;
        for (const part of [r.title, '1.2.3', '2026', url, r.source]) expect(c.text, spec.id).toContain(part);
        expect(c.bibtex).toMatch(new RegExp(`^@misc\\{xiangcun_atlas_${spec.id.replace(/-/g, '_')},\\n`));
        expect(c.bibtex).toContain(`url          = {${url}}`);
        expect(c.bibtex).toContain('year         = {2026}');
        expect(c.bibtex).not.toContain('urldate');
        expect(balanced(c.bibtex), spec.id).toBe(true);
      }
    });
  }

  it('add the access date when there is one', () => {
    const c = chartCitation(renderSpec(allChartSpecs()[0], 'en'), 'en', { ...ctx, reports: [{ vendored: '2026-01-01', retrieved: '2025-12-01' }] });
    expect(c.text).toContain('Accessed 2025-12-01.');
    expect(c.bibtex).toContain('urldate      = {2025-12-01}');
  });
});

describe('the dataset citation', () => {
  it('has the site, version and year, in text and BibTeX', () => {
    const c = datasetCitation('en', ctx);
    expect(c.text).toBe('Xiangcun Atlas contributors (2026). Xiangcun Atlas: figures from Chinese reports on consolidating poverty alleviation and rural revitalisation. Version 1.2.3. https://atlas.example.org/en/');
    expect(c.bibtex.startsWith('@misc{xiangcun_atlas,\n')).toBe(true);
    expect(balanced(c.bibtex)).toBe(true);
    expect(datasetCitation('zh', ctx).text).toContain('https://atlas.example.org/');
  });

  it('uses the package version and the site of this build', () => {
    const c = siteCitationContext(SITE);
    expect(c.version).toBe(pkg.version);
    expect(c.reports).toEqual(reports());
  });

  it('gives paths, not a made-up host, when the build has no site URL (a local preview)', () => {
    const local = { ...ctx, site: undefined };
    expect(datasetCitation('en', local).text).toMatch(/ \/en\/$/);
    expect(chartCitation({ spec: { id: 'x', page: '/stories/a/' }, title: 'T', source: 'S' } as never, 'zh', local).text).toContain('/stories/a/#chart-x');
  });
});

describe('CITATION.cff', () => {
  const cff = parse(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;

  it('is valid YAML with the keys CFF 1.2.0 requires', () => {
    expect(cff['cff-version']).toBe('1.2.0');
    for (const key of ['message', 'title', 'authors']) expect(cff[key], key).toBeTruthy();
    const authors = cff.authors as Record<string, string>[];
    expect(authors.length).toBeGreaterThan(0);
    for (const a of authors) expect(a.name ?? a['family-names']).toBeTruthy();
  });

  it('agrees with package.json and the data licence, and names no site URL the repository cannot know', () => {
    expect(cff.version).toBe(pkg.version);
    // The deployed address is configuration (ATLAS_SITE_URL), not a fact of the repository.
    expect(cff.url).toBeUndefined();
    const licences = (JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as { licenses: { name: string }[] }).licenses.map((l) => l.name);
    expect(licences).toContain(cff.license);
    expect(cff.type).toBe('dataset');
  });
});
