import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Determinism: one timezone and locale for every run (also set in the npm script).
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
    testTimeout: 60_000,
  },
});
