// Binary search over sorted arrays: a look-up per number costs log n, so a stage stays linear in its numbers.

/** The first index at which `before` stops holding, for a `before` that holds on a prefix of `sorted`. */
export function partitionPoint<T>(sorted: readonly T[], before: (x: T) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(sorted[mid])) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether a sorted list of offsets holds one in [from, to). */
export function anyIn(sorted: readonly number[], from: number, to: number): boolean {
  const i = partitionPoint(sorted, (x) => x < from);
  return i < sorted.length && sorted[i] < to;
}
