// A lock file naming the process that holds it, so that two test runs in the same tree (helpers and CI
// share it) take turns with .tmp/site-a and .tmp/site-b instead of deleting each other's build. A lock
// whose process has died is taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

export interface LockOwner {
  pid: number;
  run: string;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): LockOwner | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as LockOwner;
  } catch {
    return null; // gone, or being written
  }
}

/** Takes the lock for `run`, waiting while a live process holds it. `onWait` is told once whom it waits for. */
export async function acquireLock(file: string, run: string, signal: AbortSignal, onWait?: (owner: LockOwner) => void): Promise<void> {
  let told = false;
  let unreadable = 0;
  for (;;) {
    if (signal.aborted) throw new Error('aborted while waiting for the site build lock');
    try {
      writeFileSync(file, JSON.stringify({ pid: process.pid, run }), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const owner = readOwner(file);
    // A dead owner, or a file that stays unreadable (its writer died mid-write): take it over.
    unreadable = owner ? 0 : unreadable + 1;
    if ((owner && !alive(owner.pid)) || unreadable > 5) {
      rmSync(file, { force: true });
      continue;
    }
    if (owner && !told) {
      onWait?.(owner);
      told = true;
    }
    await new Promise((wait) => setTimeout(wait, 1000));
  }
}

/** Who holds the lock, when a live process does. */
export function lockOwner(file: string): LockOwner | null {
  const owner = readOwner(file);
  return owner && alive(owner.pid) ? owner : null;
}

/** Releases the lock if `run` holds it. */
export function releaseLock(file: string, run: string): void {
  if (readOwner(file)?.run === run) rmSync(file, { force: true });
}
