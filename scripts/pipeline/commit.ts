// One commit point for a set of files in one directory tree (data/): a redo journal.
//
// 1. Every new file is written in full into a staging folder inside the tree (same file system, so renames
//    are atomic) and flushed to disk.
// 2. A journal naming every move is written beside it and renamed to JOURNAL: that rename is the commit.
// 3. The moves are made, then the journal and the staging folder are removed.
//
// A process stopped before step 2 leaves only a staging folder: the old files stand, and the next writer (or
// recoverData) deletes it. Stopped after step 2, the journal is there: the next writer finishes the moves, so
// the tree holds the new generation whole. Either way no reader is ever asked to trust a mix: readers call
// assertNoPendingCommit first, and nothing in the tree is ever half-written.
import { closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

/** The journal file in the root of the tree while a commit is being applied. */
export const JOURNAL = '.commit.json';
const STAGING_PREFIX = '.staging-';
const JOURNAL_TMP = `${JOURNAL}.tmp`;

interface Journal {
  /** The staging folder, relative to the root. */
  staging: string;
  /** [staged file, target], both relative to the root. */
  moves: [string, string][];
}

function writeDurably(path: string, content: string | Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The file operations a commit makes, one call each: tests replace them to stop a commit after any one. */
export interface CommitOps {
  write(path: string, content: string | Uint8Array): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
}
const FS_OPS: CommitOps = {
  write: writeDurably,
  rename: (from, to) => { mkdirSync(dirname(to), { recursive: true }); renameSync(from, to); },
  remove: (path) => rmSync(path, { recursive: true, force: true }),
};

function applyJournal(root: string, journal: Journal, ops: CommitOps): void {
  for (const [staged, target] of journal.moves) {
    const from = join(root, staged);
    // A move already made by an earlier, interrupted run has no staged file left.
    if (!existsSync(from)) continue;
    ops.rename(from, join(root, target));
  }
  ops.remove(join(root, journal.staging));
  ops.remove(join(root, JOURNAL));
}

/**
 * Brings the tree at `root` back to one whole generation after an interrupted commit: finishes a committed
 * one, drops an uncommitted one. Returns what it did.
 */
export function recoverData(root: string): 'clean' | 'rolled forward' | 'rolled back' {
  let outcome: 'clean' | 'rolled forward' | 'rolled back' = 'clean';
  const journalPath = join(root, JOURNAL);
  if (existsSync(journalPath)) {
    applyJournal(root, JSON.parse(readFileSync(journalPath, 'utf8')) as Journal, FS_OPS);
    outcome = 'rolled forward';
  }
  if (!existsSync(root)) return outcome;
  for (const entry of readdirSync(root)) {
    if (entry.startsWith(STAGING_PREFIX) || entry === JOURNAL_TMP) {
      rmSync(join(root, entry), { recursive: true, force: true });
      if (outcome === 'clean') outcome = 'rolled back';
    }
  }
  return outcome;
}

/** Throws when a commit into `root` was interrupted and not yet recovered: the files may be a mix of two runs. */
export function assertNoPendingCommit(root: string): void {
  if (existsSync(join(root, JOURNAL))) {
    throw new Error(`${join(root, JOURNAL)}: an interrupted \`npm run data\` or \`add-report\` left its files half-moved: run \`npm run data\` again`);
  }
}

/** Thrown by a test's CommitOps to stop a commit dead, as SIGKILL would: nothing is cleaned up after it. */
export class StopHere extends Error {}

/**
 * Writes every file of `files` (absolute paths inside `root`) or none of them, as one generation. A failure
 * before the commit point leaves the tree as it was; an error names the file it could not write.
 */
export function commitFiles(root: string, files: Map<string, string | Uint8Array>, ops: CommitOps = FS_OPS): void {
  recoverData(root);
  const targets = [...files.keys()].map((path) => {
    const rel = relative(root, path);
    if (rel === '' || rel.startsWith('..') || rel.split(sep).includes('..')) throw new Error(`${path}: outside ${root}, not written`);
    return rel;
  });
  mkdirSync(root, { recursive: true });
  const staging = mkdtempSync(join(root, STAGING_PREFIX));
  const journal: Journal = { staging: relative(root, staging), moves: [] };
  try {
    [...files.values()].forEach((content, i) => {
      // Numbered names: targets in several folders (reports/, the root) share one flat staging folder.
      const staged = join(staging, String(i));
      try {
        // Every folder made and every target checked before the commit point, so no move after it can fail
        // for a reason known in advance (a file where a folder should be, a folder where a file should be).
        mkdirSync(dirname(join(root, targets[i])), { recursive: true });
        if (existsSync(join(root, targets[i])) && statSync(join(root, targets[i])).isDirectory()) throw new Error('a folder is in the way');
        ops.write(staged, content);
      } catch (e) {
        if (e instanceof StopHere) throw e;
        throw new Error(`${join(root, targets[i])}: cannot write (${(e as Error).message}); nothing was changed`);
      }
      journal.moves.push([relative(root, staged), targets[i]]);
    });
    ops.write(join(root, JOURNAL_TMP), `${JSON.stringify(journal)}\n`);
  } catch (e) {
    if (e instanceof StopHere) throw e;
    rmSync(staging, { recursive: true, force: true });
    rmSync(join(root, JOURNAL_TMP), { force: true });
    throw e;
  }
  ops.rename(join(root, JOURNAL_TMP), join(root, JOURNAL)); // the commit point
  applyJournal(root, journal, ops);
}

/**
 * Runs `body` with SIGINT, SIGTERM and SIGHUP held back, then exits with the usual 128+n if one came. The
 * pipeline is synchronous, so a signal could only land between its steps; holding it makes a CLI finish or
 * roll back its commit instead of dying at a random point, and the next run recovers from SIGKILL.
 */
export async function withSignalsHeld<T>(body: () => T | Promise<T>): Promise<T> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  const codes = { SIGINT: 130, SIGTERM: 143, SIGHUP: 129 };
  let received: (typeof signals)[number] | undefined;
  const handlers = signals.map((s) => [s, () => { received ??= s; }] as const);
  for (const [s, h] of handlers) process.on(s, h);
  try {
    return await body();
  } finally {
    // A signal that came during synchronous work is delivered on the next turn of the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    for (const [s, h] of handlers) process.off(s, h);
    if (received) {
      console.error(`stopped by ${received}`);
      process.exit(codes[received]);
    }
  }
}
