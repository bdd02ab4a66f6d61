// Checks a story before its page is built: every component tag of its MDX resolves (each <Cite> to exactly one
// figure, each <Derived> to its figures), every <Chart> is one of its chart file's, and nothing else is
// used. Errors name the story file and line, so a broken citation reads as a content error, not a stack trace.
import type { Figure } from '../data.ts';
import { CiteError, resolveCite, resolveDerived, type CiteSource } from '../cite.ts';
import { storyTags } from './mdx.ts';

/** The components a story may use; StoryPage maps these names to src/components/cite/*. */
export const STORY_COMPONENTS = ['Cite', 'Derived', 'Chart'] as const;

export interface StoryCheck {
  /** Every figure the prose cites or computes from, in order of first use. */
  figures: Figure[];
  /** Chart ids placed in the prose with <Chart id="…"/>, in order. */
  placedCharts: string[];
}

export function checkStoryBody(mdx: string, file: string, source: CiteSource, charts: readonly string[]): StoryCheck {
  const figures: Figure[] = [];
  const placedCharts: string[] = [];
  const use = (f: Figure) => { if (!figures.includes(f)) figures.push(f); };
  for (const tag of storyTags(mdx, file)) {
    const where = `${file}:${tag.line}`;
    switch (tag.name) {
      case 'Cite':
        use(resolveCite(tag.props, source, where));
        break;
      case 'Derived':
        resolveDerived(tag.props, source, where).derived.figures.forEach(use);
        break;
      case 'Chart': {
        const id = tag.props.id;
        if (!id || !charts.includes(id)) throw new CiteError(`${where}: <Chart id="${id ?? ''}"> is not one of the story's charts (${charts.join(', ') || 'none'})`);
        if (placedCharts.includes(id)) throw new CiteError(`${where}: <Chart id="${id}"> is placed twice`);
        placedCharts.push(id);
        break;
      }
      default:
        throw new CiteError(`${where}: <${tag.name}> is not a story component (${STORY_COMPONENTS.join(', ')})`);
    }
  }
  return { figures, placedCharts };
}
