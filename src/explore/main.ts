// The explorer's island: reads the view from the URL, fills the form the page rendered (hidden until now,
// since without JavaScript it could do nothing), and redraws on every change, writing the view back to the
// URL (history.pushState, so Back undoes a change). Data: /explore/figures.json; words: the page's
// <script type="application/json" id="explore-strings">.
// Plot (85 KB gzip of the island's ~90) is loaded only when a chart must be drawn: the page arrives with the
// default view already drawn, and a table view needs no Plot, so the first load stays small.
import { defaultState, parseState, STATIC_WIDTH, stateQuery, type ExploreData, type ExploreState, type StateDomain } from '../lib/explore/explore.ts';
import { tableCells } from './cells.ts';
import { selectMarks, selectScatter, type ExploreMark } from '../lib/explore/exploreSelect.ts';

type Draw = typeof import('./draw.ts');
let drawModule: Promise<Draw> | undefined;
const loadDraw = (): Promise<Draw> => (drawModule ??= import('./draw.ts'));

type Locale = 'zh' | 'en';

/** The words the island writes, from src/i18n via the page (ExplorePage.astro). */
export interface ExploreStrings {
  empty: string;
  per10kLeftOut: string; // with {n}
  scatterNote: string;
  count: string; // with {n}
  per10kUnit: string;
  heldOut: string; // with {n}
  scatterTooFew: string; // with {n}
  chartDescription: string; // with {label} and {n}
  indicatorPage: string; // with {label}
  headers: { region: string; period: string; kind: string; value: string; report: string };
}

const fill = (template: string, vars: Record<string, string | number>) => template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function readForm(form: HTMLFormElement, domain: StateDomain): ExploreState {
  const f = new FormData(form);
  const all = domain.regions;
  // From the boxes, not FormData: a greyed-out (disabled) box still says whether its region is in the view.
  const checked = [...form.querySelectorAll<HTMLInputElement>('input[name="regions"]:checked')].map((b) => b.value);
  const indicator = String(f.get('indicator') ?? domain.defaultIndicator);
  const indicator2 = String(f.get('indicator2') ?? '');
  return {
    indicator,
    indicator2: indicator2 && indicator2 !== indicator ? indicator2 : null,
    // Every region ticked is the same view as none chosen: one view, one URL.
    regions: checked.length === all.length ? [] : checked.sort(),
    per10k: f.get('measure') === 'per10k',
    view: f.get('view') === 'table' ? 'table' : 'chart',
  };
}

function writeForm(form: HTMLFormElement, state: ExploreState, data: ExploreData): void {
  (form.elements.namedItem('indicator') as HTMLSelectElement).value = state.indicator;
  (form.elements.namedItem('indicator2') as HTMLSelectElement).value = state.indicator2 ?? '';
  // Only what the chosen indicators have data for is offered: regions without a figure and a per-10,000 view of
  // what is not a count of people are greyed out (kept in place, so the form does not jump).
  const chosen = new Set([state.indicator, state.indicator2].filter(Boolean));
  const withData = new Set(data.figures.region_code.filter((_, row) => chosen.has(data.figures.indicator[row])));
  for (const box of form.querySelectorAll<HTMLInputElement>('input[name="regions"]')) {
    box.checked = state.regions.length === 0 || state.regions.includes(box.value);
    box.disabled = !withData.has(box.value);
  }
  const perCapita = data.indicators.filter((i) => chosen.has(i.key)).every((i) => i.perCapita);
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="measure"]')) {
    radio.checked = radio.value === (state.per10k ? 'per10k' : 'absolute');
    radio.disabled = radio.value === 'per10k' && !perCapita && !state.per10k;
  }
  for (const radio of form.querySelectorAll<HTMLInputElement>('input[name="view"]')) radio.checked = radio.value === state.view;
}

function table(marks: ExploreMark[], locale: Locale, state: ExploreState, words: ExploreStrings, caption: string): HTMLElement {
  const wrap = el('div', { class: 'table-wrap', role: 'region', tabindex: '0', 'aria-label': caption });
  const t = el('table', { class: 'explore__table' });
  t.append(el('caption', { class: 'visually-hidden' }, caption));
  const head = el('tr');
  for (const [key, text] of Object.entries(words.headers)) head.append(el('th', { scope: 'col', ...(key === 'value' ? { class: 'num' } : {}) }, text));
  t.appendChild(el('thead')).append(head);
  const body = t.appendChild(el('tbody'));
  for (const m of marks) {
    const c = tableCells(m, locale, state.per10k);
    const tr = body.appendChild(el('tr', m.kind === 'target' ? { class: 'is-target' } : {}));
    tr.append(el('th', { scope: 'row' }, c.region), el('td', {}, c.period), el('td', {}, c.kind));
    const value = tr.appendChild(el('td', { class: 'num' }));
    value.append(el('a', { href: c.href }, c.value));
    tr.append(el('td', {}, c.report));
  }
  wrap.append(t);
  return wrap;
}

/** Draws the view into `out`; resolves false when a newer render began while Plot was loading. */
async function render(out: HTMLElement, data: ExploreData, state: ExploreState, locale: Locale, words: ExploreStrings): Promise<boolean> {
  const ticket = ++renders;
  const draw = state.view === 'chart' ? await loadDraw() : null;
  if (ticket !== renders) return false;
  const ind = data.indicators.find((i) => i.key === state.indicator)!;
  const ind2 = state.indicator2 ? data.indicators.find((i) => i.key === state.indicator2)! : null;
  const unit = (i: typeof ind) => (state.per10k ? words.per10kUnit : i.unitLabel[locale]);
  const heading = ind2 ? `${ind.label[locale]} × ${ind2.label[locale]}` : ind.label[locale];
  const parts: Node[] = [el('h2', { id: 'explore-heading' }, heading)];
  const width = chartWidth(out);
  const inert = document.implementation.createHTMLDocument('');
  const description = (n: number) => fill(words.chartDescription, { label: heading, n });
  const note = (text: string) => el('p', { class: 'small muted explore__note' }, text);

  if (ind2) {
    const { points, leftOut } = selectScatter(data, state, locale);
    parts.push(note(`${fill(words.count, { n: points.length })} · ${words.scatterNote}`));
    if (state.per10k && leftOut) parts.push(note(fill(words.per10kLeftOut, { n: leftOut })));
    if (points.length === 0) parts.push(el('p', { class: 'explore__empty' }, words.empty));
    // One dot has no trend and no comparison: refused rather than drawn.
    else if (state.view === 'chart' && points.length < 2) parts.push(el('p', { class: 'explore__empty' }, fill(words.scatterTooFew, { n: points.length })));
    else if (state.view === 'chart') {
      const svg = draw!.scatterSvg(points, { document: inert, locale, width, per10k: state.per10k, title: heading, description: description(points.length), xLabel: `${ind.label[locale]} (${unit(ind)})`, yLabel: `${ind2.label[locale]} (${unit(ind2)})` });
      const box = el('div', { class: 'chart__svg explore__svg' });
      box.append(document.importNode(svg, true));
      parts.push(box);
    } else {
      parts.push(table(points.flatMap((p) => [p.x, p.y]), locale, state, words, heading));
    }
  } else {
    const { marks, charted, leftOut } = selectMarks(data, state, state.indicator, locale);
    parts.push(note(`${fill(words.count, { n: marks.length })} · ${unit(ind)}`));
    if (state.per10k && leftOut) parts.push(note(fill(words.per10kLeftOut, { n: leftOut })));
    if (state.view === 'chart' && charted.length < marks.length) parts.push(note(fill(words.heldOut, { n: marks.length - charted.length })));
    if (marks.length === 0) parts.push(el('p', { class: 'explore__empty' }, words.empty));
    else if (state.view === 'chart' && charted.length === 0) parts.push(table(marks, locale, state, words, heading));
    else if (state.view === 'chart') {
      // The chart draws what may share a scale (comparability.ts); the table under it keeps every figure.
      const svg = draw!.barSvg(charted, { document: inert, locale, width, per10k: state.per10k, title: heading, description: description(charted.length) });
      const box = el('div', { class: 'chart__svg explore__svg' });
      box.append(document.importNode(svg, true));
      parts.push(box);
      if (charted.length < marks.length) parts.push(table(marks, locale, state, words, heading));
    } else parts.push(table(marks, locale, state, words, heading));
  }
  // Where to read more: the indicator's own page (the first indicator's, in a scatter plot).
  const more = el('p', { class: 'small explore__more' });
  more.append(el('a', { href: ind.href[locale] }, fill(words.indicatorPage, { label: ind.label[locale] })));
  parts.push(more);
  out.replaceChildren(...parts);
  out.dataset.state = stateQuery(state, { indicators: [], regions: [], defaultIndicator: data.defaultIndicator }) || '?';
  return true;
}

let renders = 0;

/** The width a chart is drawn at: the width it is shown, at most the 42rem of .chart__svg, so its text stays 12 px. */
const chartWidth = (out: HTMLElement) => Math.max(300, Math.min(672, Math.round(out.clientWidth || STATIC_WIDTH)));

async function main(): Promise<void> {
  const out = document.getElementById('explore-output');
  const form = document.getElementById('explore-form') as HTMLFormElement | null;
  const stringsEl = document.getElementById('explore-strings');
  if (!out || !form || !stringsEl) return;
  const locale = (document.documentElement.lang === 'en' ? 'en' : 'zh') as Locale;
  const words = JSON.parse(stringsEl.textContent ?? '{}') as ExploreStrings;
  const response = await fetch(out.dataset.src ?? '/explore/figures.json');
  if (!response.ok) throw new Error(`explore: ${response.url}: HTTP ${response.status}`);
  const data = (await response.json()) as ExploreData;
  const domain: StateDomain = { indicators: data.indicators.map((i) => i.key), regions: data.regions.map((r) => r.code), defaultIndicator: data.defaultIndicator };
  let state = parseState(location.search, domain);
  // data-ready is "false" while a view is drawn (Plot may still be loading), so a script can wait for it.
  const show = async (redraw = true): Promise<void> => {
    writeForm(form, state, data);
    if (!redraw) return;
    out.dataset.ready = 'false';
    try {
      if (await render(out, data, state, locale, words)) out.dataset.ready = 'true';
    } catch (error) {
      out.dataset.ready = 'error';
      throw error;
    }
  };
  form.addEventListener('change', () => {
    state = readForm(form, domain);
    const query = stateQuery(state, domain);
    if (query !== location.search) history.pushState(null, '', location.pathname + query);
    void show();
  });
  form.addEventListener('submit', (e) => e.preventDefault());
  addEventListener('popstate', () => {
    state = parseState(location.search, domain);
    void show();
  });
  let width = out.clientWidth;
  addEventListener('resize', () => {
    if (Math.abs(out.clientWidth - width) < 40) return;
    width = out.clientWidth;
    void show();
  });
  // The canonical form of the URL the page was opened with (unknown values dropped).
  const query = stateQuery(state, domain);
  if (query !== location.search) history.replaceState(null, '', location.pathname + query);
  form.hidden = false;
  // The page came with the default view drawn 640 px wide: keep it when that is the view and about the width.
  const asBuilt = query === stateQuery(defaultState(domain), domain) && Math.abs(chartWidth(out) - STATIC_WIDTH) < 40;
  await show(!asBuilt);
  if (asBuilt) out.dataset.ready = 'true';
}

void main();
