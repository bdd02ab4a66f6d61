// Global setup of the "site" test project: builds the site twice (into .tmp/site-a, then a clean build
// into .tmp/site-b for the determinism gate) in the background and returns at once, so the first site
// tests start while it builds. Site tests wait for BUILD_STATUS through siteBuild() (site.ts).
// Another test run in the same tree holding the build lock is waited for, not trampled.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BUILD_LOCK, BUILD_STATUS, CACHE_B, failureReport, projectScripts, runCommand, SITE_A, SITE_B, siteBuildCommand, type BuildStatus } from './build.ts';
import { acquireLock, releaseLock } from './lock.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Identifies this test run's build, so a site test never reads a status left by another run. */
    siteBuildRun: string;
  }
}

async function buildBoth(run: string, signal: AbortSignal): Promise<BuildStatus> {
  const status: BuildStatus = { run, ok: true, builds: [] };
  try {
    const scripts = projectScripts();
    // site-b is built with Astro's content cache dropped and an empty cache of fonts and PNGs, so a cached and
    // a cold build are compared, pictures included.
    rmSync(CACHE_B, { recursive: true, force: true });
    for (const [dir, force, env] of [[SITE_A, false, {}], [SITE_B, true, { ATLAS_CACHE_DIR: CACHE_B }]] as const) {
      if (signal.aborted) return { ...status, ok: false, error: 'site build aborted: the test run ended first' };
      rmSync(dir, { recursive: true, force: true });
      const result = await runCommand(siteBuildCommand(scripts, dir, { force }), undefined, signal, env);
      if (result.code !== 0) return { ...status, ok: false, error: failureReport(result) };
      status.builds.push({ dir, command: result.command, ms: Math.round(result.ms) });
    }
    return status;
  } catch (error) {
    return { ...status, ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export default function setup(project: TestProject) {
  const run = `${process.pid}-${Date.now()}`;
  mkdirSync(dirname(BUILD_STATUS), { recursive: true });
  project.provide('siteBuildRun', run);
  const abort = new AbortController();
  const building = (async () => {
    try {
      await acquireLock(BUILD_LOCK, run, abort.signal, (owner) =>
        console.log(`site build: waiting for test run ${owner.run} (pid ${owner.pid}) to finish with .tmp/site-a and .tmp/site-b`),
      );
    } catch {
      return; // the run ended while waiting: nothing built, nothing to report
    }
    const status = await buildBoth(run, abort.signal);
    writeFileSync(BUILD_STATUS, `${JSON.stringify(status, null, 2)}\n`);
  })();
  return async () => {
    // A run filtered to tests that never needed the site must not leave a build running behind it.
    abort.abort();
    await building;
    releaseLock(BUILD_LOCK, run);
  };
}
