// Which indicator a figure measures. An indicator is named by its phrases, or by a term of its population
// class and a term of its measure class close together in either order, and is ruled out by its negative
// cues ('not'). Where the words are found sets how sure we are: right after the number (the thing counted),
// the figure's own words before it, anywhere in its clause, or only in the clause before (a weak cue).
import type { Kind, Qualifier, Unit } from '../types.ts';
import { termsOf, type Synonyms } from './synonyms.ts';
import { RATIO_UNITS } from '../../../src/schema/indicator.ts';
import { GROUPS_TAKEN, OTHER_GROUPS, POPULATIONS_AFTER, oneOf } from '../groups.ts';

export interface IndicatorFacets {
  key: string;
  unit: Unit;
  also_units: Unit[];
  kinds: Kind[];
  phrases: string[];
  population?: string[];
  measure?: string[];
  not?: string[];
  not_in_sentence?: string[];
}

export const CUES = ['after', 'before', 'clause', 'previous'] as const;
export type Cue = (typeof CUES)[number];
/** A cue found only in another clause: the queue of npm run review lists these. */
export const WEAK_CUES: readonly Cue[] = ['previous'];

export interface MatchInput {
  own: string; // the figure's clause
  before: string; // the figure's own words before the number
  previous: string; // the clause before, when the figure leans on it
  after?: string; // the rest of the clause after the number
  sentenceBefore?: string; // the sentence up to the figure's clause
  /** The sentence before, in the same paragraph: what a sentence that opens with a measure continues to speak of. */
  sentencePrevious?: string;
  unit: Unit;
  kind: Kind;
  /** How the number is bounded as written ('低于1万元': at_most). */
  qualifier?: Qualifier;
}

export interface Rule {
  indicator: IndicatorFacets;
  phrases: { re: RegExp; weight: number }[];
  population: RegExp | null;
  measure: RegExp | null;
  not: string[];
  notInSentence: string[];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// '…' in a class term: a few characters within the clause; in a phrase: up to 12, across a comma but never
// across a sentence ('消除致贫返贫风险1125户2246人，占比89.76%').
const gapped = (term: string, gap: number, stop = '。；;，,') => term.split('…').map(escape).join(`[^${stop}]{0,${gap}}?`);
// One RegExp per distinct class list, shared by the indicators that use it, so that hits() can cache by it.
const compiled = new Map<string, RegExp>();
const alternation = (terms: string[]) => {
  const source = terms.map((t) => gapped(t, 10)).join('|');
  return compiled.get(source) ?? compiled.set(source, new RegExp(source, 'g')).get(source)!;
};

export function compileRules(indicators: IndicatorFacets[], synonyms: Synonyms): Rule[] {
  return indicators.map((indicator) => ({
    indicator,
    phrases: indicator.phrases.map((p) => ({ re: new RegExp(gapped(p, 12, '。；;')), weight: p.replace(/…/g, '').length })),
    population: indicator.population?.length ? alternation(indicator.population.flatMap((c) => termsOf(synonyms, 'population', c, indicator.key))) : null,
    measure: indicator.measure?.length ? alternation(indicator.measure.flatMap((c) => termsOf(synonyms, 'measure', c, indicator.key))) : null,
    not: indicator.not ?? [],
    notInSentence: indicator.not_in_sentence ?? [],
  }));
}

interface Hit { start: number; end: number }
// Many indicators share a class and every figure is tried against all of them: the last texts' hits are kept.
const hitCache = new Map<RegExp, Map<string, Hit[]>>();
function hits(re: RegExp, text: string): Hit[] {
  let byText = hitCache.get(re);
  if (!byText) hitCache.set(re, (byText = new Map()));
  const known = byText.get(text);
  if (known) return known;
  if (byText.size > 64) byText.clear();
  const found = [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  byText.set(text, found);
  return found;
}

const OTHER_GROUP = new RegExp(oneOf(OTHER_GROUPS));

// Population and measure at most this many characters apart ('脱贫户的人均纯收入', '脱贫劳动力外出务工').
const FACET_GAP = 8;

/** How well the facets name the figure in `text`: characters of the closest population + measure pair. */
function facetWeight(rule: Rule, text: string, context: string, carried: string): number {
  const ms = rule.measure ? hits(rule.measure, text) : [];
  if (rule.measure && !ms.length) return 0;
  if (!rule.population) return Math.max(...ms.map((m) => m.end - m.start));
  const ps = hits(rule.population, text);
  if (!rule.measure) return ps.length ? Math.max(...ps.map((p) => p.end - p.start)) : 0;
  let best = 0;
  for (const m of ms) for (const p of ps) {
    // Overlapping terms ('新增纳入' and '纳入监测' in '新增纳入监测对象') count as the span they cover.
    const apart = Math.max(p.start, m.start) - Math.min(p.end, m.end);
    const between = apart > 0 ? text.slice(Math.min(p.end, m.end), Math.max(p.start, m.start)) : '';
    if (apart <= FACET_GAP && !/[，,。；;]/.test(between)) {
      best = Math.max(best, apart >= 0 ? m.end - m.start + p.end - p.start : Math.max(p.end, m.end) - Math.min(p.start, m.start));
    }
  }
  if (best) return best;
  // The population named earlier in the sentence ('安排的衔接资金中，产业发展资金占比61.3%'), or in the sentence before
  // one that opens with the measure and names no subject of its own ('下达衔接资金3.42亿元。用于产业发展的资金…占64.6%'):
  // the measure counts alone, unless the figure's words name another group ('帮助农村劳动力就近就业8920人').
  if (OTHER_GROUP.test(text)) return 0;
  return hits(rule.population, context).length || hits(rule.population, carried).length ? Math.max(...ms.map((m) => m.end - m.start)) : 0;
}

function weightIn(rule: Rule, text: string, context: string, carried: string, anchored: boolean): number {
  let w = 0;
  for (const p of rule.phrases) {
    const m = p.re.exec(text);
    if (m && (!anchored || m.index === 0)) w = Math.max(w, p.weight);
  }
  // Right after the number only words that start there count: '2780个村庄规划编制', '2.1万名脱贫劳动力实现务工就业'.
  const starts = !anchored || [rule.population, rule.measure].some((re) => re && hits(re, text).some((h) => h.start === 0));
  // The population may be named earlier in the sentence ('监测对象9.3万户，其中78%以上已消除风险').
  if (starts) w = Math.max(w, facetWeight(rule, text, context, carried));
  return w;
}

/**
 * The figure's naming words for negative cues: its clause up to the number, '#' for the number, then the rest
 * of the clause. A cue may hold '#' to say where the number stands ('#村': '683个村派驻了…' counts villages).
 */
export function namingWindow(input: MatchInput): string {
  // A list item with words of its own is judged on them ('党建示范村26个、乡村振兴示范村40个'); a bare one
  // ('经营性收入、工资性收入分别增长34.88%、27.55%') on its clause.
  const cut = input.before ? input.own.lastIndexOf(input.before) : -1;
  const ownWords = (input.before.match(/[\u4e00-\u9fa5]/g) ?? []).length >= 2;
  // (With no words of its own ('196户812人'), the clause up to the words after the number.)
  const end = input.after ? input.own.lastIndexOf(input.after) : -1;
  const prefix = ownWords ? input.before : cut < 0 ? (end > 0 ? input.own.slice(0, end) : input.own) : input.own.slice(0, cut + input.before.length);
  // A bare change ('工资性收入6170元，增长8.3%') is the change of what the clause it leans on names: that clause's
  // words count against it too.
  const leanedOn = input.previous && CHANGE_ONLY.test(input.before.trim()) && input.previous.endsWith(input.own)
    ? input.previous.slice(0, input.previous.length - input.own.length) : '';
  // After the number only its own list item counts: '示范村120个、精品村30个' says nothing against the 120.
  // ('196户812人（其中脱贫不稳定户89户…）': an aside in brackets after the number is its parts, not its words.)
  return `${leanedOn}${prefix}#${(input.after ?? '').split(/[、，,；;（(]/)[0]}`;
}
const CHANGE_ONLY = /^(同比|比上年|较上年|比去年|较去年)?(增长|增加|提高|增幅|增速|下降|减少|降低)(了|为|达|达到)?$/;

// The verb may take a bare group as its object ('吸纳脱贫劳动力3226人', '安置脱贫劳动力和监测对象15.1万人',
// '支持7.8万户脱贫户和监测户'), never a measure of its own: the groups say who, the clause before says what.
const GROUP = `(?:${oneOf(GROUPS_TAKEN)})`;
const LEANING_HEAD = '^\\s*(今年以来|今年|全年|当年|年内|目前|现有|实际)?(新增|共|累计|并|还|已|先后)?(吸纳|安置|聘用|带动|惠及|支持|帮助|覆盖|受益|涉及|解决|在岗(?:人员)?)';
const LEANING_VERB = new RegExp(`${LEANING_HEAD}(${GROUP}(?:[和及与、]${GROUP})*)?(就近|就地|稳定|外出)?(就业|务工)?[^\\u4e00-\\u9fa5]*$`);

const LEANING_START = new RegExp(LEANING_HEAD);
const GROUP_ONLY = new RegExp(`^${GROUP}(就业|务工)?$`);
const PEOPLE_AFTER = new RegExp(`^(易地)?(${oneOf(POPULATIONS_AFTER)})`);
// '新认定就业帮扶车间31个、总数达到146个': a total alone names nothing; the item leans on the one before.
const TOTAL_ONLY = /^(总数|总量|累计|共计|合计|总计)(达到|达|为|有)?$/;
const SUMS_UP = /^(累计|共|总计|合计)(达到|达|为|有)?[^\u4e00-\u9fa5]/;
const GOAL_VERB_ONLY = /^(力争|确保|争取|预计|计划|将|要)?(突破|超过|达到|达|实现|稳定在|保持在|提高到|提升到|增加到|增至|提高至|提升至)$/;
const GROUP_PART = new RegExp(`^其中(吸纳|安置|带动|有|包括)?(${GROUP}(?:[和及与、]${GROUP})*)(就业|务工)?$`);
// A part that names only a place and a verb: '其中白沙黎族自治县达到'.
const PLACE_ONLY = /^其中[\u4e00-\u9fa5]{2,8}(自治县|自治州|自治旗|县|市|区|旗)(达到|达|为|是)$/;
const NOUN_PHRASE_END = /[0-9０-９]|配套|建设|新建|建成|完成|实现|带动|吸纳|安置|发放|投入|开展|打造|培育|引进|认定|覆盖|惠及|达到|增加|增长|减少/;
// '每个县建设示范村5—8个', '每村配备1名', '户均4.13万元': an amount for each unit is no value of the region's total.
// '在城厢镇、平孟镇各打造1个示范村': as much for each place listed.
// '每个结对乡镇至少培育1个': a word of kind may stand between 每个 and the unit ('每年开发乡村…' is no unit).
const PER_UNIT = /每(个|一个|一)?(结对|帮扶|重点|脱贫|行政|示范|搬迁)?(县|县区|县市区|区|乡镇|乡|镇|村|个村|户|家|企业|车间|基地|合作社)|户均|各(打造|建设|创建|新建|建成|培育|认定|安排|选派|配备)$/;
// '有劳动力的搬迁家庭均实现至少1人就业', '各县（区）支出进度均在97%以上': what each of several has or passes, no
// value of the whole, whatever the unit ('人均', '户均' are per head, not each of several).
// The several are places, households or firms ('中央和省衔接资金…比例均超过55%' bounds the region's own shares).
const EACH_OF_SEVERAL = /(各|、|(县|区|市|乡|镇|村|户|家庭|企业|车间)[^，,。；;]{0,12})(?<![人户亩])均(在|为|达|达到|超过|突破|高于|低于|不低于|不少于|实现|有)?(至少|不少于|不低于)?$/;
// '加快剩余3个衔接资金项目建设': what is left of a total is no total.
// ('剩余贫困人口35633人' names a quantity of its own: only the word right before the number.)
const REMAINING_BEFORE = /(剩余|剩下|尚余|其余)$/;
// '抽查的240个衔接资金项目', '复核就业帮扶车间48个', '排查农户12.6万户': a sample or those examined, not the region's count.
const SAMPLED = /(抽查|抽样|抽取|抽检|样本|复核|核查|排查)[^，,。；;\d]{0,8}$/;
// '帮助3260名脱贫劳动力到北京等地稳定就业': workers gone to a named place, a part of those in work.
const WORK_ELSEWHERE_AFTER = /^[^，,。；;\d]{0,10}?(到|赴|去|往)[^，,。；;\d]{1,10}(就业|务工)/;
// '仍有0.87万户监测户帮扶措施落实不到位': those with a shortcoming, no total of the indicator.
const SHORTCOMING_AFTER = /^[^，,。；;]{0,14}?(不到位|不精准|不及时|不规范|未落实|未到位|不达标|不强|不足|不够|不实)/;
// '高于宣威市0.5个百分点', '与相邻的大方县相比，…多出21个': a gap between places, not a value of either.
const COMPARED_WITH_PLACE = /(与|同|和|跟)[^，,。；;]{0,10}[县市区省州旗盟][^，,。；;]{0,6}(相比|相较|比较)/;
const ABOVE_PLACE = /(比|较|高于|低于|多于|少于|快于|慢于)[^，,。；;\d]{0,8}[县市区省州旗盟][^，,。；;\d]{0,6}$/;
// A province is often named by its short form alone ('赴福建稳定就业').
const PROVINCE_SHORT = '北京|天津|河北|山西|内蒙古|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|重庆|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆';
// ('赴津务工', '赴粤务工': a province by its one-character name.)
// ('到兰溪就业486人': a place by its short name too, two or three characters that are no word of work.)
const WORK_ELSEWHERE = new RegExp(`(到|赴|去|往)([\\u4e00-\\u9fa5]{1,8}?(省|市|区|县|州|地区)(外)?|(${PROVINCE_SHORT})|[京津沪粤苏浙闽鲁渝]|(?![岗户位企])[\\u4e00-\\u9fa5]{2,3}(?=就业|务工))[^，,。；;\\d]{0,4}(就业|务工)[^，,。；;\\d]{0,6}$`);
const ALL_JOBS = /(吸纳|带动|解决|提供)(就业|就业岗位)[^\u4e00-\u9fa5]*$/;
const AFTER_QUALIFIER = /^\s*(左右|上下|以上|以下|以内|之上|之内|及以上|及以下)/;

const SHARE_OF_MONEY = /^的[^，,。；;]{0,12}资金/;
const SHARE_ONLY = /^(占比|占)(达到|达|为)?$/;
const AMOUNT = /[0-9][0-9.,]*\s*(万|亿)?(元|人次|人|户|个|家|项)?/g;

// '1万元以下的有1250户': a bound that sorts households, not a value of the indicator.
const THRESHOLD = /^(以下|以上|及以下|及以上)的/;


const MONITORING_SCOPE_AFTER = /^的?(监测范围|监测标准|监测线|识别标准)/;
// '家庭年人均纯收入7800元以下的…纳入监测': the line that sorts households into monitoring is the monitoring threshold.
const MONITORING_LINE = 'monitoring_income_threshold';

// '脱贫县（区）农村居民', '各县（市、区）': an aside naming levels is no word of the quantity.
const LEVEL_ASIDE = /[（(][县市区旗盟州乡镇、]{1,7}[）)]/g;
const withoutAsides = (input: MatchInput): MatchInput => {
  const strip = (s: string | undefined) => s?.replace(LEVEL_ASIDE, '');
  return { ...input, own: strip(input.own)!, before: strip(input.before)!, previous: strip(input.previous)!, after: strip(input.after),
    sentenceBefore: strip(input.sentenceBefore), sentencePrevious: strip(input.sentencePrevious) };
};

/**
 * Whether the figure counts a part or a selection, never the total an indicator measures: workers gone to one place
 * ('到广东省就业超过62万人', '帮助3260名脱贫劳动力到北京等地稳定就业'), all the jobs with no group named ('吸纳就业1.14万人'),
 * a sample or those examined, those with a shortfall, what each of several has, the rest of a total.
 */
function countsNoTotal(input: MatchInput): boolean {
  const after = input.after ?? '';
  return WORK_ELSEWHERE.test(input.before) || ALL_JOBS.test(input.before) || SAMPLED.test(input.before) || EACH_OF_SEVERAL.test(input.before)
    || REMAINING_BEFORE.test(input.before) || WORK_ELSEWHERE_AFTER.test(after) || SHORTCOMING_AFTER.test(after);
}

export function decide(raw: MatchInput, rules: Rule[]): { key: string; cue: Cue | '' } {
  let input = withoutAsides(raw);
  // '按照省定年人均纯收入7600元的监测范围': the line that sorts households into monitoring.
  if (input.unit === 'yuan' && MONITORING_SCOPE_AFTER.test(input.after ?? '') && rules.some((r) => r.indicator.key === MONITORING_LINE)) return { key: MONITORING_LINE, cue: 'after' };
  if (THRESHOLD.test(input.after ?? '')) {
    const line = input.unit === 'yuan' && /监测/.test(`${input.own}${input.after ?? ''}`) && rules.some((r) => r.indicator.key === MONITORING_LINE);
    return line ? { key: MONITORING_LINE, cue: 'clause' } : { key: '', cue: '' };
  }
  // '收入低于1万元的农户', '超过60岁的老人': a bound with 的 after it sorts people; it is no value of the indicator.
  // '每年统筹不低于60%的衔接资金用于产业发展' is a share of money set aside, not a bound that sorts.
  if ((input.qualifier === 'at_most' || input.qualifier === 'at_least') && /^的/.test(input.after ?? '') && !SHARE_OF_MONEY.test(input.after ?? '')) return { key: '', cue: '' };
  if (countsNoTotal(input)) return { key: '', cue: '' };
  // '比全县平均水平14020元高出365元', '略低于全县15480元的平均水平': the base's own level is a value of the base.
  // ('高于全省平均水平284元' is the gap: only after 比 does the level come before the word of the gap.)
  const baseLevel = /比[^，,。；;]{0,10}(平均水平|平均值)[（(]?$/.test(input.before) || /(平均水平|平均值)[（(]$/.test(input.before) || /^的(平均)?水平/.test(input.after ?? '');
  // ('高于全县平均水平（16320元）530元': the base's value in brackets is an aside of the comparison.)
  const beforeNoAside = input.before.replace(/[（(][^（()）]*[)）]/g, '');
  if (!baseLevel && (COMPARED_WITH_PLACE.test(`${input.sentenceBefore ?? ''}${input.before}`) || ABOVE_PLACE.test(beforeNoAside))) return { key: '', cue: '' };
  const perUnit = PER_UNIT.test(input.before);
  const window = namingWindow(input);
  // '示范村64个、示范乡镇9个', '其中新建810户': where the figure's own words stand in its clause.
  const cut = input.before ? input.own.lastIndexOf(input.before) : -1;
  const listItem = cut > 0 && /[、和及与]$/.test(input.own.slice(0, cut));
  // '吸纳脱贫劳动力412人、监测对象58人': a later item of a leaning verb's list leans too.
  // '吸纳就业9850人，其中脱贫劳动力6230人': a part that names only a group is counted as its total was.
  const groupPart = GROUP_PART.test(input.before.trim());
  const leaning = LEANING_VERB.test(input.before) || groupPart || (listItem && LEANING_START.test(input.own) && GROUP_ONLY.test(input.before));
  // '累计建成帮扶车间186个，吸纳4320人就业': a clause that starts with a verb and names nothing leans on the
  // clause before it even when that clause has a figure of its own; a weak cue.
  if (!input.previous && leaning && input.sentenceBefore) {
    // A clause before that only sums up ('车间41个，累计达到286个，吸纳…') brings the one that names the thing.
    const clauses = input.sentenceBefore.split(/[，,；;]/).filter((c) => c.trim());
    let from = clauses.length - 1;
    while (from > 0 && SUMS_UP.test(clauses[from].trim())) from--;
    input = { ...input, previous: clauses.slice(Math.max(0, from)).join('，') };
  }
  // '其中产业项目资金2.61亿元，占比63.3%': a share after an amount is the share of what that amount names.
  if (input.unit === 'percent' && SHARE_ONLY.test(input.before.trim()) && input.previous.endsWith(input.own)) {
    const amount = input.previous.slice(0, input.previous.length - input.own.length).replace(AMOUNT, '').replace(/^其中|[，,\s]+$/g, '');
    input = { ...input, previous: `${amount}${input.own}` };
  }
  const context = `${input.sentenceBefore ?? ''}${input.previous}`;
  const sentence = `${input.sentenceBefore ?? ''}${input.own}`;
  const all = `${input.own}\n${input.previous}`;
  // '7个省级美丽乡村、3个…示范村', '1022个宜居宜业美丽乡村示范村': a count followed by a noun says what it counts;
  // only those words may name its indicator, never another item of the clause.
  // A qualifier after the number ('100个左右', '20个以上') is no noun.
  // The noun phrase ends where a number or a verb begins: '3个重点镇集中安置点配套建设就业帮扶车间17个' counts towns.
  // '其中78%以上已消除风险': the words after the number start past its qualifier and 已.
  // '其中3375户11206人已稳定消除风险': households named with their persons; the words start after both.
  const afterWords = (input.after ?? '').replace(AFTER_QUALIFIER, '').replace(/^[\d.]+万?人/, '').replace(/^(已经|均已|都已|已)(稳定)?/, '');
  const afterItem = (input.after ?? '').replace(AFTER_QUALIFIER, '').split(/[、，,；;]/)[0].split(NOUN_PHRASE_END)[0];
  // '136万搬迁群众中劳动力就业率…': people counted with their noun right after the number are what that noun names.
  // ('带动1630名脱贫群众在家门口就业' leans on the workshops before it instead.)
  const peopleNoun = (input.unit === 'persons' || input.unit === 'households') && PEOPLE_AFTER.test(input.after ?? '') && !leaning;
  const namesItself = (input.unit === 'count' && /^[“"‘「]?[\u4e00-\u9fa5]{2}/.test(afterItem)) || peopleNoun;
  // '示范村64个、示范乡镇9个', '其中新建810户': a later list item, or a part of a total, that has words of its own
  // is named by them or not at all, never by the words of the item or total before it.
  const part = /^\s*其中/.test(input.before) || (cut > 0 && /其中[^，,；;]*$/.test(input.own.slice(0, cut)));
  // A verb with a bare group ('、覆盖脱贫户1.1万户') names no quantity of its own: it still leans on the item before;
  // so does a part that names only a place ('其中白沙黎族自治县达到19105元').
  // '增长10%以上、力争达到2万元': a goal verb alone names nothing; the item leans on the one before.
  const ownItem = (listItem || part) && (input.before.match(/[\u4e00-\u9fa5]/g) ?? []).length >= 2 && !LEANING_VERB.test(input.before) && !groupPart
    && !GOAL_VERB_ONLY.test(input.before.trim()) && !CHANGE_ONLY.test(input.before.trim()) && !TOTAL_ONLY.test(input.before.trim())
    && !PLACE_ONLY.test(input.before.trim());
  let best: { key: string; cue: Cue; score: number } | null = null;
  for (const rule of rules) {
    const { indicator } = rule;
    if (indicator.unit !== input.unit && !indicator.also_units.includes(input.unit)) continue;
    if (perUnit && !RATIO_UNITS.includes(input.unit)) continue;
    if (!indicator.kinds.includes(input.kind)) continue;
    const ownWindow = peopleNoun ? `${input.before}#${(input.after ?? '').split(/的|中|[，,、；;]/)[0]}` : window;
    if (rule.not.some((cue) => ownWindow.includes(cue)) || rule.notInSentence.some((cue) => sentence.includes(cue))) continue;
    // Most rules name nothing in the figure's clauses: one cached search of the whole text rules them out.
    const lead = rule.measure ?? rule.population;
    if (!(lead && hits(lead, all).length) && !rule.phrases.some((p) => p.re.test(all))) continue;
    const tiers: [Cue, string, number, boolean][] = namesItself
      ? [['after', peopleNoun ? (input.after ?? '').split(/的|中|[，,、；;]/)[0] : afterItem, 4000, false]]
      : ownItem
        ? [['after', afterWords, 4000, true], ['before', input.before, 3000, false]]
        : [['after', afterWords, 4000, true], ['before', input.before, 3000, false], ['clause', input.own, 2000, false], ['previous', input.previous, 1000, false]];
    for (const [cue, text, base, anchored] of tiers) {
      // '吸纳脱贫人口和监测对象就业2140人' counts workers, not the people monitored: a group alone names nothing here.
      if (leaning && !rule.measure && !rule.phrases.length && cue !== 'previous') continue;
      const carried = input.sentencePrevious && rule.measure && hits(rule.measure, sentence).some((h) => h.start === 0) ? input.sentencePrevious : '';
      // …nor in the clause before, where the groups after the verb are still no count of themselves.
      const groupsOnly = leaning && !rule.measure && !rule.phrases.length && cue === 'previous' && text.endsWith(input.own);
      const read = groupsOnly ? text.slice(0, text.length - input.own.length) : text;
      const w = read ? weightIn(rule, read, context, carried, anchored) : 0;
      if (!w) continue;
      if (!best || base + w > best.score) best = { key: indicator.key, cue, score: base + w };
      break;
    }
  }
  return best ? { key: best.key, cue: best.cue } : { key: '', cue: '' };
}
