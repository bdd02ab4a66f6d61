// A second development set for place resolution, written after the rules were settled and run once
// against them without any change to the rules: its first score is the honest estimate for unseen text.
// Same shape as places.ts; codes looked up by official name in the package's data.
import type { PlaceCase } from './places.ts';

export const HELD_OUT_PLACE_CASES: PlaceCase[] = [
  { region: '520500', text: '毕节市威宁县石门乡新建马铃薯良种基地5000亩,赫章县、纳雍县同步推进。', places: [['毕节市', '520500'], ['威宁县', '520526'], ['石门乡', '520526'], ['赫章县', '520527'], ['纳雍县', '520525']] },
  { region: '620500', text: '天水市秦安县苹果产值达到40亿元,张家川县清真牛羊肉产业带动就业6000人。', places: [['天水市', '620500'], ['秦安县', '620522'], ['张家川县', '620525']] },
  { region: '621223', text: '宕昌县城关镇新建中药材交易市场1处,全县中药材种植面积达到50万亩。', places: [['宕昌县', '621223'], ['城关镇', '621223']], notPlaces: ['市场', '全县'] },
  { region: '532600', text: '文山州西畴县石漠化治理面积累计达到30万亩。', places: [['文山州', '532600'], ['西畴县', '532623']] },
  { region: '532500', text: '红河州元阳县梯田红米销售额突破2亿元。', places: [['红河州', '532500'], ['元阳县', '532528']] },
  { region: '411300', text: '南阳市淅川县和内乡县共培育帮扶产业基地80个。', places: [['南阳市', '411300'], ['淅川县', '411326'], ['内乡县', '411325']] },
  { region: '511900', text: '巴中市南江县、通江县新增公益性岗位2000个,广安市岳池县新增1500个。', places: [['巴中市', '511900'], ['南江县', '511922'], ['通江县', '511921'], ['广安市', '511600'], ['岳池县', '511621']] },
  { region: '451300', text: '来宾市金秀县和忻城县脱贫劳动力务工规模达到12万人。', places: [['来宾市', '451300'], ['金秀县', '451324'], ['忻城县', '451321']] },
  // 莫旗 is how texts abbreviate 莫力达瓦达斡尔族自治旗: no rule derives it
  { region: '150700', text: '呼伦贝尔市莫旗和阿荣旗大豆种植面积稳定在300万亩。', places: [['呼伦贝尔市', '150700'], ['莫旗', 'unknown'], ['阿荣旗', '150721']] },
  { region: '150500', text: '通辽市库伦旗、奈曼旗荞麦产业带动脱贫户3000户。', places: [['通辽市', '150500'], ['库伦旗', '150524'], ['奈曼旗', '150525']] },
  { region: '433100', text: '湘西州花垣县双龙镇发展猕猴桃产业,吉首市新建帮扶车间10个。', places: [['湘西州', '433100'], ['花垣县', '433124'], ['双龙镇', '433124'], ['吉首市', '433101']] },
  { region: '232700', text: '大兴安岭地区呼玛县发展蓝莓种植1.2万亩。', places: [['大兴安岭地区', '232700'], ['呼玛县', '232721']] },
  { region: '350100', text: '鼓楼区开展消费帮扶采购金额3000万元。', places: [['鼓楼区', '350102']] },
  { region: '410000', text: '鼓楼区开展消费帮扶采购金额3000万元。', places: [['鼓楼区', '410204']] },
  { region: '320000', text: '鼓楼区开展消费帮扶采购金额3000万元。', places: [['鼓楼区', 'ambiguous']] },
  { region: '360000', text: '西湖区新增城镇就业岗位8000个。', places: [['西湖区', '360103']], notPlaces: ['城镇'] },
  { region: '430800', text: '永定区乡村旅游接待游客300万人次。', places: [['永定区', '430802']], notPlaces: ['乡村'] },
  { region: '520500', text: '七星关区新建蔬菜保供基地,金海湖新区签约项目12个。', places: [['七星关区', '520502']], notPlaces: ['金海湖新区'] },
  // 茶峒镇 was renamed 边城镇: the old name is unknown to the gazetteer
  { region: '433124', text: '边城镇接待游客50万人次,茶峒镇新建民宿20家。', places: [['边城镇', '433124'], ['茶峒镇', 'unknown']] },
  { region: '430000', text: '全省建成省级现代农业产业园区30个,城市和农村居民收入比缩小。', places: [], notPlaces: ['全省', '产业园区', '城市'] },
  { region: '620000', text: '健全县乡村三级物流体系,新建乡镇快递网点500个。', places: [], notPlaces: ['县乡', '乡镇'] },
  // A partner prefecture by its short form and its county, outside the report's province (first run: both missed)
  { region: '330100', text: '杭州市与恩施州来凤县开展东西部协作,援建项目40个。', places: [['杭州市', '330100'], ['恩施州', '422800'], ['来凤县', '422827']] },
];
