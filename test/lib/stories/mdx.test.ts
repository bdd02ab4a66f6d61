import { describe, expect, it } from 'vitest';
import { proseOf, readStoryMdx, storyTags } from '../../../src/lib/stories/mdx.ts';

const MDX = `---
title: 示例
order: 1
---
import Foo from './foo.astro';

2022年，四平市纳入监测对象<Cite indicator="monitored_persons" region="220300"
  period="2022" />，{/* 注释里的 1237 不算 */}比例是<Derived op="share" indicator="a" over="b" digits="2" />。

<Chart id="story-x" />
见[原文](/reports/siping-2022/#f-696)。
`;

describe('readStoryMdx', () => {
  it('gives the frontmatter, and the prose on the lines of the source', () => {
    const { frontmatter, prose } = readStoryMdx(MDX);
    expect(frontmatter).toBe('title: 示例\norder: 1');
    expect(prose.split('\n').length).toBe(MDX.split('\n').length);
    expect(prose.split('\n')[6]).toContain('2022年');
    expect(readStoryMdx('no frontmatter').frontmatter).toBe('');
  });

  it('names the file and line of MDX that does not parse', () => {
    expect(() => readStoryMdx('---\ntitle: x\n---\n\nbelow <https://example.com> is not MDX', 'zh/z.mdx')).toThrow(/^zh\/z\.mdx:5: Unexpected character after `<`/);
  });
});

describe('storyTags', () => {
  it('reads component tags with their string props and the line they start on', () => {
    const tags = storyTags(MDX, 'zh/x.mdx');
    expect(tags.map((t) => [t.name, t.line])).toEqual([['Cite', 7], ['Derived', 8], ['Chart', 10]]);
    expect(tags[0].props).toEqual({ indicator: 'monitored_persons', region: '220300', period: '2022' });
    expect(tags[1].props.digits).toBe('2');
  });

  it('reads a bare prop as true, and refuses expressions and repeated props', () => {
    expect(storyTags('<Cite indicator="x" written />')[0].props.written).toBe('true');
    expect(() => storyTags('text\n<Cite indicator={key} />', 'en/y.mdx')).toThrow('en/y.mdx:2: <Cite> prop indicator={key}: write string values');
    expect(() => storyTags('<Cite region="a" region="b" />', 'f')).toThrow(/gives region twice/);
    expect(() => storyTags('\n\n<Cite {...selection} />', 'f')).toThrow('f:3: <Cite> {...selection}: write string props');
  });

  it('reads tags inside Markdown (lists, emphasis, links) and inside other tags, but not HTML elements', () => {
    const mdx = '- *<Cite indicator="a" />* and [<Cite indicator="b" />](/x/)\n\n<span><Cite\n  indicator="c" /></span>';
    expect(storyTags(mdx).map((t) => [t.props.indicator, t.line])).toEqual([['a', 1], ['b', 1], ['c', 3]]);
  });

  it('does not take a tag written in code, or in a comment, for a component', () => {
    expect(storyTags('`<Cite indicator="a" />` {/* <Cite indicator="b" /> */}\n\n```\n<Chart id="c" />\n```\n')).toEqual([]);
  });
});

describe('proseOf', () => {
  it('keeps the words and drops frontmatter, imports, comments, tags, props and link targets', () => {
    const prose = proseOf(MDX);
    expect(prose).toContain('四平市纳入监测对象');
    expect(prose).toContain('见 原文');
    for (const gone of ['title', 'import', '1237', '220300', 'digits', 'story-x', '#f-696']) expect(prose).not.toContain(gone);
    expect(prose.length).toBe(MDX.length); // offsets kept
  });

  it('keeps an expression that is not a comment, so a number typed in braces is still seen', () => {
    expect(proseOf('共有{2502}人{/* 1237 */}。')).toMatch(/^共有\{2502\}人 +。$/);
  });

  it('drops Markdown markers and keeps the alt text of an image', () => {
    expect(proseOf('## 标题\n\n1. **加粗**的 ![替代文字](/a.png)').replace(/\s+/g, ' ').trim()).toBe('标题 加粗 的 替代文字');
  });
});

