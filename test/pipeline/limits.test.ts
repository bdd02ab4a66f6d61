import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clean } from '../../scripts/pipeline/clean.ts';
import { CLAUSE_WINDOW, MAX_REPORT_BYTES, PARAGRAPH_WINDOW, SENTENCE_WINDOW } from '../../scripts/pipeline/limits.ts';
import { readReportBytes, readReportText } from '../../scripts/pipeline/metadata.ts';
import { inputErrorOf, scratchDir } from './scratch.ts';
import { REPORT_IDS, seedText } from './seeds.ts';

const dir = scratchDir('limits-');

describe('the size cap of one report', () => {
  it('a text one byte above the cap is refused in one line naming the file and the cap', () => {
    const path = join(dir, 'huge.txt');
    writeFileSync(path, Buffer.alloc(MAX_REPORT_BYTES + 1, 'a'));
    const message = inputErrorOf(() => readReportText(path));
    expect(message.split('\n')).toHaveLength(1);
    expect(message.startsWith(`${path}: `)).toBe(true);
    expect(message).toContain(MAX_REPORT_BYTES.toLocaleString('en-US'));
    expect(message).toContain('MAX_REPORT_BYTES');
  });

  it('a text exactly at the cap is read whole, byte for byte', () => {
    const path = join(dir, 'at-cap.txt');
    const bytes = Buffer.alloc(MAX_REPORT_BYTES, '村');
    writeFileSync(path, bytes);
    expect(readReportBytes(path).equals(bytes)).toBe(true);
  });

  it.runIf(existsSync('/dev/zero'))('an endless input (/dev/zero) stops at the cap instead of hanging', () => {
    const message = inputErrorOf(() => readReportText('/dev/zero'));
    expect(message).toMatch(/^\/dev\/zero: larger than the cap/);
  });
});

describe('the look-around windows', () => {
  // limits.ts says the windows cut nothing real: the seeds' clauses, sentences and paragraphs are far shorter.
  const longest = (re: RegExp) => Math.max(...REPORT_IDS.flatMap((id) => clean(seedText(id)).text.split(re).map((s) => s.length)));
  it('are at least twice the seeds’ longest clause, sentence and paragraph', () => {
    expect(2 * longest(/[。！？!?\n，,；;：:]/)).toBeLessThanOrEqual(CLAUSE_WINDOW);
    expect(2 * longest(/[。！？!?；;\n]/)).toBeLessThanOrEqual(SENTENCE_WINDOW);
    expect(2 * longest(/\n/)).toBeLessThanOrEqual(PARAGRAPH_WINDOW);
  });
});
