// Place resolution measured on the development set (test/devset/places.ts): resolved right, resolved
// wrong, warned (unknown or ambiguous), missed, and false places. Printed for the report; the gates are
// that nothing resolves to a wrong place and nothing that is not a place becomes one.
import { describe, expect, it } from 'vitest';
import { findPlaces, type PlaceHit } from '../../scripts/pipeline/places.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';
import { PLACE_CASES, type PlaceCase } from './places.ts';

const g = loadReference('data').gazetteer;

function scorePlaces(cases: PlaceCase[] = PLACE_CASES) {
  const score = { expected: 0, correct: 0, wrong: 0, warned: 0, missed: 0, falsePlaces: 0 };
  const problems: string[] = [];
  for (const c of cases) {
    const hits = findPlaces(c.text, g, { region: c.region });
    const used = new Set<PlaceHit>();
    for (const [word, expected] of c.places) {
      score.expected++;
      const hit = hits.find((h) => h.text === word && !used.has(h));
      if (!hit) { score.missed++; problems.push(`missed ${word} in ${c.text}`); continue; }
      used.add(hit);
      const got = hit.status === 'resolved' ? hit.code : hit.status;
      if (got === expected) score.correct++;
      else if (hit.status !== 'resolved' && /^\d/.test(expected)) { score.warned++; problems.push(`warned ${word} (${hit.reason}), expected ${expected}`); }
      else { score.wrong++; problems.push(`wrong ${word}: ${got}, expected ${expected}`); }
    }
    for (const h of hits) if (!used.has(h)) { score.falsePlaces++; problems.push(`false place ${h.text} (${h.status} ${h.code}) in ${c.text}`); }
  }
  return { score, problems };
}

describe('place resolution on the development set', () => {
  const { score, problems } = scorePlaces();
  it('resolves no place word to a wrong place and makes no place of a word that is none', () => {
    console.log(`dev set places: ${JSON.stringify(score)}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`);
    expect(score.wrong).toBe(0);
    expect(score.falsePlaces).toBe(0);
  });
  it('resolves or warns about at least 95% of the place words', () => {
    expect((score.correct + score.warned) / score.expected).toBeGreaterThanOrEqual(0.95);
  });
});

describe('place resolution on the held-out set (written after the rules, not tuned to)', () => {
  it('resolves no place word to a wrong place', async () => {
    const { HELD_OUT_PLACE_CASES } = await import('./places-heldout.ts');
    const { score, problems } = scorePlaces(HELD_OUT_PLACE_CASES);
    console.log(`held-out places: ${JSON.stringify(score)}${problems.length ? `\n  ${problems.join('\n  ')}` : ''}`);
    expect(score.wrong).toBe(0);
  });
});
