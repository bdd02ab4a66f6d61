import { afterEach, describe, expect, it } from 'vitest';
import { SITE_A } from './build.ts';
import { CSP, makeSite, page } from './fixture.ts';
import { cspProblems, findCspProblems, findOutsideReferences, leavesSite, scriptUrls } from './outside.ts';
import { siteBuild } from './site.ts';

const fixtures: { remove(): void }[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.remove()));

describe('findOutsideReferences', () => {
  it('reports every way a page, stylesheet, script or SVG would contact another host', () => {
    const s = makeSite({
      'index.html': page(
        `<a href="https://www.gov.cn/report.html">source (a click: allowed)</a>
         <script src="https://example.com/x.js"></script>
         <img src="//cdn.example.com/a.png" alt="" srcset="/ok.png 1x, https://img.example.com/b.png 2x">
         <p style="background:url(https://example.com/bg.png)">x</p>
         <form action="https://collect.example.com/"></form>
         <a href="/ok/" ping="https://track.example.com/">tracked</a>
         <script>fetch("https://api.example.com/q")</script>
         <script type="application/ld+json">{"url":"https://atlas.example.org/"}</script>`,
        {
          head: `<link rel="stylesheet" href="https://fonts.example.com/css"><link rel="preconnect" href="https://fonts.example.com">
            <link rel="canonical" href="https://atlas.example.org/"><link rel="alternate" hreflang="en" href="https://atlas.example.org/en/">
            <style>@import "https://example.com/i.css";</style><link rel="icon" href="/favicon.svg">`,
        },
      ),
      'a.css': '@font-face{src:url(https://fonts.example.com/f.woff2)} .x{background:url(/ok.png)}',
      '_astro/app.js': 'import"https://esm.example.com/d3.js";const ns="http://www.w3.org/2000/svg";const source="https://www.gov.cn/shown-as-text";',
      'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg"><image href="https://example.com/p.png"/></svg>',
    });
    fixtures.push(s);
    const found = findOutsideReferences(s.dir).map((r) => `${r.file} ${r.where} ${r.url}`);
    expect(found).toEqual([
      '/ a[ping] https://track.example.com/',
      '/ form[action] https://collect.example.com/',
      '/ link[rel="stylesheet"] https://fonts.example.com/css',
      '/ link[rel="preconnect"] https://fonts.example.com',
      '/ img[src] //cdn.example.com/a.png',
      '/ script[src] https://example.com/x.js',
      '/ img[srcset] https://img.example.com/b.png',
      '/ p[style] url() https://example.com/bg.png',
      '/ style url() https://example.com/i.css',
      '/ inline script https://api.example.com/q',
      '/_astro/app.js script https://esm.example.com/d3.js',
      '/a.css css url()/@import https://fonts.example.com/f.woff2',
      '/pic.svg svg image[href] https://example.com/p.png',
    ]);
  });

  it('treats relative, root-relative and data: URLs as the site itself', () => {
    expect(leavesSite('/data/figures.csv')).toBe(false);
    expect(leavesSite('../x.png', '/a/b/')).toBe(false);
    expect(leavesSite('data:image/png;base64,AAAA')).toBe(false);
    expect(leavesSite('//example.com/x')).toBe(true);
    expect(leavesSite('https://example.com/x')).toBe(true);
  });

  it('finds URLs a script requests, not namespace names or URLs shown as text', () => {
    expect(scriptUrls('fetch("https://a.example/x");el.src=\'//b.example/y.png\';new WebSocket("wss://c.example")')).toEqual([
      'https://a.example/x', '//b.example/y.png', 'wss://c.example',
    ]);
    expect(scriptUrls('const ns="http://www.w3.org/1999/xlink";const label="https://www.gov.cn/"')).toEqual([]);
    expect(scriptUrls('let u=new URL(`https://example.com${path}`);')).toEqual([]);
  });
});

describe('cspProblems', () => {
  const content = (html: string) => /content="([^"]*)"/.exec(html)![1];

  it("accepts default-src 'self' with hashed scripts", () => {
    expect(cspProblems([content(CSP)])).toEqual([]);
    expect(cspProblems(["default-src 'self'; script-src 'self' 'sha256-AbC+/=' 'wasm-unsafe-eval'; img-src 'self' data:"])).toEqual([]);
  });

  it("reports a missing policy, a default-src other than 'self', inline scripts and other hosts", () => {
    expect(cspProblems([])).toEqual(['no <meta http-equiv="content-security-policy">']);
    expect(cspProblems(["default-src *; script-src 'self' 'unsafe-inline' https://cdn.example.com; img-src https:"])).toEqual([
      'default-src is "*", not \'self\'',
      "script-src allows 'unsafe-inline'",
      'default-src allows other hosts: *',
      'script-src allows other hosts: https://cdn.example.com',
      'img-src allows other hosts: https:',
    ]);
  });

  it('checks every page of a site', () => {
    const s = makeSite({ 'index.html': page('<p>ok</p>'), 'en/index.html': '<!doctype html><html lang="en"><title>x</title><p>no csp</p>' });
    fixtures.push(s);
    expect(findCspProblems(s.dir)).toEqual([{ page: '/en/', problem: 'no <meta http-equiv="content-security-policy">' }]);
  });
});

describe('no outside requests (gate, static)', () => {
  it('no built HTML, CSS, JS or SVG makes the browser contact another host', async () => {
    await siteBuild();
    const found = findOutsideReferences(SITE_A);
    expect(found.length, `${found.length} reference(s) to other hosts:\n${found.map((r) => `  ${r.file}: ${r.where} ${r.url}`).join('\n')}`).toBe(0);
  });

  it("every page has a CSP meta with default-src 'self', no 'unsafe-inline' script and no other host", async () => {
    await siteBuild();
    const problems = findCspProblems(SITE_A);
    expect(problems.length, `CSP problems:\n${problems.map((p) => `  ${p.page}: ${p.problem}`).join('\n')}`).toBe(0);
  });
});
