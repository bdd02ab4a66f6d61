// Development set for place resolution: sentences written for this project (not taken from the seed
// reports), in provinces the seeds do not cover and at every level. Each case gives the report's region
// and, for each place word the sentence holds, the code it should resolve to, 'unknown' for a word the
// gazetteer cannot know (it must be warned about), or 'ambiguous' where the context cannot decide.
// Words that must not become places at all are listed in `notPlaces`.
// Codes were looked up by official name in the package's data, not produced by the resolver.

export interface PlaceCase {
  region: string;
  text: string;
  places: [word: string, expected: string][];
  notPlaces?: string[];
}

export const PLACE_CASES: PlaceCase[] = [
  // Guizhou: a prefecture report, its counties by full and short name, a town, an autonomous county's short forms
  { region: '520600', text: '铜仁市德江县今年新增产业帮扶资金1.2亿元,思南县和印江县各建成蔬菜基地一处。', places: [['铜仁市', '520600'], ['德江县', '520626'], ['思南县', '520624'], ['印江县', '520625']] },
  { region: '520626', text: '煎茶镇依托茶叶产业带动脱贫户1200户增收,合兴镇新建冷库3座。', places: [['煎茶镇', '520626'], ['合兴镇', '520626']] },
  { region: '520600', text: '德江、思南两县脱贫人口人均纯收入均超过1.3万元。', places: [['德江', '520626'], ['思南', '520624']], notPlaces: ['两县'] },
  { region: '522600', text: '黔东南州今年实施乡村振兴重点帮扶县项目120个,雷山县、从江县完成易地搬迁后续扶持。', places: [['黔东南州', '522600'], ['雷山县', '522634'], ['从江县', '522633']], notPlaces: ['重点帮扶县'] },
  { region: '520000', text: '全省66个县中,麻江县和丹寨县率先建成县域商业体系示范县。', places: [['麻江县', '522635'], ['丹寨县', '522636']], notPlaces: ['全省', '县域', '示范县'] },
  // Gansu: an ethnic county written without its people, a prefecture's short form, a one-character county
  { region: '622900', text: '临夏州东乡县新建扶贫车间15个,积石山县完成灾后重建农房3000户。', places: [['临夏州', '622900'], ['东乡县', '622926'], ['积石山县', '622927']] },
  { region: '621100', text: '定西市安定区马铃薯种植面积稳定在100万亩,岷县当归产业带动务工就业5000人。', places: [['定西市', '621100'], ['安定区', '621102'], ['岷县', '621126']] },
  { region: '620000', text: '兰州市榆中县高原夏菜外销量达到80万吨,会宁县新建日光温室2000座。', places: [['兰州市', '620100'], ['榆中县', '620123'], ['会宁县', '620422']] },
  // Yunnan
  { region: '533300', text: '怒江州泸水市、福贡县和兰坪县共安置搬迁群众10万人,全州城乡居民收入增长9%。', places: [['怒江州', '533300'], ['泸水市', '533301'], ['福贡县', '533323'], ['兰坪县', '533325']], notPlaces: ['全州', '城乡'] },
  { region: '530600', text: '镇雄县坪上镇建成标准化养殖小区12个,鲁甸县农贸市场改造完成。', places: [['镇雄县', '530627'], ['坪上镇', '530627'], ['鲁甸县', '530621']], notPlaces: ['小区', '市场'] },
  { region: '530300', text: '会泽县与宣威市签订劳务协作协议,输出劳动力3.2万人次。', places: [['会泽县', '530326'], ['宣威市', '530381']] },
  // Henan
  { region: '410200', text: '兰考县东坝头镇发展民宿经济,接待游客15万人次,本县乡村旅游收入增长两成。', places: [['兰考县', '410225'], ['东坝头镇', '410225']], notPlaces: ['本县', '乡村'] },
  { region: '411500', text: '信阳市光山县油茶种植面积达到25万亩,新县红色旅游带动就业3000人。', places: [['信阳市', '411500'], ['光山县', '411522'], ['新县', '411523']] },
  { region: '411500', text: '新县建设新县城安置点,搬迁群众2000人。', places: [['新县', '411523']] },
  { region: '411600', text: '周口市郸城县建设产业园区3个,全市农村公路通车里程增加800公里。', places: [['周口市', '411600'], ['郸城县', '411625']], notPlaces: ['产业园区', '全市'] },
  // Sichuan
  { region: '513400', text: '凉山州昭觉县、布拖县、美姑县新建村级活动场所120个。', places: [['凉山州', '513400'], ['昭觉县', '513431'], ['布拖县', '513429'], ['美姑县', '513436']] },
  { region: '513300', text: '甘孜州理塘县牦牛产业带动脱贫户2100户,人均增收1800元。', places: [['甘孜州', '513300'], ['理塘县', '513334']] },
  // Guangxi: 乐业 is a word ('安居乐业'), so only 乐业县 is the county
  { region: '451200', text: '河池市都安县和大化县共发放小额信贷4.6亿元,大化县七百弄乡新修通屯道路50公里。', places: [['河池市', '451200'], ['都安县', '451228'], ['大化县', '451229'], ['大化县', '451229'], ['七百弄乡', '451229']] },
  { region: '451000', text: '百色市乐业县搬迁群众安居乐业,安置点就业率达到95%。', places: [['百色市', '451000'], ['乐业县', '451028']], notPlaces: ['乐业'] },
  { region: '450000', text: '广西壮族自治区今年安排财政衔接资金100亿元,巴马县长寿食品产业产值增长12%。', places: [['广西壮族自治区', '450000'], ['巴马县', '451227']] },
  // Inner Mongolia: banners, a sumu, a league; 科右前旗 is how texts abbreviate 科尔沁右翼前旗, which no rule derives
  // (data/place_names.yml names it)
  { region: '150000', text: '兴安盟科尔沁右翼前旗乌兰毛都苏木发展肉牛养殖,户均增收8000元。', places: [['兴安盟', '152200'], ['科尔沁右翼前旗', '152221'], ['乌兰毛都苏木', '152221']] },
  { region: '152200', text: '科右前旗新建标准化牛舍300栋,全旗牧民人均可支配收入增长8.5%。', places: [['科右前旗', '152221']], notPlaces: ['全旗'] },
  { region: '150400', text: '赤峰市敖汉旗谷子种植面积达到100万亩,乌兰察布市四子王旗建成光伏帮扶电站2座。', places: [['赤峰市', '150400'], ['敖汉旗', '150430'], ['乌兰察布市', '150900'], ['四子王旗', '150929']] },
  { region: '150600', text: '鄂尔多斯市达拉特旗布尔陶亥苏木实施黄河滩区治理,受益农牧民1500户。', places: [['鄂尔多斯市', '150600'], ['达拉特旗', '150621'], ['布尔陶亥苏木', '150622']] },
  { region: '150700', text: '鄂伦春旗森林旅游接待游客20万人次。', places: [['鄂伦春旗', '150723']] },
  // Homonyms: 铁西区 of 沈阳, 鞍山 and 四平; 朝阳区 of 北京 and 长春; 城关区 of 拉萨 and 兰州
  { region: '210100', text: '铁西区新增就业岗位5000个。', places: [['铁西区', '210106']] },
  { region: '210300', text: '铁西区发放创业担保贷款1.5亿元。', places: [['铁西区', '210303']] },
  { region: '220300', text: '铁西区完成农村改厕1200户。', places: [['铁西区', '220302']] },
  { region: '210000', text: '铁西区建成社区食堂20个。', places: [['铁西区', 'ambiguous']], notPlaces: ['社区'] },
  { region: '220100', text: '朝阳区帮扶困难群众3000人。', places: [['朝阳区', '220104']] },
  { region: '110000', text: '朝阳区新建养老服务驿站40个。', places: [['朝阳区', '110105']] },
  { region: '620100', text: '城关区开展消费帮扶,销售农产品2000万元。', places: [['城关区', '620102']] },
  // Outside the report's region: a county still resolves; a partner province or city is named, not the subject
  { region: '220300', text: '与长春市农安县相比,我市脱贫人口人均纯收入高出600元。', places: [['长春市', '220100'], ['农安县', '220122']], notPlaces: ['我市'] },
  { region: '520626', text: '浙江省宁波市鄞州区今年向德江县投入东西部协作资金8000万元。', places: [['浙江省', '330000'], ['宁波市', '330200'], ['鄞州区', '330212'], ['德江县', '520626']] },
  { region: '220000', text: '通化县和通化市分别新增公益性岗位800个和650个。', places: [['通化县', '220521'], ['通化市', '220500']] },
  // Unknown place-shaped words: warned, never silently filed
  { region: '430000', text: '青山县今年完成农村危房改造600户,望江岭镇新建蔬菜大棚300个。', places: [['青山县', 'unknown'], ['望江岭镇', 'unknown']] },
  // A town name shared across the country resolves only where the report is: 白石镇 of 湘潭县 in a Hunan report
  { region: '430000', text: '白石镇新建蔬菜大棚300个。', places: [['白石镇', '430321']] },
  { region: '520000', text: '白石镇新建蔬菜大棚300个。', places: [['白石镇', 'ambiguous']] },
  { region: '520600', text: '在新源街道设立就业服务站5个,对城乡低收入人口实行常态化监测。', places: [['新源街道', 'unknown']], notPlaces: ['城乡'] },
  // Words shaped like places that are not: zones, categories, the report's own region, ordinary words
  { region: '520600', text: '全市建成农业示范区8个、经济开发区2个、工业园区5个,新建社区工厂16家,县域经济和城区商贸同步发展,市场主体增长10%。', places: [], notPlaces: ['示范区', '开发区', '工业园区', '社区', '全市', '县域', '城区', '市场'] },
  { region: '411500', text: '本县乡村振兴示范村达到30个,返乡创业人员1200人,乡镇卫生院全部达标,重点镇建设加快。', places: [], notPlaces: ['本县', '乡村', '返乡', '乡镇', '重点镇'] },
];
