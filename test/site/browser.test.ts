import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assertChromium, sharedChromium, visit, visitProblems } from './browser.ts';
import { makeSite, page } from './fixture.ts';
import { mapLimit, samplePages, visitPath } from './pages.ts';
import { serveSite, type SiteServer } from './server.ts';
import { builtSiteDir, servedSite } from './site.ts';

// One browser for the whole file; each visit gets a fresh context.
const chromium = sharedChromium();
afterAll(() => chromium.close());

describe('assertChromium', () => {
  it('fails, naming the fix, when Chromium is missing', () => {
    expect(() => assertChromium('/nonexistent/chromium')).toThrow('/nonexistent/chromium is missing: run .ci/run or apt-get install -y chromium fonts-noto-cjk');
  });
});

describe('visit', () => {
  const fixture = makeSite({
    'index.html': page('<p>clean</p>'),
    // No CSP here, so the request is made and must be caught by the recorder.
    'outside/index.html': '<!doctype html><html lang="en"><title>x</title><img src="https://example.com/pixel.png" alt="">',
    'csp/index.html': page('<script>document.title = "inline ran"</script><script src="https://example.com/x.js"></script>'),
    'broken/index.html': page('<script src="/app.js"></script>'),
    'app.js': 'console.error("chart failed"); undefinedFunction();',
    '404.html': page('<p>not found</p>'),
  });
  let server: SiteServer;
  beforeAll(async () => { server = await serveSite(fixture.dir); });
  afterAll(async () => { await server.close(); fixture.remove(); });

  it('passes a clean page', async () => {
    expect(visitProblems(await visit(await chromium.get(), server.origin, '/'))).toEqual([]);
  });

  it('records and blocks a request to another host', async () => {
    const v = await visit(await chromium.get(), server.origin, '/outside/');
    expect(v.outside).toEqual(['https://example.com/pixel.png']);
    expect(visitProblems(v)).toContain('/outside/: request to another host https://example.com/pixel.png');
  });

  it('reports CSP violations: an inline script and an outside script', async () => {
    const v = await visit(await chromium.get(), server.origin, '/csp/');
    expect(v.cspViolations.some((t) => /script-src(-elem)? blocked inline/.test(t))).toBe(true);
    expect(v.cspViolations.some((t) => t.includes('https://example.com/x.js'))).toBe(true);
    expect(v.outside).toEqual([]); // the CSP stopped it before it left
  });

  it('reports console errors and uncaught exceptions, and a wrong status', async () => {
    const v = await visit(await chromium.get(), server.origin, '/broken/');
    expect(v.consoleErrors.some((t) => t.startsWith('chart failed'))).toBe(true);
    expect(v.pageErrors.some((t) => /undefinedFunction/.test(t))).toBe(true);
    const missing = await visit(await chromium.get(), server.origin, '/nowhere/');
    expect(visitProblems(missing)).toEqual(['/nowhere/: HTTP status 404, expected 200']);
    expect(visitProblems(missing, 404)).toEqual([]);
  });
});

describe('no outside requests (gate, in Chromium)', () => {
  const site = servedSite();
  afterAll(() => site.close());

  it('every page type, both languages: no request leaves 127.0.0.1, no CSP violation, no console error', async () => {
    const { origin } = await site.get();
    const browser = await chromium.get();
    // A few at a time: a visit mostly waits for the network to go quiet.
    const visits = await mapLimit(samplePages(await builtSiteDir()), 4, async (sample) => {
      const v = await visit(browser, origin, visitPath(sample));
      return { v, problems: visitProblems(v, sample.type === '404' ? 404 : 200) };
    });
    const problems = visits.flatMap((x) => x.problems);
    console.log(`visited ${visits.length} pages: ${visits.map(({ v }) => `${v.url} (${v.requests.length} requests)`).join(', ')}`);
    expect(problems.length, problems.join('\n')).toBe(0);
  });
});
