// One report's text in, its figures and mentions out: clean → segment → find numbers → exclude →
// attribute → classify. Pure: the same text and context give the same rows.
import { clean, toVerbatim, type Block, type CleanText } from './clean.ts';
import { findNumbers, type NumberToken } from './numbers.ts';
import { exclusionReason, exclusionSpans } from './exclusions.ts';
import { clauseAt, paragraphAt, previousClause, sentenceAt, type Range } from './segment.ts';
import { kindAt, periodAt, regionAt, type RegionName } from './attribute.ts';
import { townAt } from './towns.ts';
import type { PlaceName } from './places.ts';
import { classifyWithCue, type compileLexicon } from './classify.ts';
import { signedValue } from './direction.ts';
import { toSimplified } from './traditional.ts';
import { basisOf } from './indicators/basis.ts';
import { WEAK_CUES } from './indicators/match.ts';
import type { Figure, Kind, Mention, ReportContext } from './types.ts';

export interface Reference {
  /** Names of the report's region and its sub-regions, longest first. */
  regionNames: RegionName[];
  lexicon: ReturnType<typeof compileLexicon>;
  /** With a gazetteer: the names found in the (cleaned) text replace regionNames; unknown places are warned about. */
  places?: (text: string) => { names: PlaceName[]; warnings: { start: number; end: number; text: string; reason: string }[] };
}

export interface Extraction {
  figures: Figure[];
  mentions: Mention[];
  blocks: Block[];
  /** Figures whose indicator came only from a weak cue (the clause before): npm run review lists them. */
  weak?: string[];
}

// Words at the edges of a subject that say nothing about what is measured.
const SUBJECT_LEAD = /^(即|其中|同时|此外|另外|目前|截至目前|截至年底|到年底|年底|全年|今年以来|今年|去年|当年|一年来|全市|全省|全县|全区|我市|我省|我县|各级|共|累计|并|还|已经|已|均|对|向|为|在|给|将|从|使|通过)+/;
const SUBJECT_TAIL = /(达到|达|为|是|约|近|超过|共计|共|累计|合计|分别|已达|均|在|至|到|了|的|增加|增长|占|比|同比|、|，|,)+$/;
// A clause that starts with one of these leans on the clause before it: '…1125户2246人，占比89.76%'.
const LEANS_BACK = /^(占比|占|同比|比上年|增长|增幅|增速|其中|分别|均|是|为|达|完成全年|完成年度|高出|超出|比|较|贷款金额|金额|资金|规模|涉及|惠及|带动|受益)/;

function subjectText(s: string): string {
  let t = s.trim();
  for (let i = 0; i < 3; i++) t = t.replace(SUBJECT_LEAD, '').replace(SUBJECT_TAIL, '').replace(/^\d{4}年(至\d{4}年)?/, '')
    .replace(/^\d{1,2}(\s*[-—–~至到]\s*\d{1,2})?月(份|底|末)?(以来)?/, '').trim();
  return t;
}

const isCjk = (s: string) => /[\u4e00-\u9fa5]/.test(s);

export function extractFigures(verbatim: string, ctx: ReportContext, ref: Reference): Extraction {
  const ct = clean(verbatim);
  // Traditional script read as simplified, character for character: the same offsets, one set of rules.
  const text = toSimplified(ct.text);
  const tokens = findNumbers(text);
  const spans = exclusionSpans(text);
  const found = ref.places?.(text);
  const regionNames = found?.names ?? ref.regionNames;
  const figures: Figure[] = [];
  const mentions: Mention[] = [];
  const weak: string[] = [];
  // Reasons first, so that a figure's neighbours are figures, not the policy names between them.
  const reasons = tokens.map((t) => {
    const numberStart = ct.map[t.start];
    const numberEnd = ct.map[t.unitEnd - 1] + 1;
    return exclusionReason(text, t, spans) ?? (numberEnd - numberStart !== t.unitEnd - t.start ? 'layout_break' : null);
  });
  const candidates = tokens.filter((_, i) => reasons[i] === null);
  const candidateStarts = candidates.map((c) => c.start);
  let k = -1; // index of the current token among the candidates: tokens and candidates run in the same order
  let last: { sentenceStart: number; clauseStart: number; subject: string; kind?: Kind } = { sentenceStart: -1, clauseStart: -1, subject: '' };

  tokens.forEach((t, i) => {
    const numberStart = ct.map[t.start];
    const numberEnd = ct.map[t.unitEnd - 1] + 1;
    const numberText = verbatim.slice(numberStart, numberEnd);
    const base = { report: ctx.id, start: numberStart, end: numberEnd, text: numberText };
    const reason = reasons[i];
    if (reason) {
      mentions.push({ ...base, status: 'excluded', figure_id: '', reason });
      return;
    }
    const sentence = sentenceAt(text, t.start);
    const clause = clauseAt(text, t.start);
    const paragraph = paragraphAt(text, t.start);
    const prev = previousClause(text, clause, sentence);
    k++;
    const prevToken = candidates[k - 1];
    const nextToken = candidates[k + 1];
    // Within a clause, a subject runs from the last number before it ('完成3个建制镇的…建设、9个村的…').
    const inClause = prevToken !== undefined && prevToken.unitEnd > clause.start && prevToken.unitEnd <= t.start;
    const from = inClause ? listItemStart(text, prevToken, t) : clause.start;
    const before = text.slice(from, t.qualifierStart);
    const afterEnd = nextToken && nextToken.start < clause.end ? nextToken.start : clause.end;
    const rest = text.slice(t.qualifierEnd, afterEnd);
    // '16万余棵、花草…': after a list separator the words belong to the next item.
    const after = /^[、，,]/.test(rest) ? '' : rest.replace(/^的/, '');

    let subject = subjectText(before);
    const afterSubject = subjectText(after);
    if (afterSubject && isCjk(afterSubject) && (subject.length < 2 || t.unit === 'count' || t.unit === 'persons')) {
      subject = subject.length >= 2 ? `${subject}…${afterSubject}` : afterSubject;
    }
    // '1237户2502人', '绿化乡村112个、2000亩': a later number in the clause shares the earlier one's words.
    if (subject.length < 2 && last.clauseStart === clause.start) subject = last.subject;
    // '…14个，同比增加350%': the change of what the sentence just counted.
    if (subject.length < 2 && last.sentenceStart === sentence.start) subject = `${last.subject} ${text.slice(clause.start, t.start).trim()}`.trim();
    if (subject.length < 2 && prev) subject = subjectText(text.slice(prev.start, prev.end));

    const ownPrefix = subjectText(text.slice(clause.start, t.qualifierStart));
    const leansBack = prev !== null && (ownPrefix.length < 2 || LEANS_BACK.test(text.slice(clause.start, t.start)));
    const quoteStart = leansBack && prev ? prev.start : clause.start;
    const quote = quoteRange(ct, quoteStart, clause.end, t);
    // '分别增长34.88%、27.55%': a list item takes the kind of the item before it.
    const continuesList = inClause && /^[、和及与]$/.test(text.slice(prevToken.qualifierEnd, t.start));
    const kind = continuesList && last.kind ? last.kind : kindAt(text, t.start, clause, t.unit ?? '', t.unitText, ctx.docKind);
    const own = text.slice(clause.start, clause.end);
    // '下达4个县中央、省级衔接资金81103万元': an amount for some of the region's counties is not the region's own
    // value of the indicator; the subject keeps the scope so the table says whose it is.
    const scope = /(?<!全[省市州县区])[0-9０-９]+个(?:县市区|县区|县|区|乡镇)/.exec(text.slice(clause.start, t.start))?.[0];
    if (scope && !subject.includes(scope)) subject = `${scope}…${subject}`;
    const sentenceBefore = text.slice(sentence.start, clause.start);
    const { key: indicator, cue } = scope ? { key: '', cue: '' } : classifyWithCue({
      own, before, previous: prev && (leansBack || !anyIn(candidateStarts, prev.start, prev.end))
        ? `${text.slice(prev.start, prev.end)}，${own}` : '', after: text.slice(t.unitEnd, clause.end), sentenceBefore, unit: t.unit!, kind,
    }, ref.lexicon);
    if (indicator && (WEAK_CUES as string[]).includes(cue)) weak.push(`${ctx.id}:${numberStart}`);
    last = { sentenceStart: sentence.start, clauseStart: clause.start, subject, kind };
    const regionCode = regionAt(text, t.start, sentence, clause, paragraph, regionNames, ctx.region);
    const figure: Figure = {
      figure_id: `${ctx.id}:${numberStart}`,
      report: ctx.id,
      region_code: regionCode,
      town_code: townAt(text, t.start, sentence, clause, paragraph, found?.names ?? [], regionCode),
      period: periodAt(text, t.start, sentence, ctx),
      indicator,
      subject: subject.slice(0, 40),
      value: signedValue(text, clause.start, t, kind),
      unit: t.unit!,
      qualifier: t.qualifier,
      kind,
      basis: basisOf(text.slice(clause.start, t.start), sentenceBefore, kind),
      number_text: numberText,
      number_start: numberStart,
      number_end: numberEnd,
      quote: verbatim.slice(quote.start, quote.end),
      start: quote.start,
      end: quote.end,
      correction: '',
    };
    figures.push(figure);
    mentions.push({ ...base, status: 'figure', figure_id: figure.figure_id, reason: '' });
  });

  // A loop, not push(...): a spread of 200,000 mentions overflows the call stack.
  for (const m of removedMentions(verbatim, ct.blocks, ctx.id)) mentions.push(m);
  for (const w of found?.warnings ?? []) {
    const start = ct.map[w.start];
    const end = ct.map[w.end - 1] + 1;
    if (verbatim.slice(start, end) !== w.text) continue; // a layout break inside the word: no verbatim quote
    mentions.push({ report: ctx.id, start, end, text: w.text, status: 'unknown_place', figure_id: '', reason: w.reason });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { figures, mentions, blocks: ct.blocks, weak };
}

/** Whether a sorted list of offsets holds one in [from, to): a binary search, so each figure costs log n. */
function anyIn(sorted: number[], from: number, to: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

/** After '建设、' the next list item begins; after '1237户' the next count continues the same words. */
function listItemStart(text: string, prev: NumberToken, t: NumberToken): number {
  const between = text.slice(prev.qualifierEnd, t.start);
  const sep = Math.max(between.lastIndexOf('、'), between.lastIndexOf('和'));
  return sep >= 0 ? prev.qualifierEnd + sep + 1 : prev.qualifierEnd;
}

/** The quote in verbatim offsets: the clause, cut to the piece that holds the number if a caption split it. */
function quoteRange(ct: CleanText, start: number, end: number, t: NumberToken): Range {
  let s = start;
  let e = end;
  while (s < t.start && /[\s，,、；;]/.test(ct.text[s])) s++;
  while (e > t.unitEnd && /[\s]/.test(ct.text[e - 1])) e--;
  const v = toVerbatim(ct, s, e, t.start);
  const numberEnd = ct.map[t.unitEnd - 1] + 1;
  return { start: v.start, end: Math.max(v.end, numberEnd) };
}

/** Numbers in boilerplate and captions: listed, so nothing is dropped silently, never figures. */
function removedMentions(verbatim: string, blocks: Block[], report: string): Mention[] {
  const out: Mention[] = [];
  for (const b of blocks) {
    if (b.kind !== 'boilerplate' && b.kind !== 'caption') continue;
    const line = verbatim.slice(b.start, b.end);
    for (const t of findNumbers(line)) {
      out.push({
        report, start: b.start + t.start, end: b.start + t.unitEnd, text: line.slice(t.start, t.unitEnd),
        status: 'excluded', figure_id: '', reason: b.kind === 'caption' ? 'caption' : `boilerplate_${b.reason}`,
      });
    }
  }
  return out;
}
