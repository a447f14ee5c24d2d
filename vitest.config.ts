import { defineConfig } from 'vitest/config';
import SummaryReporter from './tests/setup/summary-reporter.ts';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // one hand-written mock of the electron module for the shell's tests (the binary is not needed)
    setupFiles: ['tests/setup/electron-mock.ts'],
    // e2e tests drive a real Chromium against `cuttings serve`; give them room on a 2-core machine
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', new SummaryReporter()],
  },
});
