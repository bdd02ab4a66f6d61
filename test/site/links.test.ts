import { afterEach, describe, expect, it } from 'vitest';
import { SITE_A, TEST_SITE_URL } from './build.ts';
import { makeSite, page } from './fixture.ts';
import { describeBrokenLinks, findBrokenLinks } from './links.ts';
import { siteBuild } from './site.ts';

const fixtures: { remove(): void }[] = [];
afterEach(() => fixtures.splice(0).forEach((f) => f.remove()));

describe('findBrokenLinks', () => {
  const site = () => {
    const s = makeSite({
      'index.html': page(`
        <a href="/reports/r1/">ok</a> <a href="/reports/r1/#f-10">ok anchor</a> <a href="reports/r1/?theme=dark#f-10">ok query</a>
        <a href="/reports/r2/">missing page</a> <a href="/reports/r1">no slash</a> <a href="/reports/r1/#f-99">missing anchor</a>
        <a href="#main">own anchor</a> <a href="#nowhere">own missing</a> <a href="/data/figures.csv">csv</a> <a href="/data/nope.csv">missing csv</a>
        <a href="https://www.gov.cn/x.html">outside: not this gate's</a> <a href="mailto:a@b.c">mail</a>
        <a href="/en/%E5%9B%9B%E5%B9%B3/">encoded path</a>
        <figure class="chart"><svg><a href="/reports/r1/#f-77"><rect/></a><a xlink:href="/reports/r1/#f-10"><rect/></a></svg></figure>
        <img src="/missing.png" alt="">`,
        { head: '<link rel="canonical" href="https://atlas.example.org/gone/"><link rel="stylesheet" href="/s.css">' }),
      'reports/r1/index.html': page('<mark id="f-10">10</mark>'),
      'en/四平/index.html': page('<p>ok</p>'),
      'data/figures.csv': 'a,b\n',
      's.css': 'body{background:url(/img/bg.png)} a{background:url("/img/ok.svg")}',
      'img/ok.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    });
    fixtures.push(s);
    return s.dir;
  };

  it('reports missing pages and files, missing trailing slashes, missing anchors and chart links to missing figures', () => {
    const broken = findBrokenLinks(site(), { siteOrigin: 'https://atlas.example.org' });
    const summary = broken.map((b) => `${b.page} ${b.url} ${b.reason}`);
    expect(summary).toEqual([
      '/ /reports/r2/ no file reports/r2/index.html in the build',
      '/ /reports/r1 no trailing slash (the page is /reports/r1/)',
      '/ /reports/r1/#f-99 no id="f-99" on /reports/r1/',
      '/ #nowhere no id="nowhere" on /',
      '/ /data/nope.csv no file data/nope.csv in the build',
      '/ /reports/r1/#f-77 chart link to a figure anchor: no id="f-77" on /reports/r1/',
      '/ https://atlas.example.org/gone/ no file gone/index.html in the build',
      '/ /missing.png no file missing.png in the build',
      '/s.css /img/bg.png no file img/bg.png in the build',
    ]);
    expect(describeBrokenLinks(broken)).toMatch(/^9 broken internal link\(s\):\n {2}\/: a\[href\] "\/reports\/r2\/"/);
  });

  it('finds nothing wrong in a site whose links all resolve', () => {
    const s = makeSite({ 'index.html': page('<a href="/a/#x">a</a>'), 'a/index.html': page('<p id="x">x</p><a href="../">home</a>') });
    fixtures.push(s);
    expect(findBrokenLinks(s.dir)).toEqual([]);
  });
});

describe('links (gate)', () => {
  it('every internal href/src of every page (both languages) and stylesheet resolves, anchors included', async () => {
    await siteBuild();
    const broken = findBrokenLinks(SITE_A, { siteOrigin: TEST_SITE_URL });
    expect(broken.length, describeBrokenLinks(broken)).toBe(0);
  });
});
