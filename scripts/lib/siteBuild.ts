// The site build as the quality gates and the bench run it: the project's own `npm run build` (with its
// prebuild/postbuild scripts and any `npm run x` it calls), redirected from dist/ into a scratch directory,
// because another process may be reading dist/. Following package.json means a step added there later (pagefind, PNG
// downloads, the data pipeline) is built and checked too, with no change here.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export type Scripts = Record<string, string>;

export function projectScripts(root = ROOT): Scripts {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { scripts?: Scripts };
  return pkg.scripts ?? {};
}

/**
 * The shell command `npm run build` runs, with every `dist` path operand replaced by `outDir`, `--outDir`
 * added to `astro build` when it has none, and `--force` (drop Astro's content cache) when asked.
 * Throws when there is no build script, or when the result would still write to dist/.
 */
export function siteBuildCommand(scripts: Scripts, outDir: string, options: { force?: boolean } = {}): string {
  if (!scripts.build) throw new Error('package.json: no "build" script to build the site with');
  const command = expandScript(scripts, 'build', new Set())
    .split('&&')
    .map((step) => redirectStep(step.trim(), outDir, options.force ?? false))
    .join(' && ');
  if (/(^|[\s=])(\.\/)?dist(\/|\s|$)/.test(command)) throw new Error(`site build still writes to dist/: ${command}`);
  return command;
}

/** A script with its pre/post scripts and the `npm run <name>` steps it calls inlined, as one && chain. */
function expandScript(scripts: Scripts, name: string, seen: Set<string>): string {
  if (seen.has(name)) throw new Error(`package.json: script "${name}" calls itself`);
  const inner = new Set(seen).add(name);
  const steps = [`pre${name}`, name, `post${name}`]
    .filter((n) => scripts[n] !== undefined)
    .map((n) => n === name ? scripts[n] : expandScript(scripts, n, inner));
  return steps
    .join(' && ')
    .split('&&')
    .map((step) => {
      const call = /^\s*npm run(?:-script)? ([\w:.-]+)\s*$/.exec(step);
      return call && scripts[call[1]] !== undefined ? expandScript(scripts, call[1], inner) : step.trim();
    })
    .join(' && ');
}

function redirectStep(step: string, outDir: string, force: boolean): string {
  let out = step.replace(/(^|[\s=])(?:\.\/)?dist(?=\/|\s|$)/g, (_, before: string) => `${before}${outDir}`);
  if (/\bastro build\b/.test(out)) {
    if (!/--outDir\b/.test(out)) out = out.replace(/\bastro build\b/, `astro build --outDir ${outDir}`);
    if (force && !/--force\b/.test(out)) out = out.replace(/\bastro build\b/, 'astro build --force');
  }
  return out;
}

export interface CommandResult {
  command: string;
  code: number | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/**
 * The public address builds under test are given (ATLAS_SITE_URL), unless the environment sets one: the
 * embed test points it at its local server, and the links gate checks canonical links on it.
 */
export const TEST_SITE_URL = process.env.ATLAS_SITE_URL?.trim() || 'https://atlas.test';

/** Environment of every build: npm's PATH (node_modules/.bin first, so `node` is the pinned Node 24), no telemetry. */
export function buildEnv(root = ROOT): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ATLAS_SITE_URL: TEST_SITE_URL,
    PATH: [join(root, 'node_modules/.bin'), process.env.PATH ?? ''].join(delimiter),
    ASTRO_TELEMETRY_DISABLED: '1',
    TZ: 'UTC',
    LANG: 'C.UTF-8',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  };
}

/** Runs a shell command in the project root; resolves with its output whatever its exit code. */
export function runCommand(command: string, root = ROOT, signal?: AbortSignal, env: NodeJS.ProcessEnv = {}): Promise<CommandResult> {
  const started = performance.now();
  return new Promise((done) => {
    // Its own process group, so that aborting stops astro and everything the shell started, not only sh.
    const child = spawn('sh', ['-c', command], { cwd: root, env: { ...buildEnv(root), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    const stop = () => { try { process.kill(-child.pid!, 'SIGTERM'); } catch { /* already gone */ } };
    signal?.addEventListener('abort', stop, { once: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => { stdout += chunk; });
    child.stderr.on('data', (chunk) => { stderr += chunk; });
    child.on('error', (error) => { stderr += `\n${error.message}`; });
    child.on('close', (code) => {
      signal?.removeEventListener('abort', stop);
      done({ command, code, stdout, stderr, ms: performance.now() - started });
    });
  });
}

/** The tail of a failed command's output: enough to see the error, not the whole page list. */
export function failureReport(result: CommandResult): string {
  const tail = (text: string) => text.trim().split('\n').slice(-60).join('\n');
  return `\`${result.command}\` exited with ${result.code}\n--- stderr ---\n${tail(result.stderr)}\n--- stdout (end) ---\n${tail(result.stdout)}`;
}
