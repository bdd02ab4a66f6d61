// Site tests wait here for the build the global setup started (globalSetup.ts).
import { readFileSync } from 'node:fs';
import { inject } from 'vitest';
import { BUILD_LOCK, BUILD_STATUS, SITE_A, type BuildStatus } from './build.ts';
import { lockOwner } from './lock.ts';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveSite, type SiteServer } from './server.ts';

/** Site tests wait for the build in beforeAll; two clean builds on a busy 2-core machine take a few minutes. */
export const BUILD_WAIT_MS = 15 * 60_000;

/** Waits for this run's build (started by globalSetup.ts) and fails with the build's output when it failed. */
export async function siteBuild(timeoutMs = BUILD_WAIT_MS): Promise<BuildStatus> {
  const run = inject('siteBuildRun');
  if (!run) throw new Error('no site build in this run: test/site/** must run in the "site" project (vitest.config.ts)');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const status = readStatus();
    if (status?.run === run) {
      if (!status.ok) throw new Error(`site build failed:\n${status.error}`);
      return status;
    }
    // The global setup holds the lock from before the first test until the run ends, waiting for it if
    // another run has it. A free lock and no status of ours means our build will never come.
    if (!lockOwner(BUILD_LOCK) && readStatus()?.run !== run) {
      throw new Error(`no site build is under way for this run (${run}): the build lock is free and ${BUILD_STATUS} belongs to another run`);
    }
    if (Date.now() > deadline) throw new Error(`site build did not finish within ${timeoutMs / 1000} s`);
    await new Promise((wait) => setTimeout(wait, 250));
  }
}

function readStatus(): BuildStatus | null {
  try {
    return JSON.parse(readFileSync(BUILD_STATUS, 'utf8')) as BuildStatus;
  } catch {
    return null; // not written yet, or being written
  }
}

/** The directory of the site to test: SITE_DIR when set (a build of one's own), else this run's build, once it is there. */
export async function builtSiteDir(): Promise<string> {
  if (process.env.SITE_DIR) return process.env.SITE_DIR;
  await siteBuild();
  return SITE_A;
}

/**
 * The site to test (builtSiteDir) served on 127.0.0.1 for a test file, once the build is there. Tests await it
 * themselves, so a failed build fails each of them with the build's output instead of skipping them.
 */
export function servedSite(): { get(): Promise<SiteServer>; close(): Promise<void> } {
  let started: Promise<SiteServer> | undefined;
  return {
    get: () => (started ??= builtSiteDir().then(serveSite)),
    close: async () => {
      const server = await started?.catch(() => undefined);
      await server?.close();
    },
  };
}

/** The site to test served on 127.0.0.1, with a Chromium to visit it: what the browser test files start with. */
export async function browsedSite(): Promise<{ dir: string; browser: Browser; atlas: SiteServer }> {
  const dir = await builtSiteDir();
  return { dir, browser: await launchChromium(), atlas: await serveSite(dir) };
}

/** Closes what browsedSite started, whichever parts it got to. */
export async function closeBrowsedSite(site: { browser?: Browser; atlas?: SiteServer }): Promise<void> {
  await site.browser?.close();
  await site.atlas?.close();
}
