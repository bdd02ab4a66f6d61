import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layout, readerBlocks, type Line } from '../../src/lib/reader.ts';
import { parseBlocks } from '../../src/lib/data.ts';
import type { Figure } from '../../scripts/pipeline/types.ts';

function figure(text: string, numberText: string, from = 0, over: Partial<Figure> = {}): Figure {
  const ns = text.indexOf(numberText, from);
  if (ns < 0) throw new Error(numberText);
  return {
    figure_id: `demo:${ns}`, report: 'demo', region_code: '220300', town_code: '', period: '2022', indicator: '', subject: '', value: 1, value_to: null,
    unit: 'yuan', qualifier: 'exact', kind: 'actual', basis: '', number_text: numberText, number_start: ns, number_end: ns + numberText.length,
    quote: numberText, start: ns, end: ns + numberText.length, correction: '', ...over,
  };
}

// siping-2022 as published: a sentence cut by a photo caption, and a site footer.
const TEXT = '强化产业扶持促增收。安排各级衔接资金2.9475亿元,目前已\n\n伊通县建国村农家书屋。(资料图片)\n\n支出2.5247亿元,支出比例85.65%。\n责任编辑:初慧\n版权所有:吉林日报社';

/** The lines of TEXT as the cleaner classes them (data/blocks.csv rows). */
function blocksOfText(): Parameters<typeof layout>[0] {
  const kinds: [string, 'body' | 'caption' | 'boilerplate', string][] = [
    ['强化产业扶持', 'body', ''], ['伊通县建国村', 'caption', ''], ['支出2.5247', 'body', ''], ['责任编辑', 'boilerplate', 'footer'], ['版权所有', 'boilerplate', 'footer'],
  ];
  return kinds.map(([head, kind, reason]) => {
    const start = TEXT.indexOf(head);
    const end = TEXT.indexOf('\n', start) < 0 ? TEXT.length : TEXT.indexOf('\n', start);
    return { start, end, kind, reason };
  });
}

describe('layout', () => {
  it('keeps bylines visible and drops other boilerplate', () => {
    const lines = layout([
      { start: 9, end: 12, kind: 'body', reason: '' },
      { start: 0, end: 4, kind: 'boilerplate', reason: 'byline' },
      { start: 5, end: 8, kind: 'boilerplate', reason: 'navigation' },
    ]);
    expect(lines.map((l) => [l.start, l.role])).toEqual([[0, 'byline'], [5, 'boilerplate'], [9, 'paragraph']]);
  });
});

describe('readerBlocks', () => {
  const figures = [figure(TEXT, '2.9475亿元'), figure(TEXT, '2.5247亿元'), figure(TEXT, '85.65%', 0, { kind: 'target' })];
  const blocks = readerBlocks(TEXT, figures, layout(blocksOfText()));

  it('keeps the text as published: the segments of each block are the verbatim characters', () => {
    for (const b of blocks) expect(b.segments.map((s) => s.text).join('')).toBe(TEXT.slice(b.start, b.end));
  });

  it('wraps each figure at its offsets, once', () => {
    const marked = blocks.flatMap((b) => b.segments.filter((s) => s.figure));
    expect(marked.map((s) => s.text)).toEqual(['2.9475亿元', '2.5247亿元', '85.65%']);
    expect(marked.map((s) => s.figure?.kind)).toEqual(['actual', 'actual', 'target']);
  });

  it('places by offset, not by search: a repeated number is marked where the figure says', () => {
    const text = '新建项目69个,其中产业项目69个。';
    const second = figure(text, '69个', 8);
    const [block] = readerBlocks(text, [second], [{ start: 0, end: text.length, role: 'paragraph' }]);
    expect(block.segments.map((s) => [s.text, Boolean(s.figure)])).toEqual([
      ['新建项目69个,其中产业项目', false], ['69个', true], ['。', false],
    ]);
  });

  it('shows the caption as a caption and drops the footer', () => {
    expect(blocks.map((b) => b.role)).toEqual(['paragraph', 'caption', 'paragraph']);
    expect(blocks.some((b) => TEXT.slice(b.start, b.end).includes('版权所有'))).toBe(false);
  });

  it('keeps a boilerplate line that holds a figure, so that its anchor exists', () => {
    const text = '正文。\n责任编辑:初慧 电话12345';
    const lines: Line[] = [{ start: 0, end: 3, role: 'paragraph' }, { start: 4, end: text.length, role: 'boilerplate' }];
    const blocksWithFooterFigure = readerBlocks(text, [figure(text, '12345')], lines);
    expect(blocksWithFooterFigure).toHaveLength(2);
  });

  it('refuses overlapping figures and a number_text that is not at its offsets', () => {
    const a = figure(TEXT, '2.9475亿元');
    const b = { ...figure(TEXT, '9475亿元'), figure_id: 'demo:x' };
    const lines = layout(blocksOfText());
    expect(() => readerBlocks(TEXT, [a, b], lines)).toThrow(/overlap/);
    expect(() => readerBlocks(TEXT, [{ ...a, number_text: '3亿元' }], lines)).toThrow(/is not at/);
  });

  it('refuses a figure that spans a line break', () => {
    const text = '共计\n100元。';
    const f = { ...figure(text, '共计'), number_end: 6, number_text: text.slice(0, 6) };
    expect(() => readerBlocks(text, [f], [{ start: 0, end: 2, role: 'paragraph' }, { start: 3, end: 8, role: 'paragraph' }])).toThrow(/spans a line break/);
  });
});

describe('the real reports', () => {
  it('drops the website footer of jilin-2021 and keeps its first paragraph', () => {
    const text = readFileSync('data/reports/jilin-2021.txt', 'utf8');
    const lines = layout(parseBlocks(readFileSync('data/blocks.csv', 'utf8')).filter((b) => b.report === 'jilin-2021'));
    const shown = readerBlocks(text, [], lines).map((b) => text.slice(b.start, b.end));
    expect(shown).toContain('5月的吉林乡村,绿意涌动、生机盎然。');
    expect(shown.some((s) => s.includes('版权所有'))).toBe(false);
  });
});
