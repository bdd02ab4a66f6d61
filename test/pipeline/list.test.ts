import { describe, expect, it } from 'vitest';
import { continuesList, itemWordsAfter } from '../../scripts/pipeline/list.ts';
import { real, surroundingsAt } from './seeds.ts';

describe('list: figures listed in one clause', () => {
  it('34.88%、27.55%: the second continues the list of the first', () => {
    const text = real('jilin-2021', '其中经营性收入、工资性收入分别增长34.88%、27.55%。');
    const second = surroundingsAt(text, '27.55%');
    expect(continuesList(text, second.itemBefore, second.token)).toBe(true);
  });

  it('1237户2502人: two counts of one thing, not a list', () => {
    const text = real('siping-2022', '全市纳入监测对象1237户2502人');
    const second = surroundingsAt(text, '2502人');
    expect(second.itemBefore).toBeDefined();
    expect(continuesList(text, second.itemBefore, second.token)).toBe(false);
  });

  it('the words after a list separator are the next item\'s; a leading 的 is dropped', () => {
    expect(itemWordsAfter('、花草')).toBe('');
    expect(itemWordsAfter('的生活污水处理设施建设')).toBe('生活污水处理设施建设');
  });
});
