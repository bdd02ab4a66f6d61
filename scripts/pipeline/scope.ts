// Whose value a figure is: '下达4个县中央、省级衔接资金81103万元' is an amount for some of the region's
// counties, not the region's own value of the indicator. Such a figure gets no indicator, and its subject
// keeps the scope so that the table says whose it is.

// '4个县', '12个乡镇', '20个国家乡村振兴重点帮扶县', but not '全市3个县…': the whole region's counties are the region;
// '58个脱贫县' are the exited counties as a whole (脱贫地区), not a part.
const PART_OF_REGION = /(?<!全[省市州县区])[0-9０-９]+个(?:(?!脱贫)[\u4e00-\u9fa5]{0,10}?(?:县市区|县区|县)|区|乡镇)/;
// '等15个乡镇村庄规划编制': a count of places followed by what was done in them counts the places.
const COUNTS_PLACES = /^(县市区|县区|县|乡镇|乡|镇|街道)/;

/**
 * The words that limit a figure to some of the region's places, in its clause before the number, if any; or the
 * unit word after a count of places (the figure counts places, whatever the words after it name).
 */
export function partialScope(clauseBefore: string, after = '', unit: string | null = null): string | undefined {
  const before = PART_OF_REGION.exec(clauseBefore)?.[0];
  if (before) return before;
  return unit === 'count' ? COUNTS_PLACES.exec(after)?.[0] : undefined;
}

/** The subject with the scope in front, unless it says it already. */
export function scopedSubject(subject: string, scope: string | undefined): string {
  return scope && !subject.includes(scope) ? `${scope}…${subject}` : subject;
}
