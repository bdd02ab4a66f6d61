// Tables written as text ('指标名称｜单位｜基期值｜目标值' and rows below it): where a cell's number takes its
// unit from (a unit column, the brackets of its column's or row's name, or a '单位：' line above), and whether its column holds results
// or goals, and for which year. Pure: text in, cells out, in the offsets of the text.
import { partitionPoint } from './sorted.ts';

export interface TableCell {
  /** Offsets of the cell's text (trimmed). */
  start: number;
  end: number;
  /** The unit as the table writes it ('元', '万人', '%'), or '' when the table gives none. */
  unit: string;
  /** The row's name (its first cell) and the column's. */
  row: string;
  column: string;
  /** 'actual' for a column of results (基期值, 现状), 'target' for one of goals (目标值), 'change' for one of growth
   * (比上年增长（%）), else null (a bare year: its kind follows from the year, as a sentence's would). */
  kind: 'actual' | 'target' | 'change' | null;
  /** The year the column is of ('2024年', or a caption's '基期值为2024年数'), else null. */
  period: string | null;
  /** The line above the table ('表11　2024年脱贫人口人均纯收入及构成'): whose quantities its rows are. */
  caption: string;
}

// Cells are split by a full- or half-width bar, a tab, a full-width space ('上津镇　16420　13.1') or a run of two or
// more spaces ('1  城步县  48.6'); a table has at least three columns, and rows as many cells as its header.
const SEPARATOR = /[｜|\t]|[ 　]*　[ 　]*| {2,}/g;
const UNIT_COLUMN = /^(计量)?单位$/;
// '（元）', '(万人)', '（%）': a unit in brackets at the end of a column's or row's name; '（个，累计）' adds a word after it.
const BRACKETED_UNIT = /[（(]([^（()），,、]{1,4})(?:[，,、][^（()）]{1,6})?[)）]\s*$/;
const TARGET_COLUMN = /目标|预期|规划|计划|力争/;
const CHANGE_COLUMN = /增长|增速|增幅|增减|比上年|同比|变化/;
const ACTUAL_COLUMN = /基期|基准|现状|基础|实际|完成|当前|现有|上年/;
const YEAR = /(20\d{2})年?/;
// '（单位：万元、%、个）' above a table: the units of its columns, in order, each written once.
const UNITS_LINE = /单位[:：]\s*([^（()）\n]+)/;
const PERCENT_COLUMN = /率|进度|占比|比重|比例|增长|增速|增幅|%/;
const COUNT_COLUMN = /(个数|项目数|数量|个|数)$/;

/**
 * The unit of each of a table's number columns from the list a line above it gives: one for all; one per column
 * when as many are given; else by the column's name (a rate takes '%', a count '个', '户' or '人', the rest the first
 * other unit: '安排资金　已支出　支出进度　项目数' under '万元、%、个').
 */
function unitsFromList(list: string, columns: readonly string[]): string[] {
  const units = list.split(/[、，,／/]/).map((u) => u.trim()).filter(Boolean);
  if (units.length === 1 || units.length === columns.length) return columns.map((_, c) => units[units.length === 1 ? 0 : c]);
  const percent = units.find((u) => u === '%' || u === '％') ?? '';
  const counts = units.filter((u) => /^(个|户|人|处|所|家|名|项)$/.test(u));
  const other = units.find((u) => u !== percent && !counts.includes(u)) ?? '';
  return columns.map((name) => {
    if (percent && PERCENT_COLUMN.test(name)) return percent;
    if (COUNT_COLUMN.test(name) || /户数|人数/.test(name)) {
      return counts.find((u) => name.includes(u === '个' ? '数' : `${u}数`)) ?? counts.find((u) => u === '个') ?? counts[0] ?? '';
    }
    return other;
  });
}

interface Line { start: number; text: string }

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const text_ of text.split('\n')) {
    out.push({ start, text: text_ });
    start += text_.length + 1;
  }
  return out;
}

/** The cells of a line with their offsets, or null when it has fewer than three. */
function cellsOf(line: Line): { start: number; end: number; text: string }[] | null {
  const cells: { start: number; end: number; text: string }[] = [];
  let from = 0;
  const push = (to: number) => {
    const part = line.text.slice(from, to);
    const lead = part.length - part.trimStart().length;
    const trimmed = part.trim();
    cells.push({ start: line.start + from + lead, end: line.start + from + lead + trimmed.length, text: trimmed });
  };
  for (const m of line.text.matchAll(SEPARATOR)) {
    push(m.index);
    from = m.index + m[0].length;
  }
  if (cells.length === 0) return null;
  push(line.text.length);
  // A bar at the start or end of a row ('｜a｜b｜') makes empty edge cells.
  while (cells.length && cells[0].text === '') cells.shift();
  while (cells.length && cells[cells.length - 1].text === '') cells.pop();
  return cells.length >= 3 ? cells : null;
}

/** The year a caption gives a column ('基期值为2024年数，目标值为2027年数'). */
function captionYear(caption: string, column: string): string | null {
  const name = column.replace(/[（(].*$/, '');
  if (name.length < 2) return null;
  const m = new RegExp(`${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}[^，,。；;）)]{0,4}?(20\\d{2})年`).exec(caption);
  return m ? m[1] : null;
}

/** Every cell below a header row that says where its units are. */
export function tableCells(text: string): TableCell[] {
  const lines = linesOf(text);
  const out: TableCell[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = cellsOf(lines[i]);
    // A first row of values ('巨鹿镇　142户　67.6%') heads no table: its cells are read as written.
    if (!header || header.filter((c) => /^[\d.,]+\s*(户|人|%|元|个|万|亿)/.test(c.text)).length >= 2) continue;
    const unitColumn = header.findIndex((c) => UNIT_COLUMN.test(c.text));
    // '序号　指标　2024年基期值…': a first column that only numbers the rows; the row's name is the next.
    const nameColumn = /^(序号|编号|排名|名次|排序)$/.test(header[0].text) && header.length > 3 ? 1 : 0;
    const caption = lines.slice(Math.max(0, i - 2), i).map((l) => l.text).join('');
    // The caption is the line above, or the one above that when the line above only gives units ('（单位：万元）').
    const above = lines[i - 1]?.text.trim() ?? '';
    const title = /^[（(]?单位[:：][^。，,]*$/.test(above) ? lines[i - 2]?.text.trim() ?? '' : above;
    const listed = UNITS_LINE.exec(caption)?.[1];
    const listedUnits = listed ? unitsFromList(listed, header.slice(nameColumn + 1).map((c) => c.text)) : [];
    let j = i + 1;
    for (; j < lines.length; j++) {
      // '……' between the first rows and the last ones leaves some out; the table goes on.
      if (/^\s*(…|⋯|\.{3,}|。{3,})+\s*$/.test(lines[j].text)) continue;
      const row = cellsOf(lines[j]);
      if (!row || row.length !== header.length) break;
      row.forEach((cell, c) => {
        if (c <= nameColumn || c === unitColumn || !/\d/.test(cell.text)) return;
        const column = header[c].text;
        const unit = unitColumn >= 0 ? row[unitColumn].text
          : BRACKETED_UNIT.exec(column)?.[1] ?? BRACKETED_UNIT.exec(row[nameColumn].text)?.[1] ?? listedUnits[c - nameColumn - 1] ?? '';
        const columnKind = TARGET_COLUMN.test(column) ? 'target' : CHANGE_COLUMN.test(column) ? 'change' : ACTUAL_COLUMN.test(column) ? 'actual' : null;
        // A row of growth ('脱贫人口人均纯收入增速（%）') holds changes in its columns of results ('2024年基期值'); a bare
        // year's column is left to its year (a later year's is a goal).
        const growthRow = CHANGE_COLUMN.test(row[nameColumn].text.replace(BRACKETED_UNIT, ''));
        const kind = growthRow && (columnKind === 'actual' || (columnKind === null && !YEAR.test(column))) ? 'change' : columnKind;
        const period = YEAR.exec(column)?.[1] ?? captionYear(caption, column) ?? YEAR.exec(title)?.[1] ?? null;
        out.push({ start: cell.start, end: cell.end, unit, row: row[nameColumn].text, column, kind, period, caption: title });
      });
    }
    i = j - 1;
  }
  return out;
}

/** The cell holding offset `at`, if any; `cells` in text order, as tableCells gives them. */
export function cellAt(cells: readonly TableCell[], at: number): TableCell | undefined {
  const cell = cells[partitionPoint(cells, (c) => c.end <= at)];
  return cell && cell.start <= at ? cell : undefined;
}
