// What the stage tests that read files share: a scratch directory removed after the test file, and the
// message of the InputError a call throws.
import { rmSync } from 'node:fs';
import { afterAll, expect } from 'vitest';
import { InputError } from '../../scripts/pipeline/types.ts';
import { tempDir } from '../spawnScript.ts';

/** A fresh temporary directory, removed when the test file's tests are done. */
export function scratchDir(prefix: string): string {
  const dir = tempDir(prefix);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** The message of the InputError `fn` throws (fails the test when it throws anything else, or nothing). */
export function inputErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected an InputError');
}
