// What extract and add-report need to know of a report besides its text: its region, period, kind of document
// and publication date. A flag says it, checked as the tables check the value (flags.ts); what the flags leave
// out is inferred from the text (infer.ts) and told with the reason. One implementation, so that both commands
// accept, infer and refuse alike.
import { InputError } from '../../src/schema/errors.ts';
import type { DocKind } from '../../src/schema/report.ts';
import { isRegionCode, type Gazetteer } from '../pipeline/gazetteer.ts';
import { inferReport } from '../pipeline/infer.ts';
import { unknownRegionCode } from '../pipeline/regionCodes.ts';
import { flags } from './flags.ts';

/** The flags as typed; each may be left out. */
export interface FactFlags {
  region?: string;
  period?: string;
  'doc-kind'?: string;
  published?: string;
}

export interface ReportFacts {
  region: string;
  period: string;
  docKind: DocKind;
  published: string | null;
}

/** The facts the flags give. */
export type GivenFacts = { [K in keyof ReportFacts]?: NonNullable<ReportFacts[K]> };

/** The flags given, each checked; called before anything is read, so a bad flag is refused first. */
export function checkFactFlags(command: string, typed: FactFlags): GivenFacts {
  const given = <T,>(value: string | undefined, check: (command: string, value: string) => T) => (value === undefined ? undefined : check(command, value));
  return {
    region: given(typed.region, flags.region),
    period: given(typed.period, flags.period),
    docKind: given(typed['doc-kind'], flags.docKind),
    published: given(typed.published, flags.published) ?? undefined,
  };
}

/**
 * The facts of a report: each flag given, else what the text says. Every inferred fact is told through `tell`
 * with its reason ('region: 520626 德江县 (inferred: the title names 德江县)'); a flag overrides silently. A region
 * or period that neither a flag nor the text gives, and a region the gazetteer does not know, are refused in one line.
 */
export function reportFacts(command: string, given: GivenFacts, text: string, gazetteer: Gazetteer, tell: (line: string) => void): ReportFacts {
  const guess = inferReport(text, gazetteer);
  const region = given.region ?? guess.region?.value;
  const period = given.period ?? guess.period?.value;
  if (!region) throw new InputError(command, '--region', 'the text names no region it could be about: give --region <code>');
  if (!isRegionCode(region, gazetteer)) throw new InputError(command, '--region', unknownRegionCode(region, gazetteer));
  if (!period) throw new InputError(command, '--period', 'the text names no year: give --period <year>');
  const told: [string, string | undefined, { value: string; reason: string } | null][] = [
    ['region', given.region, guess.region], ['period', given.period, guess.period],
    ['doc-kind', given.docKind, guess.docKind], ['published', given.published, guess.published],
  ];
  for (const [flag, value, inferred] of told) {
    if (value !== undefined || !inferred) continue;
    const name = flag === 'region' ? ` ${gazetteer.places.get(inferred.value)?.name ?? ''}` : '';
    tell(`${flag}: ${inferred.value}${name} (inferred: ${inferred.reason})`);
  }
  return { region, period, docKind: given.docKind ?? guess.docKind.value, published: given.published ?? guess.published?.value ?? null };
}
