// Which region a figure is about (attribute.ts), on seed sentences.
import { describe, expect, it } from 'vitest';
import { figuresOf, figureWith, real, seedText } from './seeds.ts';

const SIPING = '220300';
const SHUANGLIAO = '220382';
const LISHU = '220322';
const YITONG = '220323';
const TIEXI = '220302';

/** region_code of each figure of `text` read as part of report `id`, by number_text. */
const regions = (text: string, id: Parameters<typeof figuresOf>[1] = 'siping-2022') =>
  Object.fromEntries(figuresOf(text, id).map((f) => [f.number_text, f.region_code]));

describe('region: a figure about a county inside a city report', () => {
  it('the county named before it in the sentence: 梨树县对74处…, 双辽市对22个村…, 伊通县新建47口…', () => {
    const text = real('siping-2022', '抓饮水安全。健全农村供水工程长效管护机制,全市1487处农村供水水质全部达标。全力抓好农村供水标准化改造:梨树县对74处水源井加装了锰砂过滤设备和消毒设备,双辽市对22个村水源井增加了净水设备,伊通县新建47口水井房,有效防止规模性系统性饮水安全问题。');
    expect(regions(text)).toEqual({ '1487处': SIPING, '74处': LISHU, '22个': SHUANGLIAO, '47口': YITONG });
  });

  it('the county named after it in its clause: 投资1500万元建设伊通县县域医共体', () => {
    const text = real('siping-2022', '投资1500万元建设伊通县县域医共体,为280名乡村医生开展了业务培训;推动农村养老服务体系建设,建设养老机构3所');
    expect(regions(text)).toEqual({ '1500万元': YITONG, '280名': YITONG, '3所': SIPING });
  });

  it('the county a paragraph is about, until the text turns to the whole again (全区 is the district)', () => {
    const text = real('siping-2022', '西八大村只是一个缩影。今年以来,铁西区按照群众意愿,重点改善人居环境,将20个村进行功能划分,重点区域重点打造。全区共栽植树木16万余棵、花草36万余株,改造17处危房,新建农村公路19公里。');
    expect(new Set(Object.values(regions(text)))).toEqual(new Set([TIEXI]));
    const city = real('siping-2022', '铁西区结合实际,扎实做好脱贫人口和监测对象的就业帮扶工作') + '。' + real('siping-2022', '全市脱贫人口就业务工总规模13832人');
    expect(regions(city)['13832人']).toBe(SIPING);
  });

  it('several counties together are the city: 梨树县、双辽市共…', () => {
    const text = real('siping-2022', '开展新型农业经营主体对接,梨树县、双辽市共成功对接960家有融资需求的新型农业经营主');
    expect(regions(text)['960家']).toBe(SIPING);
    const split = real('siping-2022', '其中,梨树县肉牛产业融合发展示范区建设项目1.2亿元,双辽市肉牛产业融合发展示范区建设项目1亿元。');
    expect(regions(split)).toEqual({ '1.2亿元': LISHU, '1亿元': SHUANGLIAO });
  });

  it('a list of county products is no county: 西秀辣椒、平坝蔬菜… then the city grain output', () => {
    const text = real('anshun-2023', '大力发展特色产业。去年前三季度,全市农林牧渔业总产值248.3亿元,同比增长3.5%。蔬菜、辣椒、茶叶、水果、中药材产量和生猪出栏、牛出栏、水产品产量均实现同比增长。西秀辣椒、平坝蔬菜、普定韭黄、镇宁精品水果、关岭“关岭牛”、紫云红心薯等特色主导产业蓬勃发展。完成粮食种植212.53万亩,产量达65.42万吨。');
    expect(new Set(Object.values(regions(text, 'anshun-2023')))).toEqual(new Set(['520400']));
  });

  it('a province report: 汪清县 and 镇赉县 figures are theirs, the rest the province', () => {
    const text = real('jilin-2021', '地处东部山区的延边朝鲜族自治州汪清县,黑木耳年产值已达到34亿元,通过品质化、规模化、品牌化、联动化、融合化“五化”发展,真正成为“多镇一品”“数村一业”的富民大产业;位于西部大兴安岭南麓的白城市镇赉县坚持“三产融合”,推动“三业并举”,使脱贫人口年人均纯收入达到12662元');
    expect(regions(text, 'jilin-2021')).toEqual({ '34亿元': '222424', '12662元': '220821' });
    expect(regions(real('jilin-2021', '全省脱贫地区农民收入达到12906元,同比增长12.3%'), 'jilin-2021')).toEqual({ '12906元': '220000', '12.3%': '220000' });
  });

  it('through a dropped caption the paragraph stays the county’s: 双辽市…土地 (资料图片) 产出能力。…6000亩', () => {
    const figures = figuresOf(seedText('siping-2022'), 'siping-2022');
    for (const n of ['1100万元', '6605亩', '6000亩', '2000公斤', '1300多户']) expect(figureWith(figures, n).region_code).toBe(SHUANGLIAO);
  });

  it('a county outside the report’s region, named in the sentence, carries its own code (issue 10)', () => {
    // 伊通县 is under 四平市 (吉林), not under the 黑龙江 county of lanxi: the figure is still 伊通县's.
    expect(regions(real('siping-2022', '伊通县新建47口水井房'), 'lanxi-2023-plan')).toEqual({ '47口': YITONG });
  });
});
