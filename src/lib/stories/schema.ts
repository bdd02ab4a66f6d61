// The frontmatter of a story (src/content/stories/{zh,en}/<slug>.mdx), shared by the content collection
// (src/content.config.ts) and the tests, which read the files without Astro. Its charts are not listed here but
// in its chart file, once for both languages (chartSchema.ts).
import { z } from 'zod';
import { LOCALES, type Locale } from '../../i18n/index.ts';

export const STORY_DIR = 'src/content/stories';

export const storySchema = z
  .object({
    title: z.string().trim().min(1),
    /** One sentence, no numbers: the index and the page's lede. */
    summary: z.string().trim().min(1).refine((s) => !/[。.!?！？].+$/.test(s.trim()), 'one sentence'),
    /** Place in the index, ascending; the same in both languages. */
    order: z.number().int().min(1),
    /** "How comparable is this": what the story's own comparisons need the reader to know, no typed numbers. */
    comparability: z.array(z.string().trim().min(1)).min(1),
  })
  .strict();

export type StoryData = z.infer<typeof storySchema>;

/** 'zh/income' (the collection entry id) → { locale: 'zh', slug: 'income' }. */
export function storyId(id: string): { locale: Locale; slug: string } {
  const match = /^([a-z]{2})\/([a-z0-9][a-z0-9-]*)$/.exec(id);
  if (!match || !(LOCALES as readonly string[]).includes(match[1])) {
    throw new Error(`${STORY_DIR}/${id}.mdx: stories live in ${LOCALES.map((l) => `${l}/`).join(' or ')} with a lower-case slug`);
  }
  return { locale: match[1] as Locale, slug: match[2] };
}
