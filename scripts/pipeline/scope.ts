// Whose value a figure is: '下达4个县中央、省级衔接资金81103万元' is an amount for some of the region's
// counties, not the region's own value of the indicator. Such a figure gets no indicator, and its subject
// keeps the scope so that the table says whose it is.

// '4个县', '12个乡镇', but not '全市3个县…': the whole region's counties are the region.
const PART_OF_REGION = /(?<!全[省市州县区])[0-9０-９]+个(?:县市区|县区|县|区|乡镇)/;

/** The words that limit a figure to some of the region's places, in its clause before the number, if any. */
export function partialScope(clauseBefore: string): string | undefined {
  return PART_OF_REGION.exec(clauseBefore)?.[0];
}

/** The subject with the scope in front, unless it says it already. */
export function scopedSubject(subject: string, scope: string | undefined): string {
  return scope && !subject.includes(scope) ? `${scope}…${subject}` : subject;
}
