import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../scripts/pipeline/clean.ts';
import { extractFigures } from '../../scripts/pipeline/figures.ts';
import { lookupsFor } from '../../scripts/pipeline/run.ts';
import type { Figure } from '../../scripts/pipeline/types.ts';
import { PIPELINE_FUZZ_RUNS } from './fuzzRuns.ts';
import { contextOf, figuresOf, figureWith, real, reference, REPORT_IDS, seedText, type ReportId } from './seeds.ts';

function extract(text: string, id: ReportId) {
  const ctx = contextOf(id);
  return extractFigures(text, ctx, lookupsFor(ctx.region, ctx.published, reference));
}

describe('extractFigures on real paragraphs', () => {
  it('a figure row: id from the offset, number and quote verbatim at their offsets', () => {
    const text = real('siping-2022', '强化产业扶持促增收。乡村振兴,产业兴旺是核心。今年,全市新建项目69个,其中,产业项目33个,安排各级衔接资金2.9475亿元');
    const f = figureWith(figuresOf(text, 'siping-2022'), '2.9475亿元');
    expect(f).toMatchObject({
      figure_id: `siping-2022:${text.indexOf('2.9475')}`, report: 'siping-2022', region_code: '220300', period: '2022',
      indicator: 'bridging_funds', value: 294750000, unit: 'yuan', qualifier: 'exact', kind: 'actual',
      number_text: '2.9475亿元', quote: '安排各级衔接资金2.9475亿元', correction: '',
    });
    expect(text.slice(f.number_start, f.number_end)).toBe(f.number_text);
    expect(text.slice(f.start, f.end)).toBe(f.quote);
  });

  it('one quote, several figures: 1237户2502人 is two figures with one subject and one quote', () => {
    const f = figuresOf(real('siping-2022', '目前,全市纳入监测对象1237户2502人,消除致贫返贫风险1125户2246人'), 'siping-2022');
    const [households, persons] = [figureWith(f, '1237户'), figureWith(f, '2502人')];
    expect([households.unit, persons.unit]).toEqual(['households', 'persons']);
    expect(persons.subject).toBe(households.subject);
    expect(persons.quote).toBe(households.quote);
    expect(households.quote).toContain('1237户2502人');
  });

  it('a clause that leans on the one before quotes both: …1125户2246人,占比89.76%', () => {
    const f = figureWith(figuresOf(real('siping-2022', '消除致贫返贫风险1125户2246人,占比89.76%'), 'siping-2022'), '89.76%');
    expect(f.quote).toBe('消除致贫返贫风险1125户2246人,占比89.76%');
  });

  it('a sentence broken by blank lines: the quote is the piece that holds the number, verbatim', () => {
    const verbatim = seedText('siping-2022');
    const f = figureWith(extract(verbatim, 'siping-2022').figures, '2.5247亿元');
    expect(f.quote).toBe('支出2.5247亿元');
    expect(verbatim.slice(f.start, f.end)).toBe(f.quote);
    expect(f.subject).toBe('支出');
  });

  it('a caption between the halves of a sentence neither breaks a figure nor becomes one', () => {
    const verbatim = seedText('siping-2022');
    const { figures, mentions } = extract(verbatim, 'siping-2022');
    const caption = verbatim.indexOf(real('siping-2022', '伊通县建国村农家书屋。(资料图片)'));
    expect(figures.some((f) => f.start <= caption && caption < f.end)).toBe(false);
    expect(figureWith(figures, '6000亩').quote).toBe('共改良土壤6000亩');
    // A number in a caption is listed as such, never a figure.
    const withNumber = `${real('siping-2022', '有效提高了土地')}\n\n伊通县建国村农家书屋3间。(资料图片)\n\n${real('siping-2022', '产出能力。3年来,共改良土壤6000亩')}`;
    const out = extract(withNumber, 'siping-2022');
    expect(out.figures.map((x) => x.number_text)).toEqual(['6000亩']);
    expect(out.mentions.find((m) => m.text === '3间')).toMatchObject({ status: 'excluded', reason: 'caption' });
    expect(mentions.filter((m) => m.reason === 'caption')).toEqual([]);
  });

  it('a number split by a line break is listed as layout damage, not read as two numbers', () => {
    const sentence = real('siping-2022', '今年,全市新建项目69个,其中,产业项目33个,安排各级衔接资金2.9475亿元,目前已');
    const at = sentence.indexOf('2.94') + 4;
    const out = extract(`${sentence.slice(0, at)}\n\n${sentence.slice(at)}`, 'siping-2022');
    expect(out.figures.map((f) => f.number_text)).toEqual(['69个', '33个']);
    expect(out.mentions.at(-1)).toMatchObject({ status: 'excluded', reason: 'layout_break', text: '2.94\n\n75亿元' });
  });

  it('navigation and copyright footers yield no figures; their numbers are listed as boilerplate', () => {
    for (const id of ['jilin-2021', 'siping-2017', 'lanxi-2023-plan'] as const) {
      const verbatim = seedText(id);
      const { figures, mentions, blocks } = extract(verbatim, id);
      const removed = blocks.filter((b) => b.kind === 'boilerplate');
      expect(removed.length).toBeGreaterThan(0);
      for (const b of removed) {
        expect(figures.some((f) => f.number_start < b.end && f.number_end > b.start)).toBe(false);
        for (const m of mentions.filter((x) => x.start >= b.start && x.end <= b.end)) expect(m.reason).toBe(`boilerplate_${b.reason}`);
      }
    }
    const footer = extract(seedText('jilin-2021'), 'jilin-2021').mentions.filter((m) => m.reason === 'boilerplate_footer').map((m) => m.text);
    expect(footer).toEqual(['0431', '88600732', '18006035', '1518']);
  });

  it('every number-like token is a mention, and every figure has exactly one figure mention', () => {
    for (const id of REPORT_IDS) {
      const { figures, mentions } = extract(seedText(id), id);
      const ids = mentions.filter((m) => m.status === 'figure').map((m) => m.figure_id);
      expect(ids).toEqual(figures.map((f) => f.figure_id));
      expect(mentions.filter((m) => m.status === 'excluded').every((m) => m.reason && !m.figure_id)).toBe(true);
      for (let i = 1; i < mentions.length; i++) expect(mentions[i].start).toBeGreaterThanOrEqual(mentions[i - 1].start);
    }
  });
});

// Layout damage must not change what is read. A caption (or a bare line break) is put inside a real paragraph:
// between two characters of a sentence, not inside a number, with both halves long enough to be body text
// (a half of a few words without punctuation is a heading, and no cleaner can tell it from one).
describe('layout damage does not change the figures (property)', () => {
  const CAPTIONS = ['（资料图片）', '(资料图片)', real('siping-2022', '伊通县建国村农家书屋。(资料图片)'), real('siping-2022', '双辽市农村人居环境新貌。(资料图片)郭海云 航拍')];
  const TERMINAL = /[。！？!?；;:：…”’」』）)"]$/;
  const LIST_ITEM = /^(\d{1,2}\s*[.．、](?!\d)|[一二三四五六七八九十]{1,3}、|[（(])/;
  const LEAD = /^[^，,。；;]{2,10}。/;
  const project = (f: Figure[]) => f.map((x) => [x.number_text, x.value, x.unit, x.kind, x.qualifier, x.region_code, x.period, x.indicator]);

  // Real body paragraphs with figures, each with the positions a break may fall on.
  const paragraphs = REPORT_IDS.flatMap((id) => {
    const verbatim = seedText(id);
    return blocksOf(verbatim).filter((b) => b.kind === 'body' && b.end - b.start > 130).map((b) => {
      const text = verbatim.slice(b.start, b.end);
      const { figures, mentions } = extract(text, id);
      const inside = (p: number) => mentions.some((m) => m.start < p && p < m.end);
      const positions: number[] = [];
      for (let p = 61; p < text.length - 61; p++) {
        const head = text.slice(0, p);
        const tail = text.slice(p);
        if (inside(p) || TERMINAL.test(head) || /\s/.test(text[p - 1] + text[p]) || /摄$/.test(head) || LIST_ITEM.test(tail) || /^图[:：]/.test(tail)) continue;
        positions.push(p);
      }
      return { id, text, figures: project(figures), positions };
    }).filter((p) => p.figures.length > 0 && p.positions.length > 0);
  });

  // 10,000 whole-pipeline runs in CI: about 20 s on an idle 2-core machine, three times that when it is busy.
  const FUZZ_TIMEOUT = 240_000;

  it('there are real paragraphs to break', () => {
    expect(paragraphs.length).toBeGreaterThan(20);
  });

  it('a caption inside a sentence', () => {
    fc.assert(fc.property(fc.nat(), fc.nat(), fc.constantFrom(...CAPTIONS), fc.constantFrom('\n', '\n\n', '\n\n\n\n', '\r\n\r\n'), (i, j, caption, gap) => {
      const p = paragraphs[i % paragraphs.length];
      const at = p.positions[j % p.positions.length];
      const broken = `${p.text.slice(0, at)}${gap}${caption}${gap}${p.text.slice(at)}`;
      expect(project(extract(broken, p.id).figures)).toEqual(p.figures);
    }), { numRuns: PIPELINE_FUZZ_RUNS });
  }, FUZZ_TIMEOUT);

  it('a bare line break inside a sentence (not before a short lead sentence, which opens a paragraph)', () => {
    fc.assert(fc.property(fc.nat(), fc.nat(), fc.constantFrom('\n', '\n\n', '\r\n'), (i, j, gap) => {
      const p = paragraphs[i % paragraphs.length];
      const at = p.positions[j % p.positions.length];
      fc.pre(!LEAD.test(p.text.slice(at)));
      const broken = `${p.text.slice(0, at)}${gap}${p.text.slice(at)}`;
      expect(project(extract(broken, p.id).figures)).toEqual(p.figures);
    }), { numRuns: PIPELINE_FUZZ_RUNS });
  }, FUZZ_TIMEOUT);
});

describe('figures for some of the region\'s counties', () => {
  it('下达4个县…衔接资金81103万元: no indicator (not the city total), the scope kept in the subject', () => {
    const f = figuresOf(real('anshun-2023', '下达4个县中央、省级衔接资金81103万元'), 'anshun-2023');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ value: 811030000, unit: 'yuan', indicator: '' });
    expect(f[0].subject).toContain('4个县');
  });
});
