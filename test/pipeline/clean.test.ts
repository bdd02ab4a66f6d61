import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksOf, clean, toVerbatim, type CleanText } from '../../scripts/pipeline/clean.ts';
import { FUZZ_RUNS } from './fuzzRuns.ts';
import { real, REPORT_IDS, seedText, type ReportId } from './seeds.ts';

/** The kind and reason of the block holding `line` in report `id`. */
function blockOf(id: ReportId, line: string) {
  const text = seedText(id);
  const at = text.indexOf(real(id, line));
  const b = blocksOf(text).find((x) => x.start <= at && at < x.end);
  return b ? `${b.kind}${b.reason ? `:${b.reason}` : ''}` : 'none';
}

/** The cleaned text keeps a way back: every character but the inserted line breaks is the verbatim one. */
function expectMapsBack(verbatim: string, ct: CleanText) {
  expect(ct.map).toHaveLength(ct.text.length + 1);
  for (let i = 0; i < ct.text.length; i++) {
    if (i > 0) expect(ct.map[i]).toBeGreaterThan(ct.map[i - 1]);
    if (verbatim[ct.map[i]] !== ct.text[i]) expect(ct.text[i]).toBe('\n');
  }
}

describe('blocksOf: what each line of a report is', () => {
  it('web navigation, site lines, bylines and footers are boilerplate', () => {
    expect(blockOf('siping-2017', '长春 江城 四平 辽源 通化 白城 白山 松原 延边 长白山保护开发区')).toBe('boilerplate:navigation');
    // A table's header and rows split by full-width spaces, or holding numbers, are no menu.
    const kinds = (text: string) => blocksOf(text).map((b) => b.kind);
    expect(kinds('县（区）　安排资金　已支出　支出进度　项目数\n碛口镇 7860 12.7 148 76.4\n')).toEqual(['heading', 'heading']);
    expect(kinds('首页 新闻 政务 服务 互动 专题\n')).toEqual(['boilerplate']);
    expect(blockOf('siping-2017', '热线:0431-81126178')).toBe('boilerplate:site');
    expect(blockOf('siping-2017', '2018-03-26 10:13:14')).toBe('boilerplate:byline');
    expect(blockOf('siping-2017', '国际在线版权与信息产品内容销售的声明:')).toBe('boilerplate:footer');
    expect(blockOf('siping-2017', '6、如因作品内容、版权和其他问题需要与本网联系的')).toBe('boilerplate:footer');
    expect(blockOf('jilin-2021', '天气预报')).toBe('boilerplate:site');
    expect(blockOf('jilin-2021', '日期:2022年05月17日 来源:吉林日报记者 孙翠翠')).toBe('boilerplate:byline');
    expect(blockOf('jilin-2021', '吉林城乡网-在新起点上接续奋斗')).toBe('boilerplate:site');
    expect(blockOf('jilin-2021', '责任编辑:初慧')).toBe('boilerplate:footer');
    expect(blockOf('jilin-2021', '备案号:吉ICP备18006035号')).toBe('boilerplate:footer');
    expect(blockOf('lanxi-2023-plan', '扫一扫在手机打开当前页')).toBe('boilerplate:footer');
    expect(blockOf('siping-2022', '王鹏 本报记者 崔维利 袁松年')).toBe('boilerplate:byline');
  });

  it('image captions are captions, headings are headings, sentences are body', () => {
    expect(blockOf('siping-2022', '伊通县建国村农家书屋。(资料图片)')).toBe('caption');
    expect(blockOf('siping-2022', '双辽市农村人居环境新貌。(资料图片)郭海云 航拍')).toBe('caption');
    expect(blockOf('siping-2022', '狠抓监测帮扶—— 筑牢防返贫致贫底线')).toBe('heading');
    expect(blockOf('anshun-2023', '西秀区杨武乡辣椒种植示范基地')).toBe('heading');
    expect(blockOf('siping-2022', '强化包保帮扶。落实乡村振兴联系点')).toBe('body');
  });

  it('the last line of every seed is classified, and blocks never overlap', () => {
    for (const id of REPORT_IDS) {
      const blocks = blocksOf(seedText(id));
      for (let i = 1; i < blocks.length; i++) expect(blocks[i].start).toBeGreaterThan(blocks[i - 1].end);
      expect(blocks.at(-1)!.end).toBe(seedText(id).trimEnd().length);
    }
  });
});

describe('clean: one paragraph per line, layout damage repaired', () => {
  it('joins a sentence broken by blank lines: 目前已 / 支出2.5247亿元', () => {
    const { text } = clean(seedText('siping-2022'));
    expect(text).toContain('安排各级衔接资金2.9475亿元,目前已支出2.5247亿元,支出比例85.65%');
  });

  it('joins a sentence broken by an image caption, and drops the caption', () => {
    const { text } = clean(seedText('siping-2022'));
    expect(text).toContain('有效提高了土地产出能力。3年来,共改良土壤6000亩');
    expect(text).not.toContain('资料图片');
    expect(text).not.toContain('伊通县建国村农家书屋');
  });

  it('keeps a short lead sentence apart when no caption split it: …的16 / 抓住房安全。', () => {
    const { text } = clean(seedText('siping-2022'));
    expect(text).toContain(`${real('siping-2022', '种植养殖的16')}\n${real('siping-2022', '抓住房安全。')}`);
  });

  it('keeps a numbered item apart from the heading before it', () => {
    const { text } = clean(seedText('lanxi-2023-plan'));
    expect(text).toContain('确保持续稳定增收\n1.突出抓好培育增收产业。');
  });

  it('leaves out boilerplate: no footer, navigation or byline text', () => {
    const { text } = clean(seedText('jilin-2021'));
    expect(text).not.toMatch(/责任编辑|ICP备|0431|流量统计|天气预报/);
    expect(text.startsWith('在新起点上接续奋斗')).toBe(true);
    expect(clean(seedText('siping-2017')).text).not.toMatch(/国际在线|热线|长白山保护开发区/);
  });

  it('maps every cleaned character back to the verbatim text, in all five reports', () => {
    for (const id of REPORT_IDS) expectMapsBack(seedText(id), clean(seedText(id)));
  });

  it('reads CRLF line endings as LF, with offsets into the CRLF text', () => {
    const lf = seedText('siping-2022');
    const crlf = lf.replace(/\n/g, '\r\n');
    const a = clean(lf);
    const b = clean(crlf);
    expect(b.text).toBe(a.text);
    expectMapsBack(crlf, b);
  });

  it('maps back on any text (property)', () => {
    const line = fc.string({ unit: fc.constantFrom(...'有效提高了土地产出能力。，,；(资料图片)（摄）1234 \r\t•责任编辑'), maxLength: 30 });
    fc.assert(fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
      const verbatim = lines.join('\n');
      expectMapsBack(verbatim, clean(verbatim));
    }), { numRuns: FUZZ_RUNS });
  });
});

describe('toVerbatim', () => {
  it('maps a span back; across a dropped caption it keeps the piece that holds the anchor', () => {
    const verbatim = seedText('siping-2022');
    const ct = clean(verbatim);
    const joined = '有效提高了土地产出能力';
    const start = ct.text.indexOf(joined);
    const end = start + joined.length;
    const anchorAfter = start + joined.indexOf('产出');
    const after = toVerbatim(ct, start, end, anchorAfter);
    expect(verbatim.slice(after.start, after.end)).toBe('产出能力');
    const before = toVerbatim(ct, start, end, start);
    expect(verbatim.slice(before.start, before.end)).toBe('有效提高了土地');
    const plain = toVerbatim(ct, ct.text.indexOf('全市纳入监测对象'), ct.text.indexOf('全市纳入监测对象') + 8);
    expect(verbatim.slice(plain.start, plain.end)).toBe('全市纳入监测对象');
  });
});
