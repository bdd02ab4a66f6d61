// The national gazetteer: every GB/T 2260 province, prefecture and county (and the towns the package
// lists), with the names reports use for them. Pure: the package's data and the hand-kept tables are
// passed in (gazetteerData.ts reads them), so the rules here are tested on small inputs.
import type { BoundaryChange, HandKeptRegion, KnownCodes, RegionLevel } from './reference.ts';

export type PlaceLevel = RegionLevel | 'town';

export interface Place {
  /** GB/T 2260 code; a town's is its county's code followed by its three-digit town number. */
  code: string;
  name: string; // official zh name
  level: PlaceLevel;
  parent: string | null; // code of the place above
  /** The six-digit code a figure about this place carries: its own, or for a town its county's. */
  region: string;
  short: string[]; // other names a text may use, by rule (shortForms)
  en: string; // from data/regions.csv where pinyin is wrong; '' otherwise (the package has no English)
  validFrom: string | null;
  validTo: string | null;
  /** The code it continued under (公主岭 220381 → 220184), from data/boundary_changes.csv or data/regions.csv. */
  successor: string | null;
}

/** A node of the package's level.json: province → prefecture → county (a municipality's counties sit at depth 1). */
export interface PackageNode {
  code: string;
  name: string;
  children?: PackageNode[];
}

/** A row of the package's town.json: `code` is the county's code, `town` the town's number ('001000'). */
export interface PackageTown {
  code: string;
  name: string;
  town: string;
}

export interface GazetteerSource {
  /** dataDate: of the GB/T 2260 codes (county level and above); townsDataDate: of the statistics bureau's town codes. */
  package: { name: string; version: string; dataDate: string; townsDataDate: string };
  tree: PackageNode[];
  towns: PackageTown[];
}

export interface Gazetteer {
  source: GazetteerSource['package'];
  places: Map<string, Place>;
  /** Every official name and short form → the places it may mean (homonyms have several). */
  byName: Map<string, Place[]>;
  changes: BoundaryChange[];
}

// The 56 ethnic groups, as they appear inside the names of autonomous areas (黔东南苗族侗族自治州).
export const ETHNIC_GROUPS = '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺'.split('|');
const ETHNIC = ETHNIC_GROUPS.join('|');
const ETHNIC_RUN = new RegExp(`((${ETHNIC})族)+(各族)?$`);
const TOWN_ETHNIC = new RegExp(`^(.{2,}?)((?:(?:${ETHNIC})族)+)(乡|镇)$`);
const LEVEL_SUFFIX = /(自治县|自治州|自治旗|自治区|特别行政区|地区|林区|特区|省|市|州|县|区|旗|盟)$/;

/**
 * Stems that are ordinary words, so a short form made of them would turn prose into places:
 * '乡村振兴' is not 振兴区 (丹东), '共同富裕' not 富裕县, '合作社' not 合作市, '安居乐业' not 乐业县,
 * '新乡贤' not 新乡市, '延长产业链' not 延长县, '通道' not 通道侗族自治县, '东至…西至' not 东至县,
 * '全州城乡居民' (the whole prefecture) not 全州县, '新建公路' not 新建区, '富民产业' not 富民县, '惠农政策' not 惠农区.
 * The official name (振兴区, 富裕县 …) still resolves.
 */
export const COMMON_WORD_STEMS = new Set([
  '振兴', '富裕', '合作', '乐业', '安居', '新乡', '延长', '通道', '东至', '和平', '平安', '安定', '同心', '大方', '东方',
  '红旗', '向阳', '友谊', '新华', '长寿', '温泉', '共和', '民乐', '江南', '白云', '中山', '光明', '团结', '胜利', '建设',
  '发展', '新兴', '兴业', '方正', '五常', '永年', '开放', '石门', '武功', '城关', '新城', '新市', '城中', '市中', '宝山',
  '全州', '全椒', '清河', '长安', '朝阳', '资源', '新建', '富民', '惠民', '惠农', '康乐', '前进', '东风', '先锋', '红星', '安宁', '新民', '民和', '共青', '新区', '高新', '经开', '开发', '龙凤', '吉利', '和顺', '永和', '安全', '正安', '文化', '卫东',
]);

/**
 * Stems that also name a river or mountain the texts speak of: '黑龙江' alone is the river as often as the
 * province (黑龙江省 still resolves).
 */
const NATURAL_FEATURE_STEMS = new Set(['黑龙江']);

// Stems made only of position words (城区, 郊区, 矿区, 桥西区, 市北区, 河东区…) name a kind of place, not one place.
const POSITION_ONLY = /^[东西南北中上下前后内外新老城郊矿市桥江河湖山]+$/;

/**
 * A district named only by where it lies in its city (城区, 郊区, 矿区, 市中区, 东区, 城北区 …): in prose these are
 * the town centre or the suburbs. 西湖区 and 新县 are names.
 */
export function isGenericName(name: string): boolean {
  return /^(城|郊|矿|东|西|南|北|市中|城中|城东|城西|城南|城北|市北|市南)区$/.test(name);
}

/**
 * Short forms of an official name, by rule: strip the level word (市/县/区/旗/自治县/自治州/…) and the
 * ethnic names before it, keep stems of two characters or more, and drop a stem that is an ordinary word.
 * 德江县 → 德江; 黔东南苗族侗族自治州 → 黔东南自治州, 黔东南州, 黔东南; 镇宁布依族苗族自治县 → 镇宁自治县, 镇宁县,
 * 镇宁; 前郭尔罗斯蒙古族自治县 → 前郭尔罗斯自治县, 前郭尔罗斯县, 前郭尔罗斯, 前郭县, 前郭 (a long transliterated
 * stem is abbreviated to its first two characters, as texts do).
 */
export function shortForms(name: string, level: PlaceLevel): string[] {
  // '城关' alone is every county seat: towns go by their full names, but an ethnic township drops its
  // ethnic names as texts do (杨武布依族苗族乡 → 杨武乡).
  if (level === 'town') {
    const m = TOWN_ETHNIC.exec(name);
    return m ? [m[1] + m[3]] : [];
  }
  const suffix = LEVEL_SUFFIX.exec(name)?.[1];
  if (!suffix) return [];
  const autonomous = suffix.startsWith('自治');
  let stem = name.slice(0, -suffix.length).replace(ETHNIC_RUN, '');
  // A county named after its people alone (东乡族自治县) is written 东乡县: keep the name without 族.
  if (stem === '' && autonomous) stem = name.slice(0, -suffix.length).replace(/族$/, '');
  if (stem.length < 2 || stem === name || COMMON_WORD_STEMS.has(stem) || NATURAL_FEATURE_STEMS.has(stem) || POSITION_ONLY.test(stem)) return [];
  const out: string[] = [];
  const add = (s: string) => { if (s !== name && s.length >= 2 && !out.includes(s)) out.push(s); };
  // A prefecture-level 自治州 is written 黔东南自治州 or 黔东南州; an autonomous county 镇宁自治县 or 前郭县;
  // a province just 贵州, 广西.
  const levelWord = suffix === '自治州' ? '州' : suffix === '自治县' ? '县' : suffix === '自治旗' ? '旗' : '';
  if (levelWord) add(stem + suffix);
  if (levelWord) add(stem + levelWord);
  add(stem);
  if (autonomous && stem.length >= 4) {
    const abbr = stem.slice(0, 2);
    if (!COMMON_WORD_STEMS.has(abbr)) { if (levelWord) add(abbr + levelWord); add(abbr); }
  }
  return out;
}

function levelOf(node: PackageNode, depth: number, parent: PackageNode | null): RegionLevel {
  if (depth === 0) return 'province';
  // A municipality's districts and counties sit right under it; a prefecture's code ends in 00.
  if (node.code.endsWith('00') && parent && parent.code.endsWith('0000')) return 'prefecture';
  if (/区$/.test(node.name) && !/林区$/.test(node.name)) return 'district';
  if (/市$/.test(node.name)) return 'county_city';
  return 'county';
}

// The package also carries the statistics bureau's units that have no GB/T 2260 code: 市辖区 placeholders,
// '省直辖县级行政区划' groupings, and development zones numbered xx71–xx79 (长春经济技术开发区 220171).
const isPlaceholder = (n: PackageNode) => /市辖区$|直辖县级行政区划$/.test(n.name);
const isZone = (n: PackageNode) => /7\d$/.test(n.code) && !n.code.endsWith('00');
const COUNTY_NAME = /(县|区|市|旗)$/;

/**
 * The gazetteer from the package's tree and towns, and the codes that no longer exist from
 * data/boundary_changes.csv: 公主岭 was 220381 under 四平市 until 2020-06-19, when it became 220184 under
 * 长春市. The package lists only the new code; the old one is made from it (same name and level, the parent
 * it left, valid until the change), and the new one is valid from that day.
 */
export function buildGazetteer(src: GazetteerSource, changes: readonly BoundaryChange[] = []): Gazetteer {
  const places = new Map<string, Place>();
  const put = (p: Place) => { if (!places.has(p.code)) places.set(p.code, p); };
  const walk = (node: PackageNode, depth: number, parent: PackageNode | null, parentCode: string | null) => {
    if (isPlaceholder(node)) { for (const c of node.children ?? []) walk(c, depth + 1, node, parentCode); return; }
    if (depth > 0 && (isZone(node) || (!node.code.endsWith('00') && !COUNTY_NAME.test(node.name)))) return;
    const level = levelOf(node, depth, parent && isPlaceholder(parent) ? { code: `${node.code.slice(0, 2)}0000`, name: '' } : parent);
    put({
      code: node.code, name: node.name, level, parent: parentCode, region: node.code, short: shortForms(node.name, level), en: '',
      validFrom: null, validTo: null, successor: null,
    });
    for (const c of node.children ?? []) walk(c, depth + 1, node, node.code);
  };
  for (const p of src.tree) walk(p, 0, null, null);
  for (const t of src.towns) {
    if (!places.has(t.code) || !/(镇|乡|街道|苏木)$/.test(t.name)) continue;
    const code = `${t.code}${t.town.slice(0, 3)}`;
    put({ code, name: t.name, level: 'town', parent: t.code, region: t.code, short: shortForms(t.name, 'town'), en: '', validFrom: null, validTo: null, successor: null });
  }
  for (const c of changes) {
    const now = c.new_code ? places.get(c.new_code) : undefined;
    if (!c.old_code || !now || now.level === 'town') continue;
    if (now.validFrom === null) now.validFrom = c.date;
    if (!places.has(c.old_code)) {
      places.set(c.old_code, { ...now, code: c.old_code, region: c.old_code, parent: c.from_parent ?? now.parent, validFrom: null, validTo: c.date, successor: now.code });
    }
  }
  dropProvinceStemClashes(places);
  return { source: src.package, places, byName: nameIndex(places.values()), changes: [...changes] };
}

function nameIndex(places: Iterable<Place>): Map<string, Place[]> {
  const byName = new Map<string, Place[]>();
  for (const p of places) {
    for (const n of new Set([p.name, ...p.short])) {
      const list = byName.get(n);
      if (list) list.push(p);
      else byName.set(n, [p]);
    }
  }
  return byName;
}

/**
 * The gazetteer with what data/regions.csv adds to a region: its English name where pinyin is wrong, and
 * validity dates and successor where the table states them (they win over boundary_changes.csv's).
 * Every code must be the gazetteer's (loadRegions checks it, naming the line).
 */
export function withHandKept(g: Gazetteer, hand: readonly HandKeptRegion[]): Gazetteer {
  if (hand.length === 0) return g;
  const places = new Map(g.places);
  for (const r of hand) {
    const p = places.get(r.code);
    if (!p || p.level === 'town') throw new Error(`data/regions.csv: ${r.code} is not a region of the gazetteer`);
    places.set(r.code, {
      ...p, en: r.name_en, validFrom: r.valid_from ?? p.validFrom, validTo: r.valid_to ?? p.validTo, successor: r.successor_code ?? p.successor,
    });
  }
  return { ...g, places, byName: nameIndex(places.values()) };
}

/**
 * The gazetteer with the names texts use that no rule derives (data/place_names.yml: 科右前旗 for 科尔沁右翼前旗).
 * Each official name must be one place, and a name must not already mean another.
 */
export function withPlaceNames(g: Gazetteer, names: Readonly<Record<string, string>>, file = 'data/place_names.yml'): Gazetteer {
  const entries = Object.entries(names);
  if (entries.length === 0) return g;
  const places = new Map(g.places);
  for (const [name, official] of entries) {
    const owners = (g.byName.get(official) ?? []).filter((p) => p.name === official && p.level !== 'town');
    if (owners.length !== 1) throw new Error(`${file}: ${name}: ${official} is ${owners.length ? 'more than one place' : 'no place'} of the gazetteer`);
    const other = (g.byName.get(name) ?? []).find((p) => p.code !== owners[0].code);
    if (other) throw new Error(`${file}: ${name} already names ${other.name} (${other.code})`);
    const p = places.get(owners[0].code)!;
    places.set(p.code, { ...p, short: [...p.short, name] });
  }
  return { ...g, places, byName: nameIndex(places.values()) };
}

/**
 * A short form shared by a province and a place below it is neither: '吉林' is 吉林省 and 吉林市 (and 吉林日报),
 * '海南' is the province and 海南藏族自治州 of 青海. Texts then write the full name, which still resolves.
 */
function dropProvinceStemClashes(places: Map<string, Place>): void {
  const owners = new Map<string, Set<string>>(); // short form → codes of the places (not towns) that take it by rule
  for (const p of places.values()) {
    if (p.level === 'town') continue;
    for (const s of shortForms(p.name, p.level)) owners.set(s, (owners.get(s) ?? new Set()).add(p.code));
  }
  const provinceOwned = (s: string) => [...(owners.get(s) ?? [])].some((c) => places.get(c)?.level === 'province');
  for (const p of places.values()) {
    if (p.level === 'town') continue;
    p.short = p.short.filter((s) => !(provinceOwned(s) && (owners.get(s)?.size ?? 0) > 1));
  }
}

/** Whether a place exists at an ISO date: valid over [validFrom, validTo). */
export function isValidOn(place: Place, date: string | null | undefined): boolean {
  if (!date) return place.validTo === null;
  return (place.validFrom === null || place.validFrom <= date) && (place.validTo === null || date < place.validTo);
}

/** Parent, grandparent, … codes of a place, nearest first. */
export function lineage(code: string, g: Gazetteer): string[] {
  const chain: string[] = [];
  for (let p = g.places.get(code)?.parent ?? null; p !== null && !chain.includes(p); p = g.places.get(p)?.parent ?? null) chain.push(p);
  return chain;
}

/** Whether `code` is `ancestor` or lies below it. */
export function isWithin(code: string, ancestor: string, g: Gazetteer): boolean {
  return code === ancestor || lineage(code, g).includes(ancestor);
}

/**
 * The smallest region common to several places, each given as its chain (itself, then the regions above it, nearest
 * first), or null when they share none below the country.
 */
export function smallestCommonRegion(chains: readonly (readonly string[])[]): string | null {
  return chains[0]?.find((code) => chains.every((c) => c.includes(code))) ?? null;
}

/** The province of a place (itself for a province). */
export function provinceOf(code: string, g: Gazetteer): string {
  const chain = [code, ...lineage(code, g)];
  return chain[chain.length - 1];
}

/** The code a place had or has on a date: 公主岭 is 220381 before 2020-06-19 and 220184 from then on. */
export function codeOn(code: string, date: string, g: Gazetteer): string {
  for (const c of g.changes) {
    if (c.old_code === code && c.new_code && date >= c.date) return c.new_code;
    if (c.new_code === code && c.old_code && date < c.date) return c.old_code;
  }
  return code;
}

/** Whether a string is a six-digit code the gazetteer knows as a province, prefecture or county. */
export function isRegionCode(code: string, g: Gazetteer): boolean {
  const p = g.places.get(code);
  return /^\d{6}$/.test(code) && p !== undefined && p.level !== 'town';
}

/** Every region code of the gazetteer (not towns): what a figure's region_code may be. */
export function regionCodeSet(g: Gazetteer): Set<string> {
  return new Set([...g.places.values()].filter((p) => p.level !== 'town').map((p) => p.code));
}

/** The gazetteer's region codes, for the tables that refer to them (errors say where the codes come from). */
export function regionCodesOf(g: Gazetteer): KnownCodes {
  return { has: (code) => isRegionCode(code, g), source: `the gazetteer (${g.source.name} ${g.source.version}, with the retired codes of data/boundary_changes.csv)` };
}
