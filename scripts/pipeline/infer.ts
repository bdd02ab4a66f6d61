// What a report says about itself: its region, period, kind and publication date, each with the reason,
// so that `extract` and `add-report` need no flags the text already answers. Pure.
import { findPlaces, splitsCompassWord } from './places.ts';
import { isWithin, lineage, provinceOf, type Gazetteer, type Place } from './gazetteer.ts';
import type { DocKind } from './types.ts';

export interface Inferred<T> {
  value: T;
  reason: string;
}

export interface Inference {
  title: string;
  region: Inferred<string> | null;
  period: Inferred<string> | null;
  docKind: Inferred<DocKind>;
  published: Inferred<string> | null;
}

// A title names the document's genre: a plan (工作要点, 实施方案…) or an account of what was done (综述, 记事…).
const PLAN_WORDS = /(工作要点|要点|计划|实施方案|方案|规划|实施意见|行动方案|安排意见)/;
const REVIEW_WORDS = /(综述|记事|回眸|回顾|总结|纪实|巡礼|成效|侧记|扫描|答卷)/;
// Other kinds of report name themselves too: 情况报告, 汇报, 讲话, 答复, 通报 (and a cooperation's own title).
const GENRE = new RegExp(`${PLAN_WORDS.source}|${REVIEW_WORDS.source}|乡村振兴|脱贫攻坚|报告|汇报|讲话|答复|通报|东西部协作|对口支援|发布会|实录`);

/** The title: the first of the opening lines that names a genre (综述, 工作要点, 乡村振兴 …), or ''. */
export function findTitle(text: string): string {
  const lines = text.split('\n').map((l) => l.trim().replace(/^[—–-]+/, '')).filter((l) => /[\u4e00-\u9fa5]/.test(l)).slice(0, 12);
  // A title is short and has no full stop: '我市坚持高位推动…。' is the first paragraph, not the title.
  const titleLike = (l: string) => l.length <= 60 && !/[。！？]$/.test(l);
  // No genre line, no title: a caption ('北盘江(镇宁、关岭段)沿岸…') must not decide the region.
  return lines.find((l) => GENRE.test(l) && titleLike(l)) ?? '';
}

export function inferReport(text: string, g: Gazetteer): Inference {
  const title = findTitle(text);
  const published = inferPublished(text);
  return {
    title,
    region: inferRegion(text, title, g),
    period: inferPeriod(text, title, published?.value ?? null),
    docKind: inferDocKind(text, title),
    published,
  };
}

// 我市/全市/本市 point at the report's own region by its level word.
const OWN = /(?:我|全|本)(省|市|州|县|区|旗|盟)/g;
const LEVELS_OF: Record<string, Place['level'][]> = {
  // (北京, 天津, 上海 and 重庆 are provinces named 市: their 全市 is the whole.)
  省: ['province'], 市: ['prefecture', 'county_city', 'province'], 州: ['prefecture'], 盟: ['prefecture'],
  县: ['county'], 旗: ['county'], 区: ['district', 'province'],
};

/** Places named in a text, counted: official names anywhere, short forms only when the name is unique in the country. */
interface Named { place: Place; count: number; full: number; first: number }

const DOC_NUMBER_YEAR = /[〔［\[](20\d{2})[〕］\]]\d+号/;
const HELPED_BEFORE = /(向|到|赴|援|援助|支援|帮扶|协作|对口)$/;

export function namedPlaces(text: string, g: Gazetteer): Map<string, Named> {
  const counts = new Map<string, Named>();
  const taken: [number, number][] = [];
  // Town-shaped words the country-wide context leaves unresolved ('龙泉关镇', '拉孜镇').
  const townWords: { start: number; end: number; towns: Place[] }[] = [];
  // A short form inside a town's name counts only for the place that town lies in: '拉孜镇' is 拉孜县's, while
  // '龙泉关镇' (of 阜平县) does not name 龙泉市.
  const inForeignTown = (at: number, len: number, place: Place) => townWords.some((w) =>
    at >= w.start && at + len <= w.end && !w.towns.some((t) => isWithin(t.code, place.code, g)));
  const free = (a: number, b: number) => !taken.some(([s, e]) => a < e && s < b);
  const count = (place: Place, at: number, len: number, full: boolean) => {
    taken.push([at, at + len]);
    // '全年向甘肃省投入…', '援疆', '对口支援西藏': a place given to or helped is not the report's own.
    if (HELPED_BEFORE.test(text.slice(Math.max(0, at - 4), at))) return;
    const e = counts.get(place.code);
    if (e) { e.count++; e.full += full ? 1 : 0; e.first = Math.min(e.first, at); } else counts.set(place.code, { place, count: 1, full: full ? 1 : 0, first: at });
  };
  // With no report region yet, the whole country is the context: findPlaces then keeps official names.
  for (const h of findPlaces(text, g, { region: '' })) {
    if (h.status === 'resolved' && h.place && h.place.level !== 'town') count(h.place, h.start, h.end - h.start, true);
    else {
      const towns = g.byName.get(h.text)?.filter((p) => p.level === 'town') ?? [];
      if (towns.length) townWords.push({ start: h.start, end: h.end, towns });
    }
  }
  // Short forms (四平, 兰西, 怒江州) are not names without a context; count those only one place in the country
  // has, longest first and never inside another name ('江州' in '怒江州' is not 江州区).
  const shorts: { at: number; len: number; place: Place }[] = [];
  for (const [name, places] of g.byName) {
    if (places.length !== 1 || places[0].name === name || places[0].level === 'town' || name.length < 2) continue;
    for (let i = text.indexOf(name); i !== -1; i = text.indexOf(name, i + 1)) {
      if (!splitsCompassWord(name, text.slice(i + name.length, i + name.length + 2))) shorts.push({ at: i, len: name.length, place: places[0] });
    }
  }
  shorts.sort((a, b) => b.len - a.len || a.at - b.at);
  for (const m of shorts) if (free(m.at, m.at + m.len) && !inForeignTown(m.at, m.len, m.place)) count(m.place, m.at, m.len, false);
  return counts;
}

/**
 * How strongly the text is about a place: its own mentions, and those of the other places it names in the same
 * province. A short form inside another word (西平 in the person's name 扎西平措) stands alone; the report's own
 * county comes with its prefecture and neighbours (拉孜县, 日喀则市, 西藏).
 */
function weights(named: Named[], g: Gazetteer): Map<string, number> {
  const byProvince = new Map<string, number>();
  const province = new Map(named.map((n) => [n.place.code, provinceOf(n.place.code, g)]));
  for (const n of named) byProvince.set(province.get(n.place.code)!, (byProvince.get(province.get(n.place.code)!) ?? 0) + n.count);
  return new Map(named.map((n) => [n.place.code, n.count + (byProvince.get(province.get(n.place.code)!)! - n.count) / 2]));
}

export function inferRegion(text: string, title: string, g: Gazetteer): Inferred<string> | null {
  const inTitle = [...namedPlaces(title, g).values()];
  const levelRank = (p: Place) => ['province', 'prefecture', 'county_city', 'county', 'district'].indexOf(p.level);
  if (inTitle.length) {
    // '四平市…工作记事', '2023年兰西县…工作要点': the most specific place the title names.
    const best = inTitle.sort((a, b) => levelRank(b.place) - levelRank(a.place) || a.first - b.first)[0].place;
    return { value: best.code, reason: `the title names ${best.name}` };
  }
  const named = [...namedPlaces(text, g).values()];
  // '铁西区…工作回眸' names one of three 铁西区; the text's '四平市铁西区' says which.
  const titleWords = findPlaces(title, g, { region: '' }).filter((h) => h.status === 'ambiguous' || (h.place?.level === 'town'));
  for (const w of titleWords) {
    const sure = named.find((n) => n.place.name === w.text) ?? townOf(w.text, g, named);
    if (sure) return { value: sure.place.region, reason: `the title names ${w.text}, and ${sure.place.level === 'town' ? `it is a town of ${g.places.get(sure.place.region)?.name}` : `the text places it in ${g.places.get(sure.place.parent ?? '')?.name}`}` };
  }
  const own = new Map<string, number>();
  for (const m of text.matchAll(OWN)) own.set(m[1], (own.get(m[1]) ?? 0) + 1);
  const cue = [...own].sort((a, b) => b[1] - a[1])[0];
  const w = weights(named, g);
  if (cue) {
    // 我旗 speaks of a banner, not of 会同县 ('会同各苏木镇' is a verb): of the places of that level, those whose name
    // ends in the cue's word, where there are any.
    const ofLevel = named.filter((n) => LEVELS_OF[cue[0]].includes(n.place.level));
    const fits = (ofLevel.some((n) => n.place.name.endsWith(cue[0])) ? ofLevel.filter((n) => n.place.name.endsWith(cue[0])) : ofLevel)
      .sort((a, b) => w.get(b.place.code)! - w.get(a.place.code)! || a.first - b.first);
    // The region of the cue's level that holds most of the places named.
    const holders = new Map<string, number>();
    for (const n of named) for (const a of lineage(n.place.code, g)) {
      const p = g.places.get(a);
      if (p && LEVELS_OF[cue[0]].includes(p.level)) holders.set(a, (holders.get(a) ?? 0) + n.count);
    }
    const holder = [...holders].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
    const byHolder = () => ({ value: holder[0], reason: `the text speaks of its own ${cue[0]} (${cue[1]}×) and ${holder[1]} of the places it names lie in ${g.places.get(holder[0])!.name}` });
    // '我省' in a speech that names its own counties but a partner province by name ('甘肃省', twice): the
    // province holding most of the places named wins over one named by itself less often.
    const score = (code: string) => (named.find((n) => n.place.code === code)?.count ?? 0) + (holders.get(code) ?? 0);
    if (cue[0] === '省' && fits.length && holder && holder[0] !== fits[0].place.code && score(holder[0]) > score(fits[0].place.code)) return byHolder();
    if (fits.length) {
      const p = fits[0];
      return { value: p.place.code, reason: `the text speaks of its own ${cue[0]} (我${cue[0]}/全${cue[0]}, ${cue[1]}×) and the ${cue[0]} it names most is ${p.place.name} (${p.count}×)` };
    }
    // '我省' with counties named but never the province.
    if (holder) return byHolder();
  }
  const most = named.sort((a, b) => w.get(b.place.code)! - w.get(a.place.code)! || levelRank(a.place) - levelRank(b.place) || a.first - b.first)[0];
  return most ? { value: most.place.code, reason: `${most.place.name} is the place the text names most (${most.count}×)` } : null;
}

/**
 * The town a title names (东坝头镇): a town report is about its county. Of several towns of that name, the one
 * whose county, prefecture or province the text names ('新阜平').
 */
function townOf(name: string, g: Gazetteer, named: readonly Named[]): { place: Place } | null {
  const places = g.byName.get(name)?.filter((p) => p.level === 'town') ?? [];
  if (places.length === 1) return { place: places[0] };
  const namedCodes = new Set(named.map((n) => n.place.code));
  const placed = places.filter((p) => lineage(p.code, g).some((a) => namedCodes.has(a)));
  return placed.length === 1 ? { place: placed[0] } : null;
}

const DATE = /(\d{4})(?:年|-|\/|\.)(\d{1,2})(?:月|-|\/|\.)(\d{1,2})日?/g;

// A dateline: a short line ('2024年12月20日', '本报记者 白玛 2024年12月18日') or a date after its label (发布时间：).
const DATELINE_LABEL = /(日期|时间|发布|发文|印发)[:：\s]*$/;

/** The valid ISO date of a DATE match, else null. */
function isoOf(m: RegExpMatchArray): string | null {
  const iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
  const d = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === iso ? iso : null;
}

/**
 * A publication date: a dateline in the opening lines ('日期:2022年05月17日', '2018-03-26 10:13:14'), else the date a
 * document is signed with in its last lines. A date inside a sentence ('2024年4月8日至6月7日，巡察组…') is an event.
 */
export function inferPublished(text: string): Inferred<string> | null {
  const lines = text.split('\n');
  const dateline = (line: string, where: string): Inferred<string> | null => {
    for (const m of line.matchAll(DATE)) {
      const iso = isoOf(m);
      if (iso && (line.trim().length <= 40 || DATELINE_LABEL.test(line.slice(0, m.index)))) return { value: iso, reason: `${where} give the date ${m[0]}` };
    }
    return null;
  };
  for (const line of lines.slice(0, 15)) {
    const found = dateline(line, 'the opening lines');
    if (found) return found;
  }
  for (const line of lines.slice(-5).reverse()) {
    const found = dateline(line, 'the closing lines');
    if (found) return found;
  }
  return null;
}

const RANGE = /(20\d{2})\s*(?:年)?\s*(?:—|–|-|~|至|到)+\s*(20\d{2})\s*年/;
const YEAR = /(20\d{2})年(?!\d{1,2}月\d{1,2}日|\s*(?:—|–|-|~|至|到))/g;

/**
 * The period: a year or plan range in the title ('2023—2025年'), else the year the opening sentence names
 * ('2023年是…过渡期的第三年'), else the year the text names most, counting 今年/去年 against the publication date.
 */
export function inferPeriod(text: string, title: string, published: string | null): Inferred<string> | null {
  const range = RANGE.exec(title);
  if (range && range[1] < range[2]) return { value: `${range[1]}-${range[2]}`, reason: `the title names the span ${range[0]}` };
  // '关于印发《…三年行动方案（2025—2027年）》的通知': a plan's span in the document the opening lines issue.
  const issued = /《[^》]*》/.exec(text.slice(0, 400))?.[0] ?? '';
  const span = RANGE.exec(issued);
  if (span && span[1] < span[2]) return { value: `${span[1]}-${span[2]}`, reason: `the opening lines issue ${issued}, for ${span[0]}` };
  // A government work report, delivered to the people's congress early in a year, reviews the year before: its
  // targets for the new year are goals, its results are last year's.
  const congress = /政府工作报告/.test(title) || /人民代表大会[^\n]{0,12}会议上/.test(text.slice(0, 200));
  if (congress && published && Number(published.slice(5, 7)) <= 4) {
    const year = String(Number(published.slice(0, 4)) - 1);
    return { value: year, reason: `a government work report delivered on ${published} reviews ${year}` };
  }
  // '总结2024年工作，部署2025年重点任务', '会议通报了2024年度全县衔接工作情况': a review's period is the year it sums up.
  const summed = /(总结|回顾|通报了?)(20\d{2})年|(20\d{2})年(工作)?回顾/.exec(text.slice(0, 600));
  if (summed) return { value: summed[2] ?? summed[3], reason: `the opening sums up ${summed[2] ?? summed[3]}年 (${summed[0]})` };
  // '关于2023年度…第三方评估反馈问题整改情况的报告': the year assessed is not the year the report tells of.
  const assessed = (m: RegExpMatchArray) => /^度/.test(title.slice((m.index ?? 0) + m[0].length)) && /(整改|反馈)/.test(title);
  const inTitle = [...title.matchAll(YEAR)].filter((m) => !assessed(m));
  if (inTitle.length) return { value: inTitle[0][1], reason: `the title names ${inTitle[0][0]}` };
  const body = text.replace(DATE, ' ');
  const opening = body.split('\n').map((l) => l.trim()).find((l) => l.length >= 20 && l !== title) ?? '';
  const first = /^(20\d{2})年/.exec(opening);
  if (first) return { value: first[1], reason: `the first paragraph opens with ${first[0]}` };
  const counts = new Map<string, number>();
  for (const m of body.matchAll(YEAR)) counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
  const rel = (re: RegExp, year: number) => { const n = (body.match(re) ?? []).length; if (n) counts.set(String(year), (counts.get(String(year)) ?? 0) + n); };
  const latest = Math.max(0, ...[...counts.keys()].map(Number));
  const docYear = DOC_NUMBER_YEAR.exec(text.slice(0, 300))?.[1];
  if (published) {
    const y = Number(published.slice(0, 4));
    rel(/今年|本年/g, y);
    rel(/去年|上年/g, y - 1);
  } else if (docYear) {
    // '沂乡振字〔2024〕19号': without a date, the document's number says the year it was issued in.
    rel(/今年|本年/g, Number(docYear));
  } else if (latest) {
    // Without a date, '今年以来' speaks of the latest year the text names (siping-2022: 2021年 is the base of its comparisons).
    rel(/今年|本年/g, latest);
  }
  // A text dated 2024-12-26 tells of 2024 and sets goals for 2025 ('2025年3月底前全部完成'): a year after the date
  // counts only when no year up to it is named.
  const upTo = published ? [...counts].filter(([y]) => y <= published.slice(0, 4)) : [];
  const best = (upTo.length ? upTo : [...counts]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? 1 : -1))[0];
  if (!best) return null;
  const how = published ? `今年/去年 counted against ${published}` : docYear ? `今年 counted as ${docYear}, the year of the document's number` : '今年 counted as the latest year named';
  return { value: best[0], reason: `the year the text names most (${best[1]}×, ${how})` };
}

export function inferDocKind(text: string, title: string): Inferred<DocKind> {
  // '…项目计划完成情况公告', '…规划实施情况的报告': how a plan went is a review.
  const done = /(完成|执行|实施|落实|进展)情况/.exec(title);
  if (done) return { value: 'review', reason: `the title reports ${done[0]}` };
  const plan = PLAN_WORDS.exec(title);
  const review = REVIEW_WORDS.exec(title);
  // '2024年工作总结和2025年工作计划': the review comes first and is most of the text.
  if (plan && review && review.index < plan.index) return { value: 'review', reason: `the title says ${review[1]} before ${plan[1]}` };
  if (plan) return { value: 'plan', reason: `the title says ${plan[1]}` };
  if (review) return { value: 'review', reason: `the title says ${review[1]}` };
  // A notice that issues a plan says so in its opening lines ('关于印发《…实施方案》的通知').
  const head = text.split('\n').slice(0, 8).join('\n');
  const issued = /印发[^\n]{0,60}?(工作要点|要点|计划|方案|规划|实施意见)/.exec(head);
  if (issued) return { value: 'plan', reason: `the opening lines issue a ${issued[1]}` };
  // Otherwise a report: news accounts of the year's work rarely name their genre.
  return { value: 'review', reason: 'no plan word (工作要点/计划/方案/规划) in the title or opening lines' };
}
