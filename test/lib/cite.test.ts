import { describe, expect, it } from 'vitest';
import {
  average, calcText, change, checkSelection, citeNumber, citeText, derive, derivedCalc, derivedText, describeSelection, per10kResidents, ratio,
  resolveCite, resolveDerived, roundDerived, selectFigure, selectFigures, share, storyLocale, whole, withDirection, type CiteSource,
} from '../../src/lib/cite.ts';
import { figures, findRegion } from '../../src/lib/data.ts';
import type { Figure, Region } from '../../src/lib/data.ts';

// Made-up figures of a made-up report 'demo' (regions 'A', 'B'), so the arithmetic is checked on known values.
let next = 0;
const fig = (over: Partial<Figure>): Figure => {
  const n = over.number_start ?? (next += 10);
  return {
    figure_id: `${over.report ?? 'demo'}:${n}`, report: 'demo', region_code: 'A', town_code: '', period: '2022', indicator: 'monitored', subject: '纳入监测对象',
    value_to: null,
    value: 100, unit: 'persons', qualifier: 'exact', kind: 'actual', basis: '', number_text: '100人', number_start: n, number_end: n + 4,
    quote: '全市纳入监测对象100人', start: n - 8, end: n + 4, correction: '', ...over,
  };
};
const reg = (over: Partial<Region>): Region => ({
  code: 'A', parent_code: null, level: 'prefecture', name_zh: '甲市', name_en: 'A City', short_names: [], population_2020: 2_000_000,
  population_source: '', valid_from: null, valid_to: null, successor_code: null, note: '', ...over,
});

const monitored = fig({ value: 2500, number_start: 100 });
const removed = fig({ indicator: 'removed', subject: '消除风险', value: 2250, number_start: 120, quote: '消除风险2250人' });
const households = fig({ indicator: 'monitored_households', unit: 'households', value: 1200, number_start: 90 });
const earlier = fig({ period: '2017', value: 4000, number_start: 40, report: 'old' });
const shareFig = fig({ indicator: '', subject: '占总资金', unit: 'percent', value: 80, number_start: 200, quote: '占总资金的80%' });
const money = fig({ indicator: 'funds', subject: '下达资金', unit: 'yuan', value: 800_000_000, number_start: 180, quote: '下达资金8亿元' });
const approx = fig({ indicator: 'workers', value: 300, qualifier: 'approx', number_start: 300 });
const two = [
  fig({ indicator: 'industry_share', subject: '中央和省级资金用于产业发展比重', unit: 'percent', value: 55.7, number_start: 400 }),
  fig({ indicator: 'industry_share', subject: '中央和省级资金用于产业发展比重', unit: 'percent', value: 60, number_start: 406 }),
];
const all = [monitored, removed, households, earlier, shareFig, money, approx, ...two];
const regions = [reg({}), reg({ code: 'B', name_zh: '乙县', name_en: 'B County', population_2020: null })];
const source: CiteSource = { figures: all, region: (code) => regions.find((r) => r.code === code) };

describe('selecting a figure', () => {
  it('finds the one figure that fits every given field', () => {
    expect(selectFigure(all, { indicator: 'monitored', period: '2022' })).toBe(monitored);
    expect(selectFigure(all, { indicator: 'monitored', period: '2017' })).toBe(earlier);
    expect(selectFigure(all, { indicator: '', match: '占总资金' })).toBe(shareFig);
  });

  it('throws on none, naming where and the selection', () => {
    expect(() => selectFigure(all, { indicator: 'monitored', region: 'B' }, 'zh/x.mdx:3')).toThrow(
      'zh/x.mdx:3: indicator="monitored" region="B" matches no figure in data/figures.csv',
    );
  });

  it('throws on several, listing each candidate so the writer can tell them apart', () => {
    let message = '';
    try {
      selectFigure(all, { indicator: 'monitored' }, 'en/x.mdx:9');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^en\/x\.mdx:9: indicator="monitored" matches 2 figures, needs exactly one/);
    expect(message).toContain(monitored.figure_id);
    expect(message).toContain(earlier.figure_id);
  });

  it('takes the n-th of a list in reading order, and an exact subject with "="', () => {
    expect(selectFigure(all, { indicator: 'industry_share', nth: 1 })).toBe(two[0]);
    expect(selectFigure(all, { indicator: 'industry_share', nth: 2 })).toBe(two[1]);
    expect(selectFigures(all, { indicator: 'industry_share', nth: 3 })).toEqual([]);
    const exact = fig({ subject: '吸纳脱贫劳动力', number_start: 500 });
    const longer = fig({ subject: '吸纳脱贫劳动力就业', number_start: 510 });
    expect(selectFigures([exact, longer], { match: '吸纳脱贫劳动力' })).toHaveLength(2);
    expect(selectFigure([exact, longer], { match: '=吸纳脱贫劳动力' })).toBe(exact);
  });

  it('refuses selections that would not say what is cited, or that type the number', () => {
    expect(() => checkSelection({ region: 'A', period: '2022' })).toThrow(/give an indicator, a match or a quote/);
    expect(() => checkSelection({ indicator: 'monitored', match: '100人' })).toThrow(/match by words, not by the number/);
    expect(() => checkSelection({ indicator: 'monitored', quote: '监测对象１００' })).toThrow(/not by the number/);
    expect(() => checkSelection({ indicator: 'monitored', kind: 'guess' as never })).toThrow(/kind "guess"/);
    expect(() => checkSelection({ indicator: 'monitored', nth: 0 })).toThrow(/nth must be/);
    expect(describeSelection({ period: '2022', indicator: 'x' })).toBe('indicator="x" period="2022"');
  });
});

describe('derived numbers', () => {
  it('share: the part over the whole, in percent', () => {
    const d = share(removed, monitored);
    expect(d.value).toBeCloseTo(90, 10);
    expect(d.unit).toBe('percent');
    expect(d.figures).toEqual([removed, monitored]);
    expect(() => share(monitored, removed)).toThrow(/larger than/);
    expect(() => share(households, monitored)).toThrow(/units differ/);
  });

  it('share across counting units only when asked, and never for money', () => {
    const posts = fig({ indicator: 'posts', unit: 'count', value: 1250, number_start: 600 });
    expect(share(posts, monitored, { mixedUnits: true }).value).toBeCloseTo(50, 10);
    expect(() => share(posts, monitored)).toThrow(/units differ/);
    expect(() => share(money, monitored, { mixedUnits: true })).toThrow(/mixedUnits allows only counts/);
  });

  it('per10k: the figure over the census population, times 10,000', () => {
    const d = per10kResidents(monitored, reg({}));
    expect(d.value).toBeCloseTo((2500 / 2_000_000) * 10_000, 10); // 12.5
    expect(d.population?.value).toBe(2_000_000);
    expect(() => per10kResidents(monitored, reg({ population_2020: null }))).toThrow(/no census population for A/);
    expect(() => per10kResidents(money, reg({}))).toThrow(/not people or households/);
    expect(() => per10kResidents(monitored, reg({ code: 'B' }))).toThrow(/is about A, not B/);
  });

  it('change, ratio, average and whole', () => {
    expect(change(monitored, earlier).value).toBeCloseTo(-37.5, 10);
    expect(ratio(earlier, monitored).value).toBeCloseTo(1.6, 10);
    expect(average(money, households).value).toBeCloseTo(800_000_000 / 1200, 6);
    expect(whole(money, shareFig).value).toBeCloseTo(1_000_000_000, 3);
    expect(whole(money, shareFig).qualifier).toBe('approx'); // the share is itself rounded
    expect(() => whole(money, monitored)).toThrow(/not a percentage/);
    expect(() => average(money, shareFig)).toThrow(/does not count things/);
    expect(() => change(monitored, fig({ value: 0, number_start: 700 }))).toThrow(/is zero/);
    expect(() => derive('share', monitored, undefined)).toThrow(/needs a second figure/);
  });

  it('is approximate when any input is', () => {
    expect(share(monitored, earlier).qualifier).toBe('exact');
    expect(ratio(approx, monitored).qualifier).toBe('approx');
  });

  it('checks the direction a sentence asserts', () => {
    const fall = change(monitored, earlier);
    expect(withDirection(fall, 'down').direction).toBe('down');
    expect(() => withDirection(fall, 'up')).toThrow(/the sentence says the opposite/);
    expect(() => withDirection(share(removed, monitored), 'up')).toThrow(/only for op="change"/);
  });
});

describe('words', () => {
  it('formats cited values for each language, without a plus on changes', () => {
    expect(citeText(monitored, 'zh')).toBe('2,500人');
    expect(citeText(monitored, 'en')).toBe('2,500 people');
    expect(citeText(fig({ unit: 'percent', value: 15, kind: 'change' }), 'zh')).toBe('15%');
    expect(citeText(fig({ unit: 'percent', value: 10, qualifier: 'at_least', kind: 'target' }), 'en')).toBe('≥10%');
  });

  it('rounds and words derived numbers', () => {
    expect(roundDerived({ value: 89.768, unit: 'percent', op: 'share' })).toBe(89.8);
    expect(roundDerived({ value: 89.768, unit: 'percent', op: 'share' }, 2)).toBe(89.77);
    expect(roundDerived({ value: 38490.4, unit: 'yuan', op: 'average' })).toBe(38490);
    expect(roundDerived({ value: 105.88, unit: 'persons', op: 'per10k' })).toBe(105.9);
    expect(() => roundDerived({ value: 1, unit: 'percent', op: 'share' }, 9)).toThrow(/digits/);
    expect(derivedText(share(removed, monitored), 'zh')).toBe('90%');
    expect(derivedText(change(monitored, earlier), 'en')).toBe('−37.5%');
    expect(derivedText(withDirection(change(monitored, earlier), 'down'), 'en')).toBe('37.5%');
    expect(derivedText(change(earlier, monitored), 'zh')).toBe('+60%');
    expect(derivedText(ratio(earlier, monitored), 'zh')).toBe('1.6倍');
    expect(derivedText(ratio(earlier, monitored), 'en')).toBe('1.6 times');
    expect(derivedText(per10kResidents(monitored, reg({})), 'zh')).toBe('每万常住人口12.5人');
    expect(derivedText(per10kResidents(monitored, reg({})), 'en')).toBe('12.5 people per 10,000 residents');
    expect(derivedText(whole(money, shareFig), 'zh')).toBe('≈10亿元');
    // A whole worked back from a rounded share keeps two significant figures (81103万元 ÷ 81.12%).
    const anshunFunds = fig({ unit: 'yuan', value: 811_030_000, number_start: 300 });
    const anshunShare = fig({ unit: 'percent', value: 81.12, number_start: 320 });
    expect(derivedText(whole(anshunFunds, anshunShare), 'en')).toBe('≈CNY 1 billion');
    expect(derivedText(whole(anshunFunds, anshunShare), 'zh')).toBe('≈10亿元');
    expect(derivedText(whole(fig({ unit: 'yuan', value: 2_950_000 }), fig({ unit: 'percent', value: 7, number_start: 9 })), 'en')).toBe('≈CNY 42 million');
  });

  it('gives a count without its unit noun, for prose that names what is counted', () => {
    expect(citeNumber(fig({ value: 2761 }), 'en')).toBe('2,761');
    expect(citeNumber(fig({ value: 120, qualifier: 'approx' }), 'zh')).toBe('≈120');
    expect(() => citeNumber(fig({ unit: 'yuan' }), 'en')).toThrow(/count/);
  });

  it('says how a number was computed, each input a part to link', () => {
    const parts = derivedCalc(share(removed, monitored), 'zh');
    expect(calcText(parts)).toBe('2,250人 ÷ 2,500人');
    expect(parts.filter((p) => 'figure' in p).map((p) => ('figure' in p ? p.figure : null))).toEqual([removed, monitored]);
    expect(calcText(derivedCalc(change(monitored, earlier), 'zh'))).toBe('2017年4,000人 → 2022年2,500人');
    expect(calcText(derivedCalc(per10kResidents(monitored, reg({})), 'en'))).toBe('2,500 people ÷ 2,000,000 residents in 2020');
    const other = fig({ region_code: 'B', value: 3000, number_start: 800 });
    expect(calcText(derivedCalc(change(other, monitored), 'en', (c) => `${c}-name`))).toBe('A-name: 2,500 people → B-name: 3,000 people');
    // Operands at the report's precision, so that the division shown gives the share shown (85.66%, not 2.52 ÷ 2.95).
    const spent = fig({ unit: 'yuan', value: 252_470_000, number_start: 400 });
    const allocated = fig({ unit: 'yuan', value: 294_750_000, number_start: 420 });
    expect(calcText(derivedCalc(share(spent, allocated), 'zh'))).toBe('2.5247亿元 ÷ 2.9475亿元');
    expect(calcText(derivedCalc(share(spent, allocated), 'en'))).toBe('CNY 252.47 million ÷ CNY 294.75 million');
  });

  it('takes the locale a story page gives, or refuses', () => {
    expect(storyLocale('en', '/en/x/')).toBe('en');
    expect(() => storyLocale(undefined, '/x/')).toThrow(/\/x\/: story component without a locale/);
  });
});

describe('component props', () => {
  it('resolves <Cite> props and refuses unknown ones', () => {
    expect(resolveCite({ indicator: 'monitored', period: '2022' }, source)).toBe(monitored);
    expect(resolveCite({ indicator: 'industry_share', nth: '2', written: true, locale: 'zh' }, source)).toBe(two[1]);
    expect(() => resolveCite({ indicator: 'monitored', perod: '2022' }, source, 'zh/a.mdx:4')).toThrow('zh/a.mdx:4: <Cite> has no prop "perod"');
    expect(() => resolveCite({ indicator: 'monitored' }, source, 'zh/a.mdx:5')).toThrow(/^zh\/a\.mdx:5: <Cite>: indicator="monitored" matches 2 figures/);
    expect(() => resolveCite({ indicator: 'industry_share', nth: 'first' }, source)).toThrow(/nth="first" is not a whole number/);
  });

  it('resolves <Derived>: the second figure defaults to the first one’s region, period, report and kind', () => {
    const r = resolveDerived({ op: 'share', indicator: 'removed', over: 'monitored', region: 'A', period: '2022' }, source);
    expect(r.derived.figures).toEqual([removed, monitored]);
    expect(r.derived.value).toBeCloseTo(90, 10);
    const c = resolveDerived({ op: 'change', indicator: 'monitored', period: '2022', overPeriod: '2017', direction: 'down', digits: '0' }, source);
    expect(c.derived.figures).toEqual([monitored, earlier]);
    expect(c.digits).toBe(0);
    const w = resolveDerived({ op: 'whole', indicator: 'funds', over: '', overMatch: '占总资金' }, source);
    expect(w.derived.figures).toEqual([money, shareFig]);
    expect(resolveDerived({ op: 'per10k', indicator: 'monitored', period: '2022' }, source).derived.value).toBeCloseTo(12.5, 10);
  });

  it('fails loudly on a bad <Derived>', () => {
    expect(() => resolveDerived({ op: 'mean', indicator: 'monitored' }, source, 'f:1')).toThrow(/f:1: <Derived> op="mean" is not one of/);
    expect(() => resolveDerived({ op: 'share', indicator: 'monitored', period: '2022' }, source, 'f:2')).toThrow(/divides .* by itself/);
    expect(() => resolveDerived({ op: 'per10k', indicator: 'monitored', period: '2022', overPeriod: '2017' }, source)).toThrow(/no overPeriod/);
    expect(() => resolveDerived({ op: 'change', indicator: 'monitored', period: '2022', overPeriod: '2017', direction: 'up' }, source, 'f:3'))
      .toThrow(/^f:3: direction="up" but/);
    expect(() => resolveDerived({ op: 'share', indicator: 'removed', over: 'monitored', region: 'A', period: '2022', colour: 'red' }, source))
      .toThrow(/has no prop "colour"/);
  });
});

describe('on the real data', () => {
  const real: CiteSource = { figures: figures(), region: findRegion };

  it('a story selection resolves to the one figure of its sentence', () => {
    // siping-2022: '全市纳入监测对象1237户2502人'
    const persons = resolveCite({ indicator: 'monitored_persons', region: '220300', period: '2022' }, real);
    expect(persons.report).toBe('siping-2022');
    expect(persons.quote).toContain('全市纳入监测对象1237户2502人');
    expect(persons.quote).toContain(persons.number_text);
    // jilin-2021: '其中中央和省级资金用于产业发展比重分别达到55.7%、60%': the n-th of a list
    const first = resolveCite({ indicator: 'bridging_funds_industry_share', region: '220000', nth: '1' }, real);
    // The provincial share has no indicator of its own (one value per region, year and indicator): it is
    // named by its words.
    const second = resolveCite({ region: '220000', unit: 'percent', match: '中央和省级资金用于产业发展比重', nth: '2' }, real);
    expect(first.number_start).toBeLessThan(second.number_start);
    expect(first.quote).toContain('分别达到');
  });

  it('an ambiguous or empty real selection throws, listing the candidates', () => {
    expect(() => resolveCite({ indicator: 'monitored_persons' }, real, 'story')).toThrow(/matches \d+ figures, needs exactly one.*siping-2022:/);
    expect(() => resolveCite({ indicator: 'monitored_persons', region: '231222' }, real, 'story')).toThrow(/matches no figure/);
  });

  it('derives the share whose risk was removed and the rate per 10,000 residents from their figures', () => {
    const s = resolveDerived({ op: 'share', indicator: 'risk_removed_persons', region: '220300', period: '2022', over: 'monitored_persons' }, real).derived;
    const [a, b] = s.figures;
    expect(s.value).toBeCloseTo((a.value / b.value) * 100, 10);
    const p = resolveDerived({ op: 'per10k', indicator: 'monitored_persons', region: '520400' }, real).derived;
    expect(p.value).toBeCloseTo((p.figures[0].value / findRegion('520400')!.population_2020!) * 10_000, 10);
  });
});
