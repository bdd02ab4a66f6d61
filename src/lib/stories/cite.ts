// Numbers in story prose are never typed. A story names a figure by what it is (indicator, region, period,
// kind, …) and this module finds the one figure of data/figures.csv that fits, or derives a number from the
// figures it names (a share, a rate per 10,000 residents, a change, a ratio), keeping every input so the page
// can link each one to its sentence. Pure: the figures and regions come in as arguments.
import { isLocale, t, type Locale } from '../../i18n/index.ts';
import type { Figure } from '../../schema/figure.ts';
import { KINDS, type Kind } from '../../schema/kinds.ts';
import type { Qualifier } from '../../schema/qualifiers.ts';
import { UNITS, type Unit } from '../../schema/units.ts';
import type { Region } from '../../schema/region.ts';
import { per10k } from '../queries/measure.ts';
import { formatNumber, formatPeriod, formatValue, qualifierPrefix } from '../../format/format.ts';
import { punct } from '../../i18n/punctuation.ts';

/** What a story asks for: every given field must hold for the figure. */
export interface Selection {
  indicator?: string; // indicators.yml key
  region?: string; // region code: the figure's region, not the report's
  period?: string; // '2022' or '2013-2021'
  kind?: Kind;
  report?: string; // report id
  unit?: Unit;
  /**
   * Words the figure's subject (what is counted, as written) must contain, never the number itself;
   * '=words' asks for the whole subject ('=吸纳脱贫劳动力' but not '吸纳脱贫劳动力就业').
   */
  match?: string;
  /** Words the figure's quote must contain. */
  quote?: string;
  /**
   * When one sentence lists several figures that fit ('中央和省级资金…分别达到55.7%、60%'), the n-th in reading
   * order, from 1: a position in the source's own list, not a value.
   */
  nth?: number;
}

export const SELECTION_KEYS = ['indicator', 'region', 'period', 'kind', 'report', 'unit', 'match', 'quote', 'nth'] as const satisfies readonly (keyof Selection)[];

export class CiteError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CiteError';
  }
}

/** 'indicator="monitored_persons" region="220300" period="2022"', in the order of SELECTION_KEYS. */
export function describeSelection(sel: Selection): string {
  return SELECTION_KEYS.filter((k) => sel[k] !== undefined).map((k) => `${k}="${sel[k]}"`).join(' ');
}

/** Checks the shape of a selection: known kind and unit, and something that pins the meaning down. */
export function checkSelection(sel: Selection): void {
  if (!sel.indicator && !sel.match && !sel.quote) {
    // Region and period alone would pick "whatever number the report gives": a story must say what it cites.
    throw new CiteError(`selection ${describeSelection(sel) || '(empty)'}: give an indicator, a match or a quote`);
  }
  if (sel.nth !== undefined && !(Number.isInteger(sel.nth) && sel.nth >= 1)) {
    throw new CiteError(`selection ${describeSelection(sel)}: nth must be a whole number from 1`);
  }
  if (sel.kind !== undefined && !(KINDS as readonly string[]).includes(sel.kind)) {
    throw new CiteError(`selection ${describeSelection(sel)}: kind "${sel.kind}" is not one of ${KINDS.join('|')}`);
  }
  if (sel.unit !== undefined && !(UNITS as readonly string[]).includes(sel.unit)) {
    throw new CiteError(`selection ${describeSelection(sel)}: unit "${sel.unit}" is not one of ${UNITS.join('|')}`);
  }
  for (const words of [sel.match, sel.quote]) {
    // Matching on the digits would be typing the number after all.
    if (words !== undefined && /[0-9０-９]/.test(words)) throw new CiteError(`selection ${describeSelection(sel)}: match by words, not by the number`);
  }
}

export function fits(figure: Figure, sel: Selection): boolean {
  return (sel.indicator === undefined || figure.indicator === sel.indicator)
    && (sel.region === undefined || figure.region_code === sel.region)
    && (sel.period === undefined || figure.period === sel.period)
    && (sel.kind === undefined || figure.kind === sel.kind)
    && (sel.report === undefined || figure.report === sel.report)
    && (sel.unit === undefined || figure.unit === sel.unit)
    && (sel.match === undefined || (sel.match.startsWith('=') ? figure.subject === sel.match.slice(1) : figure.subject.includes(sel.match)))
    && (sel.quote === undefined || figure.quote.includes(sel.quote));
}

/** The figures a selection names, in reading order (report, then place in the text); nth keeps one of them. */
export function selectFigures(figures: readonly Figure[], sel: Selection): Figure[] {
  checkSelection(sel);
  const found = figures.filter((f) => fits(f, sel)).sort((a, b) => a.report.localeCompare(b.report) || a.number_start - b.number_start);
  if (sel.nth === undefined) return found;
  return found.length >= sel.nth ? [found[sel.nth - 1]] : [];
}

const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * The one figure a selection names. Zero or several matches throw, naming `where` (the story file and tag),
 * the selection and, for several, each candidate so the writer can add what tells them apart.
 */
export function selectFigure(figures: readonly Figure[], sel: Selection, where = 'selection'): Figure {
  const found = selectFigures(figures, sel);
  if (found.length === 1) return found[0];
  if (found.length === 0) throw new CiteError(`${where}: ${describeSelection(sel)} matches no figure in data/figures.csv`);
  const list = found.map((f) => `${f.figure_id} (${f.number_text}, ${f.kind}, ${f.period}: “${short(f.quote)}”)`).join('; ');
  throw new CiteError(`${where}: ${describeSelection(sel)} matches ${found.length} figures, needs exactly one — add a prop that tells them apart: ${list}`);
}

// ---------------------------------------------------------------------------------------------------------
// Derived numbers.

export const DERIVED_OPS = ['share', 'change', 'ratio', 'average', 'whole', 'per10k'] as const;
export type DerivedOp = (typeof DERIVED_OPS)[number];

/** Units that count things: what an average can be "per". */
const COUNTING_UNITS = new Set<Unit>(['persons', 'households', 'person_times', 'household_times', 'count']);

export interface Derived {
  op: DerivedOp;
  value: number;
  /** The result's unit; 'ratio' for "n times as many". */
  unit: Unit | 'ratio';
  /** 'approx' when any input is approximate or a bound. */
  qualifier: Qualifier;
  /** The figures it was computed from: [a] for per10k, [a, b] otherwise. */
  figures: Figure[];
  /** For per10k: the census denominator. */
  population?: { region: Region; value: number };
  /** For a change: the direction the story's words assert, checked against the figures. */
  direction?: 'up' | 'down';
}

/** Checks that a change goes the way the sentence says ('fell by', direction="down") and records it. */
export function withDirection(d: Derived, direction: string): Derived {
  if (d.op !== 'change') throw new CiteError(`direction="${direction}" is only for op="change"`);
  if (direction !== 'up' && direction !== 'down') throw new CiteError(`direction="${direction}" is not up|down`);
  const actual = d.value > 0 ? 'up' : d.value < 0 ? 'down' : 'none';
  if (actual !== direction) {
    throw new CiteError(`direction="${direction}" but ${d.figures[1].figure_id} → ${d.figures[0].figure_id} goes ${actual}: the sentence says the opposite of the figures`);
  }
  return { ...d, direction };
}

function qualifierOf(figures: readonly Figure[]): Qualifier {
  // '3—5个' is no one number: a share or a ratio of it would be a guess.
  const range = figures.find((f) => f.qualifier === 'range');
  if (range) throw new CiteError(`${range.figure_id}: a range (${range.number_text}) cannot enter a calculation`);
  return figures.every((f) => f.qualifier === 'exact') ? 'exact' : 'approx';
}

export interface DeriveOptions {
  /**
   * Lets a share or ratio divide two different counting units, when the source says one is part of the other
   * ('就业务工总规模13832人，其中，公益性岗位6904个': posts within people in work). The page shows both units.
   */
  mixedUnits?: boolean;
}

function sameUnit(op: DerivedOp, a: Figure, b: Figure, options: DeriveOptions = {}): void {
  if (a.unit === b.unit) return;
  if (options.mixedUnits && COUNTING_UNITS.has(a.unit) && COUNTING_UNITS.has(b.unit)) return;
  const hint = options.mixedUnits ? ' (mixedUnits allows only counts of people, households or things)' : '';
  throw new CiteError(`${op} of ${a.figure_id} (${a.unit}) and ${b.figure_id} (${b.unit}): units differ${hint}`);
}

function nonZero(op: DerivedOp, b: Figure): void {
  if (b.value === 0) throw new CiteError(`${op}: ${b.figure_id} is zero`);
}

/**
 * a over b as a percentage: share('risk removed', 'monitored') → 89.77. Same unit, and the part no larger than
 * the whole (else it is not a share).
 */
export function share(a: Figure, b: Figure, options: DeriveOptions = {}): Derived {
  sameUnit('share', a, b, options);
  nonZero('share', b);
  if (a.value > b.value) throw new CiteError(`share: ${a.figure_id} (${a.value}) is larger than ${b.figure_id} (${b.value})`);
  return { op: 'share', value: (a.value / b.value) * 100, unit: 'percent', qualifier: qualifierOf([a, b]), figures: [a, b] };
}

/** Percentage change from b (earlier, or the reference) to a: change(257 households, 6071 households) → −95.8. */
export function change(a: Figure, b: Figure): Derived {
  sameUnit('change', a, b);
  nonZero('change', b);
  if (a.kind === 'change' || b.kind === 'change') throw new CiteError(`change: ${a.figure_id} or ${b.figure_id} is already a change`);
  return { op: 'change', value: ((a.value - b.value) / b.value) * 100, unit: 'percent', qualifier: qualifierOf([a, b]), figures: [a, b] };
}

/** How many times b a is: ratio(26159 persons, 2502 persons) → 10.46. */
export function ratio(a: Figure, b: Figure, options: DeriveOptions = {}): Derived {
  sameUnit('ratio', a, b, options);
  nonZero('ratio', b);
  return { op: 'ratio', value: a.value / b.value, unit: 'ratio', qualifier: qualifierOf([a, b]), figures: [a, b] };
}

/** a per one of b, in a's unit: average(3.12亿元, 8106户) → 38,490 yuan per household. */
export function average(a: Figure, b: Figure): Derived {
  if (!COUNTING_UNITS.has(b.unit)) throw new CiteError(`average: ${b.figure_id} (${b.unit}) does not count things`);
  nonZero('average', b);
  return { op: 'average', value: a.value / b.value, unit: a.unit, qualifier: qualifierOf([a, b]), figures: [a, b] };
}

/** The whole a part is a given share of: whole(81103万元, 81.12%) → ≈ 99,979万元. */
export function whole(a: Figure, b: Figure): Derived {
  if (b.unit !== 'percent') throw new CiteError(`whole: ${b.figure_id} (${b.unit}) is not a percentage`);
  nonZero('whole', b);
  // The share is itself rounded in the source, so the whole it implies is never exact.
  return { op: 'whole', value: a.value / (b.value / 100), unit: a.unit, qualifier: 'approx', figures: [a, b] };
}

/** a per 10,000 residents of the 2020 census (queries/measure.ts per10k): only for people and households. */
export function per10kResidents(a: Figure, region: Region): Derived {
  if (region.code !== a.region_code) throw new CiteError(`per10k: ${a.figure_id} is about ${a.region_code}, not ${region.code}`);
  const value = per10k(a, region);
  if (value === null) {
    const why = region.population_2020 ? `its unit (${a.unit}) is not people or households` : `data/regions.csv has no census population for ${region.code}`;
    throw new CiteError(`per10k of ${a.figure_id}: ${why}`);
  }
  return { op: 'per10k', value, unit: a.unit, qualifier: qualifierOf([a]), figures: [a], population: { region, value: region.population_2020! } };
}

export function derive(op: DerivedOp, a: Figure, b: Figure | undefined, region?: Region, options: DeriveOptions = {}): Derived {
  if (op === 'per10k') {
    if (!region) throw new CiteError(`per10k of ${a.figure_id}: no region`);
    return per10kResidents(a, region);
  }
  if (!b) throw new CiteError(`${op} of ${a.figure_id}: needs a second figure`);
  switch (op) {
    case 'share': return share(a, b, options);
    case 'change': return change(a, b);
    case 'ratio': return ratio(a, b, options);
    case 'average': return average(a, b);
    case 'whole': return whole(a, b);
  }
  throw new CiteError(`unknown op "${op}": one of ${DERIVED_OPS.join('|')}`);
}

// ---------------------------------------------------------------------------------------------------------
// Words.

/**
 * The language of a story component. MDX passes no page props down to the components in its prose, so they
 * take the page's locale from Astro (Astro.currentLocale, from the i18n routing config: '/en/…' is 'en',
 * everything else 'zh'); a `locale` prop overrides it. `page` names the page in the error.
 */
export function storyLocale(value: unknown, page: string): Locale {
  if (!isLocale(value)) throw new CiteError(`${page}: story component without a locale (got "${String(value)}")`);
  return value;
}

/** Rounds to `digits` decimals; by default one for percentages, rates per 10,000 and ratios, none for amounts ≥ 100. */
export function roundDerived(d: Pick<Derived, 'value' | 'unit' | 'op'>, digits?: number): number {
  // A whole worked back from a rounded share is an estimate: two significant figures, not the false
  // precision of the division (81103万元 ÷ 81.12% is about 10亿元, not 99,979万元).
  if (d.op === 'whole' && digits === undefined && d.value !== 0) {
    const f = 10 ** (Math.floor(Math.log10(Math.abs(d.value))) - 1);
    return Math.round(d.value / f) * f;
  }
  const n = digits ?? (d.unit === 'percent' || d.unit === 'ratio' || d.op === 'per10k' || Math.abs(d.value) < 100 ? 1 : 0);
  if (!Number.isInteger(n) || n < 0 || n > 4) throw new CiteError(`digits must be a whole number from 0 to 4, got ${digits}`);
  const f = 10 ** n;
  return Math.round(d.value * f) / f;
}

/**
 * A figure's value as prose shows it, with its qualifier (≈, ≥). No '+' on changes: the sentence says
 * 'grew by'; a fall keeps its minus.
 */
export function citeText(figure: Figure, locale: Locale): string {
  return formatValue(figure.value, figure.unit, locale, { qualifier: figure.qualifier, valueTo: figure.value_to });
}

/**
 * A figure's number without its unit noun, for prose that names what is counted itself: '2,761
 * special-post teachers', not '2,761 people special-post teachers'. Only for counts of things.
 */
export function citeNumber(figure: Figure, locale: Locale): string {
  if (!COUNTING_UNITS.has(figure.unit)) throw new CiteError(`${figure.figure_id}: a bare number needs a count, not ${figure.unit}`);
  return formatValue(figure.value, 'count', locale, { qualifier: figure.qualifier, valueTo: figure.value_to }).replace(/个$/, '');
}

/**
 * A derived number as prose shows it: '89.8%', '+4.8%', '10.5倍' / '10.5 times', '每万常住人口13.8人'. A change
 * carries its sign, unless `direction` was given (and checked): then the sentence says which way ('fell by 95.8%').
 */
export function derivedText(d: Derived, locale: Locale, digits?: number): string {
  const value = d.direction ? Math.abs(roundDerived(d, digits)) : roundDerived(d, digits);
  const places = digits ?? 4; // roundDerived already rounded; formatNumber must not round again
  const prefix = qualifierPrefix(d.qualifier);
  if (d.unit === 'ratio') return prefix + t(locale, 'cite.times', { n: formatNumber(value, locale, places) });
  const text = formatValue(value, d.unit, locale, { sign: d.op === 'change' && !d.direction });
  if (d.op === 'per10k') return prefix + t(locale, 'cite.per10k', { value: text });
  return prefix + text;
}

/** One piece of the "how it was computed" line: plain words, a figure (linked) or the census (linked to the region). */
export type CalcPart = { text: string } | { figure: Figure; text: string } | { region: Region; text: string };

/**
 * How a derived number was computed, with each operand a part the page links to its source:
 * '2,246人 ÷ 2,502人'. A change reads from the reference figure to the other, each named by what tells them
 * apart, the period or (with `regionName`) the region: '2017年6,071户 → 2022年257户'.
 */
export function derivedCalc(d: Derived, locale: Locale, regionName: (code: string) => string = (code) => code): CalcPart[] {
  const [a, b] = d.figures;
  // Operands at the precision the report gives them (2.9475亿元, not 2.95亿元), so the arithmetic shown
  // gives the result shown.
  const fig = (f: Figure): CalcPart => ({ figure: f, text: formatValue(f.value, f.unit, locale, { qualifier: f.qualifier, digits: 4 }) });
  if (d.op === 'per10k') {
    const pop = d.population!;
    return [fig(a), { text: ' ÷ ' }, { region: pop.region, text: t(locale, 'cite.census', { n: formatNumber(pop.value, locale, 0) }) }];
  }
  if (d.op === 'change') {
    const name = (f: Figure) => [
      ...(a.region_code !== b.region_code ? [regionName(f.region_code)] : []),
      ...(a.period !== b.period ? [formatPeriod(f.period, locale)] : []),
    ].join(punct(locale).space);
    // Two figures of one region and period (搬迁人口 vs all) need no label: the sentence names them.
    const at = (f: Figure): CalcPart[] => (name(f) ? [{ text: t(locale, 'cite.at', { what: name(f) }) }] : []);
    return [...at(b), fig(b), { text: ' → ' }, ...at(a), fig(a)];
  }
  return [fig(a), { text: ' ÷ ' }, fig(b)];
}

/** The calculation as one line of text: the derived number's title. */
export const calcText = (parts: readonly CalcPart[]): string => parts.map((p) => p.text).join('');

// ---------------------------------------------------------------------------------------------------------
// From component props (strings, as written in the story) to figures.

/** What resolving needs from the data: figures and regions (data.ts in the site, made-up ones in tests). */
export interface CiteSource {
  figures: readonly Figure[];
  region: (code: string) => Region | undefined;
}

const CITE_PROPS = [...SELECTION_KEYS, 'written', 'bare', 'locale'] as const;
const OVER_PROPS = ['over', 'overRegion', 'overPeriod', 'overKind', 'overReport', 'overUnit', 'overMatch', 'overQuote', 'overNth'] as const;
const DERIVED_PROPS = ['op', ...SELECTION_KEYS, ...OVER_PROPS, 'digits', 'mixedUnits', 'direction', 'locale'] as const;

type Props = Record<string, unknown>;

function checkProps(props: Props, allowed: readonly string[], tag: string, where: string): void {
  for (const key of Object.keys(props)) {
    if (!allowed.includes(key)) throw new CiteError(`${where}: <${tag}> has no prop "${key}" (props: ${allowed.join(', ')})`);
  }
}

const str = (v: unknown): string | undefined => (v === undefined || v === null ? undefined : String(v));

function intProp(v: unknown, name: string, where: string): number | undefined {
  const s = str(v);
  if (s === undefined) return undefined;
  if (!/^\d+$/.test(s)) throw new CiteError(`${where}: ${name}="${s}" is not a whole number`);
  return Number(s);
}

function selection(props: Props, where: string): Selection {
  const sel: Selection = {
    indicator: str(props.indicator), region: str(props.region), period: str(props.period), kind: str(props.kind) as Kind | undefined,
    report: str(props.report), unit: str(props.unit) as Unit | undefined, match: str(props.match), quote: str(props.quote),
    nth: intProp(props.nth, 'nth', where),
  };
  return Object.fromEntries(Object.entries(sel).filter(([, v]) => v !== undefined)) as Selection;
}

/** The denominator: over* props, with region, period, report, kind and (without `over`) indicator as the numerator's. */
function overSelection(props: Props, num: Selection, where: string): Selection {
  const sel: Selection = {
    indicator: str(props.over) ?? num.indicator,
    region: str(props.overRegion) ?? num.region,
    period: str(props.overPeriod) ?? num.period,
    kind: (str(props.overKind) ?? num.kind) as Kind | undefined,
    report: str(props.overReport) ?? num.report,
    unit: str(props.overUnit) as Unit | undefined,
    match: str(props.overMatch),
    quote: str(props.overQuote),
    nth: intProp(props.overNth, 'overNth', where),
  };
  return Object.fromEntries(Object.entries(sel).filter(([, v]) => v !== undefined)) as Selection;
}

/** <Cite …/>: the one figure its props select. `where` names the story file and line for the error. */
export function resolveCite(props: Props, source: CiteSource, where = 'Cite'): Figure {
  checkProps(props, CITE_PROPS, 'Cite', where);
  const sel = selection(props, where);
  try {
    return selectFigure(source.figures, sel, `${where}: <Cite>`);
  } catch (e) {
    if (e instanceof CiteError && !e.message.startsWith(where)) throw new CiteError(`${where}: <Cite> ${e.message}`);
    throw e;
  }
}

export interface ResolvedDerived {
  derived: Derived;
  digits?: number;
}

/** <Derived op=… …/>: the figures its props select and the number computed from them. */
export function resolveDerived(props: Props, source: CiteSource, where = 'Derived'): ResolvedDerived {
  checkProps(props, DERIVED_PROPS, 'Derived', where);
  const op = str(props.op);
  if (!op || !(DERIVED_OPS as readonly string[]).includes(op)) {
    throw new CiteError(`${where}: <Derived> op="${op ?? ''}" is not one of ${DERIVED_OPS.join('|')}`);
  }
  const digits = intProp(props.digits, 'digits', where);
  const mixedUnits = str(props.mixedUnits) === 'true';
  try {
    const num = selection(props, where);
    const a = selectFigure(source.figures, num, `${where}: <Derived op="${op}"> figure`);
    if (op === 'per10k') {
      for (const key of OVER_PROPS) if (props[key] !== undefined) throw new CiteError(`${where}: <Derived op="per10k"> divides by the census: no ${key}`);
      const region = source.region(a.region_code);
      if (!region) throw new CiteError(`${where}: no region ${a.region_code}`);
      return { derived: per10kResidents(a, region), ...(digits !== undefined ? { digits } : {}) };
    }
    const b = selectFigure(source.figures, overSelection(props, num, where), `${where}: <Derived op="${op}"> over`);
    if (a === b) throw new CiteError(`${where}: <Derived op="${op}"> divides ${a.figure_id} by itself: give over… props`);
    let derived = derive(op as DerivedOp, a, b, undefined, { mixedUnits });
    const direction = str(props.direction);
    if (direction !== undefined) derived = withDirection(derived, direction);
    return { derived, ...(digits !== undefined ? { digits } : {}) };
  } catch (e) {
    if (e instanceof CiteError && !e.message.startsWith(where)) throw new CiteError(`${where}: ${e.message}`);
    throw e;
  }
}
