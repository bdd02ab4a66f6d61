// How exact a figure is as written (余/左右 approx, 以上/至少 at least, 以内 at most, 3—5个 a range), with the sign
// a reader sees before the number (a range shows its two ends instead: figure.ts value_to).
// Data only (read in the browser); its zod schema is in enums.ts.

export const QUALIFIER_SIGNS = { exact: '', approx: '≈', at_least: '≥', at_most: '≤', range: '' } as const;
export type Qualifier = keyof typeof QUALIFIER_SIGNS;
export const QUALIFIERS = /* @__PURE__ */ Object.keys(QUALIFIER_SIGNS) as [Qualifier, ...Qualifier[]];
