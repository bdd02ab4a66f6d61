// The stories as written: both languages, valid frontmatter, charts from the registry, every number a
// component that resolves to real figures, and no number typed into the prose.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { LOCALES } from '../../src/i18n/index.ts';
import { chartSpec } from '../../src/lib/registry/chartRegistry.ts';
import { figures, findRegion, regions } from '../../src/lib/queries/data.ts';
import { checkStoryBody } from '../../src/lib/stories.ts';
import { STORY_CHARTS } from '../../src/lib/storyCharts.ts';
import { bareNumbers, bareNumbersInStory, proseOf, splitFrontmatter, storyTags } from '../../src/lib/storyProse.ts';
import { STORY_DIR, storySchema, type StoryData } from '../../src/lib/storySchema.ts';

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
    const parsed = storySchema.safeParse(parse(splitFrontmatter(mdx).frontmatter));
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

  it('share order, charts and hero across languages, with orders unique', () => {
    for (const zh of stories.filter((s) => s.locale === 'zh')) {
      const en = stories.find((s) => s.locale === 'en' && s.slug === zh.slug);
      if (!en) continue; // reported by the test above
      expect([en.data.order, en.data.charts, en.data.hero], zh.slug).toEqual([zh.data.order, zh.data.charts, zh.data.hero]);
    }
    const orders = stories.filter((s) => s.locale === 'zh').map((s) => s.data.order);
    expect(new Set(orders).size).toBe(orders.length);
  });

  it('chart at most four registry charts of their own page, and every story chart is used by its story', () => {
    for (const s of stories) {
      expect(s.data.charts.length, s.file).toBeLessThanOrEqual(4);
      for (const id of s.data.charts) expect(chartSpec(id).page, `${s.file}: ${id}`).toBe(`/stories/${s.slug}/`);
    }
    for (const chart of STORY_CHARTS) {
      const story = stories.find((s) => s.slug === chart.story);
      expect(story?.data.charts, `${chart.id} belongs to a story that lists it`).toContain(chart.id);
    }
  });

  it('resolve every <Cite> and <Derived> to real figures, and place only their own charts', () => {
    const source = { figures: figures(), region: findRegion };
    for (const s of stories) {
      const check = checkStoryBody(s.mdx, s.file, source, s.data.charts);
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
      const prose = proseOf(s.mdx);
      const cites = storyTags(s.mdx).filter((t) => t.name !== 'Chart').length;
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
