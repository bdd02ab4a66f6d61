// The invariants every published figure keeps. A broken one fails the build with the figure it broke on.
import { PERIOD } from '../../src/schema/values.ts';
import { KINDS, QUALIFIERS, UNITS, type Figure, type Mention } from './types.ts';

export interface Known {
  texts: Map<string, string>;
  regions: Set<string>;
  indicators: Map<string, { unit: string; also_units: string[] }>;
}

export function validateFigures(figures: Figure[], mentions: Mention[], known: Known): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const f of figures) {
    const at = `figure ${f.figure_id}`;
    const text = known.texts.get(f.report);
    if (text === undefined) { errors.push(`${at}: unknown report ${f.report}`); continue; }
    if (text.slice(f.start, f.end) !== f.quote) errors.push(`${at}: quote is not verbatim at [${f.start}, ${f.end})`);
    if (text.slice(f.number_start, f.number_end) !== f.number_text) errors.push(`${at}: number_text is not verbatim at [${f.number_start}, ${f.number_end})`);
    if (f.number_start < f.start || f.number_end > f.end) errors.push(`${at}: the number lies outside its quote`);
    if (ids.has(f.figure_id)) errors.push(`${at}: duplicate figure_id`);
    ids.add(f.figure_id);
    // '' flags a figure about a place the gazetteer could not resolve (run.ts warns about each).
    if (f.region_code !== '' && !known.regions.has(f.region_code)) errors.push(`${at}: unknown region ${f.region_code}`);
    if (f.town_code !== '' && f.town_code.slice(0, 6) !== f.region_code) errors.push(`${at}: town ${f.town_code} does not lie in region ${f.region_code}`);
    if (!(UNITS as readonly string[]).includes(f.unit)) errors.push(`${at}: unknown unit ${f.unit}`);
    if (!(KINDS as readonly string[]).includes(f.kind)) errors.push(`${at}: unknown kind ${f.kind}`);
    if (!(QUALIFIERS as readonly string[]).includes(f.qualifier)) errors.push(`${at}: unknown qualifier ${f.qualifier}`);
    if (!PERIOD.test(f.period)) errors.push(`${at}: bad period ${f.period}`);
    if (!Number.isFinite(f.value) || Math.abs(f.value) > Number.MAX_SAFE_INTEGER) errors.push(`${at}: value ${f.value} is not a safe finite number`);
    if (f.indicator) {
      const ind = known.indicators.get(f.indicator);
      if (!ind) errors.push(`${at}: unknown indicator ${f.indicator}`);
      else if (ind.unit !== f.unit && !ind.also_units.includes(f.unit)) errors.push(`${at}: unit ${f.unit} does not fit indicator ${f.indicator} (${ind.unit})`);
    }
  }
  for (const m of mentions) {
    const text = known.texts.get(m.report) ?? '';
    if (text.slice(m.start, m.end) !== m.text) errors.push(`mention ${m.report}:${m.start}: text is not verbatim`);
    if (m.status === 'figure' && !ids.has(m.figure_id)) errors.push(`mention ${m.report}:${m.start}: figure ${m.figure_id} missing`);
  }
  return errors;
}
