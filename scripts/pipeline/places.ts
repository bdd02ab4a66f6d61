// Places named in a text, resolved against the gazetteer with the report's region as context, and the
// words shaped like places (…县, …镇) that the gazetteer does not know, which become warnings.
// Pure: text, gazetteer and context in, hits out.
import { isGenericName, isValidOn, isWithin, lineage, provinceOf, smallestCommonRegion, type Gazetteer, type Place } from './gazetteer.ts';
import type { RegionName } from './attribute.ts';
import { GIVING_VERBS } from './giving.ts';

export interface PlaceContext {
  region: string; // the report's GB/T 2260 code
  date?: string | null; // when the text speaks (publication date): 公主岭 is 220381 before 2020-06-19
  /** The county or prefecture a cooperation report helps (partnerOf): its towns and short forms are known too. */
  helped?: string;
}

export type PlaceStatus = 'resolved' | 'ambiguous' | 'unknown';

export interface PlaceHit {
  start: number;
  end: number;
  text: string;
  status: PlaceStatus;
  place: Place | null; // when resolved
  /** The six-digit code a figure about it carries ('' unless resolved). */
  code: string;
  reason: string; // how it was resolved, or why not
}

const MAX_NAME = 24;

/**
 * Every place name in `text`, longest match first, resolved by context: homonyms (铁西区 in 四平, 沈阳 and
 * 鞍山) go to the one inside the report's region, else inside its province, else to the one inside the place
 * named right before ('长春市农安县', '农安县合隆镇'); a name still ambiguous is reported as such.
 * Then the place-shaped words no name covers ('…县', '…镇'), as `unknown`, unless the negative rules say
 * they are not a place at all (示范区, 全市, 城乡, 市场 … see notAPlace).
 */
export function findPlaces(text: string, g: Gazetteer, ctx: PlaceContext): PlaceHit[] {
  const hits: PlaceHit[] = [];
  const province = g.places.has(ctx.region) ? provinceOf(ctx.region, g) : ctx.region;
  let i = 0;
  while (i < text.length) {
    const hit = matchAt(text, i, g, ctx, province, hits[hits.length - 1]);
    if (hit) { hits.push(hit); i = hit.end; } else i++;
  }
  // A word the gazetteer knows, but only outside this report's reach (城关镇 in a Jilin report), is ambiguous, not unknown.
  const unknown = unknownPlaceWords(text, hits).map((h) => {
    const elsewhere = g.byName.get(h.text);
    return elsewhere ? { ...h, status: 'ambiguous' as const, reason: `${elsewhere.length} place(s) of that name, none inside the report's region` } : h;
  });
  return [...hits, ...unknown].sort((a, b) => a.start - b.start);
}

// The lengths of the names that start with each two characters, longest first: most positions of a text
// start no name at all, and are passed over with one lookup.
const LENGTHS = new WeakMap<Gazetteer, Map<string, number[]>>();
function lengthsByPrefix(g: Gazetteer): Map<string, number[]> {
  let index = LENGTHS.get(g);
  if (!index) {
    index = new Map();
    for (const name of g.byName.keys()) {
      if (name.length < 2 || name.length > MAX_NAME) continue;
      const key = name.slice(0, 2);
      const list = index.get(key) ?? [];
      if (!list.includes(name.length)) list.push(name.length);
      index.set(key, list);
    }
    for (const list of index.values()) list.sort((a, b) => b - a);
    LENGTHS.set(g, index);
  }
  return index;
}

function matchAt(text: string, i: number, g: Gazetteer, ctx: PlaceContext, province: string, previous: PlaceHit | undefined): PlaceHit | null {
  const lengths = lengthsByPrefix(g).get(text.slice(i, i + 2));
  if (!lengths) return null;
  for (const len of lengths) {
    if (i + len > text.length) continue;
    const name = text.slice(i, i + len);
    const candidates = g.byName.get(name);
    if (!candidates) continue;
    // '建设新县城' is a new county seat, not 新县: a one-character name followed by a word-making character is no name,
    // unless one of its towns follows ('嵩县城关镇').
    if (len === 2 && (FOLLOWERS[name[1]] ?? '').includes(text[i + 2] ?? '\u0000') && !townFollows(text, i + 2, candidates, g)) continue;
    // '在杭州市场销售': the level character begins a word of its own (市场, 县域), so the name is the short form.
    if (len > 2 && SHORT_WORD_AFTER.test(text.slice(i + len - 1, i + len + 1))) continue;
    const adjacent = adjacentPlace(text, i, previous, g);
    // '相邻的宝鸡市眉县': after 的, a full name with its level word (three characters or more) stands as a word.
    const standsAlone = adjacent !== null || BEFORE.test(text.slice(Math.max(0, i - 1), i)) || (len > 2 && text[i - 1] === '的')
      || VERB_BEFORE.test(text.slice(Math.max(0, i - 2), i));
    if (splitsCompassWord(name, text.slice(i + len, i + len + 2))) continue;
    const chosen = resolve(name, candidates, g, ctx, province, adjacent, standsAlone);
    if (!chosen) continue; // e.g. a short form of a place in another province: not a name here
    return { start: i, end: i + len, text: name, ...chosen };
  }
  return null;
}

/**
 * The place a name at `i` may lie inside: the one named right before it ('农安县合隆镇'), or, for the next town of a
 * list, the county of the town before it ('龙岗区坂田街道、布吉街道').
 */
function adjacentPlace(text: string, i: number, previous: PlaceHit | undefined, g: Gazetteer): Place | null {
  if (!previous?.place) return null;
  if (previous.end === i) return previous.place;
  if (previous.place.level !== 'town' || !/^[、和及与]$/.test(text.slice(previous.end, i))) return null;
  return g.places.get(previous.place.region) ?? null;
}

/** '粤桂东西部协作': a bare stem (桂东, a county of 湖南) is no name where its last character begins 东西部. */
export function splitsCompassWord(name: string, after: string): boolean {
  return !/[县区市州旗盟镇乡]$/.test(name) && /[东西南北]$/.test(name) && /^[东西南北]?部/.test(after);
}

/** Whether a town of one of `counties` is named at `at`. */
function townFollows(text: string, at: number, counties: Place[], g: Gazetteer): boolean {
  return (lengthsByPrefix(g).get(text.slice(at, at + 2)) ?? []).some((len) =>
    (g.byName.get(text.slice(at, at + len)) ?? []).some((p) => p.level === 'town' && counties.some((c) => c.code === p.region)));
}

/**
 * Which of the places a name may mean is meant here. A short form (德江, 黔东南州) counts only for places in
 * the report's province, where readers know it; an official name counts anywhere, but a town's only inside
 * the report's region or right after its county ('城关镇' is the seat of a hundred counties).
 */
function resolve(name: string, candidates: Place[], g: Gazetteer, ctx: PlaceContext, province: string, adjacent: Place | null, standsAlone: boolean):
  { status: PlaceStatus; place: Place | null; code: string; reason: string } | null {
  const date = ctx.date ?? null;
  // A short form with its level word (前郭县, 黔东南州) is clear across the province; a bare stem (德江, 呼兰)
  // only inside the report's region: '呼兰' in a 兰西 plan is the river, '长白' in a Siping report the mountain.
  // Outside the province, a short form with its level word still names a place where it stands as a word ('与恩施州来凤县').
  // ('全州' of 全州县 is a bare stem that happens to end in 州: the level word must follow a stem of the place.)
  const withLevel = (p: Place) => /[县州旗盟市区]$/.test(name) && p.short.includes(name.slice(0, -1));
  const near = (p: Place) => isWithin(p.code, ctx.region, g) || (ctx.helped !== undefined && isWithin(p.code, ctx.helped, g));
  // Another province's short form (甘肃, 重庆) is known across the country where it stands as a word
  // ('帮助甘肃农村劳动力'); the report's own ('在北京专家指导下' in a 东城区 report) only says whose experts they are.
  const otherProvince = (p: Place) => p.level === 'province' && p.code !== province;
  const shortOk = (p: Place) => near(p) || (withLevel(p) && (isWithin(p.code, province, g) || standsAlone)) || (otherProvince(p) && standsAlone);
  // An official name outside the province must stand as a word: '…乡和县…' is not 和县 (安徽).
  // A province's full name ('助力甘肃省平凉市灵台县') is no part of another word.
  const official = (p: Place) => isWithin(p.code, province, g) || near(p) || standsAlone || (p.level === 'province' && name.length >= 3);
  const eligible = candidates.filter((p) => (date ? isValidOn(p, date) : true)
    && (p.name === name ? official(p) : shortOk(p))
    // 城区, 郊区, 矿区 are districts of 阳泉, 铜陵 … but in prose the town centre: only '阳泉市城区' names one.
    && (!isGenericName(p.name) || (adjacent !== null && p.parent === adjacent.code))
    && (p.level !== 'town' || near(p) || (adjacent !== null && isWithin(p.code, adjacent.code, g))));
  if (eligible.length === 0) return null;
  // Without a date, a place that ceased to exist loses to the one that replaced it (公主岭 220184 over 220381).
  const current = date ? eligible : eligible.filter((p) => p.validTo === null).length ? eligible.filter((p) => p.validTo === null) : eligible;
  const steps: [string, (p: Place) => boolean][] = [
    ['inside the place named before it', (p) => adjacent !== null && p.code !== adjacent.code && isWithin(p.code, adjacent.code, g)],
    // '和田好物' in a 和田地区 report: the short form the region shares with its city and county means the region.
    ["the report's own region", (p) => p.code === ctx.region && p.name !== name],
    ["inside the report's region", (p) => isWithin(p.code, ctx.region, g)],
    ['inside the place the report helps', (p) => ctx.helped !== undefined && isWithin(p.code, ctx.helped, g)],
    ["inside the report's province", (p) => isWithin(p.code, province, g)],
    ['the only place of that name', () => true],
  ];
  for (const [why, test] of steps) {
    const found = current.filter(test);
    if (found.length === 1) return { status: 'resolved', place: found[0], code: found[0].region, reason: why };
    if (found.length > 1) {
      // A county and a town may share a word; the county is what a bare name means.
      const nonTown = found.filter((p) => p.level !== 'town');
      if (nonTown.length === 1) return { status: 'resolved', place: nonTown[0], code: nonTown[0].region, reason: why };
      return { status: 'ambiguous', place: null, code: '', reason: `${found.length} places of that name ${why}: ${found.map((p) => p.code).join(', ')}` };
    }
  }
  return null;
}

// The package lists every province, prefecture and city, so a '…省', '…市', '…州' or '…盟' it does not know is
// far more often a verb before a level word ('召开市…', '围绕省…') than a place: only county and town words are checked.
const SUFFIX = /(街道|县|区|旗|镇|乡)/g;
// What may stand right before a place name: a boundary, or a word that introduces one ('在德江县', '与凤冈县',
// '对口支援拉萨市', '帮扶沿河县', '帮助碧江区').
const BEFORE = /(^|[^\u4e00-\u9fa5]|[在对向和与及同跟是为到至从由将把据以于给让使被如、年援扶助])$/;
// '全力助推黔南州高质量发展', '携手宕昌县': a verb of help or pairing.
const VERB_BEFORE = /(助推|助力|支持|携手|帮带|服务|协作|对口|结对)$/;

/**
 * Words shaped like a place that no gazetteer name covers: a stem of two or three characters after a
 * boundary (or right after a known place: '长春市某某县') and one of 省/市/州/盟/县/区/旗/镇/乡/街道.
 */
export function unknownPlaceWords(text: string, known: readonly PlaceHit[]): PlaceHit[] {
  const out: PlaceHit[] = [];
  const covered = (at: number) => known.some((h) => at >= h.start && at < h.end);
  for (const m of text.matchAll(SUFFIX)) {
    const at = m.index ?? 0;
    const suffixEnd = at + m[0].length;
    const next = text[suffixEnd] ?? '';
    if (covered(at)) continue;
    // '我市', '全县', '跨省', '盲区': when a shorter word ending here is not a place, no longer one is.
    if ([1, 2, 3].some((k) => at - k >= 0 && !covered(at - k) && notAPlace(text.slice(at - k, suffixEnd), next))) continue;
    for (const stemLen of [2, 3]) {
      const start = at - stemLen;
      if (start < 0) break;
      const stem = text.slice(start, at);
      if (!/^[\u4e00-\u9fa5]+$/.test(stem) || [...stem].some((_, k) => covered(start + k))) break;
      // '中央和省', '健全市县': a stem ending in a joining word or holding a level word is a phrase, not a name.
      if (/[和与及的到至在对等或]$/.test(stem) || /[省市州县区旗乡镇]/.test(stem)) break;
      const afterKnown = known.some((h) => h.end === start && h.place !== null);
      if (!afterKnown && !BEFORE.test(text.slice(Math.max(0, start - 1), start))) continue;
      out.push({ start, end: suffixEnd, text: stem + m[0], status: 'unknown', place: null, code: '', reason: 'not in the gazetteer' });
      break;
    }
  }
  return out;
}

/**
 * Why a place-shaped word is not a place, or null. Each list is a kind of word reports are full of:
 * - kinds of zone or area, not places with a GB/T 2260 code: 示范区, 开发区, 工业园区, 社区, 景区, 片区, 山区 …
 *   (安顺经济技术开发区 and 黄果树旅游区 are managed areas without a code);
 * - categories of county or town: 重点县 (乡村振兴重点帮扶县), 示范县, 产粮大县, 贫困县, 特色小镇, 中心镇 …;
 * - words that point at the report's own region or at several: 全市, 本县, 我省, 该镇, 各县, 外省, 两县 …;
 * - ordinary words ending in the same character: 城市, 超市, 城乡, 县乡, 乡镇, 城镇, 家乡, 返乡, 党旗, 联盟, 节省 …;
 * - words the suffix character starts when the next character follows: 市场, 县域, 区域, 区位, 县级, 市直, 乡村, 乡贤 ….
 */
export function notAPlace(word: string, next: string): string | null {
  if (NOT_PLACE_ENDINGS.test(word)) return 'a kind of zone, category or ordinary word';
  if (NOT_PLACE_START.test(word)) return "points at the report's own or several regions";
  if (NOT_PLACE_STEM.test(word)) return 'a quantifier or verb before a level word';
  if (/^[\d一二三四五六七八九十百两几多个余]/.test(word)) return 'a count of regions';
  const suffix = word.endsWith('街道') ? '街道' : word.slice(-1);
  if ((FOLLOWERS[suffix] ?? '').includes(next) && next !== '') return `'${suffix}${next}' is a word of its own`;
  // '镇镇结对', '县县通高速': a level word doubled means each of them.
  if (next !== '' && next === suffix[0]) return `'${suffix}${next}' means each of them`;
  return null;
}

const NOT_PLACE_ENDINGS = new RegExp(`(${[
  // zones and areas
  '示范区', '开发区', '园区', '社区', '小区', '景区', '城区', '新区', '片区', '库区', '山区', '牧区', '林区', '矿区', '灾区', '老区',
  '边区', '特区', '试验区', '实验区', '功能区', '保护区', '核心区', '先行区', '集聚区', '聚集区', '服务区', '街区', '校区', '厂区',
  '辖区', '市区', '县区', '郊区', '商区', '自贸区', '保税区', '经济区', '高新区', '产业区', '生态区', '风景区', '旅游区', '度假区',
  '合作区', '盲区', '地区', '湾区', '滩区', '居住区', '安置区', '行政区', '专区', '分区', '营区', '园区', '养殖区', '种植区', '灌区', '流域区',
  // categories of county, city and town
  '示范县', '重点县', '帮扶县', '贫困县', '脱贫县', '脱贫区', '脱贫市', '出列县', '摘帽县', '试点县', '先进县', '大县', '强县', '百强县', '典型县', '样板县',
  '示范市', '城市', '都市', '超市', '上市', '夜市', '集市', '股市', '示范镇', '重点镇', '特色镇', '中心镇', '建制镇', '小镇', '古镇',
  '名镇', '城镇', '乡镇', '集镇', '村镇', '重镇', '示范乡', '重点乡', '贫困乡', '民族乡', '示范旗', '重点旗', '贫困旗',
  // ordinary words
  '城乡', '县乡', '山乡', '家乡', '故乡', '下乡', '返乡', '回乡', '老乡', '同乡', '异乡', '还乡', '进乡', '省省', '节省', '反省', '外省',
  '红旗', '国旗', '党旗', '彩旗', '旗帜', '联盟', '同盟', '加盟', '结盟', '神州', '九州', '全州',
  // the level alone ('自治区资金') and the founding of one ('自建区以来')
  '自治区', '自治州', '自治县', '自治旗', '建区', '建县', '建市', '建州', '建旗',
].join('|')})$`);
// 全市/本县/我省/该镇/各县/每乡/外县/邻县/周边县 …; 省市/市县/州市/区县 name levels, not places.
const NOT_PLACE_START = /^(全|本|我|该|各|每|外|邻|周边|所在|所属|所辖|辖内|相关|有关|其他|其余|省|市|州|县|区|乡|镇|上级|下辖|附近|当地|异地|跨)/;
// '部分镇逾期贷款…', '实现镇镇结对', '并组织区纪委…', '丁青县等对口县': a quantifier, a verb or a kind of pairing
// before a level word, not a stem.
const NOT_PLACE_STEM = /^(部分|个别|少数|多数|大多|一些|若干|所有|实现|组织|推动|推进|带动|覆盖|涉及|包括|开展|指导|督促|要求|协调|联系|深入|建议|提请|争取|请求|对口|结对|等|落实|完成|加强|按照|根据|经过)/;
// After a full name, only words that cannot be read as the level itself: '四平市区' and '双辽市直' still name the city.
const SHORT_WORD_AFTER = /^(市场|县域|区域|区位)$/;
// The suffix character followed by these makes another word: 市场, 县域, 区位, 县级, 市直, 乡村, 乡贤, 镇村, 区里 ….
const FOLLOWERS: Record<string, string> = {
  市: '场民域级直属值容政区县里内外', 县: '域级直属城乡区市委政里内外', 区: '域位级直属块县委政里内外', 省: '级直属内外市里', 州: '级直属市县里内外',
  乡: '村镇亲贤愁风土音情里委政', 镇: '村级区委政里', 旗: '级直帜县委政内外', 盟: '级直市友', 街道: '办',
};

/** A name for attribute.ts's regionAt; a town's also carries the town's own code (its `code` is the county's). */
export interface PlaceName extends RegionName {
  /** A town's own nine-digit code; `code` is then its county's. */
  town?: string;
}

export interface PlaceNames {
  /** Names for attribute.ts's regionAt, longest first; code '' flags a place the gazetteer cannot resolve. */
  names: PlaceName[];
  /** The report's region and the regions above it, nearest first, by official name: what 全市/全省 may mean. */
  lineage: RegionName[];
  /** The county a cooperation report is about (partnerOf), if any. */
  partner?: string;
  /** Unknown and ambiguous place words, for mentions.csv and stderr. */
  warnings: PlaceHit[];
}

/**
 * The names in `text` that a figure may be about: every place inside the report's region, and counties,
 * districts and towns outside it (a Siping report comparing itself with 长春市农安县). A province or
 * prefecture outside the region is a partner (东西部协作 with 广东省), not the subject: its name stands for the
 * report's region.
 * Unknown and ambiguous words get code '' so that their figures are flagged, never given the report's region.
 */
export function placeNames(text: string, g: Gazetteer, ctx: PlaceContext): PlaceNames {
  const byName = new Map<string, { code: string; outside: boolean; town?: string; levelWord?: string }>();
  const warnings: PlaceHit[] = [];
  const first = findPlaces(text, g, ctx);
  const { partner } = partnerOf(text, first, g, ctx);
  // A province or city the report's region gives to ('向甘肃省拨付…', '帮助甘肃农村劳动力') is itself, not a giver.
  const givenTo = new Set(first.filter((h) => h.status === 'resolved' && givenToAt(text, h.start, h.end)).map((h) => h.code));
  // The place a cooperation report helps is read as closely as its own region: its towns ('纳木湖乡') and short forms.
  const hits = partner ? findPlaces(text, g, { ...ctx, helped: partner }) : first;
  const helpers = receivesCooperation(text, g, ctx) ? helpersNamed(text, hits, g, ctx) : new Set<string>();
  for (const h of hits) {
    if (h.status !== 'resolved') warnings.push(h);
    const inside = h.place !== null && isWithin(h.place.code, ctx.region, g);
    const countyOrBelow = h.place !== null && !['province', 'prefecture'].includes(h.place.level);
    // A province or city outside the region is a partner ('宁波市对口帮扶投入资金5.5亿元' in a 黔西南 report): what it
    // gives is the report region's, and naming it ends the paragraph's talk of the county named before.
    // The report's own prefecture or province ('毕节市' in a 七星关区 report) is itself, not a partner.
    const above = h.place !== null && isWithin(ctx.region, h.place.code, g);
    // The place a cooperation report helps is itself, whatever its level.
    const helped = partner !== undefined && h.place?.code === partner;
    // In a receiving side's report, a partner of a giving province ('在深圳市、龙岗区的倾力帮扶下') and the places
    // inside it give too, whatever their level ('龙岗区党政主要领导到我县调研对接2次').
    const givingSide = h.place !== null && !receives(h.place.code, g)
      && [...helpers].some((c) => isWithin(h.place!.code, c, g));
    const giver = h.status === 'resolved' && !inside && (!countyOrBelow || givingSide) && !above && !helped && !givenTo.has(h.code);
    const town = h.status === 'resolved' && h.place?.level === 'town' ? h.place.code : undefined;
    // The level word of its official name (菏泽市 → 市, 黔南布依族苗族自治州 → 州): what 全市/全州 point at.
    const levelWord = h.status === 'resolved' && !giver && h.place ? h.place.name.slice(-1) : undefined;
    if (!byName.has(h.text)) byName.set(h.text, { code: giver ? ctx.region : h.code, outside: h.status === 'resolved' && !inside && !giver, town, levelWord });
  }
  const above = (code: string) => (g.places.has(code) ? { above: lineage(code, g) } : {});
  const names = [...byName].map(([name, { code, outside, town, levelWord }]) => ({ name, code, ...(outside ? { outside } : {}), ...(town ? { town } : {}), ...(levelWord ? { levelWord } : {}), ...above(code) }))
    .sort((a, b) => b.name.length - a.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const lineageNames = [ctx.region, ...lineage(ctx.region, g)].flatMap((code) => {
    const place = g.places.get(code);
    return place ? [{ name: place.name, code }] : [];
  });
  return { names, warnings, lineage: lineageNames, ...(partner ? { partner } : {}) };
}

const RECEIVER_BEFORE = /(帮助|支援|帮扶|援助|援建|对口支援|对口帮扶|对口协作)$/;
const GIVING_VERB = new RegExp(`^[^，,。；;]{0,12}?(${GIVING_VERBS})`);
/** Whether a place named at [start, end) is given to: '向甘肃省拨付…', '帮助甘肃…', '对口支援西藏…'. */
function givenToAt(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  return RECEIVER_BEFORE.test(before) || (/[向给为]$/.test(before) && GIVING_VERB.test(text.slice(end, end + 16)));
}

// A cooperation report ('鄞州区2024年东西部协作工作总结') is about the county it helps, named in its opening.
const OPENING = 400;
// '与黔南州12个县（市）结对': a count of its counties may stand between.
const PAIRING_AFTER = /^[^，,。；;]{0,10}?(携手|结对|协作|对口)/;
const HELPS_BEFORE = /(助力|助推|帮助|支持|支援|援助|帮扶|聚焦)[^，,。；;、\d]{0,9}$/;

// The provinces that receive east–west cooperation (东西部协作) and paired assistance (对口帮扶, 对口支援) under the
// State Council's pairings: 河北 (from 北京, 天津), 内蒙古, 广西, 重庆, 四川, 贵州, 云南, 西藏, 陕西, 甘肃, 青海, 宁夏, 新疆.
const RECEIVING_PROVINCES = new Set(['130000', '150000', '450000', '500000', '510000', '520000', '530000', '540000', '610000', '620000', '630000', '640000', '650000']);
// Two prefectures of central provinces are paired too: 湖南's 湘西州 (with 济南) and 湖北's 恩施州 (with 杭州).
const RECEIVING_PREFECTURES = ['433100', '422800'];
// 西藏, 新疆 and 青海's Tibetan areas are helped (对口支援) by receiving provinces too: 重庆 helps 昌都.
const SUPPORTED_PROVINCES = new Set(['540000', '630000', '650000']);

/** Whether the place `code` lies where east–west cooperation or paired assistance is received. */
function receives(code: string, g: Gazetteer): boolean {
  return RECEIVING_PROVINCES.has(provinceOf(code, g)) || RECEIVING_PREFECTURES.some((p) => isWithin(code, p, g));
}

/** Whether the place `code` may be helped by a report region in province `from`. */
function mayBeHelpedBy(code: string, from: string, g: Gazetteer): boolean {
  return receives(code, g) && (!RECEIVING_PROVINCES.has(from) || SUPPORTED_PROVINCES.has(provinceOf(code, g)));
}

const HELP_WORD = /帮扶|协作|支援|援助|援建/;

/** The places outside the report's province named beside a word of help: the partners that give. */
function helpersNamed(text: string, hits: readonly PlaceHit[], g: Gazetteer, ctx: PlaceContext): Set<string> {
  const home = provinceOf(ctx.region, g);
  return new Set(hits.filter((h) => h.status === 'resolved' && h.place && h.place.level !== 'town' && provinceOf(h.place.code, g) !== home
    && HELP_WORD.test(text.slice(Math.max(0, h.start - 12), h.end + 12))).map((h) => h.code));
}

/** Whether a report is a receiving side's account of cooperation: its opening names one, and help flows to it. */
function receivesCooperation(text: string, g: Gazetteer, ctx: PlaceContext): boolean {
  return COOPERATION.test(text.slice(0, OPENING)) && receives(ctx.region, g);
}
const COOPERATION = /东西部协作|东西协作|对口支援|对口帮扶|对口协作|结对帮扶|定点帮扶/;

/**
 * The county or prefecture a cooperation report is about: when its opening names a cooperation, the one place
 * outside the report's province that it names by its official name right after the cooperation's words (two or
 * more leave it open). A figure that names no place then
 * belongs to it, not to the region that wrote the report; the report's own region words (全区, 我区) still
 * point home.
 */
function partnerOf(text: string, hits: readonly PlaceHit[], g: Gazetteer, ctx: PlaceContext): { partner?: string } {
  if (!COOPERATION.test(text.slice(0, OPENING))) return {};
  const helped = new Set<string>();
  const home = provinceOf(ctx.region, g);
  for (const h of hits) {
    const p = h.place;
    if (h.status !== 'resolved' || !p || ['province', 'town'].includes(p.level) || provinceOf(p.code, g) === home) continue;
    // Help flows to the west: a place in a giving province ('在深圳市、龙岗区的倾力帮扶下' in a 那坡 report) gives.
    if (!mayBeHelpedBy(p.code, home, g)) continue;
    // The county helped is named in the cooperation's own words ('结对帮扶的四川省凉山州布拖县'), not in a comparison.
    // In the opening, where the report says what it is about: '此外，…对口支援新疆阿图什市' further on is another task.
    // '与贵州省黔东南州丹寨县携手推进…' names its partner with a word of pairing after it.
    // Where the text names it: this hit (maybe by a short form, '助推黔南州'), and its official name wherever it stands.
    const spans: [number, number][] = [[h.start, h.end]];
    for (let at = text.indexOf(p.name); at !== -1 && at < OPENING; at = text.indexOf(p.name, at + 1)) spans.push([at, at + p.name.length]);
    // '坚持“布拖所需、慈溪所能”': the slogan of a pairing names the helped place first, often by its short form.
    if ([p.name, ...p.short].some((n) => n.length >= 2 && new RegExp(`${n}所需[、，,]`).test(text.slice(0, OPENING)))) helped.add(p.code);
    for (const [at, end] of spans) {
      if (at >= OPENING) continue;
      // '…全部超额完成，助力甘肃省平凉市灵台县巩固拓展…': a word of help before it and the names above it.
      if (COOPERATION.test(text.slice(Math.max(0, at - 20), at)) || PAIRING_AFTER.test(text.slice(end, end + 12))
        || HELPS_BEFORE.test(text.slice(Math.max(0, at - 12), at))) helped.add(p.code);
    }
  }
  // '对口支援拉萨市当雄县': a place named with its prefecture is the one helped, not two.
  const most = [...helped].filter((c) => ![...helped].some((d) => d !== c && isWithin(d, c, g)));
  if (most.length <= 1) return most.length ? { partner: most[0] } : {};
  // '与甘肃省陇南市宕昌县、文县结对帮扶': what names neither county is about both, their smallest common region.
  const common = smallestCommonRegion(most.map((c) => [c, ...lineage(c, g)]));
  return common ? { partner: common } : {};
}
