import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { SITE_A } from './build.ts';
import { kb, pageScripts, pageWeight, scriptBudgetProblems, STORY_PAGE_BUDGET, transferSize } from './budgets.ts';
import { htmlPages } from './files.ts';
import { makeSite, page } from './fixture.ts';
import { pageType, samplePages } from './pages.ts';
import { parsePage } from './references.ts';
import { siteBuild } from './site.ts';

const fixtures: { remove(): void }[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.remove()));

// Random hex gzips to about 0.53 of its length: a script of about `kb` KB gzip.
const bulky = (kb: number) => `export const x="${randomBytes(kb * 1024).toString('hex').slice(0, Math.round(kb * 1024 * 1.89))}";`;

describe('scriptBudgetProblems', () => {
  it('lets a reading page carry JSON-LD and a tiny inline script, nothing more', () => {
    const s = makeSite({
      'index.html': page('<script type="application/ld+json">{"@type":"Dataset"}</script><script>document.documentElement.dataset.js=1</script>'),
      'about/index.html': page('<script type="module" src="/_astro/lang.js"></script>'),
      'stories/s/index.html': page(`<script>${'x;'.repeat(600)}</script>`),
      'regions/r/index.html': page('<astro-island component-url="/_astro/Island.js" renderer-url="/_astro/client.js"></astro-island>'),
      '_astro/lang.js': 'import"./shared.js";',
      '_astro/shared.js': 'export {};',
      '_astro/Island.js': 'export default 1;',
      '_astro/client.js': 'export default 1;',
    });
    fixtures.push(s);
    expect(scriptBudgetProblems(s.dir)).toEqual([
      '/about/: reading page loads script files _astro/lang.js, _astro/shared.js',
      '/regions/r/: reading page loads script files _astro/Island.js, _astro/client.js',
      '/stories/s/: reading page has 1200 bytes of inline script (allowed: 1024)',
    ]);
  });

  it('holds the explorer to 60 KB and search glue to 10 KB gzip, not counting pagefind', () => {
    const s = makeSite({
      'explore/index.html': page('<script type="module" src="/_astro/explore.js"></script>'),
      'en/explore/index.html': page('<script type="module" src="/_astro/small.js"></script>'),
      'search/index.html': page('<script type="module" src="/_astro/search.js"></script><script src="/pagefind/pagefind-ui.js"></script>'),
      '_astro/explore.js': `import"./arquero.js";${bulky(20)}`,
      '_astro/arquero.js': bulky(42),
      '_astro/small.js': bulky(5),
      '_astro/search.js': bulky(4),
      'pagefind/pagefind-ui.js': bulky(30),
    });
    fixtures.push(s);
    const problems = scriptBudgetProblems(s.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/explore\/: explore page loads 6\d\.\d KB of JavaScript gzip, budget 60\.0 KB \(_astro\/arquero\.js, _astro\/explore\.js\)$/);
  });

  it('holds what the explorer loads on demand (import()) to 100 KB, apart from its 60 KB first load', () => {
    const s = makeSite({
      'explore/index.html': page('<script type="module" src="/_astro/explore.js"></script>'),
      'en/explore/index.html': page('<script type="module" src="/_astro/lazy.js"></script>'),
      '_astro/explore.js': `const d=()=>import("./plot.js");${bulky(20)}`,
      '_astro/plot.js': bulky(85),
      '_astro/lazy.js': `const d=()=>import("./small.js");${bulky(20)}`,
      '_astro/small.js': bulky(30),
    });
    fixtures.push(s);
    const problems = scriptBudgetProblems(s.dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^\/explore\/: explore page loads 10\d\.\d KB of JavaScript gzip with what it imports on demand, budget 100\.0 KB \(_astro\/explore\.js, _astro\/plot\.js\)$/);
    const scripts = pageScripts(s.dir, '/explore/', parsePage(page('<script type="module" src="/_astro/explore.js"></script>')));
    expect(scripts.gzipBytes).toBeLessThan(25 * 1024);
  });

  it('follows static and dynamic imports', () => {
    const s = makeSite({
      'x/index.html': page('<script type="module" src="/_astro/a.js"></script>'),
      '_astro/a.js': 'import{b}from"./b.js";const c=()=>import("./c.js");',
      '_astro/b.js': 'export const b=1;',
      '_astro/c.js': 'export * from "/_astro/d.js";',
      '_astro/d.js': '',
    });
    fixtures.push(s);
    const html = page('<script type="module" src="/_astro/a.js"></script>');
    expect(pageScripts(s.dir, '/x/', parsePage(html)).files).toEqual(['_astro/a.js', '_astro/b.js', '_astro/c.js', '_astro/d.js']);
  });
});

describe('pageWeight', () => {
  it('adds HTML, stylesheets and their url()s, scripts, images and the icon, gzip for text', () => {
    const png = randomBytes(3000);
    const s = makeSite({
      'stories/s/index.html': page('<img src="/img/a.png" alt=""><img src="https://elsewhere.example/b.png" alt="">', {
        head: '<link rel="stylesheet" href="/s.css"><link rel="icon" href="/favicon.svg"><link rel="canonical" href="/stories/s/">',
      }),
      's.css': `body{background:url(/img/bg.svg)}${'.a{color:red}'.repeat(50)}`,
      'img/a.png': png,
      'img/bg.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
      'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>',
    });
    fixtures.push(s);
    const [story] = htmlPages(s.dir);
    const w = pageWeight(s.dir, story);
    expect(w.images).toBe(3000 + transferSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'), 'bg.svg') +
      transferSize(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><circle r="1"/></svg>'), 'favicon.svg'));
    expect(w.css).toBeLessThan(200); // gzip of a repetitive stylesheet
    expect(w.js).toBe(0);
    expect(w.total).toBe(w.html + w.css + w.js + w.images + w.other);
  });
});

describe('budgets (gate, static)', () => {
  it('reading pages ship no JavaScript; search glue ≤ 10 KB, embeds ≤ 10 KB, explorer ≤ 60 KB gzip at first, ≤ 100 KB on demand', async () => {
    await siteBuild();
    const problems = scriptBudgetProblems(SITE_A);
    expect(problems.length, `JavaScript budget:\n${problems.map((p) => `  ${p}`).join('\n')}`).toBe(0);
  });

  it(`every story page transfers ≤ ${kb(STORY_PAGE_BUDGET)} gzip (HTML+CSS+JS+images, search index excepted)`, async () => {
    await siteBuild();
    const weights = htmlPages(SITE_A).filter((p) => pageType(p.url) === '/stories/*').map((p) => pageWeight(SITE_A, p));
    const samples = samplePages(SITE_A).map((p) => pageWeight(SITE_A, p));
    console.log(
      ['page weights, gzip (largest page of each type):', ...samples.map((w) =>
        `  ${w.url.padEnd(36)} total ${kb(w.total).padStart(9)}  html ${kb(w.html).padStart(9)}  css ${kb(w.css)}  js ${kb(w.js)}  images ${kb(w.images)}`)].join('\n'),
    );
    expect(weights.length, 'no story pages (/stories/<slug>/) were built, so the story budget cannot be checked').toBeGreaterThan(0);
    const over = weights.filter((w) => w.total > STORY_PAGE_BUDGET);
    const lines = over.map((w) => `  ${w.url}: ${kb(w.total)} (html ${kb(w.html)}, css ${kb(w.css)}, js ${kb(w.js)}, images ${kb(w.images)}, other ${kb(w.other)})`);
    expect(over.length, `story pages over ${kb(STORY_PAGE_BUDGET)}:\n${lines.join('\n')}`).toBe(0);
  });
});
