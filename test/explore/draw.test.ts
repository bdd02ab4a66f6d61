import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { barSvg, scatterSvg } from '../../src/explore/draw.ts';
import { selectMarks, selectScatter } from '../../src/lib/explore/exploreSelect.ts';
import { defaultState } from '../../src/lib/explore/explore.ts';
import { data } from './fake.ts';

const doc = () => parseHTML('<!doctype html><html><head></head><body></body></html>').document as unknown as Document;
const state = defaultState({ indicators: ['people', 'money'], regions: [], defaultIndicator: 'people' });

describe('barSvg', () => {
  const { marks } = selectMarks(data, state, 'people', 'en');
  const svg = barSvg(marks, { document: doc(), locale: 'en', width: 500, title: 'People', description: 'Four figures', per10k: false });

  it('draws one named link per figure, to its source, and hides the duplicate shape links', () => {
    const named = [...svg.querySelectorAll('a[aria-label]')].map((a) => a.getAttribute('href'));
    expect(named.sort()).toEqual(marks.map((m) => m.href).sort());
    for (const a of svg.querySelectorAll('a:not([aria-label])')) expect(a.getAttribute('aria-hidden')).toBe('true');
  });

  it('draws targets dashed and results filled', () => {
    expect(svg.querySelectorAll('.xa-target rect')).toHaveLength(1);
    expect(svg.querySelectorAll('.xa-bar rect')).toHaveLength(3);
  });

  it('carries nothing the CSP forbids, and a title, description and viewBox', () => {
    expect(svg.outerHTML).not.toMatch(/<style|style="/);
    expect(svg.querySelector('title')!.textContent).toBe('People');
    expect(svg.querySelector('desc')!.textContent).toBe('Four figures');
    expect(svg.getAttribute('viewBox')).toMatch(/^0 0 500 \d+$/);
  });

  it('says the period on each row when the periods differ', () => {
    expect(svg.textContent).toContain('Jia 2023');
  });

  it('refuses to draw nothing', () => {
    expect(() => barSvg([], { document: doc(), locale: 'en', width: 500, title: 'x', description: 'x', per10k: false })).toThrow(/nothing to draw/);
  });
});

describe('scatterSvg', () => {
  it('draws one dot per region, linked to the figure on the x axis', () => {
    const { points } = selectScatter(data, { ...state, indicator2: 'money' }, 'zh');
    const svg = scatterSvg(points, { document: doc(), locale: 'zh', width: 400, title: 't', description: 'd', per10k: false, xLabel: 'x', yLabel: 'y' });
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
    expect([...svg.querySelectorAll('a[aria-label]')].map((a) => a.getAttribute('href')).sort()).toEqual(points.map((p) => p.x.href).sort());
  });
});
