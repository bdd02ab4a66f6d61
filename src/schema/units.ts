// The unit vocabulary, written once: each unit's key (the value of figures.csv's unit column), the words the
// parser reads after a number, and how the formatter writes it back in each language.
// Data only, no zod: the formatter reads it in the browser (the explorer), where the schema library would
// weigh four times the explorer itself. Its zod schema is in enums.ts.

interface UnitWords {
  /** Written after a number in Chinese: '元', '个百分点'. */
  zh: string;
  /** [singular, plural] after a number in English; '' for a bare number. */
  en: readonly [string, string];
  /** What the numbers are counted in, as an English axis or column heading. */
  enLabel: string;
  /** Words that name this unit right after a number in a report (measure words for count). */
  words: readonly string[];
}

// Order is the order of the enum in datapackage.json.
export const UNIT_VOCABULARY = {
  yuan: { zh: '元', en: ['CNY', 'CNY'], enLabel: 'CNY', words: ['元', '圆'] }, // 圆 in financial numerals (壹佰万圆)
  persons: { zh: '人', en: ['person', 'people'], enLabel: 'people', words: ['人', '名', '位'] },
  households: { zh: '户', en: ['household', 'households'], enLabel: 'households', words: ['户'] },
  person_times: { zh: '人次', en: ['person-time', 'person-times'], enLabel: 'person-times', words: ['人次'] },
  household_times: { zh: '户次', en: ['household-time', 'household-times'], enLabel: 'household-times', words: ['户次'] },
  percent: { zh: '%', en: ['%', '%'], enLabel: '%', words: ['%', '％'] },
  percentage_points: { zh: '个百分点', en: ['pp', 'pp'], enLabel: 'percentage points', words: ['个百分点', '百分点'] },
  count: {
    zh: '个', en: ['', ''], enLabel: 'number',
    // 次 counts occasions; the rest are measure words of things counted.
    words: ['次', '台套', '班次', '乡镇', '个', '座', '处', '家', '所', '项', '条', '笔', '台', '辆', '口', '支', '期', '场', '件', '棵', '株',
      '组', '批', '间', '例', '篇', '块', '届', '张', '部', '套', '头', '只', '栋', '幢', '眼', '种', '款', '份', '本', '册', '轮', '村', '盏', '根'],
  },
  km: { zh: '公里', en: ['km', 'km'], enLabel: 'km', words: ['公里', '千米'] },
  metres: { zh: '米', en: ['m', 'm'], enLabel: 'metres', words: ['延长米', '米'] },
  mu: { zh: '亩', en: ['mu', 'mu'], enLabel: 'mu', words: ['亩'] },
  hectares: { zh: '公顷', en: ['ha', 'ha'], enLabel: 'hectares', words: ['公顷'] },
  // 平方公里 is read as square metres (×10⁶, numbers.ts) and written back as 平方公里 / km² when large.
  square_metres: { zh: '平方米', en: ['m²', 'm²'], enLabel: 'm²', words: ['平方公里', '平方米'] },
  tonnes: { zh: '吨', en: ['tonne', 'tonnes'], enLabel: 'tonnes', words: ['吨'] },
  kg: { zh: '公斤', en: ['kg', 'kg'], enLabel: 'kg', words: ['公斤', '千克'] },
  kw: { zh: '千瓦', en: ['kW', 'kW'], enLabel: 'kW', words: ['千瓦'] },
  times: { zh: '倍', en: ['time', 'times'], enLabel: 'times', words: ['倍'] },
  days: { zh: '天', en: ['day', 'days'], enLabel: 'days', words: ['天'] },
  years: { zh: '年', en: ['year', 'years'], enLabel: 'years', words: ['年'] },
} as const satisfies Record<string, UnitWords>;

export type Unit = keyof typeof UNIT_VOCABULARY;
export const UNITS = /* @__PURE__ */ Object.keys(UNIT_VOCABULARY) as [Unit, ...Unit[]];

/**
 * Every unit word with its unit, longest first, so that the first word found at a place is the longest
 * one there: 个百分点 before 个, 人次 before 人, 台套 before 台. (The sort is stable: ties keep the order above.)
 */
export const UNIT_WORDS: readonly (readonly [string, Unit])[] = /* @__PURE__ */ unitWords();

function unitWords(): (readonly [string, Unit])[] {
  return UNITS.flatMap((unit) => UNIT_VOCABULARY[unit].words.map((word) => [word, unit] as const)).sort((a, b) => b[0].length - a[0].length);
}
