import { describe, expect, it } from 'vitest';
import { clean } from '../../scripts/pipeline/clean.ts';
import { leansBack, quoteOf } from '../../scripts/pipeline/quote.ts';
import { real, surroundingsAt } from './seeds.ts';

describe('quote: the shortest stretch that identifies a figure', () => {
  const text = real('siping-2022', '目前,全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人,占比89.76%');
  const quote = (numberText: string) => {
    const here = surroundingsAt(text, numberText);
    const at = quoteOf(clean(text), here, leansBack(text, here));
    return text.slice(at.start, at.end);
  };

  it('a figure whose clause names it is quoted with its clause alone', () => {
    expect(leansBack(text, surroundingsAt(text, '1125户'))).toBe(false);
    expect(quote('1125户')).toBe('消除致贫返贫风险1125户2246人');
  });

  it('a clause that starts with a leaning word takes the clause before', () => {
    expect(leansBack(text, surroundingsAt(text, '89.76%'))).toBe(true);
    expect(quote('89.76%')).toBe('消除致贫返贫风险1125户2246人,占比89.76%');
  });

  it('the first clause of a sentence has nothing to lean on', () => {
    const first = real('siping-2022', '完成农村厕所改造3000户;');
    expect(leansBack(first, surroundingsAt(first, '3000户'))).toBe(false);
  });
});
