// '城镇、农村常住居民人均可支配收入分别达到38620元、15480元': a list of short items before a shared noun and
// 分别 hands the k-th number to the k-th item. The indicator rules then read each figure's own subject
// ('农村常住居民人均可支配收入'), not a subject that names both.

// A place's name: a stem and its level word ('张家口市'; not 镇: '城镇、农村' are no places).
const PLACE_END = /^[\u4e00-\u9fa5]{2,}[省市县区州旗盟]$/;
// Items of one to four characters, each followed by 、/和/及/与, before the last item and 分别 later in the clause.
const LIST = /((?:[\u4e00-\u9fa5]{1,4}[、和及与])+)(?=[\u4e00-\u9fa5]{2,}[^，,。；;]*?分别)/;

/**
 * `text` with its 分别 list cut to the k-th item ('城镇、农村常住居民…分别' with k = 1 → '农村常住居民…分别'), or
 * `text` unchanged when it holds no such list or k is past its end. The last item is as long as the first:
 * parallel items are written alike ('城镇、农村', '省、市和县').
 */
export function respectiveSubject(text: string, k: number): string {
  const m = LIST.exec(text);
  if (!m) return text;
  const items = m[1].split(/[、和及与]/).slice(0, -1);
  // '张家口市、承德市脱贫人口人均纯收入分别达到…': a list of places shares the noun after it (regionAt hands out the places).
  if (items.every((item) => PLACE_END.test(item))) return text;
  const listEnd = m.index + m[1].length + items[0].length;
  items.push(text.slice(m.index + m[1].length, listEnd));
  if (k < 0 || k >= items.length) return text;
  return text.slice(0, m.index) + items[k] + text.slice(listEnd);
}

/** Which number of a 分别 list the figure at `pos` is: how many of `starts` lie between 分别 and it in `clause`. */
export function respectiveIndex(clause: string, clauseStart: number, starts: readonly number[], pos: number): number | null {
  const at = clause.indexOf('分别');
  if (at < 0 || clauseStart + at > pos) return null;
  return starts.filter((s) => s > clauseStart + at && s < pos).length;
}
