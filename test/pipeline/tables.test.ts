// Tables written as text: where a cell's unit, kind and year come from.
import { describe, expect, it } from 'vitest';
import { tableCells } from '../../scripts/pipeline/tables.ts';
import { findNumbers } from '../../scripts/pipeline/numbers.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';

const plan = [
  '主要指标表（基期值为2024年数，目标值为2027年数）：',
  '指标名称｜单位｜基期值｜目标值｜属性',
  '脱贫人口人均纯收入｜元｜16582｜20000以上｜预期性',
  '脱贫劳动力务工就业规模｜万人｜31.6｜30以上｜约束性',
  '',
  '其后正文，2个村。',
].join('\n');

/** The figures of `text` read as a report of `region` for `period`. */
function figuresIn(text: string, region: string, period: string, docKind: 'review' | 'plan' = 'review') {
  return extractOne(text, { id: 't', region, period, docKind, published: null }, loadReference('data')).figures;
}

describe('tableCells', () => {
  it('a first row of values heads no table', () => {
    expect(tableCells('各乡镇监测户数和风险消除率：\n巨鹿镇　142户　67.6%\n王虎寨镇　128户　63.3%\n')).toEqual([]);
  });
  it('a row of dots between the first rows and the last leaves the table open', () => {
    const text = '排名　乡镇　风险消除率　务工就业（人）\n1　构林镇　74.6%　4218\n……\n29　赵集镇　48.9%　1772\n';
    // (A first column of ranks or serial numbers only numbers the rows: the row is named by the next.)
    expect(tableCells(text).map((c) => [text.slice(c.start, c.end), c.row])).toEqual([
      ['74.6%', '构林镇'], ['4218', '构林镇'], ['48.9%', '赵集镇'], ['1772', '赵集镇'],
    ]);
    const listed = '（单位：万元、%）\n序号　县　甲项　乙项\n1　甲县　3268　97.7\n';
    expect(tableCells(listed).map((c) => [listed.slice(c.start, c.end), c.unit])).toEqual([['3268', '万元'], ['97.7', '%']]);
    const plan = '序号　指标　2024年基期值　2027年目标值　属性\n1　脱贫人口人均纯收入（元）　15236　19000　预期性\n';
    expect(tableCells(plan).map((c) => [plan.slice(c.start, c.end), c.unit, c.row])).toEqual([
      ['15236', '元', '脱贫人口人均纯收入（元）'], ['19000', '元', '脱贫人口人均纯收入（元）'],
    ]);
  });
  it('a unit in brackets may carry a word after it (个，累计); a row of growth holds changes in its base-year column', () => {
    const text = '指标（单位）｜2024年基期值｜2027年｜属性\n乡村振兴示范村（个，累计）｜12｜36｜预期性\n脱贫人口人均纯收入增速（%）｜12.4｜≥8｜预期性\n';
    expect(tableCells(text).map((c) => [text.slice(c.start, c.end), c.unit, c.kind])).toEqual([
      ['12', '个', 'actual'], ['36', '个', null], ['12.4', '%', 'change'], ['≥8', '%', null],
    ]);
  });
  it('takes units from a 单位 line above: by position, or by the column\'s name; the caption is the line above that', () => {
    const text = '表1　各县衔接资金安排情况\n（单位：万元、%、个）\n县　安排资金　已支出　支出进度　项目数\n甲县　32680　31940　97.7　186\n';
    const cells = tableCells(text);
    expect(cells.map((c) => [text.slice(c.start, c.end), c.unit])).toEqual([['32680', '万元'], ['31940', '万元'], ['97.7', '%'], ['186', '个']]);
    expect(cells[0].caption).toBe('表1　各县衔接资金安排情况');
    const each = '单位：元、%\n乡镇　收入　增速\n甲镇　7860　12.7\n';
    expect(tableCells(each).map((c) => c.unit)).toEqual(['元', '%']);
  });
  it('reads the unit column, each column\'s kind and the year a caption gives it; rows end with the table', () => {
    const cells = tableCells(plan);
    expect(cells.map((c) => [plan.slice(c.start, c.end), c.unit, c.kind, c.period])).toEqual([
      ['16582', '元', 'actual', '2024'], ['20000以上', '元', 'target', '2027'],
      ['31.6', '万人', 'actual', '2024'], ['30以上', '万人', 'target', '2027'],
    ]);
  });
  it('takes a unit from the brackets of a column or row name; a bare year column has its year and no kind', () => {
    const text = '项目｜2024年（万元）｜增长（%）\n衔接资金｜5600｜12.5\n农村居民收入（元）｜2023年｜x\n';
    const cells = tableCells(text);
    expect(cells.slice(0, 2).map((c) => [text.slice(c.start, c.end), c.unit, c.kind, c.period])).toEqual([['5600', '万元', null, '2024'], ['12.5', '%', 'change', null]]);
  });
  it('cells may be split by runs of spaces; a row may open with its rank', () => {
    const text = '附：各县市区衔接资金支出进度排名\n排名  县市区  支出进度（%）\n1  城步县  48.6\n2  绥宁县  45.2\n';
    expect(tableCells(text).map((c) => [text.slice(c.start, c.end), c.unit, c.row])).toEqual([['城步县', '%', '1'], ['48.6', '%', '1'], ['绥宁县', '%', '2'], ['45.2', '%', '2']].filter(([t]) => /\d/.test(t)));
  });
  it('cells may be split by full-width spaces; a column\'s name is its cells\' own words (未消除风险监测户 are not risk removed)', () => {
    const text = '各乡镇主要指标如下：\n乡镇　　脱贫人口人均纯收入（元）　增幅（%）　未消除风险监测户（户）\n上津镇　16420　13.1　218\n全县　15860　12.6　1107\n';
    expect(figuresIn(text, '420322', '2024').map((f) => [f.number_text, f.unit, f.indicator])).toEqual([
      // (增幅 alone does not say of what: left untagged.)
      ['16420', 'yuan', 'exited_income_per_capita'], ['13.1', 'percent', ''], ['218', 'households', ''],
      ['15860', 'yuan', 'exited_income_per_capita'], ['12.6', 'percent', ''], ['1107', 'households', ''],
    ]);
  });
  it('a line with fewer than three cells, or prose, is no table', () => {
    expect(tableCells('甲｜乙\n1｜2\n')).toEqual([]);
    expect(tableCells('全县新建车间12个，吸纳就业300人。\n')).toEqual([]);
  });
});

describe('numbers and figures of a table', () => {
  it('a number without a unit takes its row\'s: 31.6 under 万人 is 316,000 persons', () => {
    const byText = new Map(findNumbers(plan).map((t) => [plan.slice(t.start, t.end), t]));
    expect(byText.get('31.6')).toMatchObject({ unit: 'persons', value: 316000 });
    expect(byText.get('20000')).toMatchObject({ unit: 'yuan', value: 20000, qualifier: 'at_least' });
  });
  it('a table\'s rows are quantities of what its caption names, of the caption\'s year; a growth column holds changes', () => {
    const text = '表11　2023年脱贫人口人均纯收入及构成\n项目｜金额（元）｜比上年增长（%）\n人均纯收入｜16247｜10.9\n工资性收入｜11086｜12.4\n';
    expect(figuresIn(text, '341221', '2024').map((f) => [f.number_text, f.kind, f.period, f.indicator])).toEqual([
      ['16247', 'actual', '2023', 'exited_income_per_capita'], ['10.9', 'change', '2023', 'exited_income_growth'],
      ['11086', 'actual', '2023', ''], ['12.4', 'change', '2023', ''],
    ]);
  });
  it('a ranking table in an appendix: each row\'s place, the column\'s quantity, results even after a section of aims', () => {
    const text = '三、重点工作推进\n全市新建就业帮扶车间12个。\n四、下步工作安排\n力争新建就业帮扶车间20个。\n附：各县市区衔接资金支出进度排名\n排名  县市区  支出进度（%）\n1  城步县  48.6\n2  绥宁县  45.2\n';
    expect(figuresIn(text, '430500', '2025').map((f) => [f.number_text, f.kind, f.region_code, f.indicator])).toEqual([
      ['12个', 'actual', '430500', 'employment_workshops'], ['20个', 'target', '430500', 'employment_workshops'],
      ['48.6', 'actual', '430529', 'bridging_funds_spent_share'], ['45.2', 'actual', '430527', 'bridging_funds_spent_share'],
    ]);
  });
  it('a plan\'s baseline column is a result of its year, its goal column a target, on the row\'s indicator', () => {
    const figures = figuresIn(`${plan}\n`, '532600', '2025-2027', 'plan').filter((f) => f.unit !== 'count');
    expect(figures.map((f) => [f.number_text, f.kind, f.period, f.indicator])).toEqual([
      ['16582', 'actual', '2024', 'exited_income_per_capita'], ['20000', 'target', '2027', 'exited_income_per_capita'],
      ['31.6', 'actual', '2024', 'exited_workers'], ['30', 'target', '2027', 'exited_workers'],
    ]);
  });
});
