import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, describeViolations } from './axe.ts';
import { sharedChromium } from './browser.ts';
import { makeSite, page } from './fixture.ts';
import { mapLimit, samplePages, visitPath } from './pages.ts';
import { serveSite, type SiteServer } from './server.ts';
import { builtSiteDir, servedSite } from './site.ts';

const chromium = sharedChromium();
afterAll(() => chromium.close());

describe('axeViolations', () => {
  // Readable in light, unreadable in dark: only the dark run must complain.
  const darkOnly = '<style>@media (prefers-color-scheme: dark){ body{background:#111;color:#eee} .note{color:#333} }</style>';
  const fixture = makeSite({
    'index.html': page('<p>All readable.</p>'),
    'bad/index.html': page('<p style="color:#bbb;background:#fff">低对比度的文字</p><img src="/x.png">'),
    'dark/index.html': page('<p class="note">Fine by day.</p>', { head: darkOnly }),
  });
  let server: SiteServer;
  beforeAll(async () => { server = await serveSite(fixture.dir); });
  afterAll(async () => { await server.close(); fixture.remove(); });

  it('finds nothing on a clean page', async () => {
    expect(await axeViolations(await chromium.get(), server.origin, '/')).toEqual([]);
  });

  it('names page, scheme, rule and target of low contrast and a missing alt', async () => {
    const found = await axeViolations(await chromium.get(), server.origin, '/bad/', ['light']);
    expect(found.map((v) => `${v.url} ${v.scheme} ${v.rule} ${v.targets.join(',')}`).sort()).toEqual([
      '/bad/ light color-contrast p',
      '/bad/ light image-alt img',
    ]);
    expect(describeViolations(found)).toMatch(/\/bad\/ \[light\] color-contrast \(serious\): .* — p/);
  });

  it('checks the dark colour scheme separately', async () => {
    const found = await axeViolations(await chromium.get(), server.origin, '/dark/');
    expect(found.map((v) => `${v.scheme} ${v.rule} ${v.targets.length}`)).toEqual(['dark color-contrast 1']);
    expect(found[0].targets[0]).toMatch(/^(p|\.note)$/);
  });
});

describe('accessibility (gate)', () => {
  const site = servedSite();
  afterAll(() => site.close());

  it('axe finds no violation on any page type, in both languages, in light and dark', async () => {
    const { origin } = await site.get();
    const browser = await chromium.get();
    const paths = samplePages(await builtSiteDir()).map(visitPath);
    const violations = (await mapLimit(paths, 2, (path) => axeViolations(browser, origin, path))).flat();
    console.log(`axe checked ${paths.length} pages × light, dark: ${paths.join(' ')}`);
    expect(violations.length, `${violations.length} axe violation(s):\n${describeViolations(violations)}`).toBe(0);
  });
});
