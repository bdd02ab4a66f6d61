// Which town a figure is about. region_code stays the county (the tier the atlas compares); a town named in
// the figure's sentence or paragraph adds where in the county. Pure.
import { regionAt } from './attribute.ts';
import type { Range } from './segment.ts';
import type { PlaceName } from './places.ts';

/**
 * The nine-digit code of the town a figure at `pos` is about, or ''. The same rules as its region (regionAt: the
 * place named before it in its sentence, after it in its clause, or opening a clause earlier in its paragraph;
 * two places named together are none of them), over the names with each town standing for itself, not its
 * county. The town must lie in `regionCode`, the county the figure was given: a town of another county named in
 * the paragraph, or a figure about a county named after the town, gives none.
 */
export function townAt(text: string, pos: number, sentence: Range, clause: Range, paragraph: Range, names: readonly PlaceName[], regionCode: string): string {
  if (regionCode === '' || !names.some((n) => n.town)) return '';
  const asTowns = names.map((n) => (n.town ? { ...n, code: n.town } : n));
  const found = regionAt(text, pos, sentence, clause, paragraph, asTowns, regionCode);
  return found.length === 9 && found.slice(0, 6) === regionCode ? found : '';
}
