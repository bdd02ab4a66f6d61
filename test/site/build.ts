// The site builds the gates run against. How a build is run lives in scripts/lib/siteBuild.ts (the bench runs it
// too); the scratch directories, status file and lock of a test run are the tests' own.
import { join } from 'node:path';
import { ROOT } from '../../scripts/lib/siteBuild.ts';

export * from '../../scripts/lib/siteBuild.ts';

/** Two builds of the same tree, compared byte for byte by the determinism gate. */
export const SITE_A = join(ROOT, '.tmp/site-a');
export const SITE_B = join(ROOT, '.tmp/site-b');
/** The second build's own, empty cache of subset fonts and PNGs: it draws every PNG afresh, so they are compared too. */
export const CACHE_B = join(ROOT, '.tmp/cache-b');
/** Written by the global setup when both builds have finished (or one failed). */
export const BUILD_STATUS = join(ROOT, '.tmp/site-build.json');
/** Held by the test run using SITE_A and SITE_B, from its build to its end: two runs never share them. */
export const BUILD_LOCK = join(ROOT, '.tmp/site-build.lock');

export interface BuildStatus {
  run: string;
  ok: boolean;
  builds: { dir: string; command: string; ms: number }[];
  /** The failing command and the tail of its output, when !ok. */
  error?: string;
}

