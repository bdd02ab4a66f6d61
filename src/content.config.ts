// Content collections. Stories: one MDX file per language with the same slug, src/content/stories/zh/<slug>.mdx
// and src/content/stories/en/<slug>.mdx; entry ids are '<locale>/<slug>' (lib/stories/schema.ts: storyId).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { STORY_DIR, storySchema } from './lib/stories/schema.ts';

const stories = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: `./${STORY_DIR}` }),
  schema: storySchema,
});

export const collections = { stories };
