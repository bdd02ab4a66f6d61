// Two different values for one region, period, indicator, kind, basis and unit would be drawn as two bars of
// the same thing: a conflict. npm run data warns about each; a rule or a correction (data/corrections.yml)
// resolves it. The same value stated twice (a plan's summary and its detail) is a restatement, also reported.
import type { Figure } from '../types.ts';

export interface Conflict {
  key: string; // region/period/indicator/kind/unit/basis
  figures: Figure[];
  sameValue: boolean;
}

export function findConflicts(figures: Figure[]): Conflict[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!f.indicator) continue;
    // A town's figure is not a second value of its county's.
    const key = [f.town_code || f.region_code, f.period, f.indicator, f.kind, f.unit].join('/');
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: Conflict[] = [];
  for (const [key, fs] of [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    // A running total and the year's flow are different quantities; an uncued basis ('') may be either.
    for (const basis of ['stock', 'flow', 'partial']) {
      const same = fs.filter((f) => f.basis === basis || !f.basis);
      const cued = same.some((f) => f.basis === basis);
      if (same.length > 1 && (cued || basis === 'stock')) {
        if (!out.some((c) => c.figures.length === same.length && c.figures.every((f, i) => f === same[i]))) {
          out.push({ key: `${key}/${cued ? basis : ''}`, figures: same, sameValue: same.every((f) => f.value === same[0].value) });
        }
      }
    }
  }
  return out;
}

/** One warning line per conflict, naming every figure with its number and quote. */
export function conflictWarnings(conflicts: Conflict[]): string[] {
  return conflicts.map((c) => `${c.sameValue ? 'restated' : 'conflict'} ${c.key}: `
    + c.figures.map((f) => `${f.figure_id} ${f.number_text} «${f.quote.length > 30 ? `${f.quote.slice(0, 30)}…` : f.quote}»`).join(' vs '));
}
