// The groups vocabulary is read by the number reader and the indicator rules: every word of it does its job there.
import { describe, expect, it } from 'vitest';
import { OTHER_GROUPS, PERSON_NOUNS } from '../../scripts/pipeline/groups.ts';
import { findNumbers } from '../../scripts/pipeline/numbers.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';

describe('groups', () => {
  it('万 before any noun for people counts persons', () => {
    for (const noun of PERSON_NOUNS) expect(findNumbers(`3.5万${noun}`).map((t) => [t.value, t.unit]), noun).toEqual([[35000, 'persons']]);
    expect(findNumbers('3.5万亩').map((t) => t.unit)).toEqual(['mu']);
  });
  it('workers of a group no indicator counts are no indicator\'s', () => {
    const reference = loadReference('data');
    const ctx = { id: 't', region: '520000', period: '2024', docKind: 'review' as const, published: null };
    for (const group of OTHER_GROUPS) {
      expect(extractOne(`帮助${group}务工就业8920人。\n`, ctx, reference).figures.map((f) => f.indicator), group).toEqual(['']);
    }
    expect(extractOne('帮助脱贫劳动力务工就业8920人。\n', ctx, reference).figures.map((f) => f.indicator)).toEqual(['exited_workers']);
  });
});
