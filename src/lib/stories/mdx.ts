// Reading a story's MDX source with the parser Astro compiles it with (satteri, behind @astrojs/mdx): its
// frontmatter, the component tags that cite figures (with their props and line), and the prose a reader reads,
// each from the syntax tree rather than from patterns, so what is checked is what the page will show.
import { mdxToMdast } from 'satteri';

/** A component tag of the story (<Cite …/>, <Derived …/>, <Chart …/>), with string props and its first line. */
export interface StoryTag {
  name: string;
  props: Record<string, string>;
  line: number; // 1-based, in the whole file
}

export class StoryMdxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryMdxError';
  }
}

export interface StoryMdx {
  /** The YAML between the '---' lines ('' when there is none). */
  frontmatter: string;
  /** The component tags, in reading order. Props are string literals (or bare, read as 'true'). */
  tags: StoryTag[];
  /**
   * The text a reader reads, at the offsets of the source (everything else blanked to spaces, line breaks kept):
   * no frontmatter, imports, comments, tags or props, link targets or Markdown markers.
   */
  prose: string;
}

/** What is read of an mdast node (satteri's own types are a union too wide to narrow here). */
interface Node {
  type: string;
  name?: string | null; // of a JSX element; null for a fragment
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  value?: string;
  position?: { start: { line: number; offset?: number }; end: { line: number; offset?: number } };
}

const JSX = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement']);
/** Nodes whose source is read: text, code, and expressions other than comments (a typed number stays visible). */
const READ = new Set(['text', 'inlineCode', 'code', 'mdxTextExpression', 'mdxFlowExpression']);
const COMMENT = /^\s*\/\*[\s\S]*\*\/\s*$/;

function parse(mdx: string, file: string): Node {
  try {
    return mdxToMdast(mdx) as unknown as Node;
  } catch (e) {
    // satteri reports 'line:column: reason (rule)'.
    const message = (e as Error).message;
    const at = /^(\d+):\d+: ([\s\S]*)$/.exec(message);
    throw new StoryMdxError(at ? `${file}:${at[1]}: ${at[2]}` : `${file}: ${message}`);
  }
}

/**
 * A tag's props. A story's tags are data selections, checked before the page is built, so they may not depend
 * on code: an expression or a spread is refused, as is a prop given twice.
 */
function propsOf(node: Node, where: string): Record<string, string> {
  const props: Record<string, string> = {};
  for (const attr of node.attributes ?? []) {
    if (attr.type !== 'mdxJsxAttribute' || attr.name === undefined) {
      throw new StoryMdxError(`${where}: <${node.name}> {${String(attr.value)}}: write string props (name="…"), not expressions`);
    }
    const { name, value } = attr;
    if (value !== null && value !== undefined && typeof value !== 'string') {
      const expr = (value as { value?: string }).value ?? '';
      throw new StoryMdxError(`${where}: <${node.name}> prop ${name}={${expr}}: write string values (${name}="…"), not expressions`);
    }
    if (name in props) throw new StoryMdxError(`${where}: <${node.name}> gives ${name} twice`);
    props[name] = value ?? 'true';
  }
  return props;
}

/** The frontmatter, component tags and prose of a story's MDX source; `file` names it in errors. */
export function readStoryMdx(mdx: string, file = 'story'): StoryMdx {
  const tree = parse(mdx, file);
  let frontmatter = '';
  const tags: (StoryTag & { offset: number })[] = [];
  const kept: string[] = mdx.replace(/[^\n]/g, ' ').split('');
  const keep = (start: number, end: number) => { for (let i = start; i < end; i++) kept[i] = mdx[i]; };
  const visit = (node: Node) => {
    const start = node.position?.start;
    const end = node.position?.end;
    if (node.type === 'yaml') frontmatter = node.value ?? '';
    // Components start upper-case; lower-case names are HTML elements, whose text is prose like any other.
    if (JSX.has(node.type) && node.name && /^[A-Z]/.test(node.name) && start) {
      tags.push({ name: node.name, props: propsOf(node, `${file}:${start.line}`), line: start.line, offset: start.offset ?? 0 });
    }
    if (start?.offset !== undefined && end?.offset !== undefined) {
      if (READ.has(node.type) && !(node.type.startsWith('mdx') && COMMENT.test(node.value ?? ''))) keep(start.offset, end.offset);
      // An image's alt text is read (aloud) too: the source from '![' to '](' .
      if (node.type === 'image') keep(start.offset + 2, mdx.indexOf('](', start.offset));
    }
    node.children?.forEach(visit);
  };
  visit(tree);
  tags.sort((a, b) => a.offset - b.offset);
  return { frontmatter, tags: tags.map(({ offset: _, ...tag }) => tag), prose: kept.join('') };
}

/** The component tags of an MDX source, in order (see readStoryMdx). */
export const storyTags = (mdx: string, file = 'story'): StoryTag[] => readStoryMdx(mdx, file).tags;

/** The prose of an MDX source, offsets and lines those of the source (see readStoryMdx). */
export const proseOf = (mdx: string, file = 'story'): string => readStoryMdx(mdx, file).prose;
