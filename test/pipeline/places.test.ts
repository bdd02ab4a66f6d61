// The rules of place finding: which words are places, which place a name means in context, and which
// place-shaped words are warned about. Development sentences live apart, in test/devset/places.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateFigures } from '../../scripts/pipeline/validate.ts';
import { seedSentences } from '../../scripts/bench/synthetic.ts';
import { PIPELINE_FUZZ_RUNS } from './fuzzRuns.ts';
import { findPlaces, notAPlace, placeNames } from '../../scripts/pipeline/places.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { loadReference } from '../../scripts/pipeline/load.ts';

const g = loadReference('data').gazetteer;
const found = (text: string, region: string, date?: string) =>
  findPlaces(text, g, { region, date }).map((h) => `${h.text}:${h.status === 'resolved' ? h.code : h.status}`);

describe('findPlaces: which place a name means', () => {
  it('a homonym goes to the one inside the report region, else its province; two in the province stay ambiguous', () => {
    expect(found('铁西区', '220300')).toEqual(['铁西区:220302']);
    expect(found('铁西区', '210100')).toEqual(['铁西区:210106']);
    expect(found('铁西区', '220000')).toEqual(['铁西区:220302']);
    expect(found('铁西区', '210000')).toEqual(['铁西区:ambiguous']);
  });
  it('a county outside the report region resolves by its official name; right after its prefecture, inside it', () => {
    expect(found('与长春市农安县相比', '220300')).toEqual(['长春市:220100', '农安县:220122']);
    expect(found('宁波市鄞州区对口帮扶', '520626')).toEqual(['宁波市:330200', '鄞州区:330212']);
  });
  it('a bare short form counts only inside the report region; with its level word, inside the province', () => {
    expect(found('德江茶叶', '520600')).toEqual(['德江:520626']);
    expect(found('德江茶叶', '520000')).toEqual(['德江:520626']);
    expect(found('德江茶叶', '220000')).toEqual([]);
    expect(found('呼兰河畔', '231222')).toEqual([]); // a river in a 兰西 plan, not 呼兰区 of 哈尔滨
    expect(found('前郭县查干湖', '220700')).toEqual(['前郭县:220721']);
  });
  it('an official name outside the province must stand as a word (…乡和县… is not 和县 of Anhui)', () => {
    expect(found('各乡和县直部门', '231222')).toEqual([]);
    expect(found('安徽省和县', '231222')).toEqual(['安徽省:340000', '和县:340523']);
  });
  it('a town resolves only inside the report region or right after its county', () => {
    expect(found('煎茶镇', '520626')).toEqual(['煎茶镇:520626']);
    expect(found('城关镇', '220000')).toEqual(['城关镇:ambiguous']); // known, but only outside Jilin: warned
    expect(found('德江县煎茶镇', '220000')).toEqual(['德江县:520626', '煎茶镇:520626']);
    // 县城 is a county seat ('建设新县城' is not 新县), but 嵩县 stands before its own town 城关镇.
    expect(found('建设新县城', '411500')).toEqual([]);
    expect(found('嵩县城关镇', '410300')).toEqual(['嵩县:410325', '城关镇:410325']);
  });
  it('after 的, a full name stands as a word; the next town of a list lies in the county of the town before it', () => {
    expect(found('相邻的宝鸡市眉县同期', '320585')).toEqual(['宝鸡市:610300', '眉县:610326']);
    expect(found('实现的新县', '220000')).toEqual([]); // a two-character name (新县, Henan) after 的 still needs a boundary
    expect(found('龙岗区坂田街道、布吉街道分别结对', '451026')).toEqual(['龙岗区:440307', '坂田街道:440307', '布吉街道:440307']);
    expect(found('布吉街道结对', '451026')).toEqual(['布吉街道:ambiguous']);
  });
  it("a short form the report's region shares with its city and county means the region", () => {
    expect(found('“和田好物”进京津', '653200')).toEqual(['和田:653200']);
    expect(found('“和田好物”进京津', '650000')).toEqual(['和田:ambiguous']);
  });
  it('公主岭 is 220381 before 2020-06-19 and 220184 from then on', () => {
    expect(found('公主岭市', '220000', '2019-05-01')).toEqual(['公主岭市:220381']);
    expect(found('公主岭市', '220000', '2021-05-01')).toEqual(['公主岭市:220184']);
    expect(found('公主岭市', '220000')).toEqual(['公主岭市:220184']);
  });
});

describe('unknown place words and the words that are not places', () => {
  it('a county or town word the gazetteer does not know is unknown', () => {
    expect(found('青山县新建公路19公里', '220300')).toEqual(['青山县:unknown']);
    expect(found('在望江岭镇设站', '520600')).toEqual(['望江岭镇:unknown']);
    expect(found('四平市某某县', '220300')).toEqual(['四平市:220300', '某某县:unknown']);
  });
  it('a quantifier or verb before a level word, and a doubled level word, are no places', () => {
    expect(found('巡察指出，部分镇逾期贷款化解不力', '610304')).toEqual([]);
    expect(found('两地实现镇镇结对9个', '451026')).toEqual([]);
    expect(found('并组织区纪委监委跟踪问效', '610304')).toEqual([]);
    expect(found('建议区财政每年安排专项资金', '450110')).toEqual([]);
    expect(found('通过大湾区“菜篮子”基地销售', '522732')).toEqual([]);
    expect(found('落实县下达衔接资金，建设毛南山乡', '451226')).toEqual([]);
    expect(found('深圳市2024年粤桂东西部协作工作情况报告', '440300')).toEqual(['深圳市:440300']);
    expect(found('对口协作河池市11个县（市、区）', '440300')).toEqual(['河池市:451200']);
    expect(found('建平县、喀左县肉牛存栏', '210000')).toEqual(['建平县:211322', '喀左县:211324']);
    expect(notAPlace('组织区', '纪')).toMatch(/verb/);
  });
  it('zones, categories, the own region and ordinary words are no places, each for its reason', () => {
    const none = ['农业示范区', '经济开发区', '工业园区', '社区工厂', '全市', '本县', '城区', '农贸市场', '县域经济', '重点帮扶县',
      '统筹城乡', '乡村振兴', '返乡创业', '特色小镇', '乡镇卫生院', '我省', '两县', '各县区', '县委', '中央和省'];
    for (const w of none) expect(found(`,${w}发展,`, '520600'), w).toEqual([]);
    expect(notAPlace('示范区', '')).toMatch(/zone/);
    expect(notAPlace('全县', '')).toMatch(/own/);
    expect(notAPlace('农贸市', '场')).toMatch(/市场/);
    expect(notAPlace('德江县', '委')).toMatch(/县委/); // unknown words only: a known 德江县委 is still 德江县
    expect(found('德江县委', '520600')).toEqual(['德江县:520626']);
  });
});

describe('placeNames: the names a figure may be filed under', () => {
  it('keeps places inside the region and counties outside; a partner province or city stands for the report region; flags the unknown', () => {
    const { names, warnings } = placeNames('广东省广州市对口帮扶安顺市,关岭县和青山县新建车间,与长春市农安县相比', g, { region: '520400' });
    expect(names.map(({ above: _, levelWord: __, ...n }) => n)).toEqual([
      { name: '关岭县', code: '520424' }, { name: '农安县', code: '220122', outside: true }, { name: '安顺市', code: '520400' },
      { name: '广东省', code: '520400' }, { name: '广州市', code: '520400' }, { name: '长春市', code: '520400' }, { name: '青山县', code: '' },
    ]);
    expect(warnings.map((w) => w.text)).toEqual(['青山县']);
    // Each known place carries the regions it lies in, nearest first; an unknown one has none.
    expect(names.find((n) => n.name === '农安县')?.above).toEqual(['220100', '220000']);
    expect(names.find((n) => n.name === '青山县')?.above).toBeUndefined();
    // and the level word of its official name, which 全市/全县 point at ('菏泽' is a 市).
    expect(names.find((n) => n.name === '关岭县')?.levelWord).toBe('县');
  });
});

describe('figures land on the place named in their sentence (issue 10: the Jilin text)', () => {
  const reference = loadReference('data');
  const { indicators, gazetteer } = reference;
  const ctx = { id: 't', region: '220000', period: '2021', docKind: 'review' as const, published: '2022-05-17' };
  it('乾安县, 长岭县, 抚松县 and 农安县 get their own codes, not the province\'s', () => {
    const text = '2021年,全省脱贫人口人均纯收入达到11000元。\n乾安县脱贫人口人均纯收入13800元。长岭县新建帮扶车间12个。抚松县发放小额信贷3000万元。\n长春市农安县消费帮扶销售额达2亿元。\n';
    const out = extractOne(text, ctx, reference);
    expect(out.figures.map((f) => [f.number_text, f.region_code])).toEqual([
      ['11000元', '220000'], ['13800元', '220723'], ['12个', '220722'], ['3000万元', '220621'], ['2亿元', '220122'],
    ]);
  });
  it('a figure shared by several places is filed under their smallest common region, never the report region', () => {
    const out = extractOne('渭源县、漳县共新建车间9个。陇西县新建车间8个。\n', { ...ctx, region: '621122' }, reference);
    expect(out.figures.map((f) => [f.number_text, f.region_code])).toEqual([['9个', '621100'], ['8个', '621122']]);
    // In a province's report, three counties of one prefecture share it; places of two provinces share none.
    const jx = extractOne('井冈山市、遂川县、万安县脱贫人口人均纯收入均超过1.8万元。\n', { ...ctx, region: '360000' }, reference);
    expect(jx.figures.map((f) => f.region_code)).toEqual(['360800']);
    const apart = extractOne('渭源县、延吉市共新建车间9个。\n', { ...ctx, region: '621122' }, reference);
    expect(apart.figures.map((f) => f.region_code)).toEqual(['']);
    // '两县' after two places named apart: the two.
    const two = extractOne('从县域看，盐池县收入水平最高，红寺堡区最低，两县（区）相差4223元。\n', { ...ctx, region: '640000' }, reference);
    expect(two.figures.map((f) => f.region_code)).toEqual(['640300']);
    // One number after 分别 for two places is each one's.
    const shared = extractOne('通渭县、渭源县要分别建成1个以上万吨级仓储基地。\n', { ...ctx, region: '621100' }, reference);
    expect(shared.figures.map((f) => f.region_code)).toEqual(['621100']);
    // With 分别 each figure is one place's.
    const each = extractOne('渭源县、漳县同期增长分别为8.1%和7.9%。\n', { ...ctx, region: '621122' }, reference);
    expect(each.figures.map((f) => f.region_code)).toEqual(['621123', '621125']);
  });
  it('分别 after a list of places gives the k-th number to the k-th place, an item may carry its prefecture', () => {
    const yn = { ...ctx, region: '530000' };
    const one = extractOne('大理州剑川县、红河州屏边县分别完成风险消除3200人和2100人。\n', yn, reference);
    expect(one.figures.map((f) => [f.number_text, f.region_code])).toEqual([['3200人', '532931'], ['2100人', '532523']]);
    const three = extractOne('剑川县、屏边县和勐海县分别新增岗位300个、200个和100个。\n', yn, reference);
    expect(three.figures.map((f) => f.region_code)).toEqual(['532931', '532523', '532822']);
    // Without 分别 a list is about the places together: the report's region (inside it) as before.
    const together = extractOne('剑川县、屏边县共新增岗位500个。\n', yn, reference);
    expect(together.figures.map((f) => f.region_code)).toEqual(['530000']);
  });
  it('a place named as a comparison\'s base, a destination or in a document title is not what the figure is about', () => {
    const huize = { ...ctx, region: '530326' };
    const codes = (text: string, c = huize) => extractOne(text, c, reference).figures.map((f) => [f.number_text, f.region_code]);
    expect(codes('我县农村居民收入增速高于宣威市0.5个百分点，低于昆明市东川区0.3个百分点。\n')).toEqual([['0.5个百分点', '530326'], ['0.3个百分点', '530326']]);
    expect(codes('与宣威市相比，全县多建车间12个。\n')).toEqual([['12个', '530326']]);
    expect(codes('全县向昆明市官渡区销售农产品3200万元。\n')).toEqual([['3200万元', '530326']]);
    expect(codes('落实《云南省防止返贫致贫监测帮扶实施细则》，全年新增公益性岗位800个。\n')).toEqual([['800个', '530326']]);
    expect(codes('全市脱贫人口人均纯收入16103元，高于全省平均水平0.8个百分点。\n', { ...ctx, region: '360700' })).toEqual([['16103元', '360700'], ['0.8个百分点', '360700']]);
    // The place itself, named as the subject, still takes the figure.
    expect(codes('宣威市新建车间12个。\n')).toEqual([['12个', '530381']]);
  });
  it('a neighbour after 比/与 and a few words, a partner that gives to 我区, and a quoted brand are not the figure\'s place', () => {
    const yuan = { ...ctx, region: '341503' };
    const codes = (text: string, c = yuan) => extractOne(text, c, reference).figures.map((f) => f.region_code);
    expect(codes('全区农村居民收入仍比相邻的金安区低约1400元。\n')).toEqual(['341503']);
    expect(codes('与相邻的金安区相比，全区多建车间12个。\n')).toEqual(['341503']);
    expect(codes('省内结对帮扶的合肥市蜀山区今年向我区投入帮扶资金1200万元，援建项目9个。\n')).toEqual(['341503', '341503']);
    expect(codes('依托“六安瓜片”品牌，全区销售农产品6450万元。\n')).toEqual(['341503']);
  });
  it('a rank (居全州第二) is no own-region word; the place given to (向柞水县捐赠) is the subject, not a destination', () => {
    const huayuan = { ...ctx, region: '433124' };
    const codes = (text: string, c: typeof ctx) => extractOne(text, c, reference).figures.map((f) => f.region_code);
    expect(codes('农村居民收入增长7.8%，增幅居全州第二，比相邻的保靖县高0.6个百分点。\n', huayuan)).toEqual(['433124', '433124']);
    expect(codes('南京市江宁区向柞水县捐赠帮扶资金和物资折款1260万元。\n', { ...ctx, region: '611000' })).toEqual(['611026']);
    expect(codes('全县向柳州市城中区销售农产品3200万元。\n', { ...ctx, region: '450225' })).toEqual(['450225']);
  });
  it('a compared list, a paired partner, a neighbour county and a rank are not the subject; the counties counted for a rank are the whole\'s', () => {
    const codes = (text: string, region: string) => extractOne(text, { ...ctx, region }, reference).figures.map((f) => f.region_code);
    expect(codes('全市脱贫人口人均纯收入15840元，比朝阳县、建平县分别高出约600元、300元。\n', '211381')).toEqual(['211381', '211381', '211381']);
    expect(codes('大连市甘井子区对口帮扶资金650万元。\n', '211381')).toEqual(['211381']);
    expect(codes('风险消除率比邻县连城县高出5.2个百分点。\n', '350821')).toEqual(['350821']);
    expect(codes('平远县脱贫人口人均纯收入18390元，在全市8个县（市、区）中排第2位，比相邻的蕉岭县高约400元。\n', '441400'))
      .toEqual(['441426', '441400', '441426']);
  });
  it('in a giver\'s report, money after a word of giving, the people it sends and firms named by it are the helped place\'s', () => {
    const tc = { ...ctx, region: '320585' };
    const head = '太仓市2024年东西部协作工作情况报告\n我市与西安市周至县携手推进东西部协作。\n';
    const rows = (body: string) => extractOne(head + body, tc, reference).figures.map((f) => [f.number_text, f.region_code]);
    expect(rows('全市16个村与周至县村庄结对，村企结对帮扶资金合计380万元，每个结对村不少于10万元。\n'))
      .toEqual([['16个', '320585'], ['380万元', '610124'], ['10万元', '610124']]);
    expect(rows('我市4名挂职干部中，1人任县委常委。在我市设立专柜12个。\n')).toEqual([['4名', '610124'], ['1人', '610124'], ['12个', '320585']]);
    expect(rows('引导13家太仓企业到周至投资兴业。\n')).toEqual([['13家', '610124']]);
    // A neighbour compared after the helped county is no paragraph subject for 全县.
    expect(rows('周至县农村居民人均可支配收入15120元；相邻的宝鸡市眉县同期为17860元。全县开发公益性岗位1850个。\n'))
      .toEqual([['15120元', '610124'], ['17860元', '610326'], ['1850个', '610124']]);
  });
  it('a giver\'s report names the place it helps after a word of help in its opening', () => {
    const jn = { ...ctx, region: '120112' };
    const text = '津南区2024年东西部协作工作情况报告\n2024年，津南区按照协作协议部署，全年各项指标全部超额完成，助力甘肃省平凉市灵台县巩固拓展脱贫攻坚成果。\n实施协作项目43个。全县纳入防返贫监测对象1247户。在津南区建成展销中心1个。\n';
    expect(extractOne(text, jn, reference).figures.map((f) => [f.number_text, f.region_code]))
      .toEqual([['43个', '620822'], ['1247户', '620822'], ['1个', '120112']]);
  });
  it('a place named for a group (X等) stands for places of the region above it; a rank\'s count is the whole\'s', () => {
    const changdu = { ...ctx, region: '540300' };
    expect(extractOne('天津市全年到位援藏资金4.02亿元，重点支持丁青县等对口县，在昌天津援藏干部人才96名。\n', changdu, reference).figures
      .map((f) => [f.number_text, f.region_code])).toEqual([['4.02亿元', '540300'], ['96名', '540300']]);
    expect(found('重点支持丁青县等对口县', '540300')).toEqual(['丁青县:540324']);
    const town = extractOne('城关镇等7个乡镇新建车间。\n', { ...ctx, region: '430626' }, reference);
    expect(town.figures.map((f) => f.region_code)).toEqual(['430626']);
    const nm = extractOne('农村牧区居民收入增速高于全区平均0.4个百分点，居全区12个盟市第3位。\n', { ...ctx, region: '150900' }, reference);
    expect(nm.figures.map((f) => [f.number_text, f.region_code])).toEqual([['0.4个百分点', '150900'], ['12个', '150000']]);
  });
  it('a giver of two counties: what names neither is both\'s; 两县 are they, one each with 分别', () => {
    const cy = { ...ctx, region: '370214' };
    const head = '城阳区关于2024年东西部协作工作情况的报告\n2024年，城阳区全面完成与甘肃省陇南市宕昌县、文县结对帮扶各项任务。两县脱贫人口人均纯收入分别达到11860元和12340元。\n';
    const rows = (body: string) => extractOne(head + body, cy, reference).figures.slice(2).map((f) => [f.number_text, f.region_code]);
    expect(extractOne(head, cy, reference).figures.map((f) => f.region_code)).toEqual(['621223', '621222']);
    expect(rows('全年投入财政援助资金7860万元。接收两县来城阳挂职干部11名。\n')).toEqual([['7860万元', '621200'], ['11名', '621200']]);
    // Places after 两县 in the sentence take over; a list's later items count; a town's county before it is its own.
    expect(rows('采购两县农特产品，在城阳区内开设陇南特色农产品展销专柜26个，全年销售宕昌、文县农特产品1.57亿元。\n'))
      .toEqual([['26个', '370214'], ['1.57亿元', '621200']]);
    expect(rows('在宕昌县哈达铺镇、文县临江镇等地援建示范村6个。\n')).toEqual([['6个', '621200']]);
  });
  it('a giver names the prefecture it helps by a short form after a verb of help; what it builds with it stands there', () => {
    const gz = { ...ctx, region: '440100' };
    const text = '广州市2024年东西部协作工作总结\n2024年，我市坚持“黔南所需、广州所能”，全力助推黔南州高质量发展。全市11个区与黔南州12个县（市）结对。\n'
      + '用好广州产业外溢和黔南资源优势，与黔南共建产业园区12个。黔南州农村居民收入增幅高于贵州全省平均水平0.6个百分点。全州农村居民人均可支配收入15873元。\n';
    expect(extractOne(text, gz, reference).figures.slice(2).map((f) => [f.number_text, f.region_code]))
      .toEqual([['12个', '522700'], ['0.6个百分点', '522700'], ['15873元', '522700']]);
  });
  it('a giver to a prefecture: what it sends to 受援地, its cadres and tourists, and 全县 of a county there are the helped place\'s', () => {
    const nj = { ...ctx, region: '320100' };
    const head = '南京市2024年度对口支援新疆伊犁工作情况报告\n2024年，我市与伊犁州伊宁市、特克斯县携手推进巩固拓展脱贫攻坚成果。\n';
    const rows = (body: string) => extractOne(head + body, nj, reference).figures.map((f) => [f.number_text, f.region_code]);
    expect(rows('引进南京企业在受援地投资落地项目21个，实际到位资金38.7亿元。组织南京游客赴伊犁旅游8.6万人次。\n'))
      .toEqual([['21个', '654000'], ['38.7亿元', '654000'], ['8.6万人次', '654000']]);
    expect(rows('目前我市在伊在岗援疆干部人才168名，其中党政干部32名。\n')).toEqual([['168名', '654000'], ['32名', '654000']]);
    expect(rows('特克斯县脱贫人口人均纯收入达到17420元；全县纳入防返贫监测对象612户。\n')).toEqual([['17420元', '654027'], ['612户', '654027']]);
  });
  it('湘西州 receives east–west cooperation though 湖南 does not: 济南\'s districts give', () => {
    const xx = { ...ctx, region: '433100' };
    const text = '湘西州2024年东西部协作工作情况报告\n2024年，在济南市的大力帮扶下，我州扎实推进东西部协作。\n莱芜区结对龙山县5960万元；其余400万元由州级统筹。\n';
    expect(extractOne(text, xx, reference).figures.map((f) => [f.number_text, f.region_code])).toEqual([['5960万元', '433130'], ['400万元', '433100']]);
  });
  it('the 分别 nearest a figure distributes it; a paragraph that opens on two places is about neither', () => {
    const ly = extractOne('嵩县、汝阳县分别为16840元和17120元，比上年分别增长11.8%和11.3%。\n', { ...ctx, region: '410300' }, reference);
    expect(ly.figures.map((f) => f.region_code)).toEqual(['410325', '410326', '410325', '410326']);
    const fj = extractOne('（五）消费帮扶成效明显。政和县白茶产值突破45亿元，寿宁县下党乡带动脱贫户户均增收4200元。全年销售脱贫地区农产品16.8亿元。\n', { ...ctx, region: '350000' }, reference);
    expect(fj.figures.map((f) => f.region_code)).toEqual(['350725', '350924', '350000']);
  });
  it('a giver of two banners, of a city the size of its own: 两旗, firms named by it, people it helps into work, what it co-builds, 全市 of the city helped', () => {
    const dx = { ...ctx, region: '110115' };
    const head = '北京市大兴区2024年东西部协作工作情况报告\n2024年，大兴区与内蒙古自治区乌兰察布市察哈尔右翼前旗、锡林郭勒盟正镶白旗携手推进各项协作任务。\n';
    const rows = (body: string) => extractOne(head + body, dx, reference).figures.map((f) => [f.number_text, f.region_code]);
    expect(rows('两旗农村牧区常住居民人均可支配收入分别达到15870元和21460元。\n')).toEqual([['15870元', '150926'], ['21460元', '152529']]);
    expect(rows('察右前旗京蒙合作产业开发区累计入驻大兴企业21家。\n')).toEqual([['21家', '150926']]);
    expect(rows('2025年，大兴区将帮助农村劳动力就业2000人以上。\n')).toEqual([['2000人', '150000']]);
    const sz = { ...ctx, region: '440300' };
    const text = '深圳市2024年粤桂东西部协作工作情况报告\n2024年，我市对口协作河池市11个县（市、区）。\n全市各镇（街道）与河池乡镇、村广泛结对，共建乡村振兴示范村42个。\n二、河池市巩固衔接主要成效\n2024年河池市脱贫人口人均纯收入达到14628元。全市累计纳入防返贫监测对象2.31万户。\n';
    expect(extractOne(text, sz, reference).figures.map((f) => [f.number_text, f.region_code]))
      .toEqual([['11个', '451200'], ['42个', '451200'], ['14628元', '451200'], ['2.31万户', '451200']]);
  });
  it('a giver names the place it helps in the slogan of a pairing (布拖所需、慈溪所能) or after 聚焦', () => {
    const cx = { ...ctx, region: '330282' };
    const text = '慈溪市2024年东西部协作工作情况报告\n2024年，我市按照东西部协作工作要求，聚焦四川省凉山彝族自治州布拖县巩固拓展脱贫攻坚成果。一年来，我们坚持“布拖所需、慈溪所能”。\n全年拨付财政援助资金5200万元。\n';
    expect(extractOne(text, cx, reference).figures.map((f) => f.region_code)).toEqual(['513429']);
    const slogan = '慈溪市2024年东西部协作工作情况报告\n一年来，我们坚持“布拖所需、慈溪所能”，与布拖县携手推进。\n全年拨付财政援助资金5200万元。\n';
    expect(extractOne(slogan, cx, reference).figures.map((f) => f.region_code)).toEqual(['513429']);
  });
  it('全市 after a city named by its short form is that city; 滩区 is no place', () => {
    const sd = extractOne('菏泽是我省脱贫任务最重的市。全市脱贫享受政策人口人均纯收入16205元。全省黄河滩区迁建工程共安置群众60万人。\n', { ...ctx, region: '370000' }, reference);
    expect(sd.figures.map((f) => f.region_code)).toEqual(['371700', '370000']);
  });
  it('a numeral inside a place\'s name counts nothing', () => {
    const jp = extractOne('在北二十家子镇新建车间3个。\n', { ...ctx, region: '211322' }, reference);
    expect(jp.figures.map((f) => f.number_text)).toEqual(['3个']);
    expect(jp.mentions.filter((m) => m.reason === 'place_name').map((m) => m.text)).toEqual(['二十家']);
  });
  it('该县 is the county named last, as 全县 would be', () => {
    const hlj = extractOne('双鸭山市饶河县的变化同样明显。该县去年脱贫人口人均纯收入达到19215元。\n', { ...ctx, region: '230000' }, reference);
    expect(hlj.figures.map((f) => f.region_code)).toEqual(['230524']);
  });
  it('pairs are no lists, and a place in a phrase of time is no subject', () => {
    const tc = { ...ctx, region: '320585' };
    const text = '太仓市东西部协作工作情况报告\n我市与西安市周至县携手推进东西部协作。\n我市浏河镇、沙溪镇分别与周至县哑柏镇、集贤镇结对，镇级帮扶资金各150万元。\n';
    expect(extractOne(text, tc, reference).figures.map((f) => f.region_code)).toEqual(['610124']);
    const as = extractOne('2023年以来，特别是去年6月28日全省问题整改推进会议以来，市委、市政府召开专题会议等111次。\n', { ...ctx, region: '520400' }, reference);
    expect(as.figures.map((f) => f.region_code)).toEqual(['520400']);
  });
  it('the value in brackets after a comparison\'s base is the base\'s own', () => {
    const banner = { ...ctx, region: '152221' };
    expect(extractOne('全旗脱贫人口人均纯收入17236元，比全盟平均水平（16630元）高出约600元。\n', banner, reference).figures
      .map((f) => [f.number_text, f.region_code])).toEqual([['17236元', '152221'], ['16630元', '152200'], ['600元', '152221']]);
  });
  it('partners listed with 等 before a word of pairing give: what they put in is the report region\'s', () => {
    expect(extractOne('天津市河西区、北辰区等对口协作城区年度投入东西部协作资金3.05亿元。\n', { ...ctx, region: '621100' }, reference)
      .figures.map((f) => f.region_code)).toEqual(['621100']);
  });
  it('a cooperation report files a figure that names no place under the county it helps, and its own words under itself', () => {
    const yinzhou = { ...ctx, region: '330212' };
    const text = '宁波市鄞州区2024年东西部协作工作总结\n鄞州区聚焦结对帮扶的四川省凉山州布拖县。全年向布拖县拨付财政援助资金6850万元。\n动员社会力量捐款捐物折款1260万元。全区46家企业结对帮扶。\n';
    expect(extractOne(text, yinzhou, reference).figures.map((f) => [f.number_text, f.region_code]))
      .toEqual([['6850万元', '513429'], ['1260万元', '513429'], ['46家', '330212']]);
    // The county helped is named by its short form too; a region's pairing with it names the region's own, but
    // what is counted right after the partner's name is the partner's.
    const more = `${text}双方在布拖共建产业园区3个。全区25个镇与布拖县12个乡镇实现结对全覆盖，46家企业参与。\n`;
    expect(extractOne(more, yinzhou, reference).figures.slice(3).map((f) => [f.number_text, f.region_code]))
      .toEqual([['3个', '513429'], ['25个', '330212'], ['12个', '513429'], ['46家', '330212']]);
    // What the report's region or another giver gives is the helped county's; a county helped is named with its
    // prefecture, and its towns are known as the report's own would be.
    const dongcheng = '东城区2024年对口支援拉萨市当雄县工作纪实\n东城区安排援藏资金1.12亿元。东城区累计投入资金5.3亿元。东城区17个街道参与。纳木湖乡服务站吸纳就业84人。\n';
    expect(extractOne(dongcheng, { ...ctx, region: '110101' }, reference).figures.map((f) => [f.number_text, f.region_code]))
      .toEqual([['1.12亿元', '540122'], ['5.3亿元', '540122'], ['17个', '110101'], ['84人', '540122']]);
    const giver = '苏州市2024年度东西部协作工作情况报告\n苏州市与贵州省铜仁市携手推进协作。昆山市帮助碧江区销售4.3亿元。\n';
    expect(extractOne(giver, { ...ctx, region: '320500' }, reference).figures.map((f) => f.region_code)).toEqual(['520602']);
    // 分别 before a list of places given to hands the k-th amount to the k-th place; one amount for all is no such list.
    const each = '苏州市2024年度东西部协作工作情况报告\n苏州市与贵州省铜仁市携手推进协作。常熟市、太仓市分别向结对的思南县、玉屏县投入援助资金5200万元、3900万元；吴江区向松桃县投入援助资金6800万元。\n';
    expect(extractOne(each, { ...ctx, region: '320500' }, reference).figures.map((f) => f.region_code)).toEqual(['520624', '520622', '520628']);
    const same = '2022年四平市工作总结\n市级财政分别为双辽市、梨树县拨付引导资金100万元。\n';
    expect(extractOne(same, { ...ctx, region: '220300' }, reference).figures.map((f) => f.region_code)).toEqual(['220300']);
    // A prefecture helped is itself too (a giving city's report on its partner city).
    const suzhou = '苏州市2024年度东西部协作工作情况报告\n苏州市与贵州省铜仁市携手推进协作。全年向铜仁市拨付财政援助资金3.2亿元。\n帮助销售农产品12亿元。\n';
    expect(extractOne(suzhou, { ...ctx, region: '320500' }, reference).figures.map((f) => f.region_code)).toEqual(['520600', '520600']);
    // A budget level is whose money it was, not a place; the helped city's 全市 is that city.
    const parts = '苏州市2024年度东西部协作工作情况报告\n苏州市与贵州省铜仁市携手推进协作。全年向铜仁市拨付财政援助资金5.86亿元，其中市本级资金2.1亿元。\n据铜仁市统计，全市脱贫人口人均纯收入达到15870元。全市新建车间9个。\n';
    expect(extractOne(parts, { ...ctx, region: '320500' }, reference).figures.map((f) => [f.number_text, f.region_code]))
      .toEqual([['5.86亿元', '520600'], ['2.1亿元', '520600'], ['15870元', '520600'], ['9个', '520600']]);
    // A paragraph that turns to the giver by name turns 全市 back to it.
    const back = '苏州市2024年度东西部协作工作情况报告\n苏州市与贵州省铜仁市携手推进协作。\n据铜仁市统计，全市脱贫人口人均纯收入达到15870元。苏州市新建车间9个，全市接收务工人员1200人。\n';
    expect(extractOne(back, { ...ctx, region: '320500' }, reference).figures.map((f) => f.region_code)).toEqual(['520600', '320500', '320500']);
    // A province given to is itself, by its full or short name; another task named further on is no second partner.
    const shandong = '全省乡村振兴工作会议讲话\n全年向甘肃省拨付财政援助资金24.7亿元，向重庆市拨付12.1亿元；帮助甘肃农村劳动力实现就业9.6万人。全省新建车间300个。\n';
    expect(extractOne(shandong, { ...ctx, region: '370000' }, reference).figures.map((f) => f.region_code)).toEqual(['620000', '500000', '620000', '370000']);
    const another = `${parts}${'两地协作持续深化。'.repeat(50)}\n此外，苏州继续做好对口支援新疆阿图什市工作，全年投入援疆资金3.2亿元。\n帮助销售农产品12亿元。\n`;
    expect(extractOne(another, { ...ctx, region: '320500' }, reference).figures.slice(-2).map((f) => f.region_code)).toEqual(['653001', '520600']);
    // Goods named by where they come from are not the subject where things are done with them; a giver named last
    // is the subject even if named before in another role.
    const yinzhouGoods = `${text}在鄞州开设布拖农特产品展销专柜22个。鄞州区合作办主任表示，明年鄞州区计划安排资金不低于7000万元。\n`;
    expect(extractOne(yinzhouGoods, yinzhou, reference).figures.slice(-2).map((f) => f.region_code)).toEqual(['330212', '513429']);
    // The receiving side's report: places of the giving province give, whatever their level, and help flows west,
    // so the giver is no place the report helps.
    const napo = '那坡县关于2024年度粤桂东西部协作工作情况的报告\n2024年，在深圳市、龙岗区的倾力帮扶下，我县扎实推进东西部协作。签订《东西部协作协议》。龙岗区党政主要领导到我县调研对接2次。全年到位财政援助资金5882万元。龙岗区同时结对帮扶我县和靖西市，向两县（市）投入援助资金合计6100万元。\n';
    expect(extractOne(napo, { ...ctx, region: '451026' }, reference).figures.map((f) => [f.number_text, f.region_code]))
      .toEqual([['2次', '451026'], ['5882万元', '451026'], ['6100万元', '451000']]);
    // A partner named with a word of pairing after it; what is invested there is its, as are workers from it
    // wherever they work, while a place set up in the giver's region with the partner's name on it is the giver's.
    const nanhai = '佛山市南海区2024年东西部协作工作情况报告\n2024年，南海区与贵州省黔东南州丹寨县携手推进协作。全年区党政主要领导赴丹寨调研对接4次。\n引导南海企业到丹寨投资兴业6家。到广东就业1380人，其中在南海就业612人。在南海设立丹寨籍务工人员服务站2个。南海区组织区内63家企业与丹寨县51个村开展村企结对，投入帮扶资金680万元。\n';
    expect(extractOne(nanhai, { ...ctx, region: '440605' }, reference).figures.map((f) => [f.number_text, f.region_code]))
      .toEqual([['4次', '440605'], ['6家', '522636'], ['1380人', '522636'], ['612人', '522636'], ['2个', '440605'], ['63家', '440605'], ['51个', '522636'], ['680万元', '522636']]);
    // The partnership's own business (visits, joint meetings, agreements) is the giver's.
    const taicang = '太仓市2024年东西部协作工作总结\n太仓市与陕西省西安市周至县携手推进协作。主要领导赴周至县考察对接2次，两地召开联席会议3次，签订协作协议5份。全年拨付援助资金5860万元。\n';
    expect(extractOne(taicang, { ...ctx, region: '320585' }, reference).figures.map((f) => [f.number_text, f.region_code]))
      .toEqual([['2次', '320585'], ['3次', '320585'], ['5份', '320585'], ['5860万元', '610124']]);
    // Without a cooperation in its opening, a report's unnamed figures stay its own.
    const plain = '鄞州区2024年工作总结\n全年向布拖县拨付财政援助资金6850万元。\n动员社会力量捐款捐物折款1260万元。\n';
    expect(extractOne(plain, yinzhou, reference).figures.map((f) => f.region_code)).toEqual(['513429', '330212']);
  });
  it('自治区资金, 旗外务工 and 自建区以来 are no unknown places', () => {
    const aohan = { ...ctx, region: '150430' };
    const out = extractOne('其中中央资金2.15亿元、自治区资金0.68亿元。旗外务工1.05万人。红寺堡区自建区以来累计搬迁安置移民23.5万人。\n', aohan, reference);
    expect(out.mentions.filter((m) => m.status === 'unknown_place').map((m) => m.text)).toEqual([]);
  });
  it('全市 in a county report is the prefecture above it; 省级 (a level of budget) is no place', () => {
    const qxg = { ...ctx, region: '520502' };
    const codes = (text: string) => extractOne(text, qxg, reference).figures.map((f) => [f.number_text, f.region_code]);
    expect(codes('全区新建车间9个。全市脱贫人口人均纯收入16103元。\n')).toEqual([['9个', '520502'], ['16103元', '520500']]);
    expect(codes('毕节市新建车间30个。\n')).toEqual([['30个', '520500']]);
    expect(codes('获得省级资金2000万元。\n')).toEqual([['2000万元', '520502']]);
    // A paragraph about a county ends when the text names the report's region again, as 全区 would end it.
    expect(codes('大方县新建车间12个。2024年七星关区财政收入增长。安排资金3000万元。\n')).toEqual([['12个', '520521'], ['3000万元', '520502']]);
    expect(codes('大方县新建车间12个，其中省级资金支持5个。\n')).toEqual([['12个', '520521'], ['5个', '520521']]);
    // A prefecture's budget level names whose money it was; a neighbour a town borders, or the prefecture the report's
    // region lies in, is not what the figure is about.
    expect(codes('其中中央资金2.31亿元、毕节市级资金0.18亿元。\n')).toEqual([['2.31亿元', '520502'], ['0.18亿元', '520502']]);
    expect(codes('七星关区位于毕节市西部，海拔1500米以上。\n')).toEqual([['1500米', '520502']]);
    // A county named in the middle of a paragraph about the whole is an example: the sentences after it are the
    // whole's again, while a paragraph that opens with a county keeps it.
    expect(codes('（五）就业情况。全区认定车间742家。大方县某镇车间吸纳就业620人。设置公益性岗位3.4万个。\n'))
      .toEqual([['742家', '520502'], ['620人', '520521'], ['3.4万个', '520502']]);
    expect(codes('（五）大方县就业情况。大方县认定车间42家。设置公益性岗位3400个。\n')).toEqual([['42家', '520521'], ['3400个', '520521']]);
    // '分别为' after places that carry a few words each ('宣恩县伍家台贡茶、咸丰县唐崖茶'); 杭州市场 is 杭州 and 市场.
    const enshi = extractOne('其中宣恩县伍家台贡茶、咸丰县唐崖茶在杭州市场销售额分别为1.2亿元、8500万元。杭州市与恩施州结对。\n', { ...ctx, region: '422800' }, reference);
    expect(enshi.figures.map((f) => f.region_code)).toEqual(['422825', '422826']);
    // Every place of a list the region pairs with (与…、…建立的机制) is a partner, not the subject.
    const pingjiang = extractOne('用好与湖北通城县、江西修水县、铜鼓县建立的劳务协作机制，全年新增转移就业1500人。\n', { ...ctx, region: '430626' }, reference);
    expect(pingjiang.figures.map((f) => f.region_code)).toEqual(['430626']);
    // A figure about the places of a list is their parent's when the text names it right before them, else the
    // report's; an item may carry a few words, quotes included.
    const sichuan = { ...ctx, region: '510000' };
    expect(extractOne('乐山市马边、峨边两县通过“832平台”销售农特产品1.2亿元。\n', sichuan, reference).figures.map((f) => f.region_code)).toEqual(['511100']);
    expect(extractOne('马边县“小凉山”、峨边县共接待游客20万人次。\n', sichuan, reference).figures.map((f) => f.region_code)).toEqual(['510000']);
    // The place left out (以外, 除…外) is not what the figure counts.
    expect(codes('其中毕节市以外的8个市派驻工作队3240支。\n')).toEqual([['8个', '520502'], ['3240支', '520502']]);
    const macheng = extractOne('乘马岗镇与河南省新县交界，上半年接待游客8.2万人次。\n', { ...ctx, region: '421181' }, reference);
    expect(macheng.figures.map((f) => [f.region_code, f.town_code])).toEqual([['421181', '421181113']]);
  });
  it('全旗 in a banner report is the banner; 全市 there is the city above it (Inner Mongolia\'s banners and leagues)', () => {
    const aohan = { ...ctx, region: '150430' };
    const out = extractOne('翁牛特旗新建车间5个，全旗新建帮扶车间12个，全市新建帮扶车间80个。\n', aohan, reference);
    expect(out.figures.map((f) => f.region_code)).toEqual(['150426', '150430', '150400']);
  });
  it('区里, 今年区 and 脱贫县 are no place words: their figures keep the report region', () => {
    const qxg = { ...ctx, region: '520502' };
    const out = extractOne('今年区里安排了35万元。脱贫县农村居民人均可支配收入增长8.4%。\n', qxg, reference);
    expect(out.figures.map((f) => f.region_code)).toEqual(['520502', '520502']);
    expect(out.mentions.filter((m) => m.status === 'unknown_place')).toEqual([]);
  });
  it('a figure about an unknown county gets an empty region and the word is listed in the mentions', () => {
    const out = extractOne('青山县新增公益性岗位300个。\n', { ...ctx, region: '220300' }, reference);
    expect(out.figures.map((f) => [f.number_text, f.region_code])).toEqual([['300个', '']]);
    expect(out.mentions.filter((m) => m.status === 'unknown_place').map((m) => [m.text, m.start, m.end])).toEqual([['青山县', 0, 3]]);
  });
});

// The whole pipeline with the gazetteer on seed sentences garbled with place words: it never crashes, every
// figure keeps validate.ts's invariants with the gazetteer's codes, and every unknown_place mention is verbatim.
describe('extractOne with the gazetteer on garbled text (property)', () => {
  const reference = loadReference('data');
  const { indicators, gazetteer } = reference;
  const sentences = seedSentences().map((s) => s.text);
  const codes = new Set([...gazetteer.places.values()].filter((p) => p.level !== 'town').map((p) => p.code));
  const word = fc.constantFrom('德江县', '青山县', '铁西区', '煎茶镇', '全县', '长春市农安县', '示范区', '某某乡', '城关镇', '黔东南州', '、', '，', '。', '\n\n', '县', '镇');
  it('keeps every invariant', () => {
    fc.assert(fc.property(
      fc.array(fc.nat(), { minLength: 1, maxLength: 3 }), fc.array(fc.record({ at: fc.nat(), insert: word }), { maxLength: 6 }),
      fc.constantFrom('220300', '520626', '150000', '433124'),
      (picks, edits, region) => {
        let text = picks.map((p) => sentences[p % sentences.length]).join('');
        for (const e of edits) { const at = e.at % (text.length + 1); text = text.slice(0, at) + e.insert + text.slice(at); }
        const out = extractOne(text, { id: 'fuzz', region, period: '2022', docKind: 'review', published: null }, reference);
        expect(validateFigures(out.figures, out.mentions, { texts: new Map([['fuzz', text]]), regions: codes, indicators: new Map(indicators.map((i) => [i.key, i])) })).toEqual([]);
        for (const m of out.mentions.filter((x) => x.status === 'unknown_place')) expect(text.slice(m.start, m.end)).toBe(m.text);
      },
    ), { numRuns: PIPELINE_FUZZ_RUNS });
  });
});
