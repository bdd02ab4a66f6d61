// Development set for self-describing extraction: openings of reports written for this project (not
// taken from any source), in other provinces and at every level, with what a reader takes them to be about.

export interface OpeningCase {
  label: string;
  text: string;
  region: string;
  period: string;
  docKind: 'review' | 'plan';
}

export const OPENING_CASES: OpeningCase[] = [
  {
    label: 'Gansu county plan, autonomous county by its short name',
    text: '东乡县2024年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作要点\n一、总体要求\n坚持把增加脱贫群众收入作为根本要求,全县力争脱贫人口人均纯收入增长10%以上。\n',
    region: '622926', period: '2024', docKind: 'plan',
  },
  {
    label: 'Yunnan prefecture review',
    text: '怒江州2023年巩固拓展脱贫攻坚成果工作综述\n2023年,全州上下坚决守住不发生规模性返贫底线,泸水市、福贡县脱贫人口人均纯收入分别增长12%和11%。\n',
    region: '533300', period: '2023', docKind: 'review',
  },
  {
    label: 'Henan county news story: no genre word, a dateline, 去年 and 全县',
    text: '兰考:产业兴 百姓富\n日期:2024年01月12日 来源:河南日报\n去年以来,兰考县把发展特色产业作为增收之本,全县脱贫人口人均纯收入达到1.5万元,全县新建帮扶车间30个。\n',
    region: '410225', period: '2023', docKind: 'review',
  },
  {
    label: 'Sichuan prefecture plan over a range of years',
    text: '凉山州巩固拓展脱贫攻坚成果同乡村振兴有效衔接实施方案(2023—2025年)\n为持续巩固拓展脱贫攻坚成果,结合全州实际,制定本方案。\n',
    region: '513400', period: '2023-2025', docKind: 'plan',
  },
  {
    label: 'Guangxi province review by its short name',
    text: '广西2022年巩固拓展脱贫攻坚成果综述\n2022年,全区脱贫人口人均纯收入增长14%,百色市、河池市新增公益性岗位2万个。\n',
    region: '450000', period: '2022', docKind: 'review',
  },
  {
    label: 'Inner Mongolia banner year-end summary',
    text: '敖汉旗2023年乡村振兴工作总结\n2023年,全旗谷子种植面积稳定在100万亩,牧民人均可支配收入增长8%。\n',
    region: '150430', period: '2023', docKind: 'review',
  },
  {
    label: 'Siping district whose name has homonyms in Liaoning',
    text: '铁西区巩固拓展脱贫攻坚成果工作回眸\n今年以来,四平市铁西区坚持把产业帮扶作为关键,2022年全区新建温室大棚120栋。\n',
    region: '220302', period: '2022', docKind: 'review',
  },
  {
    label: 'Guizhou county story with no title, told as 我县',
    text: '2023年,我县聚焦守底线、抓发展、促振兴,德江县脱贫人口人均纯收入达到14500元,我县新增小额信贷1.2亿元。\n',
    region: '520626', period: '2023', docKind: 'review',
  },
  {
    label: 'Henan town report: a town names its county',
    text: '东坝头镇2023年乡村振兴工作总结\n2023年,全镇新发展民宿20家,接待游客15万人次。\n',
    region: '410225', period: '2023', docKind: 'review',
  },
  {
    label: 'Gansu province plan',
    text: '甘肃省2024年巩固拓展脱贫攻坚成果工作要点\n2024年是实现过渡期目标任务的关键一年。全省要确保脱贫人口人均纯收入增速高于农村居民。\n',
    region: '620000', period: '2024', docKind: 'plan',
  },
  {
    label: 'Notice issuing a plan, region from the text and 我市',
    text: '关于印发《乡村振兴重点帮扶工作计划》的通知\n各县(区)人民政府:\n现将计划印发给你们。2024年,我市将在百色市乐业县、凌云县实施产业帮扶项目50个,百色市新增帮扶车间40个。\n',
    region: '451000', period: '2024', docKind: 'plan',
  },
];
