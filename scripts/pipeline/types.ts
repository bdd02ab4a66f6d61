// The pipeline's vocabulary and row types, defined once in src/schema/ (which the site reads too); re-exported
// here so that stages keep one short import.
export { UNITS, type Unit } from '../../src/schema/units.ts';
export { QUALIFIERS, type Qualifier } from '../../src/schema/qualifiers.ts';
export { KINDS, type Kind } from '../../src/schema/kinds.ts';
export { DOC_KINDS, type DocKind } from '../../src/schema/report.ts';
export { FIGURE_COLUMNS, type Figure } from '../../src/schema/figure.ts';
export { MENTION_COLUMNS, MENTION_STATUSES, type Mention, type MentionStatus } from '../../src/schema/mention.ts';
export { InputError } from '../../src/schema/errors.ts';
import type { DocKind } from '../../src/schema/report.ts';

/** What the pipeline needs to know about a report besides its text. */
export interface ReportContext {
  id: string;
  region: string; // GB/T 2260 code
  period: string; // '2022'
  docKind: DocKind;
  published: string | null; // ISO date
}
