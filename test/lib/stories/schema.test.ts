import { describe, expect, it } from 'vitest';
import { storyId, storySchema } from '../../../src/lib/stories/schema.ts';

const good = {
  title: '示例', summary: '一句话的摘要，没有数字。', order: 1, comparability: ['口径不同。'],
};

describe('storySchema', () => {
  it('accepts a story with its own notes', () => {
    expect(storySchema.parse(good)).toEqual(good);
  });

  it('refuses unknown keys (charts live in the chart file), a second sentence, no notes', () => {
    expect(() => storySchema.parse({ ...good, charts: ['story-a'] })).toThrow(/charts/);
    expect(() => storySchema.parse({ ...good, dek: 'x' })).toThrow();
    expect(() => storySchema.parse({ ...good, summary: '第一句。第二句。' })).toThrow(/one sentence/);
    expect(() => storySchema.parse({ ...good, comparability: [] })).toThrow();
  });
});

describe('storyId', () => {
  it('reads locale and slug from a collection entry id', () => {
    expect(storyId('zh/income')).toEqual({ locale: 'zh', slug: 'income' });
    expect(storyId('en/siping-then-and-now')).toEqual({ locale: 'en', slug: 'siping-then-and-now' });
  });

  it('refuses an entry outside the locale folders', () => {
    expect(() => storyId('income')).toThrow(/stories live in zh\/ or en\//);
    expect(() => storyId('fr/income')).toThrow(/src\/content\/stories\/fr\/income\.mdx/);
  });
});
