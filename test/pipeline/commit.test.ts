import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertNoPendingCommit, commitFiles, JOURNAL, recoverData, StopHere, type CommitOps } from '../../scripts/pipeline/commit.ts';
import { copyData, killAfter, removeDir, runScript } from '../spawnScript.ts';
import { scratchDir } from './scratch.ts';

const dir = scratchDir('commit-test');

/** Every file under `root`, relative path → content, as sorted JSON (comparable with ===). */
function tree(root: string): string {
  return JSON.stringify(Object.entries(files(root)).sort(([a], [b]) => (a < b ? -1 : 1)));
}
function files(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out[relative(root, p)] = readFileSync(p, 'utf8');
    }
  };
  walk(root);
  return out;
}

const OLD_FILES = { 'figures.csv': 'old figures\n', 'mentions.csv': 'old mentions\n', 'regions.csv': 'hand-kept\n', 'reports/a.txt': 'report a\n' };
const NEW_FILES = { 'figures.csv': 'new figures\n', 'mentions.csv': 'new mentions\n', 'reports/b.txt': 'report b\n', 'reports/b.yml': 'id: b\n' };
const sortedJson = (o: Record<string, string>) => JSON.stringify(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
const OLD = sortedJson(OLD_FILES);
const NEW = sortedJson({ ...OLD_FILES, ...NEW_FILES });

function oldTree(name: string): string {
  const root = join(dir, name);
  for (const [path, content] of Object.entries(OLD_FILES)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}
const newFiles = (root: string) => new Map(Object.entries(NEW_FILES).map(([p, c]) => [join(root, p), c]));

/** Real file operations that stop dead (as SIGKILL would) at operation number `at`. */
function stoppingAt(at: number): CommitOps & { count: number } {
  const real = {
    write: (p: string, c: string | Uint8Array) => writeFileSync(p, c),
    rename: (a: string, b: string) => { mkdirSync(join(b, '..'), { recursive: true }); renameSync(a, b); },
    remove: (p: string) => rmSync(p, { recursive: true, force: true }),
  };
  const ops = {
    count: 0,
    write(p: string, c: string | Uint8Array) { if (ops.count++ === at) throw new StopHere(); real.write(p, c); },
    rename(a: string, b: string) { if (ops.count++ === at) throw new StopHere(); real.rename(a, b); },
    remove(p: string) { if (ops.count++ === at) throw new StopHere(); real.remove(p); },
  };
  return ops;
}

describe('commitFiles', () => {
  it('writes every file, in several folders, and leaves no staging file or journal', () => {
    const root = oldTree('ok');
    commitFiles(root, newFiles(root));
    expect(tree(root)).toBe(NEW);
    expect(readdirSync(root).filter((e) => e.startsWith('.'))).toEqual([]);
  });

  it('changes nothing when a file cannot be written, and names that file', () => {
    const root = oldTree('blocked');
    const files = newFiles(root);
    files.set(join(root, 'figures.csv', 'inside-a-file.csv'), 'x\n'); // a file where a folder should be
    expect(() => commitFiles(root, files)).toThrow(/figures\.csv\/inside-a-file\.csv: cannot write .*nothing was changed/);
    expect(tree(root)).toBe(OLD);
    expect(readdirSync(root).filter((e) => e.startsWith('.'))).toEqual([]);
  });

  it('refuses a path outside its tree', () => {
    const root = oldTree('outside');
    expect(() => commitFiles(root, new Map([[join(root, '..', 'x.csv'), 'x']]))).toThrow(/outside/);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });

  it('stopped after any single operation: readers see old files until the journal appears, and recovery makes the tree whole', () => {
    const total = stoppingAt(-1);
    const probe = oldTree('count');
    commitFiles(probe, newFiles(probe), total);
    expect(total.count).toBeGreaterThan(Object.keys(NEW_FILES).length * 2);
    const outcomes = new Set<string>();
    for (let at = 0; at < total.count; at++) {
      const root = oldTree(`stop-${at}`);
      expect(() => commitFiles(root, newFiles(root), stoppingAt(at))).toThrow(StopHere);
      // Without a journal nothing has moved; with one, a reader is told to wait for recovery.
      if (!existsSync(join(root, JOURNAL))) {
        expect(sortedJson(Object.fromEntries(Object.entries(files(root)).filter(([p]) => !p.startsWith('.'))))).toBe(OLD);
      } else {
        expect(() => assertNoPendingCommit(root)).toThrow(/interrupted/);
      }
      const outcome = recoverData(root);
      outcomes.add(outcome);
      expect([OLD, NEW], `stopped at operation ${at}`).toContain(tree(root));
      expect(readdirSync(root).filter((e) => e.startsWith('.'))).toEqual([]);
      expect(() => assertNoPendingCommit(root)).not.toThrow();
    }
    expect(outcomes).toEqual(new Set(['rolled back', 'rolled forward']));
  });
});

describe('npm run data, killed', () => {
  it('leaves data/ fully old or fully new after recovery, whenever it is killed', async () => {
    // A data/ whose outputs are stale (one report removed), so a finished run changes them. The report
    // removed is one no correction targets, else the corrections would be stale.
    const base = copyData(dir, 'data-base');
    removeDir(join(base, 'reports', 'siping-2017.txt'));
    removeDir(join(base, 'reports', 'siping-2017.yml'));
    const old = tree(base);
    const full = join(dir, 'data-full');
    cpSync(base, full, { recursive: true });
    const started = performance.now();
    const ran = runScript('data.ts', ['--data', full, '--quiet']);
    const run = performance.now() - started;
    if (ran.status !== 0) return expect.fail(ran.stderr);
    const done = tree(full);
    expect(done).not.toBe(old);
    const seen = new Set<string>();
    // Kill times as fractions of one whole run on this machine; the last lands after the end.
    for (const delay of [0.1, 0.25, 0.4, 0.55, 0.7, 0.8, 0.9, 1, 1.2, 3].map((f) => Math.round(f * run))) {
      const root = join(dir, `data-kill-${delay}`);
      cpSync(base, root, { recursive: true });
      await killAfter('data.ts', ['--data', root, '--quiet'], delay);
      recoverData(root);
      const now = tree(root);
      const state = now === old ? 'old' : now === done ? 'new' : 'mixed';
      expect(state, `killed after ${delay} ms`).not.toBe('mixed');
      seen.add(state);
    }
    expect(seen.has('new')).toBe(true);
  }, 60_000);
});
