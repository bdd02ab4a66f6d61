import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadReference, loadSynonyms } from '../../scripts/pipeline/load.ts';
import { extractOne } from '../../scripts/pipeline/run.ts';
import { copyData } from '../spawnScript.ts';
import { contextOf, real } from './seeds.ts';
import { inputErrorOf, scratchDir } from './scratch.ts';

const dir = scratchDir('load-test');

describe('loadReference: everything a report is read against, from the data directory given', () => {
  it('the synonym classes come from that directory\'s synonyms.yml, not the repository\'s', () => {
    const data = copyData(dir, 'fewer-synonyms');
    const sentence = real('siping-2022', '全市纳入监测对象1237户2502人');
    const households = (dataDir: string) => extractOne(sentence, contextOf('siping-2022'), loadReference(dataDir)).figures[0].indicator;
    expect(households('data')).toBe('monitored_households');
    // With none of the terms the sentence uses, the population class no longer names the figure.
    const path = join(data, 'synonyms.yml');
    writeFileSync(path, readFileSync(path, 'utf8').replace(/^  监测对象: \[.*\]$/m, '  监测对象: [建档立卡监测名单]'));
    expect(households(data)).toBe('');
  });

  it('a broken synonyms.yml is an input error naming the file, line and field', () => {
    const path = join(dir, 'synonyms.yml');
    writeFileSync(path, 'population:\n  脱贫人口: [脱贫人口]\nmeasure:\n  务工就业: []\n');
    expect(inputErrorOf(() => loadSynonyms(path))).toMatch(/synonyms\.yml:4 \(measure\.务工就业\): /);
  });
});
