import { describe, expect, it } from 'vitest';
import { subjectOf, subjectText, type SubjectBefore } from '../../scripts/pipeline/subject.ts';
import { real, surroundingsAt } from './seeds.ts';

describe('subjectText: the words that name the quantity', () => {
  it('drops years, region words and verbs at the edges', () => {
    expect(subjectText('全省脱贫群众人均收入达到')).toBe('脱贫群众人均收入');
    expect(subjectText('2013年至2021年累计投入')).toBe('投入');
    expect(subjectText('目前')).toBe('');
  });
});

describe('subjectOf: what a number is about', () => {
  const text = real('siping-2022', '目前,全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人,占比89.76%');
  /** Subjects of the numbers in order, each read with the one before it, as extractFigures reads them. */
  function subjects(numbers: string[]): string[] {
    let last: SubjectBefore | undefined;
    return numbers.map((n) => {
      const where = surroundingsAt(text, n);
      const subject = subjectOf(text, where, last);
      last = { where, subject };
      return subject;
    });
  }

  it('a number with words of its own is about them', () => {
    expect(subjects(['1237户'])).toEqual(['纳入监测对象']);
  });

  it('a later number in the clause shares the earlier one\'s words', () => {
    expect(subjects(['1237户', '2502人'])).toEqual(['纳入监测对象', '纳入监测对象']);
  });

  it('a share in the next clause is of what the sentence just counted', () => {
    expect(subjects(['1125户', '2246人', '89.76%']).at(-1)).toBe('消除致贫返贫风险 占比');
  });

  it('with no figure before it, a bare share takes the words of the clause before', () => {
    expect(subjects(['89.76%'])).toEqual(['消除致贫返贫风险1125户2246人']);
  });
});
