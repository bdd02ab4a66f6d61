// The story chart files as an editor writes them: read through the one schema, every mistake named with its
// file and line, and no number typed where a figure must be selected.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readStoryChartFile, readStoryCharts, storyChartSlugs } from '../../../src/lib/stories/chartFiles.ts';
import { hasTypedNumber, heroOf } from '../../../src/lib/stories/chartSchema.ts';
import { inputErrorOf, scratchDir } from '../../pipeline/scratch.ts';

const root = scratchDir('story-charts');
let n = 0;
/** A fresh chart folder holding `files` (slug → YAML). */
const folder = (files: Record<string, string>): string => {
  const dir = join(root, String(n++));
  mkdirSync(dir);
  for (const [slug, yaml] of Object.entries(files)) writeFileSync(join(dir, `${slug}.yml`), yaml);
  return dir;
};

const CHART = `charts:
  - id: story-demo-one
    type: bar
    title:
      zh: 四平多于吉林
      en: Siping has more than Jilin
    what:
      zh: 监测对象
      en: People under monitoring
    rows:
      - select: { indicator: monitored_persons, region: 220300, period: 2022 }
      - select: { indicator: monitored_persons, region: '220000', kind: actual }
        label: { zh: 吉林省, en: Jilin }
`;
/** CHART with one line replaced. */
const withLine = (from: string, to: string) => {
  expect(CHART).toContain(from);
  return CHART.replace(from, to);
};
const errorOf = (yaml: string) => inputErrorOf(() => readStoryChartFile('demo', folder({ demo: yaml })));

describe('readStoryChartFile', () => {
  it('reads the charts of one story with their slug and the line of each row, codes and years as text', () => {
    const dir = folder({ demo: CHART });
    const [chart] = readStoryChartFile('demo', dir).charts;
    expect(chart.story).toBe('demo');
    expect(chart.rows[0].select).toEqual({ indicator: 'monitored_persons', region: '220300', period: '2022' });
    expect(chart.rows[1].label).toEqual({ zh: '吉林省', en: 'Jilin' });
    expect(chart.rowPlaces).toEqual([`${join(dir, 'demo.yml')}:11`, `${join(dir, 'demo.yml')}:12`]);
  });

  it('names the file, line and key of a mistake', () => {
    expect(errorOf(withLine('      en: Siping has more than Jilin\n', ''))).toMatch(/demo\.yml:4 \(charts\.0\.title\.en\): required field missing$/);
    expect(errorOf(withLine('    type: bar', '    type: pie'))).toMatch(/demo\.yml:3 \(charts\.0\.type\): .*, got "pie"$/);
    expect(errorOf(withLine('    type: bar', '    type: bar\n    colour: red'))).toMatch(/demo\.yml:4 \(charts\.0\.colour\): unknown field$/);
    expect(errorOf(withLine('  - id: story-demo-one', '  - id: Demo'))).toMatch(/demo\.yml:2 \(charts\.0\.id\): a chart id is story-… in lower case/);
    expect(errorOf(withLine('    rows:\n', '    rows: []\n    old:\n'))).toMatch(/demo\.yml:10 \(charts\.0\.rows\)/);
    expect(errorOf('charts: [}\n')).toMatch(/demo\.yml:1: invalid YAML/);
  });

  it('refuses a typed number where a figure must be selected: in a title, or as a value in a row', () => {
    expect(errorOf(withLine('en: Siping has more than Jilin', 'en: Siping has 2,502 more'))).toMatch(/demo\.yml:6 \(charts\.0\.title\.en\): no typed numbers in a title/);
    expect(errorOf(withLine('period: 2022 }', 'period: 2022, value: 2502 }'))).toMatch(/demo\.yml:11 \(charts\.0\.rows\.0\.select\.value\): unknown field$/);
    const matchDigits = withLine('{ indicator: monitored_persons, region: 220300, period: 2022 }', '{ match: 监测对象2502人 }');
    expect(errorOf(matchDigits)).toMatch(/demo\.yml:11 \(charts\.0\.rows\.0\.select\): .*match by words, not by the number/);
    const onlyRegion = withLine('{ indicator: monitored_persons, region: 220300, period: 2022 }', '{ region: 220300 }');
    expect(errorOf(onlyRegion)).toMatch(/demo\.yml:11 \(charts\.0\.rows\.0\.select\): .*give an indicator, a match or a quote/);
  });

  it('refuses a chart id used twice in one file, more than four charts, and a hero the file does not chart', () => {
    const chart = CHART.replace('charts:\n', '');
    expect(errorOf(`${CHART}${chart}`)).toMatch(/demo\.yml:1 \(charts\): a chart id is used twice$/);
    const five = `charts:\n${[1, 2, 3, 4, 5].map((i) => chart.replace('story-demo-one', `story-demo-${i}`)).join('')}`;
    expect(errorOf(five)).toMatch(/demo\.yml:1 \(charts\): .*4/);
    expect(errorOf(`hero: story-demo-two\n${CHART}`)).toMatch(/demo\.yml:1 \(hero\): hero must be the id of one of charts, got "story-demo-two"$/);
  });

  it('shows the hero on the home page, or else the first chart, or none', () => {
    const dir = folder({ first: CHART, chosen: `hero: story-demo-two\n${CHART}${CHART.replace('charts:\n', '').replace('story-demo-one', 'story-demo-two')}`, none: 'charts: []\n' });
    expect(heroOf(readStoryChartFile('first', dir).file)).toBe('story-demo-one');
    expect(heroOf(readStoryChartFile('chosen', dir).file)).toBe('story-demo-two');
    expect(heroOf(readStoryChartFile('none', dir).file)).toBeUndefined();
  });
});

describe('readStoryCharts', () => {
  it('reads every file of the folder, story by story, an empty list for a story without charts', () => {
    const dir = folder({ b: CHART.replace('story-demo-one', 'story-b-one'), a: 'charts: []\n' });
    writeFileSync(join(dir, 'README.md'), 'not a chart file');
    expect(storyChartSlugs(dir)).toEqual(['a', 'b']);
    expect(readStoryCharts(dir).map((c) => [c.story, c.id])).toEqual([['b', 'story-b-one']]);
  });
});

describe('hasTypedNumber', () => {
  it('lets years and 5G through and catches every other digit', () => {
    for (const ok of ['安顺2023年的数字最高', 'Anshun built far more 5G base stations', 'close to Jilin’s in 2021']) expect(hasTypedNumber(ok), ok).toBe(false);
    for (const typed of ['增长20%', 'more than 300 workshops', '2022年的12个县', 'Jilin’s 3rd year']) expect(hasTypedNumber(typed), typed).toBe(true);
  });
});
