// data/places.csv: every region a report or figure is about, for the site and for researchers, with its
// ancestors up to the province so that the region tree holds; data/towns.csv: every town a figure is about. Names, levels, parents and short forms are the
// gazetteer's; census population, validity and notes come from data/regions.csv; the English name from pinyin
// unless regions.csv gives one.
import { pinyin } from 'pinyin-pro';
import type { HandKeptRegion, Region } from '../../src/schema/region.ts';
import type { Town } from '../../src/schema/town.ts';
import { ETHNIC_GROUPS, type Gazetteer, type PlaceLevel } from './gazetteer.ts';

// Longest first: 自治县 before 县.
const SUFFIXES: [string, string][] = [
  ['特别行政区', 'Special Administrative Region'],
  ['自治区', 'Autonomous Region'], ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'],
  ['地区', 'Prefecture'], ['林区', 'Forestry District'], ['特区', 'Special District'], ['街道', 'Subdistrict'], ['苏木', 'Sumu'],
  ['省', 'Province'], ['盟', 'League'], ['县', 'County'], ['区', 'District'], ['旗', 'Banner'], ['镇', 'Town'], ['乡', 'Township'], ['市', ''],
];

// The peoples in the English names of autonomous areas, as the State Council's English usage writes them
// (延边朝鲜族自治州 → Yanbian Korean Autonomous Prefecture).
const PEOPLES_EN: Record<string, string> = {
  蒙古: 'Mongol', 回: 'Hui', 藏: 'Tibetan', 维吾尔: 'Uygur', 苗: 'Miao', 彝: 'Yi', 壮: 'Zhuang', 布依: 'Bouyei', 朝鲜: 'Korean',
  满: 'Manchu', 侗: 'Dong', 瑶: 'Yao', 白: 'Bai', 土家: 'Tujia', 哈尼: 'Hani', 哈萨克: 'Kazak', 傣: 'Dai', 黎: 'Li', 傈僳: 'Lisu',
  佤: 'Va', 畲: 'She', 高山: 'Gaoshan', 拉祜: 'Lahu', 水: 'Shui', 东乡: 'Dongxiang', 纳西: 'Naxi', 景颇: 'Jingpo', 柯尔克孜: 'Kirgiz',
  土: 'Tu', 达斡尔: 'Daur', 仫佬: 'Mulam', 羌: 'Qiang', 布朗: 'Blang', 撒拉: 'Salar', 毛南: 'Maonan', 仡佬: 'Gelao', 锡伯: 'Xibe',
  阿昌: 'Achang', 普米: 'Pumi', 塔吉克: 'Tajik', 怒: 'Nu', 乌孜别克: 'Uzbek', 俄罗斯: 'Russian', 鄂温克: 'Ewenki', 德昂: 'Deang',
  保安: 'Bonan', 裕固: 'Yugur', 京: 'Gin', 塔塔尔: 'Tatar', 独龙: 'Derung', 鄂伦春: 'Oroqen', 赫哲: 'Hezhen', 门巴: 'Monba',
  珞巴: 'Lhoba', 基诺: 'Jino',
};

// Province-level units whose English name is not their pinyin (陕西 is written Shaanxi to tell it from 山西).
const PROVINCES_EN: Record<string, string> = {
  陕西省: 'Shaanxi Province', 新疆维吾尔自治区: 'Xinjiang Uygur Autonomous Region', 内蒙古自治区: 'Inner Mongolia Autonomous Region', 西藏自治区: 'Tibet Autonomous Region',
  香港特别行政区: 'Hong Kong Special Administrative Region', 澳门特别行政区: 'Macao Special Administrative Region',
};

// The peoples at the end of an autonomous area's name, before its level word: 黔东南|苗族侗族|自治州.
const PEOPLES_TAIL = new RegExp(`((?:${ETHNIC_GROUPS.join('|')})族)+(各族)?$`);
const PEOPLE = new RegExp(`(${ETHNIC_GROUPS.join('|')})族`, 'g');

const spelled = (zh: string) => {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array', v: true }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
};
const andList = (words: string[]) => (words.length < 2 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/**
 * An English name in the usual form, from pinyin: 德江县 → 'Dejiang County', 长春市 → 'Changchun', 公主岭市 →
 * 'Gongzhuling (county-level city)', 黔东南苗族侗族自治州 → 'Qiandongnan Miao and Dong Autonomous Prefecture',
 * 杨武布依族苗族乡 → 'Yangwu Bouyei and Miao Ethnic Township', 沙子镇 → 'Shazi Town'. Cities go by their name
 * alone, as in English-language press; a county-level city says so, to tell it from a prefecture.
 */
export function englishName(nameZh: string, level: PlaceLevel): string {
  if (PROVINCES_EN[nameZh]) return PROVINCES_EN[nameZh];
  const [suffix, word] = SUFFIXES.find(([s]) => nameZh.endsWith(s) && nameZh.length > s.length) ?? ['', ''];
  const body = nameZh.slice(0, nameZh.length - suffix.length);
  const tail = suffix.startsWith('自治') || suffix === '乡' ? PEOPLES_TAIL.exec(body) : null;
  const peoples = tail ? [...tail[0].matchAll(PEOPLE)].map((m) => PEOPLES_EN[m[1]]) : [];
  const stem = tail ? body.slice(0, tail.index) : body;
  // 东乡族自治县 is named after its people alone: 'Dongxiang Autonomous County'.
  const head = stem === '' ? andList(peoples) : spelled(stem);
  const ethnic = stem === '' ? '' : andList(peoples);
  if (suffix === '市' && level === 'county_city') return `${head} (county-level city)`;
  return [head, ethnic, suffix === '乡' && peoples.length ? 'Ethnic Township' : word].filter(Boolean).join(' ');
}

/**
 * The rows of data/places.csv: every hand-kept region, every code in `used` (report regions, figure regions,
 * the codes of boundary_changes.csv) and their ancestors, from the gazetteer and data/regions.csv.
 * A code the gazetteer does not know as a region (a town, an empty code) is skipped.
 */
export function publishedRegions(handKept: readonly HandKeptRegion[], used: Iterable<string>, gazetteer: Gazetteer): Region[] {
  const hand = new Map(handKept.map((r) => [r.code, r]));
  const out = new Map<string, Region>();
  const add = (code: string) => {
    for (let c: string | null = code; c && !out.has(c); ) {
      const place = gazetteer.places.get(c);
      if (!place || place.level === 'town') return;
      const h = hand.get(c);
      out.set(c, {
        code: c, parent_code: place.parent, level: place.level, name_zh: place.name, name_en: h?.name_en || englishName(place.name, place.level),
        short_names: place.short, population_2020: h?.population_2020 ?? null, population_source: h?.population_source ?? '',
        valid_from: place.validFrom, valid_to: place.validTo, successor_code: place.successor, note: h?.note ?? '',
      });
      c = place.parent;
    }
  };
  for (const code of [...hand.keys(), ...used]) if (code) add(code);
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}

/** The rows of data/towns.csv: every town code in `used` the gazetteer knows, by code. */
export function publishedTowns(used: Iterable<string>, gazetteer: Gazetteer): Town[] {
  const out = new Map<string, Town>();
  for (const code of used) {
    const place = gazetteer.places.get(code);
    if (!place || place.level !== 'town' || out.has(code)) continue;
    out.set(code, { code, county_code: place.region, name_zh: place.name, name_en: englishName(place.name, 'town') });
  }
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}
