// Which region codes a report or figure may carry: those of data/regions.csv, and every province, prefecture
// and county of the gazetteer. One wording for a code that is none of them, wherever it is refused.
import type { Gazetteer } from './gazetteer.ts';
import type { ReferenceData } from './load.ts';

export function regionCodesOf(reference: Pick<ReferenceData, 'index' | 'gazetteer'>): Set<string> {
  return new Set([...reference.index.keys(), ...[...reference.gazetteer.places.values()].filter((p) => p.level !== 'town').map((p) => p.code)]);
}

/** Why `code` is refused: it names the gazetteer's package and version, so a newer code can be told from a typo. */
export function unknownRegionCode(code: string, gazetteer: Gazetteer): string {
  return `unknown region code ${code}: not a GB/T 2260 province, prefecture or county code (${gazetteer.source.name} ${gazetteer.source.version}, data/regions.csv)`;
}
