import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // e2e tests drive a real Chromium against `cuttings serve`; give them room on a 2-core machine
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
