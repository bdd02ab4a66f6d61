import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clauseAt, paragraphAt, previousClause, sentenceAt, type Range } from '../../scripts/pipeline/segment.ts';
import { FUZZ_RUNS } from './fuzzRuns.ts';
import { real } from './seeds.ts';

const at = (text: string, needle: string) => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`${needle} not in ${text}`);
  return i;
};
const slice = (text: string, r: Range | null) => (r ? text.slice(r.start, r.end) : null);

const MONITORING = real('siping-2022', '目前,全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人,占比89.76%,做到了“应纳尽纳、应扶尽扶”。');
const SERVICES = real('siping-2022', '投资1500万元建设伊通县县域医共体,为280名乡村医生开展了业务培训;推动农村养老服务体系建设,建设养老机构3所');

describe('sentences, clauses and paragraphs', () => {
  it('a sentence runs to 。 and keeps it', () => {
    const text = `${real('siping-2022', '四平市把防返贫监测帮扶作为巩固脱贫成果的首要基础,聚焦“三类户”,织密“三张网”。')}${MONITORING}`;
    expect(slice(text, sentenceAt(text, at(text, '1237')))).toBe(MONITORING);
  });

  it('a semicolon ends a sentence: the county named before it does not reach past it', () => {
    expect(slice(SERVICES, sentenceAt(SERVICES, at(SERVICES, '3所')))).toBe('推动农村养老服务体系建设,建设养老机构3所');
    expect(slice(SERVICES, sentenceAt(SERVICES, at(SERVICES, '280')))).toBe('投资1500万元建设伊通县县域医共体,为280名乡村医生开展了业务培训;');
  });

  it('a clause ends at commas (ASCII or full-width), semicolons and colons', () => {
    expect(slice(MONITORING, clauseAt(MONITORING, at(MONITORING, '1125')))).toBe('消除致贫返贫风险1125户2246人');
    expect(slice(MONITORING, clauseAt(MONITORING, at(MONITORING, '89.76')))).toBe('占比89.76%');
    const fw = '全省脱贫地区农民收入达到12906元，同比增长12.3%';
    expect(slice(fw, clauseAt(fw, at(fw, '12.3')))).toBe('同比增长12.3%');
  });

  it('the clause before, in the same sentence only', () => {
    const s = sentenceAt(MONITORING, at(MONITORING, '89.76'));
    const c = clauseAt(MONITORING, at(MONITORING, '89.76'));
    expect(slice(MONITORING, previousClause(MONITORING, c, s))).toBe('消除致贫返贫风险1125户2246人');
    const first = clauseAt(MONITORING, 0);
    expect(previousClause(MONITORING, first, sentenceAt(MONITORING, 0))).toBeNull();
  });

  it('a paragraph is a line of the cleaned text', () => {
    const text = `${real('siping-2022', '强化包保帮扶。')}\n${MONITORING}\n${real('siping-2022', '织密自下而上监测网。')}`;
    expect(slice(text, paragraphAt(text, at(text, '1237')))).toBe(MONITORING);
    expect(slice(text, paragraphAt(text, 0))).toBe('强化包保帮扶。');
    expect(slice(text, paragraphAt(text, text.length - 1))).toBe('织密自下而上监测网。');
  });

  it('ranges always hold the position and nest: clause ⊆ sentence ⊆ paragraph (property)', () => {
    const text = fc.string({ unit: fc.constantFrom(...'脱贫1。，,；;：:！？\n户'), minLength: 1, maxLength: 40 });
    fc.assert(fc.property(text, fc.nat(), (t, n) => {
      const pos = n % t.length;
      if (t[pos] === '\n') return;
      const c = clauseAt(t, pos);
      const s = sentenceAt(t, pos);
      const p = paragraphAt(t, pos);
      expect(c.start <= pos && pos < Math.max(c.end, pos + 1)).toBe(true);
      expect(s.start).toBeLessThanOrEqual(c.start);
      expect(s.end).toBeGreaterThanOrEqual(c.end);
      expect(p.start).toBeLessThanOrEqual(s.start);
      expect(p.end).toBeGreaterThanOrEqual(Math.min(s.end, p.end));
      expect(t.slice(s.start, s.end)).not.toContain('\n');
    }), { numRuns: FUZZ_RUNS });
  });
});
