// Content collections. Stories: one MDX file per language with the same slug, src/content/stories/zh/<slug>.mdx
// and src/content/stories/en/<slug>.mdx; entry ids are '<locale>/<slug>' (lib/stories/schema.ts: storyId).
// Story charts: one YAML file per story, src/content/storyCharts/<slug>.yml; entry ids are the slugs.
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { STORY_DIR, storySchema } from './lib/stories/schema.ts';
import { STORY_CHART_DIR, storyChartFileSchema } from './lib/stories/chartSchema.ts';
import { readStoryChartFile, storyChartSlugs } from './lib/stories/chartFiles.ts';

const stories = defineCollection({
  loader: glob({ pattern: '{zh,en}/*.mdx', base: `./${STORY_DIR}` }),
  schema: storySchema,
});

const storyCharts = defineCollection({
  // Read as the registry reads them (chartFiles.ts), so that a mistake is reported with its file and line
  // rather than Astro's entry and key alone; the schema then checks the same data again for the store.
  loader: {
    name: 'story-charts',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const slug of storyChartSlugs()) {
        const filePath = `${STORY_CHART_DIR}/${slug}.yml`;
        const data = await parseData({ id: slug, data: readStoryChartFile(slug).file, filePath });
        store.set({ id: slug, data, filePath, digest: generateDigest(data) });
      }
    },
  },
  schema: storyChartFileSchema,
});

export const collections = { stories, storyCharts };
