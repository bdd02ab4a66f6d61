import { describe, expect, it } from 'vitest';
import { respectiveIndex, respectiveSubject } from '../../../scripts/pipeline/indicators/respectively.ts';

describe('respectiveSubject', () => {
  it('cuts a 分别 list to the k-th item, keeping the shared noun', () => {
    const text = '城镇、农村常住居民人均可支配收入分别达到38620元、15480元';
    expect(respectiveSubject(text, 0)).toBe('城镇常住居民人均可支配收入分别达到38620元、15480元');
    expect(respectiveSubject(text, 1)).toBe('农村常住居民人均可支配收入分别达到38620元、15480元');
  });
  it('reads lists of three joined by 和', () => {
    expect(respectiveSubject('省、市和县级资金分别投入', 2)).toBe('县级资金分别投入');
    // Places listed before a shared noun keep it: where each figure belongs is regionAt's to say.
    expect(respectiveSubject('张家口市、承德市脱贫人口人均纯收入分别达到17105元、17892元', 0)).toBe('张家口市、承德市脱贫人口人均纯收入分别达到17105元、17892元');
  });
  it('leaves a text without 分别, or a number past the list, as it is', () => {
    expect(respectiveSubject('城镇、农村常住居民人均可支配收入达到38620元', 1)).toBe('城镇、农村常住居民人均可支配收入达到38620元');
    expect(respectiveSubject('城镇、农村居民收入分别增长', 2)).toBe('城镇、农村居民收入分别增长');
  });
});

describe('respectiveIndex', () => {
  it('counts the numbers between 分别 and the figure', () => {
    const clause = '分别增长4.6%、8.2%';
    expect(respectiveIndex(clause, 100, [104, 109], 104)).toBe(0);
    expect(respectiveIndex(clause, 100, [104, 109], 109)).toBe(1);
    expect(respectiveIndex('增长4.6%', 100, [102], 102)).toBeNull();
  });
});
