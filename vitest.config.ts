import { defineConfig } from 'vitest/config';

// Two projects, both run by `npm test`:
// - unit: every test/**/*.test.ts outside test/site/; needs no built site.
// - site: the quality gates of test/site/, run against a build of the site. Its global setup starts two
//   builds in the background and returns at once; the unit project runs first while they build, and site
//   tests wait for the build in their beforeAll. The groups never overlap, so the browser gates measure an
//   otherwise idle machine. (vitest 5.1 runs the higher groupOrder first, whatever its docs say: checked
//   with two projects logging their start times.)
export default defineConfig({
  test: {
    // Determinism: one timezone and locale for every run (also set in the npm script).
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**'], sequence: { groupOrder: 1 } },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/globalSetup.ts'],
          sequence: { groupOrder: 0 },
          // One file at a time: browsers and Lighthouse measure better on an otherwise idle machine.
          maxWorkers: 1,
          // Gate tests wait for the build themselves (so a failed build fails them, not skips them).
          testTimeout: 20 * 60_000,
          hookTimeout: 16 * 60_000,
        },
      },
    ],
  },
});
