import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { acquireLock, releaseLock } from './lock.ts';

const dir = mkdtempSync(join(tmpdir(), 'lock-'));
const file = join(dir, 'site-build.lock');
afterEach(() => rmSync(file, { force: true }));

describe('build lock', () => {
  it('is taken, waited for while held, and released only by its holder', async () => {
    const never = new AbortController().signal;
    await acquireLock(file, 'run-1', never);
    let waitedFor = '';
    let second = false;
    const waiting = acquireLock(file, 'run-2', never, (owner) => { waitedFor = owner.run; }).then(() => { second = true; });
    await new Promise((r) => setTimeout(r, 1500));
    expect(second).toBe(false);
    expect(waitedFor).toBe('run-1');
    releaseLock(file, 'run-2'); // not its lock: no effect
    expect(existsSync(file)).toBe(true);
    releaseLock(file, 'run-1');
    await waiting;
    expect(JSON.parse(readFileSync(file, 'utf8')).run).toBe('run-2');
  });

  it('takes over the lock of a process that has died', async () => {
    writeFileSync(file, JSON.stringify({ pid: 2 ** 22 + 12345, run: 'dead' }));
    await acquireLock(file, 'run-3', new AbortController().signal);
    expect(JSON.parse(readFileSync(file, 'utf8')).run).toBe('run-3');
  });

  it('stops waiting when aborted', async () => {
    writeFileSync(file, JSON.stringify({ pid: process.pid, run: 'other' }));
    const abort = new AbortController();
    const waiting = acquireLock(file, 'run-4', abort.signal);
    abort.abort();
    await expect(waiting).rejects.toThrow(/aborted/);
  });
});
