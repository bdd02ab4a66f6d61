// Reading the story chart files (src/content/storyCharts/<slug>.yml) without Astro, through the schema the
// content collection uses: a mistake fails with the file, the line and the key, wherever it is read first.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readYaml } from '../../schema/read.ts';
import { STORY_CHART_DIR, storyChartFileSchema, type StoryChartData, type StoryChartFile } from './chartSchema.ts';

/** A chart as its story's file declares it, with the story it belongs to and where each row is written. */
export interface StoryChart extends StoryChartData {
  story: string; // the file's slug
  /** 'src/content/storyCharts/income.yml:12' for each row: a selection that fails names its line. */
  rowPlaces?: string[];
}

/** The slugs that have a chart file, sorted. */
export function storyChartSlugs(dir = STORY_CHART_DIR): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.yml')).map((f) => f.slice(0, -'.yml'.length)).sort();
}

/** One story's chart file, validated (InputError naming file:line on a mistake). */
export function readStoryChartFile(slug: string, dir = STORY_CHART_DIR): { file: StoryChartFile; charts: StoryChart[] } {
  const path = join(dir, `${slug}.yml`);
  const { value, lineOf } = readYaml(path, storyChartFileSchema);
  const charts = value.charts.map((chart, i) => ({
    ...chart,
    story: slug,
    rowPlaces: chart.rows.map((_, r) => `${path}:${lineOf(['charts', i, 'rows', r])}`),
  }));
  return { file: value, charts };
}

/** Every story chart, story by story (files sorted by slug), each story's in page order. */
export function readStoryCharts(dir = STORY_CHART_DIR): StoryChart[] {
  return storyChartSlugs(dir).flatMap((slug) => readStoryChartFile(slug, dir).charts);
}
