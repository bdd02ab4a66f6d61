// data/places.csv: every region a report or figure is about, for the site and for researchers. The hand-kept
// rows of data/regions.csv (English names, census population, notes) come first; a region only the gazetteer
// knows (a county of a newly added report) gets the gazetteer's name, level and parent, an English name made
// from its pinyin, and its ancestors up to the province, so that the region tree holds on the site.
import { pinyin } from 'pinyin-pro';
import type { Region } from '../../src/schema/region.ts';
import { shortForms, type Gazetteer } from './gazetteer.ts';

// Longest first: 自治县 before 县.
const SUFFIXES: [string, string][] = [
  ['自治区', 'Autonomous Region'], ['自治州', 'Autonomous Prefecture'], ['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'],
  ['地区', 'Prefecture'], ['林区', 'Forestry District'], ['特区', 'Special District'],
  ['省', 'Province'], ['盟', 'League'], ['县', 'County'], ['区', 'District'], ['旗', 'Banner'], ['市', ''],
];

/**
 * An English name in the usual form, from pinyin: 德江县 → 'Dejiang County', 思南县 → 'Sinan County', 长春市 →
 * 'Changchun', 黔东南苗族侗族自治州 → 'Qiandongnan Autonomous Prefecture' (the ethnic names dropped: their English
 * forms are a matter of usage, left to regions.csv). Cities go by their name alone, as in English-language press.
 */
export function englishName(nameZh: string, level: Region['level']): string {
  const [suffix, word] = SUFFIXES.find(([s]) => nameZh.endsWith(s) && nameZh.length > s.length) ?? ['', ''];
  const stem = suffix === '自治州' || suffix === '自治县' || suffix === '自治旗'
    ? (shortForms(nameZh, level).filter((s) => !/[州县旗]$/.test(s)).sort((a, b) => a.length - b.length)[0] ?? nameZh.slice(0, 2))
    : nameZh.slice(0, nameZh.length - suffix.length);
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true }).join('');
  const name = syllables.charAt(0).toUpperCase() + syllables.slice(1);
  return word ? `${name} ${word}` : name;
}

/** The hand-kept regions and, for every code in `used` they lack, the gazetteer's row and its ancestors. */
export function publishedRegions(handKept: readonly Region[], used: Iterable<string>, gazetteer: Gazetteer): Region[] {
  const out = new Map(handKept.map((r) => [r.code, r]));
  const add = (code: string) => {
    for (let c: string | null = code; c && !out.has(c); ) {
      const place = gazetteer.places.get(c);
      if (!place || place.level === 'town') return;
      out.set(c, {
        code: c, parent_code: place.parent, level: place.level, name_zh: place.name, name_en: place.en || englishName(place.name, place.level),
        short_names: [], population_2020: null, population_source: '', valid_from: place.validFrom, valid_to: place.validTo,
        successor_code: null, note: '',
      });
      c = place.parent;
    }
  };
  for (const code of used) if (code) add(code);
  return [...out.values()].sort((a, b) => a.code.localeCompare(b.code));
}
