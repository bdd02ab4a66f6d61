// The stories as written: both languages, valid frontmatter, a chart file each, charts in the registry, every number a
// component that resolves to real figures, and no number typed into the prose.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOCALES } from '../../src/i18n/index.ts';
import { chartSpec } from '../../src/lib/chartRegistry.ts';
import { figures, findRegion, regions } from '../../src/lib/data.ts';
import { checkStoryBody } from '../../src/lib/stories/check.ts';
import { storyCharts, storyChartsOf } from '../../src/lib/stories/charts.ts';
import { storyChartSlugs } from '../../src/lib/stories/chartFiles.ts';
import { bareNumbers, bareNumbersInStory } from '../../src/lib/stories/bareNumbers.ts';
import { readStoryMdx } from '../../src/lib/stories/mdx.ts';
import { STORY_DIR, storySchema, type StoryData } from '../../src/lib/stories/schema.ts';

interface StoryFile {
  locale: (typeof LOCALES)[number];
  slug: string;
  file: string;
  mdx: string;
  data: StoryData;
}

const stories: StoryFile[] = LOCALES.flatMap((locale) => {
  const dir = join(STORY_DIR, locale);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort().map((f) => {
    const file = join(dir, f);
    const mdx = readFileSync(file, 'utf8');
    const parsed = storySchema.safeParse(parse(readStoryMdx(mdx, file).frontmatter));
    if (!parsed.success) throw new Error(`${file}: frontmatter: ${parsed.error.message}`);
    return { locale, slug: f.replace(/\.mdx$/, ''), file, mdx, data: parsed.data };
  });
});
const slugs = (locale: string) => stories.filter((s) => s.locale === locale).map((s) => s.slug);
// Place names that hold a numeral (四平市) are names, not numbers.
const names = regions().flatMap((r) => [r.name_zh, ...r.short_names]);

describe('the stories', () => {
  it('exist in both languages with the same slugs (a missing translation fails)', () => {
    expect(slugs('zh').length).toBeGreaterThanOrEqual(7);
    expect(slugs('en')).toEqual(slugs('zh'));
  });

  it('each have a chart file (src/content/storyCharts/<slug>.yml), empty when nothing may be charted', () => {
    expect(storyChartSlugs()).toEqual(slugs('zh'));
  });

  it('share their order across languages, with orders unique', () => {
    for (const zh of stories.filter((s) => s.locale === 'zh')) {
      const en = stories.find((s) => s.locale === 'en' && s.slug === zh.slug);
      if (!en) continue; // reported by the test above
      expect(en.data.order, zh.slug).toBe(zh.data.order);
    }
    const orders = stories.filter((s) => s.locale === 'zh').map((s) => s.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('have their charts in the registry, on their own page', () => {
    for (const chart of storyCharts()) expect(chartSpec(chart.id).page, chart.id).toBe(`/stories/${chart.story}/`);
  });

  it('resolve every <Cite> and <Derived> to real figures, and place only their own charts', () => {
    const source = { figures: figures(), region: findRegion };
    for (const s of stories) {
      const check = checkStoryBody(s.mdx, s.file, source, storyChartsOf(s.slug).map((c) => c.id));
      expect(check.figures.length, s.file).toBeGreaterThan(0);
    }
  });

  it('type no number in the prose, title, summary or notes: only years and dates', () => {
    const found = stories.flatMap((s) => [
      ...bareNumbersInStory(s.mdx, s.file, names),
      ...[s.data.title, s.data.summary, ...s.data.comparability].flatMap((text) =>
        bareNumbers(text, names).map((b) => `${s.file}: frontmatter "${b.text}" in “${text}”`)),
    ]);
    expect(found).toEqual([]);
  });

  it('are 150 to 350 words long (Chinese: 250 to 700 characters of text)', () => {
    for (const s of stories) {
      const { prose, tags } = readStoryMdx(s.mdx, s.file);
      const cites = tags.filter((t) => t.name !== 'Chart').length;
      if (s.locale === 'en') {
        const words = prose.split(/\s+/).filter((w) => /[A-Za-z]/.test(w)).length + cites;
        expect(words, s.file).toBeGreaterThanOrEqual(150);
        expect(words, s.file).toBeLessThanOrEqual(350);
      } else {
        const chars = (prose.match(/[\u4e00-\u9fff]/g) ?? []).length;
        expect(chars, s.file).toBeGreaterThanOrEqual(250);
        expect(chars, s.file).toBeLessThanOrEqual(700);
      }
    }
  });
});
