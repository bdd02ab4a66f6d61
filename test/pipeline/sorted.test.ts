import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anyIn, partitionPoint } from '../../scripts/pipeline/sorted.ts';

describe('sorted: binary search finds what a linear scan finds', () => {
  const sortedInts = fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 40 }).map((xs) => xs.sort((a, b) => a - b));

  it('partitionPoint is the first index where the predicate stops holding', () => {
    fc.assert(fc.property(sortedInts, fc.integer({ min: -1, max: 201 }), (xs, v) => {
      const linear = xs.findIndex((x) => !(x <= v));
      expect(partitionPoint(xs, (x) => x <= v)).toBe(linear === -1 ? xs.length : linear);
    }));
  });

  it('anyIn says whether an offset lies in [from, to)', () => {
    fc.assert(fc.property(sortedInts, fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 20 }), (xs, from, width) => {
      expect(anyIn(xs, from, from + width)).toBe(xs.some((x) => x >= from && x < from + width));
    }));
    expect(anyIn([], 0, 10)).toBe(false);
  });
});
