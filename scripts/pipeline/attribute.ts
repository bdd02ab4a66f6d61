// Who and when a figure is about, and whether it is a result, a goal or a change.
import type { Range } from './segment.ts';
import type { DocKind, Kind, ReportContext } from './types.ts';

export interface RegionName {
  name: string;
  code: string;
  /** A place outside the report's region (places.ts): a list of such places is about them, never the report. */
  outside?: boolean;
}

// Words that point back at a region by its level: '全市新建…' after '双辽市…' is the city again, while
// '全区共栽植…' in a paragraph about 铁西区 is the district.
const OWN_REGION = /(全|我|本)(市|省|县|区|州)|(市|省)(本级|级)/g;

/**
 * The region a figure at `pos` belongs to: the nearest sub-region named before it in its sentence
 * ('双辽市对22个村…'), else one named after it in its clause ('投资1500万元建设伊通县县域医共体'),
 * else the sub-region last named earlier in its paragraph ('铁西区结合实际…'), else the report's.
 * Two regions named together ('梨树县、双辽市共…') make it the report's region again.
 */
export function regionAt(
  text: string, pos: number, sentence: Range, clause: Range, paragraph: Range, names: RegionName[], reportRegion: string,
): string {
  const inSentence = lastRegionBefore(text, sentence.start, pos, names);
  const own = lastOwnBefore(text, sentence.start, pos);
  if (own && (!inSentence || own.at > inSentence.at)) return resolveOwn(text, own.level, pos, paragraph, names, reportRegion);
  // '渭源县、漳县同期增长分别为8.1%和7.9%' in a 陇西 report: listed places outside it leave the figure unfiled ('').
  const listed = (found: Found) => (found.outside ? '' : reportRegion);
  if (inSentence) return isListed(text, inSentence, names) ? (respective(text, inSentence, pos, names) ?? listed(inSentence)) : inSentence.code;
  const after = lastRegionBefore(text, pos, clause.end, names, true);
  if (after) return isListed(text, after, names) ? listed(after) : after.code;
  // A paragraph about a county keeps it until the text turns back to the whole ('全市…').
  const inParagraph = lastRegionBefore(text, paragraph.start, pos, names, false, true);
  const ownInParagraph = lastOwnBefore(text, paragraph.start, pos);
  if (inParagraph && !(ownInParagraph && ownInParagraph.at > inParagraph.at) && !isListed(text, inParagraph, names)) return inParagraph.code;
  return reportRegion;
}

function lastOwnBefore(text: string, from: number, to: number): { at: number; level: string } | null {
  let last: { at: number; level: string } | null = null;
  for (const m of text.slice(from, to).matchAll(OWN_REGION)) last = { at: from + (m.index ?? 0), level: m[2] ?? m[3] };
  return last;
}

/** 全区 → the district last named in the paragraph, unless the report's own region is one. */
function resolveOwn(text: string, level: string, pos: number, paragraph: Range, names: RegionName[], reportRegion: string): string {
  const ownNames = names.filter((n) => n.code === reportRegion);
  // A text that never names its own region ('青山县…全县…' in a Siping report) still means the county it named.
  if (ownNames.some((n) => n.name.endsWith(level))) return reportRegion;
  const found = lastRegionBefore(text, paragraph.start, pos, names.filter((n) => n.name.endsWith(level)));
  return found?.code ?? reportRegion;
}

interface Found extends RegionName {
  at: number;
  end: number;
}

/**
 * The last (or first) region named in text[from, to). With `subjectsOnly`, only names that open a clause
 * count: '今年以来，铁西区按照…' is about the district, '…、紫云红心薯等特色主导产业' only names a product.
 */
function lastRegionBefore(text: string, from: number, to: number, names: RegionName[], first = false, subjectsOnly = false): Found | null {
  let best: Found | null = null;
  const slice = text.slice(from, to);
  for (const n of names) {
    let i = -1;
    for (let j = slice.indexOf(n.name); j !== -1; j = slice.indexOf(n.name, j + 1)) {
      if (subjectsOnly && !(from + j === 0 || /[\n。！？；;，,：:]/.test(text[from + j - 1]))) continue;
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

/**
 * '梨树县、双辽市' or '双辽市和梨树县': a figure about several regions at once. So is a list of their products,
 * '西秀辣椒、平坝蔬菜、普定韭黄…': a few words (no numbers) may follow each name.
 */
function isListed(text: string, found: Found, names: RegionName[]): boolean {
  // '剑川县、红河州屏边县': an item may carry its prefecture before it.
  const before = withoutTrailingName(text.slice(Math.max(0, found.at - 16), found.at), found, names);
  const after = text.slice(found.end, found.end + 16);
  const words = '[^\\d，,。；;：:\\n]{0,6}';
  return names.some((n) => n.code !== found.code
    && (new RegExp(`${escape(n.name)}${words}[、和及与]$`).test(before) || new RegExp(`^${words}[、和及与]${escape(n.name)}`).test(after)));
}

function withoutTrailingName(before: string, found: Found, names: RegionName[]): string {
  const parent = names.filter((n) => n.code !== found.code && before.endsWith(n.name)).sort((a, b) => b.name.length - a.name.length)[0];
  return parent ? before.slice(0, -parent.name.length) : before;
}

/**
 * '大理州剑川县、红河州屏边县分别完成…3200人和2100人': the k-th number after 分别 is the k-th place's. Null when the
 * figure is not one of a 分别 list, or the numbers outrun the places.
 */
function respective(text: string, found: Found, pos: number, names: RegionName[]): string | null {
  const between = text.slice(found.end, pos);
  const at = between.indexOf('分别');
  if (at < 0 || /[。；;]/.test(between)) return null;
  const items: RegionName[] = [found];
  let end = found.at;
  for (;;) {
    const before = withoutTrailingName(text.slice(Math.max(0, end - 16), end), { ...found, code: '\u0000' } as Found, names);
    if (!/[、和及与]$/.test(before)) break;
    const rest = before.slice(0, -1);
    const prev = names.filter((n) => rest.endsWith(n.name)).sort((a, b) => b.name.length - a.name.length)[0];
    if (!prev) break;
    items.unshift(prev);
    end = end - (text.slice(Math.max(0, end - 16), end).length - rest.length) - prev.name.length;
  }
  const k = (between.slice(at + 2).match(/\d+(?:\.\d+)?/g) ?? []).length;
  return items.length > 1 && k < items.length ? items[k].code : null;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const YEAR_SPAN = /(\d{4})年?\s*(?:至|到|—|–|-|~)\s*(\d{4})年/g;
const YEAR = /(\d{4})年(?!\s*(?:至|到|—|–|-|~)\s*\d{4}年)/g;
const RELATIVE = /(今年|本年|当年|去年|上年|上一年|前年)/g;
// '是2021年贷款金额的18倍', '高于去年同期': a year that is the base of a comparison, not the figure's period.
const COMPARISON_BEFORE = /(是|比|较|同比|与|相比|高于|低于|超出|超过|对比)$/;

/** The period of a figure at `pos`: the nearest year named before it in the sentence, else the report's. */
export function periodAt(text: string, pos: number, sentence: Range, ctx: ReportContext): string {
  const prefix = text.slice(sentence.start, pos);
  const found: { at: number; period: string }[] = [];
  const refYear = ctx.published ? Number(ctx.published.slice(0, 4)) : Number(ctx.period.slice(0, 4)) + 1;
  const spans: [number, number][] = [];
  for (const m of prefix.matchAll(YEAR_SPAN)) {
    found.push({ at: m.index ?? 0, period: `${m[1]}-${m[2]}` });
    spans.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const m of prefix.matchAll(YEAR)) {
    const at = m.index ?? 0;
    if (!spans.some(([s, e]) => at >= s && at < e)) found.push({ at, period: m[1] });
  }
  for (const m of prefix.matchAll(RELATIVE)) {
    const w = m[1];
    if (prefix.slice((m.index ?? 0) + w.length).startsWith('同期')) continue;
    const period = w === '去年' || w === '上年' || w === '上一年' ? String(refYear - 1) : w === '前年' ? String(refYear - 2) : ctx.period;
    found.push({ at: m.index ?? 0, period });
  }
  const usable = found.filter((f) => !COMPARISON_BEFORE.test(prefix.slice(Math.max(0, f.at - 3), f.at)));
  usable.sort((a, b) => a.at - b.at);
  const last = usable[usable.length - 1];
  if (!last) return ctx.period;
  const y = Number(last.period.slice(0, 4));
  return y >= 1949 && y <= 2100 ? last.period : ctx.period;
}

// Words right before a number that make it a change: growth, gaps, increases. '新增' is a count of new things.
const CHANGE_BEFORE = /((同比|比上年|较上年)?(增长|增加|增幅|增速|增收|增产|提高了|提升了|上升|下降|减少|降低|回落|下滑|下跌|降幅|减幅|高出|超出|低于)[^，,。；;]{0,6})$/;
// '下降到2.4%', '减少至300户', '降为0': the level reached, not the change ('增长为5%' is the growth).
const NOT_CHANGE = /(新增|新增加)[^，,。；;]{0,6}$|(降|减|减少|降低|回落|增加|提高|提升|上升)了?[到至为]$|增长了?[到至]$/;
// Goal words before a number in the same clause.
// '确保342名贫困学生…不用自己花钱' reports an outcome; '确保…达到' sets a goal.
const TARGET_BEFORE = /(计划|力争|确保[^，,。；;]{0,12}(达到|实现|完成|稳定在|不低于)|预计|目标是|目标为|将达到|要达到|争取达到|争取实现|要实现|拟)/;
// In a plan, what is already done is an actual: '在已编制完成19个村庄规划的基础上'.
const DONE_IN_PLAN = /(已经|已|目前)/;

export function figureKindAt(text: string, pos: number, clause: Range, unit: string, unitText: string, docKind: DocKind): Kind {
  const before = text.slice(clause.start, pos);
  if (docKind === 'plan') return DONE_IN_PLAN.test(before) ? 'actual' : 'target';
  if (unit === 'percentage_points' || /[倍番]$/.test(unitText)) return 'change';
  if (CHANGE_BEFORE.test(before) && !NOT_CHANGE.test(before)) return 'change';
  if (TARGET_BEFORE.test(before)) return 'target';
  return 'actual';
}
