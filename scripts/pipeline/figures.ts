// One report's text in, its figures and mentions out: clean → find numbers → exclude, then for each number that
// is left its surroundings, and from them its subject, quote, scope, kind, indicator, region and period. Each
// stage is a pure function of its own module; this file only composes them. The same text and context give the
// same rows.
import { cellAt, tableCells, type TableCell } from './tables.ts';
import { clean, verbatimRange, type Block, type CleanText } from './clean.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import { exclusionReason, exclusionSpans } from './exclusions.ts';
import { surroundingsOf, type Surroundings } from './surroundings.ts';
import { previousClause } from './segment.ts';
import { subjectOf } from './subject.ts';
import { leansBack, opensLeaning, quoteOf } from './quote.ts';
import { partialScope, scopedSubject } from './scope.ts';
import { continuesList } from './list.ts';
import { regionAt, type RegionName } from './attribute.ts';
import { figureKindAt, kindForPeriod } from './kind.ts';
import { fullSentenceStart, periodAt } from './period.ts';
import { townAt } from './towns.ts';
import type { PlaceName } from './places.ts';
import { classifyWithCue, type IndicatorRules } from './classify.ts';
import { signedValue } from './direction.ts';
import { toSimplified } from './traditional.ts';
import { basisOf } from './indicators/basis.ts';
import { WEAK_CUES, type Cue } from './indicators/match.ts';
import { respectiveIndex, respectiveSubject } from './indicators/respectively.ts';
import { excludedMention, figureMention, removedMentions, unknownPlaceMentions } from './mentions.ts';
import { anyIn } from './sorted.ts';
import type { Figure, Mention, ReportContext } from './types.ts';

/** What one report's text is matched against: the names of its places and the indicator rules. */
export interface ReportLookups {
  /** Names of the report's region and its sub-regions, longest first. */
  regionNames: RegionName[];
  indicatorRules: IndicatorRules;
  /** With a gazetteer: the names found in the (cleaned) text replace regionNames; unknown places are warned about. */
  placeNames?: (text: string) => { names: PlaceName[]; lineage?: RegionName[]; partner?: string; warnings: { start: number; end: number; text: string; reason: string }[] };
}

export interface Extraction {
  figures: Figure[];
  mentions: Mention[];
  blocks: Block[];
  /** Figures whose indicator came only from a weak cue (the clause before): npm run review lists them. */
  weak?: string[];
}

/** A figure as read, with what the figure after it may take over: where it stands and its whole subject. */
interface Reading {
  figure: Figure;
  cue: Cue | '';
  where: Surroundings;
  subject: string;
}

/** What every figure of one report is read against. */
interface ReportText {
  verbatim: string;
  cleaned: CleanText;
  /** The cleaned text in simplified script. */
  text: string;
  ctx: ReportContext;
  lookups: ReportLookups;
  regionNames: PlaceName[];
  /** The report's region and those above it, nearest first (what 全市 in a county report means). */
  lineage: RegionName[];
  /** Where a figure that names no place belongs (the county a cooperation report is about, else the report's region). */
  unnamed: string;
  /** Offsets of the numbers that are figures, in order. */
  figureStarts: number[];
  /** The cells of the text's tables (tables.ts). */
  cells: TableCell[];
}

export function extractFigures(verbatim: string, ctx: ReportContext, lookups: ReportLookups): Extraction {
  const cleaned = clean(verbatim);
  // Traditional script read as simplified, character for character: the same offsets, one set of rules.
  const text = toSimplified(cleaned.text);
  const cells = tableCells(text);
  const tokens = findNumbers(text, cells);
  const spans = exclusionSpans(text);
  const found = lookups.placeNames?.(text);
  // '北二十家子镇', '三都': a numeral inside a place's name counts nothing.
  const inPlaceName = placeNameSpans(text, found?.names ?? []);
  // Reasons first, so that a figure's neighbours are figures, not the policy names between them.
  const reasons = tokens.map((t) => exclusionReason(text, t, spans) ?? (brokenByLayout(cleaned, t) ? 'layout_break' : null)
    ?? (inPlaceName.some(([s, e]) => t.start >= s && t.start < e) ? 'place_name' : null));
  const numbers = tokens.filter((_, i) => reasons[i] === null);
  const report: ReportText = {
    verbatim, cleaned, text, ctx, lookups, regionNames: found?.names ?? lookups.regionNames, lineage: found?.lineage ?? [], unnamed: found?.partner ?? ctx.region, figureStarts: numbers.map((t) => t.start),
    cells,
  };
  const readings: Reading[] = [];
  for (let k = 0; k < numbers.length; k++) readings.push(readFigure(report, surroundingsOf(text, numbers, k), readings));

  const figureOf = new Map(numbers.map((t, k) => [t, readings[k].figure]));
  const mentions = tokens.map((t, i) => {
    const reason = reasons[i];
    return reason ? excludedMention(ctx.id, verbatim, verbatimRange(cleaned, t.start, t.unitEnd), reason) : figureMention(figureOf.get(t)!);
  });
  // Loops, not push(...): a spread of 200,000 mentions overflows the call stack.
  for (const m of removedMentions(verbatim, cleaned.blocks, ctx.id)) mentions.push(m);
  for (const m of unknownPlaceMentions(verbatim, cleaned, found?.warnings ?? [], ctx.id)) mentions.push(m);
  mentions.sort((a, b) => a.start - b.start);
  const weak = readings.filter((r) => r.figure.indicator && (WEAK_CUES as string[]).includes(r.cue)).map((r) => r.figure.figure_id);
  return { figures: readings.map((r) => r.figure), mentions, blocks: cleaned.blocks, weak };
}

/** Where the names that hold a numeral ('北二十家子镇') stand in the text. */
function placeNameSpans(text: string, names: readonly { name: string }[]): [number, number][] {
  const out: [number, number][] = [];
  for (const { name } of names) {
    if (!/[0-9一二三四五六七八九十百千两]/.test(name)) continue;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) out.push([at, at + name.length]);
  }
  return out;
}

/** A number whose verbatim text a layout break cuts in two cannot be quoted as written. */
function brokenByLayout(cleaned: CleanText, t: NumberToken): boolean {
  const { start, end } = verbatimRange(cleaned, t.start, t.unitEnd);
  return end - start !== t.unitEnd - t.start;
}

/** One figure from its surroundings and the figure read before it. */
function readFigure(report: ReportText, here: Surroundings, earlier: readonly Reading[]): Reading {
  const last = earlier[earlier.length - 1];
  const { verbatim, cleaned, text, ctx } = report;
  const { token: t, sentence, clause } = here;
  const { start: numberStart, end: numberEnd } = verbatimRange(cleaned, t.start, t.unitEnd);
  const leans = leansBack(text, here);
  const quote = quoteOf(cleaned, here, leans);
  // '分别增长34.88%、27.55%': a list item takes the kind of the item before it.
  // A table's cell is of its column's year and kind ('基期值（2024年）', '目标值').
  const cell = cellAt(report.cells, t.start);
  const period = cell?.period ?? periodAt(text, t.start, sentence, ctx);
  const kind = cell?.kind ?? kindForPeriod(continuesList(text, here.itemBefore, t) && last ? last.figure.kind : figureKindAt(text, t.start, clause, t.unit ?? '', t.unitText, ctx.docKind),
    period, ctx, text.slice(clause.start, t.start));
  const clauseBefore = text.slice(clause.start, t.start);
  // A change that leans on a part's value ('20个重点帮扶县…达到7452元，增长10.6%') is the part's too; so is a table
  // row of a budget level ('市本级　1940　1860'), a part of the region's money.
  const scope = partialScope(clauseBefore, text.slice(t.unitEnd, clause.end), t.unit)
    ?? (leans && here.previous && CHANGE_OR_SHARE.test(clauseBefore) ? partialScope(text.slice(here.previous.start, here.previous.end)) : undefined)
    ?? (cell && BUDGET_LEVEL_ROW.test(cell.row) ? cell.row : undefined);
  const subject = scopedSubject(subjectOf(text, here, last), scope);
  const sentenceBefore = text.slice(sentence.start, clause.start);
  let { key: indicator, cue } = scope ? { key: '', cue: '' as const } : classifyWithCue(indicatorInput(report, here, leans, kind, cell), report.lookups.indicatorRules);
  if (indicator && isPartOfEarlier(text, indicator, here, earlier)) {
    indicator = '';
    cue = '';
  }
  const regionCode = regionAt(text, t.start, sentence, clause, here.paragraph, report.regionNames, ctx.region, report.lineage, report.unnamed);
  const figure: Figure = {
    figure_id: `${ctx.id}:${numberStart}`,
    report: ctx.id,
    region_code: regionCode,
    town_code: townAt(text, t.start, sentence, clause, here.paragraph, report.regionNames, regionCode),
    period,
    indicator,
    subject: subject.slice(0, 40),
    value: signedValue(text, clause.start, t, kind),
    value_to: t.rangeTo === null ? null : signedValue(text, clause.start, { ...t, value: t.rangeTo }, kind),
    unit: t.unit!,
    qualifier: t.qualifier,
    kind,
    basis: basisOf(clauseBefore, sentenceBefore, kind),
    number_text: verbatim.slice(numberStart, numberEnd),
    number_start: numberStart,
    number_end: numberEnd,
    quote: verbatim.slice(quote.start, quote.end),
    start: quote.start,
    end: quote.end,
    correction: '',
  };
  return { figure, cue, where: here, subject };
}

/**
 * '消费帮扶金额达到50亿元，其中东西部协作消费帮扶15亿元', '衔接资金4.52亿元（中央2.96亿元、市级1.08亿元）': a part of a
 * total given earlier in the sentence (after 其中, or inside brackets opened after it) is not a second value of the
 * total's indicator.
 */
function isPartOfEarlier(text: string, indicator: string, here: Surroundings, earlier: readonly Reading[]): boolean {
  const { sentence, token: t } = here;
  for (let i = earlier.length - 1; i >= 0 && earlier[i].where.sentence.start === sentence.start; i--) {
    if (earlier[i].figure.indicator !== indicator) continue;
    const between = text.slice(earlier[i].where.token.unitEnd, t.start);
    if (/其中/.test(between) || between.lastIndexOf('（') > between.lastIndexOf('）') || between.lastIndexOf('(') > between.lastIndexOf(')')) return true;
  }
  return false;
}

const GROUP_VERB_START = /^(吸纳|安置|聘用|解决)/;
const BUDGET_LEVEL_ROW = /^(省|市|州|县|区|旗)本级$/;
const CHANGE_OR_SHARE = /^\s*(同比|比上年|较上年)?(增长|增加|提高|增幅|增速|下降|减少|降低|占)/;
// '…达到9315元，居全省第1位，增长10.2%': a rank between a value and its change names nothing; the change leans past it.
const RANK_CLAUSE = /^\s*(居|位居|位列|排名|排在|列)[^，,。；;\d]{0,8}第[一二三四五六七八九十\d]+(位|名)?\s*$/;

/** What the indicator rules read: the clause before counts when the figure leans on it or it holds no figure of its own. */
function indicatorInput(report: ReportText, here: Surroundings, leans: boolean, kind: Figure['kind'], cell: TableCell | undefined) {
  const { text } = report;
  const { token: t, clause, sentence, previous } = here;
  const own = text.slice(clause.start, clause.end);
  // '…人均纯收入为11865元，较上年增加1320元，增幅12.5%': the clause leaned on leans itself; go back to the one that
  // names the quantity (two steps at most).
  let from = previous;
  // So does a clause that opens with a verb taking groups ('帮扶车间412个，吸纳就业9850人，其中脱贫劳动力6230人').
  const leansOnIts = (c: string) => opensLeaning(c) || GROUP_VERB_START.test(c.trimStart()) || RANK_CLAUSE.test(c);
  for (let i = 0; leans && from && i < 2 && leansOnIts(text.slice(from.start, from.end)); i++) from = previousClause(text, from, sentence) ?? from;
  // '城镇、农村…收入分别达到38620元、15480元': the k-th number reads the k-th item's subject.
  const k = respectiveIndex(own, clause.start, report.figureStarts, t.start);
  const sentenceStart = Math.min(sentence.start, fullSentenceStart(text, clause.start));
  const each = (s: string) => (k === null ? s : respectiveSubject(s, k));
  const ownText = each(own);
  return {
    // A cell's clause is its row; its column's name ('未消除风险监测户（户）') is its own words too.
    own: cell ? `${cell.column}：${ownText}` : ownText, before: each(here.before),
    // A table's cell is also named by its column and its table's caption ('支出进度（%）' under '…衔接资金支出进度').
    previous: previous && from && (leans || !anyIn(report.figureStarts, previous.start, previous.end)) ? `${each(text.slice(from.start, previous.end))}，${ownText}`
      : cell ? `${cell.caption}，${cell.column}，${ownText}` : '',
    // A table's rows are quantities of what its caption names ('表11　2024年脱贫人口人均纯收入及构成').
    after: text.slice(t.unitEnd, clause.end), sentenceBefore: `${cell?.caption ?? ''}${each(text.slice(sentenceStart, clause.start))}`, unit: t.unit!, kind, qualifier: t.qualifier,
    sentencePrevious: sentenceStart > here.paragraph.start ? text.slice(Math.max(here.paragraph.start, fullSentenceStart(text, sentenceStart - 1)), sentenceStart) : '',
  };
}
