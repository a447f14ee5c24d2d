import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/setup/summary-reporter';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // e2e tests drive a real Chromium against `cuttings serve`; give them room on a 2-core machine
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', new SummaryReporter()],
  },
});
