import { defineConfig } from 'vitest/config';

// Two projects, run one after the other by `npm test` (two vitest invocations, so the order does not rest on
// how vitest schedules projects: sequence.groupOrder is documented as lowest first, yet vitest 5.1.1 ran a
// groupOrder 1 project before a groupOrder 0 one in a two-project check, and it moves a project with maxWorkers
// 1 and the default groupOrder to a group of its own, run last):
// - unit: every test/**/*.test.ts outside test/site/; needs no built site.
// - site: the quality gates of test/site/, run against two builds of the site that its global setup starts;
//   site tests wait for the build in their beforeAll. Running alone, the browser gates measure an otherwise
//   idle machine. (`vitest run` without --project would run both at once: use npm test.)
export default defineConfig({
  test: {
    // Determinism: one timezone and locale for every run (also set in the npm script).
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.ts'], exclude: ['test/site/**'] },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['test/site/**/*.test.ts'],
          globalSetup: ['test/site/globalSetup.ts'],
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
