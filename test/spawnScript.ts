// Runs one of the CLIs in scripts/ as a child process, the way `npx node scripts/<name>.ts` does, and helpers
// for the temporary data directories the CLI tests break. Node 24 is the devDependency's binary (what npx
// resolves `node` to), called directly to save npx's second of start-up per run.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');

export interface ScriptRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `node scripts/<script> …args` from the repository root. */
export function runScript(script: string, args: string[]): ScriptRun {
  const r = spawnSync(NODE, [join('scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts `node scripts/<script> …args` and sends it `signal` (SIGKILL) after `ms` (or lets it end first); resolves when it is gone. */
export function killAfter(script: string, args: string[], ms: number, signal: NodeJS.Signals = 'SIGKILL'): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  const child = spawn(NODE, [join('scripts', script), ...args], { cwd: ROOT, env: { ...process.env, TZ: 'UTC', NO_COLOR: '1' }, stdio: 'ignore' });
  const timer = setTimeout(() => child.kill(signal), ms);
  return new Promise((done) => child.on('exit', (code, signal) => { clearTimeout(timer); done({ code, signal }); }));
}

/** A fresh temporary directory; remove it with rmSync(dir, { recursive: true }). */
export const tempDir = (prefix: string) => mkdtempSync(join(tmpdir(), `${prefix}-`));

/** A copy of data/ (reports, reference tables and committed outputs) under `parent`. */
export function copyData(parent: string, name: string): string {
  const to = join(parent, name);
  cpSync(join(ROOT, 'data'), to, { recursive: true });
  return to;
}

/** The bytes of every file directly in `dir` (not reports/), to compare before and after a run. */
export function snapshot(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => [e.name, readFileSync(join(dir, e.name)).toString('base64')]));
}

/** Points a report's sidecar at its (changed) text, as `npm run add-report` would have: a new sha256. */
export function rehash(dataDir: string, id: string): void {
  const sha = createHash('sha256').update(readFileSync(join(dataDir, 'reports', `${id}.txt`))).digest('hex');
  const yml = join(dataDir, 'reports', `${id}.yml`);
  writeFileSync(yml, readFileSync(yml, 'utf8').replace(/^sha256: .*$/m, `sha256: ${sha}`));
}

export const removeDir = (dir: string) => rmSync(dir, { recursive: true, force: true });
