// The groups of people reports count, in one place: the number reader (numbers.ts) and the indicator rules
// (indicators/match.ts) each read a part of this vocabulary, for a different question.

/** Nouns for people: '4.48万易地扶贫搬迁群众' counts persons though no 人 follows the number (numbers.ts). */
export const PERSON_NOUNS = ['搬迁群众', '脱贫群众', '农村群众', '群众', '脱贫人口', '农村人口', '人口', '脱贫劳动力', '农村劳动力', '劳动力', '农民工', '农民', '居民', '学生'];

/** Groups a verb such as 吸纳 or 帮助 takes ('吸纳脱贫劳动力3226人'): they say who, not what is counted (match.ts). */
export const GROUPS_TAKEN = ['脱贫劳动力', '脱贫人口', '脱贫群众', '脱贫户', '农村劳动力', '劳动力', '群众', '农户', '监测对象', '监测户', '监测人口', '低收入人口', '困难群众', '搬迁群众', '残疾人'];

/** Populations named right after a count ('136万搬迁群众中…'): the count is of them (match.ts). */
export const POPULATIONS_AFTER = ['搬迁群众', '脱贫群众', '脱贫人口', '农村人口', '脱贫劳动力', '农村劳动力', '搬迁人口'];

/** Groups none of the indicators' populations is ('帮助农村劳动力就近就业8920人'): their counts are no indicator's (match.ts). */
export const OTHER_GROUPS = ['农村劳动力', '务工人员', '农民工', '城乡劳动者'];

/** The words as one alternation, for a RegExp source. */
export const oneOf = (words: readonly string[]): string => words.join('|');
