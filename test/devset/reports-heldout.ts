// Two more end-to-end development reports, written after the attribution rules were settled and run once
// against them without changing any rule: their first score is the honest estimate. Same shape as reports.ts.
import type { ReportCase } from './reports.ts';

export const HELD_OUT_REPORT_CASES: ReportCase[] = [
  {
    label: 'Guizhou prefecture review (黔西南州): counties, towns, a comparison, a partner city',
    text: '黔西南州2023年巩固拓展脱贫攻坚成果综述\n2023年,全州脱贫人口人均纯收入达到14200元,增长13.1%。\n晴隆县沙子镇新建肉羊养殖场12个,碧痕镇新增茶园3000亩。望谟县、册亨县分别新增公益性岗位1500个和1300个。\n兴义市发放脱贫人口小额信贷2.6亿元。宁波市对口帮扶投入资金5.5亿元,全州新建帮扶车间85个。\n安龙县食用菌产值增长25%,我州易地搬迁安置点就业率达到92%。\n',
    regions: [['14200元', '522300'], ['13.1%', '522300'], ['12个', '522324'], ['3000亩', '522324'], ['1500个', '522326'], ['1300个', '522327'],
      ['2.6亿元', '522301'], ['5.5亿元', '522300'], ['85个', '522300'], ['25%', '522328'], ['92%', '522300']],
  },
  {
    label: 'Henan county plan (商水县) with its townships and a neighbour',
    text: '商水县2024年巩固拓展脱贫攻坚成果同乡村振兴有效衔接工作要点\n全县力争脱贫人口人均纯收入增长8%以上。张明乡新建辣椒种植基地5000亩,黄寨镇、练集镇分别建设帮扶车间4个和3个。\n学习借鉴沈丘县经验,全县计划发放小额信贷1.5亿元,开发公益性岗位2200个。\n',
    regions: [['8%', '411623'], ['5000亩', '411623'], ['4个', '411623'], ['3个', '411623'], ['1.5亿元', '411623'], ['2200个', '411623']],
  },
];
