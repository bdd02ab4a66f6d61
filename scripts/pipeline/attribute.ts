// Which region a figure is about: the place its sentence, clause or paragraph names, 全市/我县 by level, partners
// and lists as the grammar says (period.ts says when, kind.ts whether it is a result, a goal or a change).
import { smallestCommonRegion } from './gazetteer.ts';
import { GIVING_VERBS } from './giving.ts';
import type { Range } from './segment.ts';

export interface RegionName {
  name: string;
  code: string;
  /** A place outside the report's region (places.ts): a list of such places is about them, never the report. */
  outside?: boolean;
  /** The regions it lies in, nearest first (places.ts): where a figure shared by several places belongs. */
  above?: readonly string[];
  /** The level word of its official name (places.ts): '菏泽' is a 市, though the text writes no 市. */
  levelWord?: string;
}

// Words that point back at a region by its level: '全市新建…' after '双辽市…' is the city again, while
// '全区共栽植…' in a paragraph about 铁西区 is the district.
// A banner (旗) and a league (盟) are Inner Mongolia's county and prefecture. A budget level ('其中市本级资金2.1亿元',
// '省级衔接资金') says whose money it was, not where it went: it is no such word.
// '双鸭山市饶河县的变化同样明显。该县…': 该 points back at the place of that level named last, as 全 does.
const OWN_REGION = /(全|我|本|该)(市|省|县|区|州|旗|盟)/g;

/**
 * The region a figure at `pos` belongs to: the nearest sub-region named before it in its sentence
 * ('双辽市对22个村…'), else one named after it in its clause ('投资1500万元建设伊通县县域医共体'),
 * else the sub-region last named earlier in its paragraph ('铁西区结合实际…'), else the report's.
 * Two regions named together ('梨树县、双辽市共…') make it the report's region again.
 */
export function regionAt(
  text: string, pos: number, sentence: Range, clause: Range, paragraph: Range, names: RegionName[], reportRegion: string,
  lineage: readonly RegionName[] = [],
  /** Where a figure that names no place belongs: the report's region, or the county a cooperation report is about. */
  unnamed: string = reportRegion,
): string {
  // In a cooperation report, the report's own region and the other givers (outside places) give: '东城区安排援藏资金…',
  // '昆山市帮助碧江区销售…'. What they give is the helped place's. A county inside the region helping its own
  // households ('双辽市帮助脱贫户…') is still its own subject.
  const helping = unnamed !== reportRegion;
  const gives = (n: RegionName) => n.code === reportRegion || (helping && n.outside === true && n.code !== unnamed);
  // '拉孜县位于日喀则市中部': the region above the report's, named for where it lies, is not the subject.
  const above = new Set(lineage.slice(1).map((n) => n.code));
  const helped = helping ? unnamed : '';
  // '主要领导赴周至县考察对接2次，两地召开联席会议3次，签订协作协议5份': the partnership's own business (visits,
  // joint meetings, agreements) is the report's region's, not the helped place's.
  if (helping && PARTNERSHIP_BUSINESS.test(text.slice(clause.start, pos)) && /^[\d.]+(次|份|场|轮)/.test(text.slice(pos, pos + 8))) return reportRegion;
  const inSentence = lastRegionBefore(text, sentence.start, pos, names, { gives, above, helped });
  // 两县 after the last place the sentence names ('采购两县农特产品，在城阳区内开设…专柜26个' is 城阳's).
  const both = helping ? lastMatch(BOTH_COUNTIES, text.slice(sentence.start, pos)) : -1;
  if (both >= 0 && sentence.start + both > (inSentence?.at ?? -1)) return bothHelped(text, pos, sentence, names, unnamed);
  const own = lastOwnBefore(text, sentence.start, pos);
  // '南海区…组织区内63家企业…与丹寨县51个村开展村企结对，投入帮扶资金680万元': in a report on the place it helps,
  // what the report's region gives in the figure's own clause is the helped place's.
  if (helping && inSentence?.code === reportRegion && GIVING_IN_CLAUSE.test(text.slice(clause.start, pos))) return unnamed;
  if (helping && (!inSentence || inSentence.code === reportRegion)) {
    // '全市16个村…与周至县村庄结对，村企结对帮扶资金合计380万元，每个结对村不少于10万元': money the giver puts in, after a
    // word of giving in its sentence, is the helped place's whoever the sentence names as giving it.
    if (MONEY_AT.test(text.slice(pos, pos + 12)) && GIVING_IN_CLAUSE.test(text.slice(sentence.start, pos))) return unnamed;
    // '我市4名挂职干部中，1人任周至县委常委', '目前我市在伊在岗援疆干部人才168名': the cadres and teachers the giver sends
    // work for the helped place; so does what it brings to 受援地.
    // ('…援疆干部人才168名，其中党政干部32名': the parts of what it sends too.)
    if (SENT_PEOPLE.test(text.slice(sentence.start, pos + 16)) || SENT_BEFORE.test(text.slice(sentence.start, pos))) return unnamed;
    if (AIDED_PLACE.test(text.slice(sentence.start, pos))) return unnamed;
    // '…与河池乡镇、村广泛结对，共建乡村振兴示范村42个': what it builds with or for the place it helps stands there.
    if (BUILT_IN_CLAUSE.test(text.slice(clause.start, pos))) return unnamed;
  }
  if (own && (!inSentence || own.at > inSentence.at)) {
    // '据铜仁市统计，全市…' in a cooperation report: the whole of the place it helps, named just before. A
    // neighbour so named does not do it ('翁牛特旗新建车间5个，全旗…' is the report's banner again).
    if (inSentence && inSentence.code === unnamed && unnamed !== reportRegion && inSentence.name.endsWith(own.level)) return inSentence.code;
    // (In a report on the place it helps, that place's counties count: '特克斯县…；全县纳入…'.)
    const near = (n: RegionName) => !n.outside || n.code === unnamed || (helping && (n.above ?? []).includes(unnamed));
    return resolveOwn(text, own.level, pos, paragraph, names.filter(near), reportRegion, lineage, helping ? unnamed : '');
  }
  // '渭源县、漳县共新建车间9个' in a 陇西 report: their smallest common region (定西市); places that share none
  // below the country leave the figure unfiled ('').
  const listed = (found: Found) => listedRegion(text, found, names, reportRegion);
  // '大连市甘井子区对口帮扶资金650万元', '天津市河西区、北辰区等对口协作城区年度投入…': what a paired partner
  // gives is the report region's.
  if (inSentence && PAIRED_AFTER.test(text.slice(inSentence.end, inSentence.end + 12))) return reportRegion;
  // '…我县和靖西市，全年…向两县（市）投入资金合计6100万元': a figure the text gives to two places at once.
  // '盐池县收入水平最高，红寺堡区最低，两县（区）相差4223元': the two named last, wherever they stand.
  if (inSentence && BOTH.test(text.slice(inSentence.end, pos))) {
    return respective(text, inSentence, pos, names) ?? (isListed(text, inSentence, names) ? listed(inSentence) : lastTwo(text, sentence.start, pos, names, reportRegion));
  }
  // '重点支持丁青县等对口县，在昌天津援藏干部人才96名': a place named for a group ('X等') stands for some places of
  // the region above it, not for itself.
  // (A giver, whose figures are the report region's anyway, is left to the rules below: '上海、浙江等省外务工6120人'.)
  if (inSentence && inSentence.code !== reportRegion && /^等(?!次|级|第)/.test(text.slice(inSentence.end, inSentence.end + 2)) && !isListed(text, inSentence, names)) {
    // ('城关镇等7个乡镇': towns of its county, which a town's code already is.)
    return inSentence.outside ? '' : isTown(inSentence) ? inSentence.code : inSentence.above?.[0] ?? reportRegion;
  }
  if (inSentence) return isListed(text, inSentence, names) ? (respective(text, inSentence, pos, names) ?? listed(inSentence)) : inSentence.code;
  const after = lastRegionBefore(text, pos, clause.end, names, { first: true, gives, helped });
  if (after) return isListed(text, after, names) ? listed(after) : after.code;
  // A paragraph about a county keeps it until the text turns back to the whole ('全市…').
  const inParagraph = lastRegionBefore(text, paragraph.start, pos, names, { subjectsOnly: true, gives });
  // Naming the report's region by name ('2017年四平市本级财政…') turns back to it as 全市 does.
  const turnsBack = [lastOwnBefore(text, paragraph.start, pos), lastRegionBefore(text, paragraph.start, pos, names.filter((n) => n.code === reportRegion))];
  if (inParagraph && !turnsBack.some((t) => t && t.at > inParagraph.at) && !isListed(text, inParagraph, names)
    && (opensParagraph(text, paragraph, inParagraph, names) || !/[。！？]/.test(text.slice(inParagraph.end, pos)))) {
    // A paragraph that opens with the report's own name ('太仓市与…周至县携手…') changes nothing: what names no place
    // is still where it would be without it (the helped place, in a cooperation report).
    return inParagraph.code === reportRegion ? unnamed : inParagraph.code;
  }
  return unnamed;
}

/**
 * Whether a place named at `at` is what its paragraph is about: it is named in the paragraph's first sentence (after a
 * short heading). A county named further on ('全市认定车间742家。汉阴县涧池镇社区工厂吸纳就业620人。') is an example:
 * the sentences after it speak of the whole again (its own sentence, across ；, still speaks of it).
 */
function opensParagraph(text: string, paragraph: Range, found: Found, names: RegionName[]): boolean {
  const body = text.slice(paragraph.start, found.at);
  const head = /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])[^。！？\n]{0,16}[。：:]/.exec(body)?.[0] ?? '';
  // '预计全年全市…；旺苍县、苍溪县…，青川县增幅…': a first sentence that opens on the whole only gives examples.
  // '政和县白茶…，寿宁县下党乡…': a first sentence of two places gives examples of neither.
  const first = body.slice(head.length);
  return !/[。！？]/.test(first) && !new RegExp(OWN_REGION.source).test(first)
    && !names.some((n) => n.code !== found.code && n.code !== '' && first.includes(n.name));
}

/** The last 全市/我省 before `to`. */
function lastOwnBefore(text: string, from: number, to: number): { at: number; level: string } | null {
  let last: { at: number; level: string } | null = null;
  for (const m of text.slice(from, to).matchAll(OWN_REGION)) {
    const at = from + (m.index ?? 0);
    // '高于全省平均水平0.8个百分点': the whole named as a comparison's base is not what the figure is about.
    if (notTheSubject(text, at, at + m[0].length, to)) continue;
    last = { at, level: m[2] };
  }
  return last;
}

/**
 * 全区 → the district last named in the paragraph (of `names`: regionAt leaves out neighbours named for comparison,
 * '相邻的宝鸡市眉县同期为17860元。全县…'), unless the report's own region is one; else the report's
 * region or, when the word names a level above it ('全市' in a county report), the region above of that level.
 * `lineage` is the report's region and the regions above it, nearest first, by their official names.
 */
function resolveOwn(text: string, level: string, pos: number, paragraph: Range, names: RegionName[], reportRegion: string, lineage: readonly RegionName[],
  helped = ''): string {
  // The places of that level: named with its word ('贵州', '杭州' end in 州 too: a prefecture named by its level word
  // has a stem of two characters or more), or by a bare short form of a place of that level ('菏泽是我省…最重的市…。全市…').
  const ofLevel = (n: RegionName) => (n.name.endsWith(level) && (level !== '州' || n.name.length >= 3))
    || (n.levelWord === level && !/[省市县区州旗盟]$/.test(n.name));
  const found = lastRegionBefore(text, paragraph.start, pos, names.filter(ofLevel));
  // '二、河池市巩固衔接主要成效…2024年河池市…。全市累计…' in 深圳's report: the helped city named last in the paragraph.
  if (helped && found?.code === helped) return helped;
  // The report's own names: its official name and short forms with a level word (前郭县). A bare short form is no
  // level word ('广州' ends in 州, but 广州市 is a city), nor is a giver filed under the report ('浙江省' in a 广元 report).
  const official = lineage[0]?.code === reportRegion ? lineage[0].name : '';
  const ownNames = [...names, ...lineage.slice(0, 1)].filter((n) => n.code === reportRegion
    && (n.name === official || (official.startsWith(n.name.slice(0, 2)) && !official.startsWith(n.name))));
  // A text that never names its own region ('青山县…全县…' in a Siping report) still means the county it named.
  if (ownNames.some((n) => n.name.endsWith(level))) return reportRegion;
  if (found) return found.code;
  // '全县' in a district's report on the county it helps: that county.
  if (names.some((n) => n.code === helped && ofLevel(n))) return helped;
  return lineage.slice(1).find((n) => n.name.endsWith(level))?.code ?? reportRegion;
}

interface Found extends RegionName {
  at: number;
  end: number;
}

/**
 * The last (or `first`) region named in text[from, to). With `subjectsOnly`, only names that open a clause
 * count: '今年以来，铁西区按照…' is about the district, '…、紫云红心薯等特色主导产业' only names a product.
 * A name that `gives` and is followed by a giving verb ('东城区累计投入…', '昆山市帮助…') is passed over.
 */
function lastRegionBefore(text: string, from: number, to: number, names: RegionName[],
  { first = false, subjectsOnly = false, gives = () => false, above = new Set<string>(), helped = '' }:
  { first?: boolean; subjectsOnly?: boolean; gives?: (n: RegionName) => boolean; above?: ReadonlySet<string>; helped?: string } = {}): Found | null {
  let best: Found | null = null;
  const slice = text.slice(from, to);
  for (const n of names) {
    let i = -1;
    for (let j = slice.indexOf(n.name); j !== -1; j = slice.indexOf(n.name, j + 1)) {
      if (subjectsOnly && !(from + j === 0 || /[\n。！？；;，,：:]/.test(text[from + j - 1]))) continue;
      if (notTheSubject(text, from + j, from + j + n.name.length, to, n.code === helped)) continue;
      // '鄞州' inside '鄞州区' is that name, judged as a whole.
      if (names.some((m) => m.name.length > n.name.length && text.startsWith(m.name, from + j))) continue;
      // '在杭州市场销售': 杭州 and 市场, not 杭州市 (as places.ts reads it).
      if (/^(市场|县域|区域|区位)$/.test(text.slice(from + j + n.name.length - 1, from + j + n.name.length + 1))) continue;
      // A giver named last is the clause's subject: an earlier mention of it ('东城区合作交流办主任表示，明年东城区
      // 计划安排…') does not take its place.
      if (gives(n) && givesHere(text, from + j, from + j + n.name.length)) { i = -1; continue; }
      // '察右前旗…产业开发区累计入驻大兴企业21家', '引导13家太仓企业到周至投资兴业': the giver named in a counted noun
      // says where the firms come from.
      if (helped && gives(n) && ORIGIN_AFTER.test(text.slice(from + j + n.name.length, from + j + n.name.length + 4))) continue;
      if (above.has(n.code) && /(位于|地处)$/.test(text.slice(Math.max(0, from + j - 2), from + j))) continue;
      // '在鄞州开设布拖农特产品展销专柜22个': a place that names where goods come from, after the place where
      // things are done, is not the subject.
      if (PRODUCT_AFTER.test(text.slice(from + j + n.name.length, from + j + n.name.length + 6))
        && names.some((m) => m.code !== n.code && slice.slice(0, j).includes(m.name))) continue;
      i = j;
      if (first) break;
    }
    if (i === -1) continue;
    const at = from + i;
    const end = at + n.name.length;
    // Prefer the later mention; at the same place, the longer (more specific) name.
    const better = !best || (first ? at < best.at : end > best.end) || (at === best.at && end > best.end)
      || (first ? false : end === best.end && n.name.length > best.name.length);
    if (better) best = { ...n, at, end };
  }
  return best;
}

const BOTH = /(两|二|两个|几个)(县|市|区|州|旗|地|镇|乡)|(两|二)者|[二两三四五六七八九十]县(区|市)/;
// '两县', '两县（市）', '两旗': the two counties a cooperation report helps ('两地' are the giver and the helped).
const BOTH_COUNTIES = /(两|二)(个结对)?(县|旗)/;
const MONEY_AT = /^[\d.,]+(余|多)?(万|亿|万亿)?元/;
// The people a giving region sends to work in the place it helps, counted after it names itself ('我市4名挂职干部',
// '东城区现有12名援藏干部人才在当雄县工作').
const SENT_BEFORE = /(援疆|援藏|援青|挂职|援派|支教|支医)(干部|人才|教师|老师|医生|专家)[^，,。；;\d]{0,6}([\d.]+(名|人)[，,]其中[^，,。；;\d]{0,8})?$/;
// '引进…企业在受援地投资落地项目21个': the place helped, by its role.
const AIDED_PLACE = /受援(地|县|市|州|方|区)/;
const BUILT_IN_CLAUSE = /共建|援建|合建/;
const SENT_PEOPLE = /(全|我|本)?[省市县区州旗]?(现有|共有|共|先后|累计)?[\d.]+(名|位|批)(挂职|援派|援藏|援疆|援青|选派|派驻|支教|支医|帮扶|驻村)/;
// '13家太仓企业', '太仓籍务工人员' after a count: the giver named where what is counted comes from.
const ORIGIN_AFTER = /^(企业|公司|客商|干部|专家|教师|老师|医生|人才|商会)/;
// '与湖北通城县、江西修水县、铜鼓县建立的劳务协作机制': every place of a list a region pairs with.
const WITH_LIST_BEFORE = /(与|同|跟)([^，,。；;\d]{2,10}[、和及与])+$/;
// '丹寨籍务工人员' names where people come from, as '布拖农特产品' names where goods do.
const PRODUCT_AFTER = /^(特色|优质|名优)?(农特产品|农副产品|农畜产品|农产品|特色产品|特产|产品|优品|好物|土特产)|^籍/;
const WORKS_AFTER = /^(稳定|长期)?(就业|务工)/;
// '与黔南共建粤黔协作产业园区12个': what a giver builds with the place it helps stands there.
const BUILT_WITH_AFTER = /^[^，,。；;]{0,3}?(共建|合建|联建)/;
const PLACED_AFTER = /^[^，,。；;]{0,4}?(投资|兴业|落户|建设|设立|实施|援建|旅游)/;

// '高于宣威市0.5个百分点', '比南部县高620元', '与云阳县相比': the place a figure is measured against.
// A few words may stand between ('比相邻的张北县', '与相邻的萨迦县相比'); '占全省的42.3%' and '作为全省…最多的市'
// measure a place against the whole.
const BASE_BEFORE = /(比|较|高于|低于|高出|低出|超出|超过|多于|少于|快于|慢于|优于|落后于|领先于?|占|作为|居|位居|位列|排名|排在)(相邻的|周边的|邻近的|同期|邻县|邻市|邻区|相邻|周边)?$/;
// '比朝阳县、建平县分别高出约600元、300元': every place of a compared list.
const BASE_LIST_BEFORE = /(比|较|高于|低于|多于|少于)([^，,。；;\d]{2,8}[、和及与])+$/;
// '在全市8个县（市、区）中排第2位': the whole named for a rank.
const RANKED_AFTER = /^[^，,。；;]{0,14}中(排|位列|居|名列|排名)/;
// '大连市甘井子区对口帮扶资金650万元': a partner named with the pairing it is in gives (regionAt).
const PAIRED_AFTER = /^(等[^，,。；;\d]{0,4}?)?(对口帮扶|挂钩帮扶|结对帮扶|对口支援|对口协作|定点帮扶|东西部协作)/;
const WITH_BEFORE = /(与|同|和|跟)(相邻的|周边的|邻近的)?$/;
const COMPARED_AFTER = /^[^，,。；;]{0,8}?(相比|相较|比较|对比)/;
// '全区25个镇与布拖县12个乡镇实现结对': the place a region pairs with is not what the figure is about.
// '乘马岗镇与河南省新县交界': a neighbour it borders is not either.
const PAIRED_WITH_AFTER = /^[^，,。；;]{0,10}?(结对|结亲|签订|合作|对接|携手|交界|接壤|毗邻|相邻|相连|建立|共建)/;
// '毗邻河南省新县': a neighbour named for where the subject lies. ('位于双山镇' is where it is, and counts.)
const LIES_BY_BEFORE = /(毗邻|紧邻|邻近|比邻)$/;
// '黄冈市级资金0.18亿元': a budget level names whose money it was, not a place the figure is about.
const BUDGET_LEVEL_AFTER = /^本?级(财政|资金|配套|预算)?/;
// '向柳州市城中区等地销售', '到广东省就业', '销往杭州': where goods or workers go, not who reports them.
const DESTINATION_BEFORE = /(向|到|赴|往|来|销往|输往|发往|运往|面向|输出至|转移至|转移到)$/;
// '结对帮扶的合肥市蜀山区今年向我区投入…': a partner that gives; what it gives is the report region's.
const GIVER_BEFORE = /(结对帮扶|对口帮扶|对口支援|东西部协作|援建)的$/;
const GIVING = GIVING_VERBS;
const GIVES_AFTER = new RegExp(`^[^，,。；;]{0,8}?(向|对|给|为)(我|本)[省市州县区旗]|^[^，,。；;]{0,4}?(向|给)[^，,。；;]{2,12}?(${GIVING})`);
const RECEIVES_AFTER = new RegExp(`^[^，,。；;]{0,3}?(${GIVING})`);
const PARTNERSHIP_BUSINESS = /考察|调研|对接|联席会议|座谈|互访|协议/;
// ('大兴区将…帮助农村劳动力就业2000人以上': the people it helps into work are the helped place's.)
const GIVING_IN_CLAUSE = new RegExp(`(${GIVING}|采购|帮助)`);
const GIVES_VERB_AFTER = new RegExp(`^(累计|计划|继续|今年|全年|共|又)?(${GIVING}|帮助)`);
// '吴江区向松桃县投入…', '分别向结对的思南县、玉屏县投入…': a place after 向 in its clause is given to, not giving.
const GIVEN_TO_BEFORE = /(向|给|为|帮助|帮扶|支援)[^，,。；;：:\n]*$/;

/** Whether the place named at [at, end) gives what its clause goes on to count ('东城区安排援藏资金…'). */
function givesHere(text: string, at: number, end: number): boolean {
  return GIVES_VERB_AFTER.test(text.slice(end, end + 8)) && !GIVEN_TO_BEFORE.test(text.slice(Math.max(0, at - 20), at));
}

/**
 * Whether a place named at [at, end) is not what the figure is about: a comparison's base, a destination, or a
 * word of a document's title ('《云南省…实施细则》').
 */
function notTheSubject(text: string, at: number, end: number, pos = Infinity, helped = false): boolean {
  // '比全盟平均水平（16630元）高出约600元': the value in brackets right after a comparison's base is the base's own.
  if (/^[^，,。；;（()）\d]{0,8}[（(]$/.test(text.slice(end, pos))) return false;
  // '居全区12个盟市第3位', '在全省14个市州中排名第2': the count right after the whole, in a rank, is the whole's own.
  if (pos === end && /^[\d]+个[^，,。；;\d]{0,6}?(中)?(排名|排|列|居)?(第|前|后)/.test(text.slice(end, end + 16))) return false;
  const window = text.slice(Math.max(0, at - 40), at);
  // '去年6月28日全省问题整改推进会议以来，市委、市政府…召开…111次': a place in a phrase of time names no subject.
  if (/^[^，,。；;]{0,30}以来[，,]/.test(text.slice(end, pos))) return true;
  // '其中在南海就业612人': where workers work is not whose workers they are.
  if (/在$/.test(window) && WORKS_AFTER.test(text.slice(end, end + 4))) return true;
  // '赣州市以外的10个设区市', '除赣州市外': the place left out.
  if (/^(以外|之外)/.test(text.slice(end, end + 2)) || (/除$/.test(window) && /^外/.test(text.slice(end, end + 1)))) return true;
  // A title (《云南省…细则》) or a quoted brand or slogan (“和田好物”) names no subject.
  if (window.lastIndexOf('《') > window.lastIndexOf('》') || window.lastIndexOf('“') > window.lastIndexOf('”')) return true;
  if (GIVER_BEFORE.test(window) || GIVES_AFTER.test(text.slice(end, end + 16))) return true;
  if (BASE_LIST_BEFORE.test(window.slice(-24))) return true;
  if (WITH_LIST_BEFORE.test(window.slice(-30)) && PAIRED_WITH_AFTER.test(text.slice(end, end + 16)) && pos !== end) return true;
  if (BUDGET_LEVEL_AFTER.test(text.slice(end, end + 4)) || LIES_BY_BEFORE.test(window)) return true;
  // Only for a figure after the rank: '全市8个县' itself counts the whole's counties.
  const ranked = /在$/.test(window) ? RANKED_AFTER.exec(text.slice(end, end + 20)) : null;
  if (ranked && end + ranked[0].length <= pos) return true;
  const before = window.slice(-12);
  // '低于昆明市东川区': the base may carry its prefecture or province (two to five characters) before it.
  // ('高于贵州全省平均水平': a short name of two characters too.)
  const parent = /[省市州盟]$/.test(before) ? [2, 3, 4, 5, 6].map((k) => before.slice(0, -k)) : [];
  // '向柞水县捐赠…': the place given to is what the figure is about, not a destination.
  const receives = RECEIVES_AFTER.test(text.slice(end, end + 16));
  // '与布拖县12个乡镇实现结对': the partner's own things, counted right after its name, are its.
  const countsItsOwn = pos === end;
  // '引导南海企业到丹寨投资兴业6家': what is invested or built in the place a cooperation report helps is its
  // ('赴丹寨调研对接4次' are the visitors').
  const placedThere = helped && PLACED_AFTER.test(text.slice(end, end + 10));
  return [before, ...parent].some((b) => BASE_BEFORE.test(b) || (DESTINATION_BEFORE.test(b) && !receives && !placedThere)
    || (WITH_BEFORE.test(b) && (COMPARED_AFTER.test(text.slice(end, end + 12))
      || (PAIRED_WITH_AFTER.test(text.slice(end, end + 16)) && !countsItsOwn && !(helped && BUILT_WITH_AFTER.test(text.slice(end, end + 8)))))));
}

/**
 * '梨树县、双辽市' or '双辽市和梨树县': a figure about several regions at once. So is a list of their products,
 * '西秀辣椒、平坝蔬菜、普定韭黄…': a few words (no numbers) may follow each name.
 */
function isListed(text: string, found: Found, names: RegionName[]): boolean {
  // '剑川县、红河州屏边县': an item may carry its prefecture before it.
  const before = withoutTrailingName(text.slice(Math.max(0, found.at - 16), found.at), found, names);
  const after = text.slice(found.end, found.end + 16);
  // '乘马岗镇与河南省新县交界': a place and the one it borders or pairs with are no list.
  if (/^[^，,。；;]{0,4}?与/.test(after) && PAIRED_WITH_AFTER.test(after.slice(after.indexOf('与') + 1))) return false;
  // '浏河镇、沙溪镇分别与周至县哑柏镇、集贤镇结对': nor the places on the other side of a pairing.
  if (/(与|同|跟)$/.test(before) && PAIRED_WITH_AFTER.test(text.slice(found.end, found.end + 16))) return false;
  const words = '[^\\d，,。；;：:\\n]{0,10}';
  return names.some((n) => n.code !== found.code
    && (new RegExp(`${escape(n.name)}${words}[、和及与]$`).test(before) || new RegExp(`^${words}[、和及与]${escape(n.name)}`).test(after)));
}

function withoutTrailingName(before: string, found: Found, names: RegionName[]): string {
  // ('文县临江镇': a town's county carries its own code.)
  const parent = names.filter((n) => (n.code !== found.code || (isTown(found) && !isTown(n))) && before.endsWith(n.name))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return parent ? before.slice(0, -parent.name.length) : before;
}

/**
 * '大理州剑川县、红河州屏边县分别完成…3200人和2100人': the k-th number after 分别 is the k-th place's. Null when the
 * figure is not one of a 分别 list, or the numbers outrun the places.
 */
/**
 * The places of the list that ends with `found` ('思南县、玉屏县'), first to last, and where the first begins.
 * An item may carry a few words after its place ('宣恩县伍家台贡茶、咸丰县唐崖茶', '台江县台盘村“村BA”、榕江县').
 */
function listItems(text: string, found: Found, names: RegionName[]): { items: RegionName[]; start: number } {
  const items: RegionName[] = [found];
  let end = found.at;
  for (;;) {
    const window = text.slice(Math.max(0, end - 20), end);
    const before = withoutTrailingName(window, { ...found, code: '\u0000' } as Found, names);
    if (!/[、和及与]$/.test(before)) break;
    const rest = before.slice(0, -1);
    const prev = names.map((n) => ({ n, at: rest.lastIndexOf(n.name) }))
      .filter(({ n, at }) => at >= 0 && ITEM_WORDS.test(rest.slice(at + n.name.length)))
      .sort((a, b) => b.at + b.n.name.length - (a.at + a.n.name.length) || b.n.name.length - a.n.name.length)[0];
    if (!prev) break;
    items.unshift(prev.n);
    end = end - (window.length - prev.at);
  }
  // '宕昌、文县农特产品': the items after it too.
  for (let from = found.end; ;) {
    const rest = text.slice(from, from + 24);
    const next = names.map((n) => ({ n, at: rest.indexOf(n.name) }))
      .filter(({ n, at }) => at > 0 && /[、和及与]$/.test(rest.slice(0, at)) && ITEM_WORDS.test(rest.slice(0, at - 1)) && !items.some((i) => i.code === n.code && i.name === n.name))
      .sort((a, b) => a.at - b.at || b.n.name.length - a.n.name.length)[0];
    if (!next) break;
    items.push(next.n);
    from += next.at + next.n.name.length;
  }
  return { items, start: end };
}
const ITEM_WORDS = /^[^\d，,。；;：:\n、]{0,10}$/;

/**
 * Where a figure about the places of a list belongs: their smallest common region; else nowhere ('') when one lies
 * outside the report's region; the region named right before the list when it holds them all ('乐山市马边、峨边两县…
 * 1.2亿元'); else the report's.
 */
function listedRegion(text: string, found: Found, names: RegionName[], reportRegion: string): string {
  const { items, start } = listItems(text, found, names);
  const common = smallestCommon(items);
  if (common) return common;
  if (found.outside) return '';
  const head = text.slice(0, start);
  const parent = names.filter((n) => head.endsWith(n.name) && !n.outside && items.every((i) => i.code !== n.code))
    .sort((a, b) => b.name.length - a.name.length)[0];
  return parent && items.every((i) => i.code.startsWith(parent.code.replace(/0+$/, ''))) ? parent.code : reportRegion;
}

/**
 * '井冈山市、遂川县、万安县…均超过1.8万元' in a province's report, '耿马县、沧源县均在96%以上' in a neighbour's: the
 * smallest region that holds every place of a list (null when there is none below the country, or a place's regions
 * above it are not known).
 */
function smallestCommon(items: readonly RegionName[]): string | null {
  if (items.length < 2 || items.some((i) => !i.above || !i.code)) return null;
  return smallestCommonRegion(items.map((i) => [i.code, ...i.above!]));
}

/** The last `count` different places named in text[from, to), in the order the text names them. */
function lastNamed(text: string, from: number, to: number, names: RegionName[], count: number): Found[] {
  const seen: Found[] = [];
  for (let end = to; seen.length < count;) {
    const found = lastRegionBefore(text, from, end, names.filter((n) => !seen.some((s) => s.code === n.code)));
    if (!found) break;
    seen.push(found);
    end = found.at;
  }
  return seen.reverse();
}

/** The last two places named in text[from, to) ('盐池县…，红寺堡区…，两县相差…'): their smallest common region. */
function lastTwo(text: string, from: number, to: number, names: RegionName[], reportRegion: string): string {
  const seen = lastNamed(text, from, to, names, 2);
  const common = smallestCommon(seen);
  return common ?? (seen.some((s) => s.outside) ? '' : reportRegion);
}

/**
 * '与…宕昌县、文县结对帮扶。两县…分别达到11860元和12340元', '接收两县来城阳挂职干部11名': in a report on the two
 * counties a region helps, 两县 are those two. With 分别, the k-th number is the k-th county's; else it is both's.
 */
function bothHelped(text: string, pos: number, sentence: Range, names: RegionName[], helped: string): string {
  const at = text.slice(sentence.start, pos).lastIndexOf('分别');
  if (at < 0) return helped;
  const k = (text.slice(sentence.start + at, pos).match(/\d+(?:\.\d+)?/g) ?? []).length;
  // The counties as the text last named them, whatever role they had there ('与…宕昌县、文县结对帮扶').
  // Each county's last mention before the sentence; the two named last, in the order the text names them.
  const before = text.slice(0, sentence.start);
  const last = new Map<string, number>();
  for (const n of names) {
    if (n.code === helped || !(n.above ?? []).includes(helped) || isTown(n)) continue;
    const at = before.lastIndexOf(n.name);
    if (at > (last.get(n.code) ?? -1)) last.set(n.code, at);
  }
  const two = [...last].sort((a, b) => b[1] - a[1]).slice(0, 2).reverse().map(([code]) => code);
  return two.length === 2 && k < 2 ? two[k] : helped;
}

/** Where the last match of `re` starts in `s`, or -1. */
function lastMatch(re: RegExp, s: string): number {
  let at = -1;
  for (const m of s.matchAll(new RegExp(re.source, 'g'))) at = m.index ?? -1;
  return at;
}

function respective(text: string, found: Found, pos: number, names: RegionName[]): string | null {
  const between = text.slice(found.end, pos);
  if (/[。；;]/.test(between)) return null;
  // '分别向结对的思南县、玉屏县投入…5200万元、3900万元': 分别 may stand before the list it distributes over.
  // ('分别为16840元和17120元，比上年分别增长11.8%和11.3%': the 分别 nearest the figure.)
  const at = between.lastIndexOf('分别');
  const { items, start: end } = listItems(text, found, names);
  if (at < 0) {
    // Before the list, 分别 needs a number for each place ('分别为双辽市、梨树县拨付…100万元' gives each the same).
    const values = text.slice(pos).match(/^[^，,。；;]*?(?=[，,。；;]|$)/)?.[0] ?? '';
    const count = (between + values).match(/\d+(?:\.\d+)?/g)?.length ?? 0;
    if (!/分别[^，,。；;\d]{0,6}$/.test(text.slice(Math.max(0, end - 12), end)) || count < items.length) return null;
  }
  const k = (between.slice(at < 0 ? 0 : at + 2).match(/\d+(?:\.\d+)?/g) ?? []).length;
  // '通渭县、渭源县…分别建成1个以上': one number for several places is each one's, shared.
  const rest = text.slice(pos).match(/^[^。；;]*/)?.[0] ?? '';
  if (at >= 0 && k + (rest.match(/\d+(?:\.\d+)?/g) ?? []).length < items.length) return null;
  return items.length > 1 && k < items.length ? items[k].code : null;
}

const isTown = (n: RegionName) => 'town' in n && Boolean(n.town);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
