import { describe, expect, it } from 'vitest';
import { comparabilityNotes } from '../../../src/lib/comparability/notes.ts';
import type { BoundaryChange } from '../../../src/lib/queries/data.ts';
import { fig, reg } from '../fake.ts';

describe('comparabilityNotes', () => {
  const none = () => [];

  it('says nothing when figures are like for like', () => {
    const rows = [{ figure: fig({}), region: reg({}) }, { figure: fig({ region_code: '520400' }), region: reg({ code: '520400' }) }];
    expect(comparabilityNotes(rows, none)).toEqual([]);
  });

  it('names different periods, targets, bounds and levels', () => {
    const rows = [
      { figure: fig({ period: '2021' }), region: reg({ code: '220000', level: 'province' }) },
      { figure: fig({ period: '2023', kind: 'target', qualifier: 'at_least' }), region: reg({ code: '231222', level: 'county' }) },
    ];
    const kinds = comparabilityNotes(rows, none).map((n) => n.kind);
    expect(kinds).toEqual(['periods', 'qualifiers', 'targets', 'levels']);
  });

  it('reports a boundary change between two periods of one region (Siping 2017 vs 2022)', () => {
    const change: BoundaryChange = {
      date: '2020-06-19', code: '220184', from_parent: '220300', to_parent: '220100', old_code: '220381', new_code: '220184', note: '', source: '',
    };
    const asked: string[][] = [];
    const rows = [{ figure: fig({ period: '2017' }), region: reg({}) }, { figure: fig({ period: '2022' }), region: reg({}) }];
    const notes = comparabilityNotes(rows, (code, from, to) => (asked.push([code, from, to]), [change]));
    expect(asked).toEqual([['220300', '2017', '2022']]);
    expect(notes).toContainEqual({ kind: 'boundary', change });
    expect(notes).toContainEqual({ kind: 'repeated', regions: ['220300'] });
  });

  it('says a region is repeated only when it comes from several periods or reports, not from several charts of one', () => {
    const once = [{ figure: fig({ period: '2021' }), region: reg({}) }, { figure: fig({ period: '2021', number_start: 99 }), region: reg({}) }];
    expect(comparabilityNotes(once, () => []).map((n) => n.kind)).not.toContain('repeated');
    const twoReports = [{ figure: fig({ period: '2021' }), region: reg({}) }, { figure: fig({ period: '2021', report: 'other' }), region: reg({}) }];
    expect(comparabilityNotes(twoReports, () => [])).toContainEqual({ kind: 'repeated', regions: ['220300'] });
  });
});
