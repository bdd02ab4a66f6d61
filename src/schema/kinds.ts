// What a figure states: a result, a goal, or a change.
// Data only (read in the browser); its zod schema is in enums.ts.

export const KINDS = ['actual', 'target', 'change'] as const;
export type Kind = (typeof KINDS)[number];
