// One wording for a region code the gazetteer does not know, wherever it is refused (extract, add-report, run.ts).
import type { Gazetteer } from './gazetteer.ts';

/** Why `code` is refused: it names the gazetteer's package and version, so a newer code can be told from a typo. */
export function unknownRegionCode(code: string, gazetteer: Gazetteer): string {
  return `unknown region code ${code}: not a GB/T 2260 province, prefecture or county code (${gazetteer.source.name} ${gazetteer.source.version}, data/boundary_changes.csv)`;
}
