// Whether a figure is a result, a goal or a change: the words before it, its section, and its year.
import { findNumbers } from './numbers.ts';
import { fullSentenceStart } from './period.ts';
import { partitionPoint } from './sorted.ts';
import type { Range } from './segment.ts';
import type { DocKind, Kind, ReportContext } from './types.ts';

// Words right before a number that make it a change: growth, gaps, increases. '新增' is a count of new things.
const CHANGE_BEFORE = /((同比|比上年|较上年)?(增长|增加|增幅|增速|增收|增产|提高了|提升了|上升|下降|减少|降低|回落|下滑|下跌|降幅|减幅|高出|超出|低于)[^，,。；;]{0,6})$/;
// '比相邻的保靖县低约300元': a gap, written with 高/低/多/少 after the base.
const GAP_BEFORE = /比[^，,。；;\d]{1,12}(高|低|多|少)(了)?(约|近)?$|(高于|低于|多于|少于)[^，,。；;]{0,16}[)）]$/;
// '下降到2.4%', '减少至300户', '降为0': the level reached, not the change ('增长为5%' is the growth).
const NOT_CHANGE = /(新增|新增加)[^，,。；;]{0,6}$|(降|减|减少|降低|回落|增加|提高|提升|上升)了?[到至为]$|增长了?[到至]$/;
// Goal words before a number in the same clause.
// '确保342名贫困学生…不用自己花钱' reports an outcome; '确保…达到' sets a goal.
const TARGET_BEFORE = /(计划|力争|确保[^，,。；;]{0,12}(达到|实现|完成|稳定在|不低于)|预计|目标是|目标为|将达到|要达到|争取达到|争取实现|要实现|拟)/;
// In a plan, what is already done is an actual: '在已编制完成19个村庄规划的基础上'.
const DONE_IN_PLAN = /(已经|已|目前)/;

// A bound right before the number qualifies it ('增长不低于8%' is a change of at least 8%; '比重不低于55%' is a
// level): it is not itself a change word. A floor or ceiling (不低于/不少于/不超过/不高于) states a norm to meet.
const BOUND_BEFORE = /(不低于|不少于|不高于|不超过|不多于|低于|高于|超过|少于)$/;
const NORM_BOUND = /^不[低少高超多]/;
const LEVEL_AFTER = /^[\d.,]+(万|亿)?[^\d，,。；;]{0,2}?的(平均)?水平/;

// A goal announced earlier in the sentence governs its list ('2024年，我们将确保…，力争…，组织…200场次以上；…'),
// unless the clause reports what is done.
// Not 争取 alone: '争取中央资金9255万元' reports money secured.
const GOAL_LEAD = /(力争|计划|预期目标|主要目标|目标是|目标为|争取达到|争取实现|将确保|将力争|将新增|将实现|将继续|将全力|要确保|要力争)/;
const DONE = /(已经|已|实际|完成|实现了|累计|超过[^，,。；;]{0,8}目标)/;
// '超过年度目标任务235万人', '完成目标任务42万人的101.4%', '高于省里下达的2.3万人目标任务': the goal itself.
const GOAL_BEFORE = /目标(任务|值)?(数)?(为|是)?$/;
const GOAL_AFTER = /^[\d.,]+(万|亿)?[^\d，,。；;]{0,2}?的?目标(任务)?/;

// A numbered heading ('三、2025年工作打算', '一、发展基础') says whether its section sets aims or tells what is done.
const HEADING = /^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+部分)([^\n。]{0,30})$/;
// ('一、资金安排情况' tells how money was allotted: a heading that ends in 情况 tells what is or was.)
const AIMS_HEADING = /(打算|计划|思路|安排(?!.*情况$)|下一步|下步|目标任务|主要目标|工作要求|展望|谋划)/;
const DONE_HEADING = /(发展基础|工作基础|基本情况|现状|成效|进展|推进|落实|完成情况|开展情况|主要做法|回顾)/;
// '三、重点任务' sets aims, '三、重点工作推进' tells of them: these words say aims only without a word of progress.
const TASKS_HEADING = /(重点任务|工作重点|重点工作)/;
// An appendix ('附：各县市区衔接资金支出进度排名') belongs to no section.
const APPENDIX = /^\s*附(件|表)?[\d一二三四五六七八九十]*[：:\s]/;
// A speech's musts ('二要促进增收。确保…') set aims too.
const MUST_ITEM = /^\s*[一二三四五六七八九十]要/;

/**
 * What the section holding `pos` does: 'aims' under a heading that announces them ('三、2025年工作打算') or in a
 * speech's item of musts ('二要…'), 'done' under one that tells what was done ('一、发展基础' of a plan), else null.
 */
export function sectionAt(text: string, pos: number): Section {
  if (MUST_ITEM.test(text.slice(text.lastIndexOf('\n', pos - 1) + 1, pos))) return 'aims';
  // The nearest heading or appendix line that ends before `pos`.
  const { ends, sections } = sectionMarks(text);
  const i = partitionPoint(ends, (end) => end < pos) - 1;
  return i >= 0 ? sections[i] : null;
}

type Section = 'aims' | 'done' | null;

// The headings and appendix lines of the last text read, by the offset of the line break that ends each: every
// figure asks, so the lines are read once per report, not once per figure.
let marks: { text: string; ends: number[]; sections: Section[] } | null = null;
function sectionMarks(text: string): { ends: number[]; sections: Section[] } {
  if (marks?.text === text) return marks;
  const ends: number[] = [];
  const sections: Section[] = [];
  for (let start = 0, end = text.indexOf('\n'); end !== -1; start = end + 1, end = text.indexOf('\n', end + 1)) {
    const line = text.slice(start, end);
    const appendix = APPENDIX.test(line);
    const heading = appendix ? null : HEADING.exec(line);
    if (end === 0 || !(appendix || heading)) continue;
    ends.push(end);
    sections.push(!heading ? null
      : AIMS_HEADING.test(heading[1]) ? 'aims' : DONE_HEADING.test(heading[1]) ? 'done' : TASKS_HEADING.test(heading[1]) ? 'aims' : null);
  }
  marks = { text, ends, sections };
  return marks;
}

/**
 * '务工就业205.3万人，超过年度目标任务5.3万人': the number after 超过…目标任务 is by how much the goal was beaten when it is
 * far below the total before it; '241.8万人，超过年度目标任务235万人' names the goal itself.
 */
function beatsGoalBy(text: string, pos: number, clause: Range): boolean {
  if (!/超(过|出|额完成)/.test(text.slice(clause.start, pos))) return false;
  // The numbers as the number reader reads them (万, 亿, separators), from the sentence's start to just past this one.
  const start = fullSentenceStart(text, clause.start);
  const read = findNumbers(text.slice(start, pos + 16), []);
  const total = read.filter((t) => start + t.start < clause.start).pop();
  const here = read.find((t) => start + t.start === pos);
  return total !== undefined && here !== undefined && Number.isFinite(total.value) && here.value < total.value / 2;
}

export function figureKindAt(text: string, pos: number, clause: Range, unit: string, unitText: string, docKind: DocKind): Kind {
  const written = text.slice(clause.start, pos);
  // A plan, or a review's section of aims, sets goals, but what it says is done stays done; a plan's section on
  // where it starts from ('一、发展基础') is read as a review.
  const section = sectionAt(text, clause.start);
  if ((docKind === 'plan' && section !== 'done') || section === 'aims') return DONE_IN_PLAN.test(written) ? 'actual' : 'target';
  if (unit === 'percentage_points' || /[倍番]$/.test(unitText)) return 'change';
  if (GOAL_BEFORE.test(written) || GOAL_AFTER.test(text.slice(pos, pos + 16))) return beatsGoalBy(text, pos, clause) ? 'change' : 'target';
  const bound = BOUND_BEFORE.exec(written)?.[0] ?? '';
  const before = written.slice(0, written.length - bound.length);
  // '力争脱贫人口人均纯收入增长8%以上' is a goal for growth: the goal word wins over the change word.
  // In a review, '预计全年…达到17236元' estimates the year's result; a later year's is a goal by its period (kindForPeriod).
  // ('预计将吸引…200批次以上', '预计年底…可达到16500元以上' are still goals.)
  const goal = TARGET_BEFORE.exec(before);
  const estimate = goal?.[0] === '预计' && docKind === 'review' && !/预计[^，,。；;]*?(将|可|能够|有望)/.test(before);
  if ((goal && !estimate) || NORM_BOUND.test(bound)) return 'target';
  const lead = text.slice(fullSentenceStart(text, clause.start), clause.start);
  if (GOAL_LEAD.test(lead) && !DONE.test(written)) return 'target';
  // '略低于全县15480元的平均水平': the base's level, after the word of comparison, is no gap.
  if ((CHANGE_BEFORE.test(before) || GAP_BEFORE.test(before)) && !NOT_CHANGE.test(before) && !LEVEL_AFTER.test(text.slice(pos, pos + 16))) return 'change';
  return 'actual';
}

/**
 * The kind its period implies: a review's figure for a year after the one it reviews is a goal ('2024年…新增公益性
 * 岗位800个' in a 2023 review); a plan's figure for a year before the plan begins is where it starts from ('截至
 * 2024年底，全县纳入监测对象1106户' in a 2025—2027 plan), a result.
 */
export function kindForPeriod(kind: Kind, period: string, ctx: ReportContext, clauseBefore: string): Kind {
  if (ctx.docKind === 'plan') {
    if (kind !== 'target' || Number(period.slice(-4)) >= Number(ctx.period.slice(0, 4))) return kind;
    // As a review would read it: '同比增长9.8%' of the base year is a change.
    return CHANGE_BEFORE.test(clauseBefore) && !NOT_CHANGE.test(clauseBefore) ? 'change' : 'actual';
  }
  if (kind !== 'actual' || DONE.test(clauseBefore)) return kind;
  return Number(period.slice(0, 4)) > Number(ctx.period.slice(-4)) ? 'target' : kind;
}
