// vitest configuration: unit and program tests under test/, run against src/ (and the
// built dist/ for CLI tests, which `npm test` builds first).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // both cores of a 2-core CI machine (vitest's default leaves one idle): the suite is
    // mostly waiting on gilvm/python3 child processes
    maxWorkers: 2,
  },
});
