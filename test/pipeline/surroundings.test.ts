import { describe, expect, it } from 'vitest';
import { real, surroundingsAt } from './seeds.ts';

describe('surroundingsOf: where a number stands', () => {
  const works = real('siping-2022', '完成3个建制镇的生活污水处理设施建设、9个村的农村生活污水治理;');

  it('a list item\'s words run from the separator after the item before it', () => {
    const second = surroundingsAt(works, '9个');
    expect(works.slice(second.itemBefore!.start, second.itemBefore!.unitEnd)).toBe('3个');
    expect(second.before).toBe('');
    expect(second.itemAfter).toBe('村的农村生活污水治理');
  });

  it('the first item\'s words after it end where the next number begins', () => {
    const first = surroundingsAt(works, '3个');
    expect(first.itemBefore).toBeUndefined();
    expect(first.before).toBe('完成');
    expect(first.itemAfter).toBe('建制镇的生活污水处理设施建设、');
  });

  it('after a list separator the words belong to the next item', () => {
    const trees = real('siping-2022', '全区共栽植树木16万余棵、花草36万余株');
    expect(surroundingsAt(trees, '16万余棵').itemAfter).toBe('');
    expect(surroundingsAt(trees, '36万余株').before).toBe('花草');
  });

  it('a number in the next clause has the clause before, and no item before it', () => {
    const text = real('siping-2022', '消除致贫返贫风险1125户2246人,占比89.76%');
    const share = surroundingsAt(text, '89.76%');
    expect(share.itemBefore).toBeUndefined();
    expect(text.slice(share.previous!.start, share.previous!.end)).toBe('消除致贫返贫风险1125户2246人');
    expect(text.slice(share.clause.start, share.clause.end)).toBe('占比89.76%');
  });
});
