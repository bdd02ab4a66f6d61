// How exact a figure is as written (余/左右 approx, 以上 at least, 以内 at most), with the sign a reader sees.
// Data only (read in the browser); its zod schema is in enums.ts.

export const QUALIFIER_SIGNS = { exact: '', approx: '≈', at_least: '≥', at_most: '≤' } as const;
export type Qualifier = keyof typeof QUALIFIER_SIGNS;
export const QUALIFIERS = /* @__PURE__ */ Object.keys(QUALIFIER_SIGNS) as [Qualifier, ...Qualifier[]];
