import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SYNTHETIC_REGION, writeCorpus } from '../../scripts/bench/corpus.ts';
import { runPipeline } from '../../scripts/pipeline/run.ts';
import { scratchDir } from '../pipeline/scratch.ts';

describe('writeCorpus', () => {
  it('writes the seeds and synthetic reports with valid metadata, which the pipeline reads like any data directory', () => {
    const dir = join(scratchDir('corpus-'), 'data');
    expect(writeCorpus(dir, 4)).toBe(9);
    const result = runPipeline(dir);
    expect(result.reports.map((r) => r.id)).toContain('synthetic-0004');
    const synthetic = result.figures.filter((f) => f.report.startsWith('synthetic-'));
    expect(synthetic.length).toBeGreaterThan(0);
    // About a region of their own, so the stories' citations of the seeds' own regions stay unambiguous. A county
    // the recombined seed sentence names lands on that county (places.ts), or on none when it is outside; a figure
    // shared by a list of places ('支持梨树县、双辽市…') on their smallest common region, which may be a seed's.
    const regions = new Set(synthetic.map((f) => f.region_code));
    expect(regions.has(SYNTHETIC_REGION)).toBe(true);
    const seedRegions = new Set(result.reports.filter((r) => !r.id.startsWith('synthetic-')).map((r) => r.region));
    for (const f of synthetic.filter((f) => seedRegions.has(f.region_code))) expect(f.quote, f.figure_id).toMatch(/[县市区旗]、/);
    expect(synthetic.filter((f) => f.region_code === SYNTHETIC_REGION).length).toBeGreaterThan(synthetic.length / 2);
  });
});
