// A figure about a town names the town (town_code) while region_code stays its county, the tier the atlas
// compares (issue 10). Made-up sentences in the way county and prefecture reports write them.
import { describe, expect, it } from 'vitest';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';
import { townAt } from '../../scripts/pipeline/towns.ts';
import { figureTable } from '../../src/schema/figure.ts';

const reference = loadReference('data');
const { gazetteer } = reference;
/** [number, region_code, town_code] of each figure of `text` in a report about `region`. */
const read = (text: string, region: string) =>
  extractOne(text, { id: 't', region, period: '2023', docKind: 'review', published: '2024-01-15' }, reference)
    .figures.map((f) => [f.number_text, f.region_code, f.town_code]);

const ANSHUN = '520400';
const XIXIU = '520402';
const YANGWU = '520402203'; // 西秀区杨武乡
const PUDING = '520422';
const HUANGTONG = '520422003'; // 普定县黄桶街道

describe('town_code: the town a figure is about, inside its county', () => {
  it('a town of the report\'s region, after its county or alone', () => {
    expect(read('西秀区杨武乡新建辣椒基地2000亩。\n', ANSHUN)).toEqual([['2000亩', XIXIU, YANGWU]]);
    expect(read('黄桶街道新建蔬菜大棚30个。\n', ANSHUN)).toEqual([['30个', PUDING, HUANGTONG]]);
    expect(read('杨武乡新建辣椒基地2000亩。\n', XIXIU)).toEqual([['2000亩', XIXIU, YANGWU]]);
  });

  it('a town outside the report\'s region, right after its county, carries its code; alone it is not resolved', () => {
    expect(read('晴隆县沙子镇新建茶园5000亩。\n', ANSHUN)).toEqual([['5000亩', '522324', '522324101']]);
    // Three 沙子镇 in the country, none in 安顺: left unfiled, never the report's region or a guessed town.
    expect(read('沙子镇新建茶园5000亩。\n', ANSHUN)).toEqual([['5000亩', '', '']]);
  });

  it('homonym towns: 城关镇 is the one of the county named or reported on; of several in the region, none; 城关 alone is no town', () => {
    expect(read('嵩县城关镇新建集贸市场2个。\n', '410300')).toEqual([['2个', '410325', '410325100']]);
    expect(read('城关镇新建集贸市场2个。\n', '410325')).toEqual([['2个', '410325', '410325100']]);
    expect(read('城关镇新建集贸市场2个。\n', '410300')).toEqual([['2个', '', '']]); // six counties of 洛阳 have one
    expect(read('城关片区新建停车场3个。\n', '410325')).toEqual([['3个', '410325', '']]);
    // 鸡场乡 is a town of 西秀区 and of 织金县 (毕节): in an 安顺 report, 西秀区's.
    expect(read('鸡场乡新建茶园800亩。\n', ANSHUN)).toEqual([['800亩', XIXIU, '520402202']]);
  });

  it('a town of another county in the same paragraph is not the figure\'s', () => {
    const text = '西秀区杨武乡新建辣椒基地2000亩,带动就业500人。普定县新增公益性岗位300个。\n';
    expect(read(text, ANSHUN)).toEqual([['2000亩', XIXIU, YANGWU], ['500人', XIXIU, YANGWU], ['300个', PUDING, '']]);
    // The paragraph stays the town's until the text turns to the district as a whole (全区).
    expect(read('杨武乡引进制鞋厂1家。全区新增公益性岗位300个。\n', XIXIU)).toEqual([['1家', XIXIU, YANGWU], ['300个', XIXIU, '']]);
    // A town named before a county of another county: the figure is the county's, without a town.
    expect(read('杨武乡、普定县共新建大棚50个。\n', ANSHUN)).toEqual([['50个', ANSHUN, '']]);
  });

  it('two towns together are neither; with 分别 each number is its own town\'s', () => {
    expect(read('杨武乡、鸡场乡共新建大棚50个。\n', XIXIU)).toEqual([['50个', XIXIU, '']]);
    expect(read('杨武乡、鸡场乡分别新建大棚30个和20个。\n', XIXIU)).toEqual([['30个', XIXIU, YANGWU], ['20个', XIXIU, '520402202']]);
  });
});

describe('townAt', () => {
  const whole = { start: 0, end: 20 };
  it('gives no town without a region, or when the town found lies in another county', () => {
    const names = [{ name: '杨武乡', code: XIXIU, town: YANGWU }];
    expect(townAt('杨武乡新建大棚50个', 9, whole, whole, whole, names, XIXIU)).toBe(YANGWU);
    expect(townAt('杨武乡新建大棚50个', 9, whole, whole, whole, names, '')).toBe('');
    expect(townAt('杨武乡新建大棚50个', 9, whole, whole, whole, names, PUDING)).toBe('');
    expect(townAt('普定县新建大棚50个', 9, whole, whole, whole, [{ name: '普定县', code: PUDING }], PUDING)).toBe('');
  });
});

describe('the figure table', () => {
  it('refuses a town outside the figure\'s region', () => {
    const row = (town: string, region: string) => ({
      figure_id: 't:2', report: 't', region_code: region, town_code: town, period: '2023', indicator: '', subject: '', value: '1', value_to: '', unit: 'count',
      qualifier: 'exact', kind: 'actual', basis: '', number_text: '1个', number_start: '2', number_end: '4', quote: 'x1个', start: '1', end: '4', correction: '',
    });
    expect(figureTable.row.safeParse(row(YANGWU, XIXIU)).success).toBe(true);
    expect(figureTable.row.safeParse(row('', XIXIU)).success).toBe(true);
    expect(figureTable.row.safeParse(row(YANGWU, PUDING)).success).toBe(false);
    expect(figureTable.row.safeParse(row('52040220', XIXIU)).success).toBe(false);
  });
});
